/**
 * Mining floors and when to drop them. The floors keep unrelated texts from getting links, at a cost in recall
 * on texts where nearly every sentence has a partner (shuffled translations, lists). Which of the two a pair
 * of texts is shows in its mutual-best pairs: see `floorEvidence`.
 */
import { linkScore, mutualBest, type Space } from './space.ts';

export interface Floors {
  /** Absolute floor on the cosine: pairs under it are never linked, whatever their margin. */
  minCosine: number;
  /** Floor on the ratio margin cos / mean(k-NN similarity of both sentences). */
  minMargin: number;
  /** Floor on the link score (see linkScore): a pair must rise this far above its sentences' neighbours. */
  minLinkScore: number;
}

// Tuned on TICO-19 (shuffled documents vs unrelated document pairs) and the sample corpus: scripts/eval/alignment.ts.
export const DEFAULT_FLOORS: Floors = { minCosine: 0.2, minMargin: 1.1, minLinkScore: 0.1 };

/** Mining with no floor: every candidate may be linked, best first. */
export const NO_FLOORS: Floors = { minCosine: -Infinity, minMargin: -Infinity, minLinkScore: -Infinity };

export interface DropOptions {
  /** Drop the floors when at least this share of the shorter text's sentences is in a floor-passing mutual-best pair… */
  minShare: number;
  /** …and there are at least this many such pairs (a share of three sentences says little). */
  minPairs: number;
}

/**
 * Argument (docs/ALIGNMENT.md, "Adaptive mining floors"): let r be the share of the shorter text's n sentences
 * that have a partner. Without floors mining links about n pairs, at most r·n of them right: precision is at most
 * about r, so drop the floors only when r ≥ 0.8. Clear (floor-passing) mutual-best pairs number about
 * m = q·r·n + c·(1 − r)·n, with q the share of true pairs found that way (0.835 on shuffled TICO-19 documents,
 * 99.7% of them right) and c the rate on sentences without a partner (0.057 on unrelated TICO-19 documents).
 * So r ≈ (m/n − c) / (q − c): a share m/n of 2/3 means r ≈ 0.78, and r = 0.8 gives 0.68. q varies by text
 * (24 of 31 documents 0.85–1): at q = 1 the threshold admits r ≈ 0.65 (docs/ALIGNMENT.md, Known limits).
 */
export const DEFAULT_DROP: DropOptions = { minShare: 2 / 3, minPairs: 4 };

/** Whether a candidate pair passes the floors. */
export function passesFloors(cos: number, bg: number, floors: Floors): boolean {
  const margin = bg > 0 ? cos / bg : 0;
  return cos >= floors.minCosine && margin >= floors.minMargin && linkScore(cos, bg) >= floors.minLinkScore;
}

export interface FloorEvidence {
  drop: boolean;
  /** Mutual-best pairs that pass the floors. */
  pairs: number;
  /** `pairs` per sentence of the shorter text. */
  share: number;
  /** One line for the user. */
  reason: string;
}

/** Do these texts look like a (possibly shuffled) translation, where the floors only cost recall? */
export function floorEvidence(space: Space, floors: Floors = DEFAULT_FLOORS, opts: DropOptions = DEFAULT_DROP): FloorEvidence {
  const pairs = mutualBest(space).filter((p) => passesFloors(p.sim, (space.ar.bg[p.ar] + space.en.bg[p.en]) / 2, floors)).length;
  const shorter = Math.min(space.ar.count, space.en.count);
  const share = shorter ? pairs / shorter : 0;
  const drop = pairs >= opts.minPairs && share >= opts.minShare;
  const figures = `${Math.round(share * 100)}% of the shorter text's sentences have a clear partner (${pairs} pairs)`;
  return { drop, pairs, share, reason: drop ? `every sentence paired, best match first: ${figures}` : `only pairs that clearly stand out are linked: ${figures}` };
}
