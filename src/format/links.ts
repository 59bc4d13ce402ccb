import type { Alignment, Link, Sentence } from '../types.ts';
import { toTmx } from './tmx.ts';

export type LinkFormat = 'jsonl' | 'tsv' | 'tmx';
export const LINK_FORMATS: readonly LinkFormat[] = ['jsonl', 'tsv', 'tmx'];

function joined(sentences: readonly Sentence[], indices: readonly number[]): string {
  return indices.map((i) => sentences[i].text).join(' ');
}

/**
 * One JSON object per link: {"ar":[…],"en":[…],"score":…,"ar_text":…,"en_text":…}, then, when known, "kind"
 * (equivalent|related) and "evidence" (the names, numbers and dates both sides share).
 */
export function toJsonl(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[]): string {
  return alignment.links
    .map((l: Link) =>
      JSON.stringify({
        ar: l.ar,
        en: l.en,
        score: Number(l.score.toFixed(4)),
        ar_text: joined(ar, l.ar),
        en_text: joined(en, l.en),
        ...(l.kind && l.ar.length && l.en.length ? { kind: l.kind } : {}),
        ...(l.evidence?.length ? { evidence: l.evidence } : {}),
      }),
    )
    .map((line) => line + '\n')
    .join('');
}

/** ar_text<TAB>en_text<TAB>score<TAB>kind (empty for an unaligned sentence); tabs and line breaks inside sentences become spaces. */
export function toTsv(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[]): string {
  const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
  const kind = (l: Link): string => (l.ar.length && l.en.length ? (l.kind ?? '') : '');
  return alignment.links.map((l) => `${clean(joined(ar, l.ar))}\t${clean(joined(en, l.en))}\t${l.score.toFixed(4)}\t${kind(l)}\n`).join('');
}

export interface FormatOptions {
  /** TMX of comparable texts: include the related links too (by default only the equivalent ones, see toTmx). */
  tmxAll?: boolean;
}

export function formatLinks(format: LinkFormat, alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], opts: FormatOptions = {}): string {
  if (format === 'tmx') return toTmx(alignment, ar, en, { all: opts.tmxAll ?? false });
  return format === 'tsv' ? toTsv(alignment, ar, en) : toJsonl(alignment, ar, en);
}
