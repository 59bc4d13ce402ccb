/** Readers of the development data in ../shared/data (never bundled; evals and benchmarks only). */
import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/segment/index.ts';
import type { Sentence } from '../src/types.ts';

/** Thrown when a data file is missing, so a module can report "skipped: …". */
export class MissingData extends Error {}

function need(dataDir: string, rel: string): string {
  const p = join(dataDir, rel);
  if (!existsSync(p)) throw new MissingData(`${p} not found`);
  return readFileSync(p, 'utf8');
}

export interface TicoSegment {
  docId: string;
  segId: number;
  en: string;
  ar: string;
}

/** TICO-19 segments (tico19.en-ar.tsv), in document order. */
export function readTico(dataDir: string): TicoSegment[] {
  const rows: string[][] = parse(need(dataDir, 'tico19-en-ar/tico19.en-ar.tsv'), {
    delimiter: '\t',
    quote: false,
    relax_column_count: true,
    from_line: 2,
  });
  return rows.filter((r) => r.length >= 5).map((r) => ({ docId: r[0], segId: Number(r[1]), en: r[3], ar: r[4] }));
}

/** TICO-19 segments grouped by document, in order. */
export function ticoDocuments(dataDir: string): Map<string, TicoSegment[]> {
  const docs = new Map<string, TicoSegment[]>();
  for (const s of readTico(dataDir)) {
    const d = docs.get(s.docId) ?? [];
    d.push(s);
    docs.set(s.docId, d);
  }
  for (const d of docs.values()) d.sort((a, b) => a.segId - b.segId);
  return docs;
}

export interface TermEntry {
  en: string;
  ar: string;
  source: string;
}

/** The three TICO-19 term lists, as en/ar pairs. */
export function readTicoTerms(dataDir: string): TermEntry[] {
  const out: TermEntry[] = [];
  const read = (file: string, srcCol: string, tgtCol: string, arIsSource: boolean): void => {
    const rows: Record<string, string>[] = parse(need(dataDir, `tico19-en-ar/${file}`), { columns: true, relax_column_count: true, skip_empty_lines: true });
    for (const r of rows) {
      const s = (r[srcCol] ?? '').trim();
      const t = (r[tgtCol] ?? '').trim();
      if (!s || !t) continue;
      out.push(arIsSource ? { en: t, ar: s, source: file } : { en: s, ar: t, source: file });
    }
  };
  read('f_en-ar_AR.csv', 'sourceString', 'targetString', false);
  read('g_en_ar.csv', 'sourceString', 'targetString', false);
  read('g_ar_en.csv', 'sourceString', 'targetString', true);
  return out;
}

/** Tatoeba: line i of the Arabic file ↔ line i of the English file. */
export function readTatoeba(dataDir: string): { ar: string; en: string }[] {
  const ar = need(dataDir, 'tatoeba-ara-eng/tatoeba.ara-eng.ara').split('\n');
  const en = need(dataDir, 'tatoeba-ara-eng/tatoeba.ara-eng.eng').split('\n');
  const out = [];
  for (let i = 0; i < Math.min(ar.length, en.length); i++) if (ar[i].trim() && en[i].trim()) out.push({ ar: ar[i].trim(), en: en[i].trim() });
  return out;
}

export interface NamePair {
  en: string;
  ar: string;
  count: number;
}

/** Wikidata person-name parts: english<TAB>Arabic letters space-separated<TAB>count. `part` is train or dev. */
export function readWikidataNames(dataDir: string, part: 'train' | 'dev'): NamePair[] {
  return need(dataDir, `names/wikidata.${part}.tsv`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map(([en, ar, c]) => ({ en, ar: (ar ?? '').replace(/ /g, ''), count: Number(c) || 1 }));
}

/** Google ar→en name transliterations: arabic<TAB>english. */
export function readGoogleNames(dataDir: string, part: 'train' | 'dev'): NamePair[] {
  return need(dataDir, `names/google-ar2en.${part}.tsv`)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('\t'))
    .map(([ar, en]) => ({ en, ar, count: 1 }));
}

/** MUSE dictionary pairs (evaluation only: CC-BY-NC). `file` e.g. "ar-en.txt" or "en-ar.5000-6500.txt". */
export function readMuse(dataDir: string, file: string): { ar: string; en: string }[] {
  const arFirst = file.startsWith('ar-en');
  return need(dataDir, `muse-ar-en/${file}`)
    .split('\n')
    .map((l) => l.trim().split(/\s+/))
    .filter((p) => p.length === 2)
    .map(([a, b]) => (arFirst ? { ar: a, en: b } : { ar: b, en: a }));
}

