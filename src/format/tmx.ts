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

export interface TmxOptions {
  /** BCP-47 codes of the Arabic and the English side (default ar, en). */
  langs?: readonly [string, string];
  /** The header's creationdate (default: SOURCE_DATE_EPOCH when set, for byte-identical rebuilds, else now). */
  date?: Date;
  /** Comparable texts: include the related links too (by default only the equivalent ones; align --tmx-all). */
  all?: boolean;
  /** What the run used (src/resources), as header props x-encoder, x-lexicon-core, x-freedict, x-model … */
  meta?: Record<string, string | number | boolean>;
}

function defaultDate(): Date {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return process.env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : new Date();
}

/** TMX's date form: YYYYMMDDThhmmssZ, UTC. */
export function tmxDate(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

const BCP47 = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** `--tmx-lang ar-SA,en-US`: two BCP-47 codes, Arabic first. */
export function parseTmxLangs(v: string): [string, string] {
  const parts = v.split(',').map((x) => x.trim());
  if (parts.length !== 2 || !parts.every((x) => BCP47.test(x))) throw new Error('two BCP-47 language codes, Arabic first: ar-SA,en-US');
  return [parts[0], parts[1]];
}

/**
 * TMX 1.4: one <tu> per link with sentences on both sides (unaligned sentences are not translation units),
 * Arabic first, numbered by tuid; each <tu> carries its score, status, sentence indices and kind (x-kind) as
 * <prop>s; the header records the creation date, the aligner mode and why it was chosen. Two reports are not
 * translations of each other: their TMX carries only the equivalent links (the same statement on both sides)
 * unless `all`, and says so in the header.
 */
export function toTmx(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], opts: TmxOptions = {}): string {
  const [arLang, enLang] = opts.langs ?? ['ar', 'en'];
  const meta = opts.meta;
  const real = alignment.links.filter((l) => l.ar.length && l.en.length && l.status !== 'rejected');
  const related = real.filter((l) => l.kind === 'related').length;
  const kept = opts.all ? real : real.filter((l) => l.kind !== 'related');
  const note =
    alignment.mode === 'comparable'
      ? opts.all
        ? `comparable texts, not translations: ${kept.length - related} equivalent links (the same statement on both sides) and ${related} related links (shared content only, x-kind related)`
        : `comparable texts, not translations: only the ${kept.length} equivalent links (the same statement on both sides); ${related} related links (shared content only) left out (align --tmx-all includes them)`
      : undefined;
  const tus = kept
    .map((l, t) => ({
      '@_tuid': String(t + 1),
      prop: [
        prop('x-score', l.score.toFixed(4)),
        ...(l.similarity !== undefined ? [prop('x-similarity', l.similarity.toFixed(4))] : []),
        prop('x-status', l.status ?? 'proposed'),
        prop('x-ar-sentences', l.ar.join(',')),
        prop('x-en-sentences', l.en.join(',')),
        ...(l.kind ? [prop('x-kind', l.kind)] : []),
      ],
      tuv: [
        { '@_xml:lang': arLang, seg: joined(ar, l.ar) },
        { '@_xml:lang': enLang, seg: joined(en, l.en) },
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
        '@_srclang': arLang,
        '@_creationdate': tmxDate(opts.date ?? defaultDate()),
        '@_datatype': 'plaintext',
        prop: [
          prop('x-align-mode', alignment.mode),
          prop('x-align-reason', alignment.reason),
          ...(note ? [prop('x-note', note)] : []),
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
