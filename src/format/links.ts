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

/** What a links file records about its run (lexicon sizes, FreeDict, model: src/resources). */
export type LinksMeta = Record<string, string | number | boolean>;

/** The first line of a JSONL links file: {"meta":{"mode":…, …}} (readers skip it: `readLinksJsonl`). */
export function jsonlMetaLine(alignment: Alignment, meta: LinksMeta): string {
  return JSON.stringify({ meta: { mode: alignment.mode, ...meta } }) + '\n';
}

export interface FormatOptions {
  /** What the run used: the JSONL meta line, the TMX header's props. */
  meta?: LinksMeta;
}

export function formatLinks(format: LinkFormat, alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], opts: FormatOptions = {}): string {
  if (format === 'tmx') return toTmx(alignment, ar, en, { meta: opts.meta });
  if (format === 'tsv') return toTsv(alignment, ar, en);
  return (opts.meta ? jsonlMetaLine(alignment, opts.meta) : '') + toJsonl(alignment, ar, en);
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
