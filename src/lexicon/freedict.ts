/**
 * FreeDict's Arabic–English dictionaries (Debian `dict-freedict-ara-eng`, `dict-freedict-eng-ara`, GPL-2+),
 * read in place from their dictd files when installed: a broad but noisy word list the encoder uses as a weaker
 * fallback behind the project's own lexicon. Nothing of it is copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { cachedResource, pairsCodec } from '../resources/cache.ts';
import type { LexiconPair } from './lexicon.ts';

export const DICTD_DIR = '/usr/share/dictd';

/** One dictd article: its headword and the translations listed under it. */
export interface DictdEntry {
  headword: string;
  senses: string[];
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** dictd writes offsets and lengths as big-endian base-64 numbers ("Lw7Y"). */
export function decodeDictdNumber(s: string): number {
  let n = 0;
  for (const ch of s) {
    const v = B64.indexOf(ch);
    if (v < 0) throw new Error(`not a dictd number: ${s}`);
    n = n * 64 + v;
  }
  return n;
}

/**
 * One article's text → headword and senses. The first line is the headword, then an optional /IPA/;
 * senses follow one a line, numbered ("1. Allocution") when there are several.
 */
export function parseDictdArticle(text: string): DictdEntry | undefined {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return undefined;
  const headword = lines[0].replace(/\s*\/[^/]*\/\s*$/, '').trim();
  const senses = lines.slice(1).map((l) => l.replace(/^\d+\.\s*/, '').trim()).filter(Boolean);
  return headword ? { headword, senses } : undefined;
}

/** Every article of a dictd dictionary (index text + decompressed dict bytes), without the 00-database ones. */
export function parseDictd(index: string, dict: Buffer): DictdEntry[] {
  const out: DictdEntry[] = [];
  for (const line of index.split('\n')) {
    const [word, off, len] = line.split('\t');
    if (!word || off === undefined || len === undefined || word.startsWith('00database')) continue;
    const start = decodeDictdNumber(off);
    const entry = parseDictdArticle(dict.subarray(start, start + decodeDictdNumber(len)).toString('utf8'));
    if (entry) out.push(entry);
  }
  return out;
}

/** Reads `NAME.index` and `NAME.dict.dz` (dictzip is gzip-compatible) or `NAME.dict`; undefined when absent. */
export function readDictd(dir: string, name: string): DictdEntry[] | undefined {
  const index = join(dir, `${name}.index`);
  const dz = join(dir, `${name}.dict.dz`);
  const plain = join(dir, `${name}.dict`);
  if (!existsSync(index) || !(existsSync(dz) || existsSync(plain))) return undefined;
  const dict = existsSync(dz) ? gunzipSync(readFileSync(dz)) : readFileSync(plain);
  return parseDictd(readFileSync(index, 'utf8'), dict);
}

const ARABIC_TERM = /^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670\u0640 ]+$/;
const ENGLISH_TERM = /^[A-Za-z][A-Za-z' -]*$/;
/** Longest term kept, in words: longer senses are explanations, not translations. */
const MAX_WORDS = 3;
/** Senses kept per headword: FreeDict lists up to 18 (الإدارة: administration … twiddling), most common first. */
const MAX_SENSES = 4;

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** Arabic side of a sense, cleaned: alternatives split on Arabic and Latin commas; explanations dropped. */
export function cleanArabicTerms(s: string): string[] {
  return s
    .split(/[،,؛;]/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter((t) => t && ARABIC_TERM.test(t) && words(t) <= MAX_WORDS);
}

/**
 * English side, cleaned: lower-cased (FreeDict capitalises every headword, which would pass common words off as
 * names), explanations and abbreviations dropped.
 */
export function cleanEnglishTerms(s: string): string[] {
  return s
    .split(/[,;]/)
    .map((t) => t.replace(/\(.*?\)/g, '').replace(/\s+/g, ' ').trim())
    .filter((t) => t && ENGLISH_TERM.test(t) && words(t) <= MAX_WORDS && t.length > 1)
    .map((t) => t.toLowerCase());
}

/** Arabic → English pairs from the ara-eng and eng-ara articles. */
export function freedictPairsFrom(araEng: readonly DictdEntry[], engAra: readonly DictdEntry[]): LexiconPair[] {
  const out: LexiconPair[] = [];
  const seen = new Set<string>();
  const push = (ar: string, en: string): void => {
    const k = ar + '\t' + en;
    if (!seen.has(k)) {
      seen.add(k);
      out.push([ar, en]);
    }
  };
  for (const e of araEng) {
    const ars = cleanArabicTerms(e.headword);
    const ens = e.senses.slice(0, MAX_SENSES).flatMap(cleanEnglishTerms);
    for (const ar of ars) for (const en of ens) push(ar, en);
  }
  for (const e of engAra) {
    const ens = cleanEnglishTerms(e.headword);
    const ars = e.senses.slice(0, MAX_SENSES).flatMap(cleanArabicTerms);
    for (const ar of ars) for (const en of ens) push(ar, en);
  }
  return out;
}

const cache = new Map<string, LexiconPair[]>();

/** FreeDict pairs from `dir` (default /usr/share/dictd); empty when the packages are not installed. */
export function loadFreedictPairs(dir: string = DICTD_DIR): LexiconPair[] {
  let pairs = cache.get(dir);
  if (!pairs) {
    // Cached compactly: decompressing and cleaning 86,000 pairs took over a second at every start.
    const sources = ['ara-eng', 'eng-ara'].flatMap((d) => ['index', 'dict.dz', 'dict'].map((x) => join(dir, `freedict-${d}.${x}`)));
    const build = (): LexiconPair[] => freedictPairsFrom(readDictd(dir, 'freedict-ara-eng') ?? [], readDictd(dir, 'freedict-eng-ara') ?? []);
    pairs = existsSync(join(dir, 'freedict-ara-eng.index')) || existsSync(join(dir, 'freedict-eng-ara.index')) ? cachedResource(`freedict-${dir.replace(/[^A-Za-z0-9]+/g, '_')}`, [...sources, import.meta.url], build, pairsCodec) : build();
    cache.set(dir, pairs);
  }
  return pairs;
}
