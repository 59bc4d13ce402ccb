import { XMLBuilder } from 'fast-xml-parser';
import { PACKAGE_VERSION } from '../resources/version.ts';
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
 */
export interface TmxOptions {
  /** What the run used (src/resources), as header props x-encoder, x-lexicon-core, x-freedict, x-model … */
  meta?: Record<string, string | number | boolean>;
}

export function toTmx(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], opts: TmxOptions = {}): string {
  const meta = opts.meta;
  const tus = alignment.links
    .filter((l) => l.ar.length && l.en.length)
    .map((l) => ({
      prop: [prop('x-score', l.score.toFixed(4)), prop('x-ar-sentences', l.ar.join(',')), prop('x-en-sentences', l.en.join(','))],
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
        '@_creationtoolversion': String(meta?.aligner ?? PACKAGE_VERSION),
        '@_segtype': 'sentence',
        '@_o-tmf': 'arabic-english-aligner',
        '@_adminlang': 'en',
        '@_srclang': 'ar',
        '@_datatype': 'plaintext',
        prop: [
          prop('x-align-mode', alignment.mode),
          prop('x-align-reason', alignment.reason),
          // What the run used (src/resources): x-encoder, x-lexicon-core, x-freedict, x-model …
          ...Object.entries(meta ?? {}).map(([k, v]) => prop(`x-${k.replace(/_/g, '-')}`, String(v))),
        ],
      },
      body: { tu: tus },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
  return builder.build(doc) as string;
}
