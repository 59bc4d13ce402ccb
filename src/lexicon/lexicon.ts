import { normalizeArabic } from '../arabic/normalize.ts';

/** A bilingual word/phrase lexicon, keyed by canonical Arabic (see `canonicalArabic`). */
export interface Lexicon {
  /** Canonical Arabic (tokens joined by one space) → English translations, most common first. */
  arToEn: Map<string, string[]>;
  /** Longest Arabic entry, in tokens. */
  maxTokens: number;
}

export type LexiconPair = readonly [ar: string, en: string];

/** Canonical form of one Arabic token for lexicon keys: normalised, a leading article removed. */
export function canonicalArabicToken(token: string): string {
  const t = normalizeArabic(token);
  return t.startsWith('ال') && t.length >= 4 ? t.slice(2) : t;
}

export function canonicalArabic(phrase: string): string {
  return phrase.split(/\s+/).filter(Boolean).map(canonicalArabicToken).join(' ');
}

/** Parses `arabic<TAB>english` lines; `#` comments and blank lines are skipped. */
export function parseLexiconTsv(text: string): LexiconPair[] {
  const out: LexiconPair[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [ar, en] = line.split('\t');
    if (ar?.trim() && en?.trim()) out.push([ar.trim(), en.trim()]);
  }
  return out;
}

export function buildLexicon(pairs: Iterable<LexiconPair>): Lexicon {
  const arToEn = new Map<string, string[]>();
  let maxTokens = 1;
  for (const [ar, en] of pairs) {
    const key = canonicalArabic(ar);
    if (!key) continue;
    const list = arToEn.get(key) ?? [];
    if (!list.includes(en)) list.push(en);
    arToEn.set(key, list);
    maxTokens = Math.max(maxTokens, key.split(' ').length);
  }
  return { arToEn, maxTokens };
}