/**
 * A TICO-19 document joined into running text the way the segmentation eval defines it: a line break after
 * a segment without final punctuation, a space otherwise. Returns the text and the gold sentence end offsets.
 */
export function joinDocument(segments: readonly string[]): { text: string; boundaries: number[] } {
  let text = '';
  const boundaries: number[] = [];
  segments.forEach((s, i) => {
    const t = s.trim();
    text += t;
    boundaries.push(text.length);
    if (i < segments.length - 1) text += /[.!?؟۔…"'”’»)]$/u.test(t) ? ' ' : '\n';
  });
  return { text, boundaries };
}

/** TICO-19 segments from the TMX (`all.en-ar.tmx`), read with an XML parser; `tuid` is "doc:seg". */
export function readTicoTmx(dataDir: string): TicoSegment[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'tu' || name === 'tuv', trimValues: true });
  const doc = parser.parse(need(dataDir, 'tico19-en-ar/all.en-ar.tmx')) as {
    tmx: { body: { tu: { '@tuid': string; tuv: { '@xml:lang': string; seg: string | number }[] }[] } };
  };
  return doc.tmx.body.tu.map((tu) => {
    const [docId, seg] = tu['@tuid'].split(':');
    const text = (lang: string): string => String(tu.tuv.find((t) => t['@xml:lang'] === lang)?.seg ?? '');
    return { docId, segId: Number(seg), en: text('en'), ar: text('ar') };
  });
}

/** One gold link of comparable-news-dev, by sentence index on the tool's own segmentation. */
export interface ComparableGoldLink {
  ar: number;
  en: number;
  strength: 'strong' | 'partial';
}

/** One gold glossary row of a comparable-news-dev or glossary-dev pair: alternatives on each side. */
export interface GoldTerm {
  en: string[];
  ar: string[];
  kind: string;
}

/** One comparable-news-dev pair: both texts, their sentences as `segment` splits them, and the gold. */
export interface ComparablePair {
  name: string;
  arText: string;
  enText: string;
  ar: Sentence[];
  en: Sentence[];
  links: ComparableGoldLink[];
  glossary: GoldTerm[];
  /** Snippets that did not name exactly one sentence of our segmentation (the gold's link is then left out). */
  unmatched: string[];
}

function tsvRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split('\t').map((c) => c.trim()));
}

/** Index of the one sentence containing `snippet` (the gold's rule: a verbatim run from a sentence start), or -1. */
function sentenceOf(sentences: readonly Sentence[], snippet: string): number {
  const hits = sentences.filter((s) => s.text.includes(snippet));
  return hits.length === 1 ? hits[0].index : -1;
}

/** The gold glossary of a pair folder (comparable-news-dev or glossary-dev: en alternatives | ar alternatives | kind). */
export function readGoldGlossary(dataDir: string, rel: string): GoldTerm[] {
  return tsvRows(need(dataDir, rel)).map(([en, ar, kind]) => ({
    en: (en ?? '').split('|').map((s) => s.trim()).filter(Boolean),
    ar: (ar ?? '').split('|').map((s) => s.trim()).filter(Boolean),
    kind: kind ?? '',
  }));
}

/** Every pair of comparable-news-dev (sorted by name), gold snippets mapped onto our segmentation. */
export function readComparableNews(dataDir: string): ComparablePair[] {
  const root = join(dataDir, 'comparable-news-dev');
  if (!existsSync(root)) throw new MissingData(`${root} not found`);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'links.tsv')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const rel = `comparable-news-dev/${name}`;
      const arText = need(dataDir, `${rel}/ar.txt`);
      const enText = need(dataDir, `${rel}/en.txt`);
      const ar = segment(arText, 'ar');
      const en = segment(enText, 'en');
      const unmatched: string[] = [];
      const links: ComparableGoldLink[] = [];
      for (const [enSnip, arSnip, strength] of tsvRows(need(dataDir, `${rel}/links.tsv`))) {
        const a = sentenceOf(ar, arSnip);
        const e = sentenceOf(en, enSnip);
        if (a < 0) unmatched.push(arSnip);
        if (e < 0) unmatched.push(enSnip);
        if (a >= 0 && e >= 0) links.push({ ar: a, en: e, strength: strength === 'strong' ? 'strong' : 'partial' });
      }
      return { name, arText, enText, ar, en, links, glossary: readGoldGlossary(dataDir, `${rel}/glossary.tsv`), unmatched };
    });
}
