import type { AlignMode, Link } from '../types.ts';
import { DEFAULT_FLOORS, floorEvidence } from './floors.ts';
import { anchors, lengthRatio } from './parallel.ts';
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
  /** Share of the shorter text's sentences in a clear (floor-passing) mutual-best pair. */
  clear: number;
  /** Spread (robust standard deviation) of the log length ratio of the in-order pairs: small for a translation. */
  lengthSpread: number;
  /** Share of the parallel alignment's links that stand out from their neighbours, when it was checked. */
  verified?: number;
}

export interface AutoOptions {
  minMutual: number;
  minMonotone: number;
  minRho: number;
  minCoverage: number;
  /** At or above this share of sentences with a clear partner the diagonal alone decides… */
  sureClear: number;
  /** …under it, the parallel alignment must have at least this share of links scoring `verifiedScore` or more. */
  minVerified: number;
  verifiedScore: number;
}

/**
 * Measured on TICO-19 (lexical encoder): translations have 78–100% of their mutual-best pairs in order
 * (rank correlation ≥ 0.87); the same documents with the English shuffled have ≤ 50% (≤ 0.6). Coverage does not
 * separate the two (a shuffle keeps it), so its floor only rules out texts with almost nothing in common.
 */
export const DEFAULT_AUTO: AutoOptions = { minMutual: 3, minMonotone: 0.7, minRho: 0.7, minCoverage: 0.1, sureClear: 0.6, minVerified: 0.4, verifiedScore: 0.1 };

/*
 * Why the check of the parallel links: lead-first news keeps a rough order, so two independent reports can pass
 * the diagonal test (comparable-news-dev: 3 of 15 pairs did). What separates them from a translation is how many
 * sentences have a clear partner (TICO-19 documents 0.38–1.00, 28 of 29 at 0.67 or more; the news pairs
 * 0.08–0.46) and whether the links the DP draws along the diagonal hold up: on TICO-19 45–100% of them score
 * 0.1 or more, on the news pairs 0–30%. So when the diagonal passes but few sentences have a clear partner, the
 * mode is the one whose links verify.
 */

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

/** Share of links (both sides non-empty) scoring at least `min`. */
export function verifiedShare(links: readonly Link[], min: number): number {
  const real = links.filter((l) => l.ar.length && l.en.length);
  return real.length ? real.filter((l) => l.score >= min).length / real.length : 0;
}

const pct = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * Translation or comparable texts? A translation's mutual-best pairs run along a diagonal: most of them
 * lie on one in-order chain, their positions correlate, and they cover much of the shorter text. When the
 * diagonal passes but few sentences have a clear partner, `parallelLinks` (the translation alignment, computed
 * only then) decides: a translation's links stand out from their neighbours, two reports' do not.
 */
export function decideMode(space: Space, opts: AutoOptions = DEFAULT_AUTO, parallelLinks?: () => readonly Link[]): ModeEvidence {
  const mb = mutualBest(space);
  const chain = anchors(space);
  const monotone = mb.length ? chain.length / mb.length : 0;
  const rho = spearman(
    mb.map((p) => p.ar),
    mb.map((p) => p.en),
  );
  const shorter = Math.min(space.ar.count, space.en.count);
  const coverage = shorter ? mb.length / shorter : 0;
  const clear = floorEvidence(space, DEFAULT_FLOORS).share;
  const lengthSpread = chain.length ? lengthRatio(space, chain).sigma : 0;
  const diagonal = mb.length >= opts.minMutual && monotone >= opts.minMonotone && rho >= opts.minRho && coverage >= opts.minCoverage;
  const order = `${mb.length} sentence pairs that are each other's best match, ${pct(monotone)} of them in the same order (rank correlation ${rho.toFixed(2)})`;
  const share = `${pct(clear)} of the shorter text's sentences with a clear partner`;
  const lengths = `lengths of paired sentences ${lengthSpread <= 0.25 ? 'agree' : 'vary'} (spread ${lengthSpread.toFixed(2)})`;
  const base = { mutual: mb.length, monotone, rho, coverage, clear, lengthSpread };
  if (!diagonal) return { ...base, mode: 'comparable', reason: `comparable texts: ${order}, so the order differs; ${share}` };
  if (clear >= opts.sureClear || !parallelLinks) return { ...base, mode: 'parallel', reason: `a translation: ${order}; ${share}; ${lengths}` };
  const verified = verifiedShare(parallelLinks(), opts.verifiedScore);
  const holds = `${pct(verified)} of the links a translation alignment draws stand out from their neighbours`;
  return verified >= opts.minVerified
    ? { ...base, verified, mode: 'parallel', reason: `a translation: ${order}; only ${share}, but ${holds}; ${lengths}` }
    : { ...base, verified, mode: 'comparable', reason: `comparable texts: ${order}, but only ${share} and ${holds} (a translation's mostly do); ${lengths}` };
}
