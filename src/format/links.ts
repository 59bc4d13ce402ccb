import type { Alignment, Link, Sentence } from '../types.ts';
import { toTmx, type TmxOptions } from './tmx.ts';

export type LinkFormat = 'jsonl' | 'tsv' | 'tmx';
export const LINK_FORMATS: readonly LinkFormat[] = ['jsonl', 'tsv', 'tmx'];

function joined(sentences: readonly Sentence[], indices: readonly number[]): string {
  return indices.map((i) => sentences[i].text).join(' ');
}

/** The JSONL line of one link. */
export function linkLine(l: Link, ar: readonly Sentence[], en: readonly Sentence[]): Record<string, unknown> {
  return {
    ar: l.ar,
    en: l.en,
    score: Number(l.score.toFixed(4)),
    ...(l.similarity !== undefined ? { similarity: Number(l.similarity.toFixed(4)) } : {}),
    status: l.status ?? 'proposed',
    ar_text: joined(ar, l.ar),
    en_text: joined(en, l.en),
    ...(l.kind && l.ar.length && l.en.length ? { kind: l.kind } : {}),
    ...(l.evidence?.length ? { evidence: l.evidence } : {}),
  };
}

/**
 * One JSON object per link: {"ar":[…],"en":[…],"score":…,"similarity":…,"status":…,"ar_text":…,"en_text":…}, then
 * when known "kind" (equivalent|related) and "evidence" (the names, numbers and dates both sides share); the
 * rejected links among them (so they stay rejected), then `carried` lines (decisions that matched nothing) as given.
 */
export function toJsonl(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], carried: readonly object[] = []): string {
  const first = (l: Link): [number, number] => [l.ar.length ? Math.min(...l.ar) : Infinity, l.en.length ? Math.min(...l.en) : Infinity];
  const links = [...alignment.links, ...(alignment.rejected ?? [])].sort((a, b) => {
    const [a1, a2] = first(a);
    const [b1, b2] = first(b);
    return a1 - b1 || a2 - b2 || Number(a.status === 'rejected') - Number(b.status === 'rejected');
  });
  return [...links.map((l) => linkLine(l, ar, en)), ...carried]
    .map((o) => JSON.stringify(o) + '\n')
    .join('');
}

/** ar_text<TAB>en_text<TAB>score<TAB>kind (empty for an unaligned sentence); tabs and line breaks inside sentences become spaces. */
export function toTsv(alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[]): string {
  const clean = (s: string): string => s.replace(/[\t\r\n]+/g, ' ');
  const kind = (l: Link): string => (l.ar.length && l.en.length ? (l.kind ?? '') : '');
  return alignment.links.map((l) => `${clean(joined(ar, l.ar))}\t${clean(joined(en, l.en))}\t${l.score.toFixed(4)}\t${kind(l)}\n`).join('');
}

/** What a links file records about its run (lexicon sizes, FreeDict, model: src/resources). */
export type LinksMeta = Record<string, string | number | boolean>;

/** The first line of a JSONL links file: {"meta":{"mode":…, …}} (readers skip it: `readLinksJsonl`). */
export function jsonlMetaLine(alignment: Alignment, meta: LinksMeta): string {
  return JSON.stringify({ meta: { mode: alignment.mode, ...meta } }) + '\n';
}

/** TMX's options (languages, date), and for every format `meta`: the JSONL meta line, the TMX header's props. */
export interface FormatOptions extends TmxOptions {
  meta?: LinksMeta;
  /** JSONL: decision lines that matched nothing, carried over as given (see toJsonl). */
  carried?: readonly object[];
}

export function formatLinks(format: LinkFormat, alignment: Alignment, ar: readonly Sentence[], en: readonly Sentence[], opts: FormatOptions = {}): string {
  if (format === 'tmx') return toTmx(alignment, ar, en, opts);
  if (format === 'tsv') return toTsv(alignment, ar, en);
  return (opts.meta ? jsonlMetaLine(alignment, opts.meta) : '') + toJsonl(alignment, ar, en, opts.carried);
}

/** A JSONL link as written (indices, score, texts; similarity and status as `linkLine` writes them). */
export interface JsonlLink {
  ar: number[];
  en: number[];
  score: number;
  similarity?: number;
  status?: 'proposed' | 'approved' | 'rejected';
  ar_text: string;
  en_text: string;
  kind?: 'equivalent' | 'related';
  evidence?: string[];
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
