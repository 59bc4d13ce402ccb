import type { Alignment, Vector } from '../types.ts';
import { withUnaligned } from './links.ts';
import { mine } from './mine.ts';
import { similarityMatrix } from './similarity.ts';

export interface AlignOptions {
  /** Links scoring under this are dropped (their sentences appear unaligned). */
  minScore: number;
}

export const DEFAULT_ALIGN: AlignOptions = { minScore: 0.15 };

/** Aligns Arabic and English sentence vectors; every sentence appears in exactly one link. */
export function align(ar: readonly Vector[], en: readonly Vector[], opts: AlignOptions = DEFAULT_ALIGN): Alignment {
  const m = similarityMatrix(ar, en);
  const links = mine(m, { minScore: opts.minScore });
  return {
    mode: 'comparable',
    reason: 'similarity pairing in any order',
    links: withUnaligned(links, ar.length, en.length),
  };
}
