import type { Alignment, Link, Sentence } from '../types.ts';
import { toTmx } from './tmx.ts';

export type LinkFormat = 'jsonl' | 'tsv' | 'tmx';
export const LINK_FORMATS: readonly LinkFormat[] = ['jsonl', 'tsv', 'tmx'];

function joined(sentences: readonly Sentence[], indices: readonly number[]): string {
  return indices.map((i) => sentences[i].text).join(' ');
}

/** What a links file records about its run (mode, lexicon sizes, FreeDict, model): src/resources. */
export type LinksMeta = Record<string, string | number | boolean>;

/**
 * One JSON object per link: {"ar":[…],"en":[…],"score":…,"ar_text":…,"en_text":…}; with `meta`, a first line
 * {"meta":{…}} (readers skip it: `readLinksJsonl`).
 */
export function toJsonl(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], meta?: LinksMeta): string {
  const head = meta ? JSON.stringify({ meta: { mode: alignment.mode, ...meta } }) + '\n' : '';
  return head + alignment.links
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

export function formatLinks(format: LinkFormat, alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], meta?: LinksMeta): string {
  if (format === 'tmx') return toTmx(alignment, ar, en, meta);
  return format === 'tsv' ? toTsv(alignment, ar, en) : toJsonl(alignment, ar, en, meta);
}

/** A JSONL link as written (indices, score, texts). */
export interface JsonlLink {
  ar: number[];
  en: number[];
  score: number;
  ar_text: string;
  en_text: string;
}

/** The links of a JSONL links file, without its {"meta":…} line; `meta` is that line's content, if any. */
export function readLinksJsonl(text: string): { meta?: LinksMeta; links: JsonlLink[] } {
  const out: { meta?: LinksMeta; links: JsonlLink[] } = { links: [] };
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    const v = JSON.parse(line) as JsonlLink | { meta: LinksMeta };
    if ('meta' in v) out.meta = v.meta;
    else out.links.push(v);
  }
  return out;
}
