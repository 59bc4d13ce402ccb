import type { Sentence } from '../../src/types.ts';
import { readTico } from '../data.ts';

/**
 * Synthetic translation of n sentences a side: TICO-19 pairs drawn in a scrambled order (with repeats past 3,071),
 * every 10th pair's English dropped and every 10th (offset 5) English sentence duplicated, so the path has skips.
 * Segments are one line each (inner line breaks become spaces), as a presplit file holds them. `drawn[i]` is the English
 * of the pair Arabic sentence i was drawn from: a link is right when it holds that text (an exact copy of it counts,
 * since repeats cannot be told apart).
 */
export function syntheticTranslation(dataDir: string, count: number): { ar: Sentence[]; en: Sentence[]; drawn: string[] } {
  const tico = readTico(dataDir);
  const ar: string[] = [];
  const en: string[] = [];
  const drawn: string[] = [];
  for (let k = 0; k < count; k++) {
    const p = tico[(k * 7919) % tico.length];
    ar.push(p.ar.trim());
    drawn.push(p.en.trim());
    if (k % 10 !== 3) en.push(p.en.trim());
    if (k % 10 === 5) en.push(p.en.trim());
  }
  const sent = (xs: string[]): Sentence[] => xs.map((text, index) => ({ index, text, start: 0, end: text.length }));
  return { ar: sent(ar), en: sent(en), drawn };
}
