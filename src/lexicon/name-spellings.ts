import { isSpellingVariant, spellingSkeleton } from '../arabic/spelling.ts';
import type { Lexicon } from './lexicon.ts';

/**
 * The lexicon's names found under another spelling (بلومبرغ for the listed بلومبيرغ Bloomberg, سيرغي for سيرجي
 * Sergei): an index of its one-word entries that translate only as proper nouns, by spelling skeleton. Common
 * words are left out: their spelling is fixed, and a vowel dropped from one is another word.
 */
export interface NameSpellings {
  /** Skeleton → lexicon keys with it. */
  bySkeleton: Map<string, string[]>;
  lexicon: Lexicon;
}

/**
 * Shortest spelling (in letters) read as a variant: short words have too many neighbours (مصيري fateful is مصري
 * Egyptian without its ي, كينيدي Kennedy كندي Canadian without two).
 */
const MIN_LETTERS = 5;

export function buildNameSpellings(lexicon: Lexicon): NameSpellings {
  const bySkeleton = new Map<string, string[]>();
  for (const [key, ens] of lexicon.arToEn) {
    if (key.includes(' ') || key.length < MIN_LETTERS || !ens.every((e) => /^\p{Lu}/u.test(e))) continue;
    const s = spellingSkeleton(key);
    const list = bySkeleton.get(s);
    if (list) list.push(key);
    else bySkeleton.set(s, [key]);
  }
  return { bySkeleton, lexicon };
}

/**
 * The listed name that `forms` (a word's spellings to try, normalised: as written, without a proclitic) spells another way, with its translations; undefined when none does, or when the listed spellings it
 * could be disagree on the name.
 */
export function nameBySpelling(index: NameSpellings, forms: readonly string[]): { key: string; senses: string[] } | undefined {
  for (const form of forms) {
    if (form.length < MIN_LETTERS) continue;
    const keys = (index.bySkeleton.get(spellingSkeleton(form)) ?? []).filter((k) => isSpellingVariant(form, k));
    if (!keys.length) continue;
    const senses = [...new Set(keys.flatMap((k) => index.lexicon.arToEn.get(k) ?? []))];
    const first = index.lexicon.arToEn.get(keys[0]) ?? [];
    if (senses.length !== first.length) return undefined;
    return { key: keys[0], senses };
  }
  return undefined;
}
