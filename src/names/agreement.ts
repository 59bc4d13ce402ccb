/**
 * How well the spellings in an Arabic and an English list of names agree, pair by pair: the learned edit-cost
 * similarity of their vowel keys (costs.ts), each line's key made once.
 */
import { learnedKeySimilarity, wholeNameKey } from './costs.ts';
import { arabicVowelKey, latinVowelKey } from './key.ts';

/** Similarity in [0, 1] of Arabic line `ar` and English line `en`. */
export type NameAgreement = (ar: number, en: number) => number;

export function nameAgreement(arLines: readonly string[], enLines: readonly string[]): NameAgreement {
  const arKeys = arLines.map((l) => wholeNameKey(l.trim(), arabicVowelKey));
  const enKeys = enLines.map((l) => wholeNameKey(l.trim(), latinVowelKey));
  return (ar, en) => learnedKeySimilarity(enKeys[en], arKeys[ar]);
}
