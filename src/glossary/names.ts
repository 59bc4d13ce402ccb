import { nameKey, keyDistance } from '../names/key.ts';

/** Similarity of an English and an Arabic name from their phonetic keys, in [0, 1]. */
export function keySimilarity(en: string, ar: string): number {
  const a = nameKey(en).replace(/ /g, '');
  const b = nameKey(ar).replace(/ /g, '');
  if (!a || !b) return 0;
  // Short keys only count when identical: two consonants leave too much room for chance.
  if (Math.min(a.length, b.length) <= 3) return a === b ? 1 : 0;
  return 1 - keyDistance(a, b) / Math.max(a.length, b.length);
}
