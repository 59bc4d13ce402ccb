import type { AlignMode } from '../types.ts';
import { anchors } from './parallel.ts';
import { mutualBest, type Space } from './space.ts';

export interface ModeEvidence {
  mode: AlignMode;
  /** One line for the user: the figures the decision rests on. */
  reason: string;
  mutual: number;
  /** Share of mutual-best pairs on the longest in-order chain. */
  monotone: number;
  /** Spearman rank correlation of Arabic and English positions over the mutual-best pairs. */
  rho: number;
  /** Mutual-best pairs per sentence of the shorter text. */
  coverage: number;
}

export interface AutoOptions {
  minMutual: number;
  minMonotone: number;
  minRho: number;
  minCoverage: number;
}

/**
 * Measured on TICO-19 (lexical encoder): translations have 78–100% of their mutual-best pairs in order
 * (rank correlation ≥ 0.87); the same documents with the English shuffled have ≤ 50% (≤ 0.6). Coverage does not
 * separate the two (a shuffle keeps it), so its floor only rules out texts with almost nothing in common.
 */
export const DEFAULT_AUTO: AutoOptions = { minMutual: 3, minMonotone: 0.7, minRho: 0.7, minCoverage: 0.1 };

function spearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (v: readonly number[]): number[] => {
    const order = v.map((x, t) => [x, t] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const r = new Array<number>(v.length);
    order.forEach(([, t], k) => (r[t] = k));
    return r;
  };
  const rx = rank(xs);
  const ry = rank(ys);
  const n = xs.length;
  if (n < 2) return 0;
  let d2 = 0;
  for (let t = 0; t < n; t++) d2 += (rx[t] - ry[t]) ** 2;
  return 1 - (6 * d2) / (n * (n * n - 1));
}

/**
 * Translation or comparable texts? A translation's mutual-best pairs run along a diagonal: most of them
 * lie on one in-order chain, their positions correlate, and they cover much of the shorter text.
 */
export function decideMode(space: Space, opts: AutoOptions = DEFAULT_AUTO): ModeEvidence {
  const mb = mutualBest(space);
  const chain = anchors(space).length;
  const monotone = mb.length ? chain / mb.length : 0;
  const rho = spearman(
    mb.map((p) => p.ar),
    mb.map((p) => p.en),
  );
  const shorter = Math.min(space.ar.count, space.en.count);
  const coverage = shorter ? mb.length / shorter : 0;
  const figures = `${mb.length} mutual-best pairs, ${Math.round(monotone * 100)}% in order, rank correlation ${rho.toFixed(2)}, covering ${Math.round(coverage * 100)}% of the shorter text`;
  const parallel =
    mb.length >= opts.minMutual && monotone >= opts.minMonotone && rho >= opts.minRho && coverage >= opts.minCoverage;
  return {
    mode: parallel ? 'parallel' : 'comparable',
    reason: parallel ? `a translation: ${figures}` : `comparable texts: ${figures}`,
    mutual: mb.length,
    monotone,
    rho,
    coverage,
  };
}
