import { stripProclitics } from '../arabic/clitics.ts';
import { normalizeArabic } from '../arabic/normalize.ts';

/** A reference pair; either side may list alternatives separated by "|". */
export interface GoldPair {
  en: string;
  ar: string;
  type?: string;
}

/** The matching rule of every glossary evaluation, printed with its figures. */
export const MATCHING_RULE =
  'English case-folded, possessive \'s and curly apostrophes folded, spaces collapsed; Arabic normalised (diacritics, tatweel, alef/hamza forms, ى→ي, ة→ه) with the first word\'s leading conjunction/preposition stripped (وكوريا→كوريا, بالعملات→العملات); a side matches when it equals one of the listed alternatives.';

export function normEnglish(s: string): string {
  return s.toLowerCase().replace(/[’‘]/g, "'").replace(/'s\b/g, '').replace(/[^\p{L}\p{N}' -]+/gu, ' ').replace(/\s+/g, ' ').trim();
}

export function normArabicTerm(s: string): string {
  const words = normalizeArabic(s).replace(/[^\p{L}\p{N}\s]+/gu, ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return '';
  return [stripProclitics(words[0]), ...words.slice(1)].join(' ');
}

const alternatives = (s: string, norm: (x: string) => string): Set<string> => new Set(s.split('|').map(norm));

export function matchesPair(p: { en: string; ar: string }, g: GoldPair): boolean {
  return alternatives(g.en, normEnglish).has(normEnglish(p.en)) && alternatives(g.ar, normArabicTerm).has(normArabicTerm(p.ar));
}

export interface GoldScore {
  recall: number;
  precision: number;
  found: number;
  expected: number;
  correct: number;
  proposed: number;
  missed: GoldPair[];
  wrong: { en: string; ar: string }[];
}

/** Recall of `expected`; precision of the proposals counted against `expected` ∪ `acceptable`. */
export function scoreAgainstGold(proposals: readonly { en: string; ar: string }[], expected: readonly GoldPair[], acceptable: readonly GoldPair[] = []): GoldScore {
  const missed = expected.filter((g) => !proposals.some((p) => matchesPair(p, g)));
  const all = [...expected, ...acceptable];
  const wrong = proposals.filter((p) => !all.some((g) => matchesPair(p, g)));
  const found = expected.length - missed.length;
  const correct = proposals.length - wrong.length;
  return {
    recall: expected.length ? found / expected.length : 1,
    precision: proposals.length ? correct / proposals.length : 1,
    found,
    expected: expected.length,
    correct,
    proposed: proposals.length,
    missed,
    wrong: wrong.map((p) => ({ en: p.en, ar: p.ar })),
  };
}
