import { XMLBuilder } from 'fast-xml-parser';
import type { Alignment, Sentence } from '../types.ts';

/** Characters XML 1.0 forbids anywhere (the builder escapes &, <, >, quotes but cannot drop these). */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function clean(s: string): string {
  return s.replace(INVALID_XML, '').replace(/[\r\n\t]+/g, ' ');
}

function joined(sentences: readonly Sentence[], indices: readonly number[]): string {
  return clean(indices.map((i) => sentences[i].text).join(' '));
}

const prop = (type: string, text: string): Record<string, string> => ({ '@_type': type, '#text': clean(text) });

/**
 * TMX 1.4: one <tu> per link with sentences on both sides (unaligned sentences are not translation units),
 * Arabic first; each <tu> carries its score and sentence indices as <prop>s; the header records the
 * aligner mode and why it was chosen. No dates, so the same input gives the same bytes.
 * Two reports are not translations of each other: their TMX carries only the equivalent links (the same
 * statement on both sides) unless `all`, and says so in the header; each <tu> says its kind (x-kind).
 */
export function toTmx(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], opts: { all: boolean } = { all: false }): string {
  const real = alignment.links.filter((l) => l.ar.length && l.en.length);
  const related = real.filter((l) => l.kind === 'related').length;
  const kept = opts.all ? real : real.filter((l) => l.kind !== 'related');
  const note =
    alignment.mode === 'comparable'
      ? opts.all
        ? `comparable texts, not translations: ${kept.length - related} equivalent links (the same statement on both sides) and ${related} related links (shared content only, x-kind related)`
        : `comparable texts, not translations: only the ${kept.length} equivalent links (the same statement on both sides); ${related} related links (shared content only) left out (align --tmx-all includes them)`
      : undefined;
  const tus = kept
    .map((l) => ({
      prop: [
        prop('x-score', l.score.toFixed(4)),
        prop('x-ar-sentences', l.ar.join(',')),
        prop('x-en-sentences', l.en.join(',')),
        ...(l.kind ? [prop('x-kind', l.kind)] : []),
      ],
      tuv: [
        { '@_xml:lang': 'ar', seg: joined(ar, l.ar) },
        { '@_xml:lang': 'en', seg: joined(en, l.en) },
      ],
    }));
  const doc = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    tmx: {
      '@_version': '1.4',
      header: {
        '@_creationtool': 'arabic-english-aligner',
        '@_creationtoolversion': '0.1.0',
        '@_segtype': 'sentence',
        '@_o-tmf': 'arabic-english-aligner',
        '@_adminlang': 'en',
        '@_srclang': 'ar',
        '@_datatype': 'plaintext',
        prop: [prop('x-align-mode', alignment.mode), prop('x-align-reason', alignment.reason), ...(note ? [prop('x-note', note)] : [])],
      },
      body: { tu: tus },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(doc) as string;
}
