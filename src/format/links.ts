import type { Alignment, Link, Sentence } from '../types.ts';
import { toTmx } from './tmx.ts';

export type LinkFormat = 'jsonl' | 'tsv' | 'tmx';
export const LINK_FORMATS: readonly LinkFormat[] = ['jsonl', 'tsv', 'tmx'];

function joined(sentences: readonly Sentence[], indices: readonly number[]): string {
  return indices.map((i) => sentences[i].text).join(' ');
}

/** One JSON object per link: {"ar":[…],"en":[…],"score":…,"ar_text":…,"en_text":…}. */
export function toJsonl(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[]): string {
  return alignment.links
    .map((l: Link) =>
      JSON.stringify({ ar: l.ar, en: l.en, score: Number(l.score.toFixed(4)), ar_text: joined(ar, l.ar), en_text: joined(en, l.en) }),
    )
    .map((line) => line + '\n')
    .join('');
}

/** ar_text<TAB>en_text<TAB>score; tabs and line breaks inside sentences become spaces. */
export function toTsv(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[]): string {
  const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
  return alignment.links.map((l) => `${clean(joined(ar, l.ar))}\t${clean(joined(en, l.en))}\t${l.score.toFixed(4)}\n`).join('');
}

export function formatLinks(format: LinkFormat, alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[]): string {
  if (format === 'tmx') return toTmx(alignment, ar, en);
  return format === 'tsv' ? toTsv(alignment, ar, en) : toJsonl(alignment, ar, en);
}
