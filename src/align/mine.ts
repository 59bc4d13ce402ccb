import type { Link } from '../types.ts';
import { at, type SimilarityMatrix } from './similarity.ts';

export interface MineOptions {
  /** Minimum cosine for a link. */
  minScore: number;
}

export const DEFAULT_MINE: MineOptions = { minScore: 0.1 };

/**
 * Pairs sentences by similarity, in any order: the most similar pair first, each sentence used once,
 * pairs under the threshold dropped. Ties break by position, so the result is deterministic.
 */
export function mine(m: SimilarityMatrix, opts: MineOptions = DEFAULT_MINE): Link[] {
  const cands: { i: number; j: number; s: number }[] = [];
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) {
      const s = at(m, i, j);
      if (s >= opts.minScore) cands.push({ i, j, s });
    }
  }
  cands.sort((a, b) => b.s - a.s || a.i - b.i || a.j - b.j);
  const usedAr = new Set<number>();
  const usedEn = new Set<number>();
  const links: Link[] = [];
  for (const c of cands) {
    if (usedAr.has(c.i) || usedEn.has(c.j)) continue;
    usedAr.add(c.i);
    usedEn.add(c.j);
    links.push({ ar: [c.i], en: [c.j], score: Math.min(1, c.s) });
  }
  return links;
}
