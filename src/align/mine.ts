import type { Link } from '../types.ts';
import { DEFAULT_DROP, DEFAULT_FLOORS, floorEvidence, NO_FLOORS, passesFloors, type DropOptions, type FloorEvidence, type Floors } from './floors.ts';
import { range } from './parallel.ts';
import { linkScore, type Space } from './space.ts';

export interface MineOptions {
  /** What a candidate pair must reach to be linked (see floors.ts). */
  floors: Floors;
  /** When to mine without floors (see floorEvidence). */
  drop: DropOptions;
  /**
   * A 1-2 / 2-1 link may have a ratio margin this much (relative) below the single link's: cosine is diluted
   * when a sentence that carries the other half of the content is added to one that already matches well.
   */
  mergeTolerance: number;
  /** The added sentence must reach this cosine with its own best match, the link's sentence… */
  mergeMinCosine: number;
  /** …and this ratio over its own background, whether or not the floors were dropped (merges stay cautious). */
  mergeMinMargin: number;
}

export const DEFAULT_MINE: MineOptions = { floors: DEFAULT_FLOORS, drop: DEFAULT_DROP, mergeTolerance: 0.1, mergeMinCosine: 0.1, mergeMinMargin: 1.1 };

interface Candidate {
  ar: number;
  en: number;
  cos: number;
  margin: number;
  mutual: boolean;
}

function candidates(space: Space, floors: Floors): Candidate[] {
  const seen = new Set<number>();
  const out: Candidate[] = [];
  const consider = (i: number, j: number, cos: number): void => {
    const key = i * space.en.count + j;
    if (seen.has(key)) return;
    seen.add(key);
    const bg = (space.ar.bg[i] + space.en.bg[j]) / 2;
    const margin = bg > 0 ? cos / bg : 0;
    if (!passesFloors(cos, bg, floors)) return;
    const mutual = space.ar.nn[i].ids[0] === j && space.en.nn[j].ids[0] === i;
    out.push({ ar: i, en: j, cos, margin, mutual });
  };
  space.ar.nn.forEach((nb, i) => nb.ids.forEach((j, t) => consider(i, j, nb.sims[t])));
  space.en.nn.forEach((nb, j) => nb.ids.forEach((i, t) => consider(i, j, nb.sims[t])));
  return out;
}

/**
 * Comparable texts (any order, partial overlap): margin-based mining. Candidates are the k nearest
 * neighbours both ways, ranked by ratio margin; mutual best pairs are taken first, then the rest greedily,
 * each sentence once; floors (floors.ts) keep unrelated texts from yielding confident links.
 * A link then takes an adjacent unlinked sentence when the two together match clearly better.
 */
export function mine(space: Space, opts: MineOptions = DEFAULT_MINE): Link[] {
  const cands = candidates(space, opts.floors).sort(
    (a, b) => Number(b.mutual) - Number(a.mutual) || b.margin - a.margin || a.ar - b.ar || a.en - b.en,
  );
  const usedAr = new Uint8Array(space.ar.count);
  const usedEn = new Uint8Array(space.en.count);
  const links: { ar0: number; arN: number; en0: number; enN: number; cos: number }[] = [];
  for (const c of cands) {
    if (usedAr[c.ar] || usedEn[c.en]) continue;
    usedAr[c.ar] = 1;
    usedEn[c.en] = 1;
    links.push({ ar0: c.ar, arN: 1, en0: c.en, enN: 1, cos: c.cos });
  }
  // Merges: an adjacent unlinked sentence joins the link when its own best match is the link's sentence and
  // stands out among its neighbours (cos / its own background ≥ mergeMinMargin: the link's sentence's background is
  // no guide here, its first partner inflates it), and the two together match about as well or better
  // (ratio margin at most mergeTolerance below the single link's; the best such group wins).
  const margin = (a0: number, ac: number, e0: number, ec: number, cos: number): number => {
    const bg = space.bg(a0, ac, e0, ec);
    return bg > 0 ? cos / bg : 0;
  };
  const passes = (cos: number, ownBg: number): boolean => cos >= opts.mergeMinCosine && ownBg > 0 && cos / ownBg >= opts.mergeMinMargin;
  for (const l of links) {
    let best = { ar0: l.ar0, arN: 1, en0: l.en0, enN: 1, cos: l.cos, margin: margin(l.ar0, 1, l.en0, 1, l.cos) * (1 - opts.mergeTolerance) };
    for (const d of [-1, 1]) {
      const j = l.en0 + d;
      if (j >= 0 && j < space.en.count && !usedEn[j] && space.en.nn[j].ids[0] === l.ar0 && passes(space.en.nn[j].sims[0], space.en.bg[j])) {
        const e0 = Math.min(j, l.en0);
        const cos = space.sim(l.ar0, 1, e0, 2);
        const m = margin(l.ar0, 1, e0, 2, cos);
        if (m > best.margin) best = { ar0: l.ar0, arN: 1, en0: e0, enN: 2, cos, margin: m };
      }
      const i = l.ar0 + d;
      if (i >= 0 && i < space.ar.count && !usedAr[i] && space.ar.nn[i].ids[0] === l.en0 && passes(space.ar.nn[i].sims[0], space.ar.bg[i])) {
        const a0 = Math.min(i, l.ar0);
        const cos = space.sim(a0, 2, l.en0, 1);
        const m = margin(a0, 2, l.en0, 1, cos);
        if (m > best.margin) best = { ar0: a0, arN: 2, en0: l.en0, enN: 1, cos, margin: m };
      }
    }
    if (best.arN + best.enN > 2) {
      Object.assign(l, best);
      for (let t = best.ar0; t < best.ar0 + best.arN; t++) usedAr[t] = 1;
      for (let t = best.en0; t < best.en0 + best.enN; t++) usedEn[t] = 1;
    }
  }
  links.sort((a, b) => a.ar0 - b.ar0 || a.en0 - b.en0);
  return links.map((l) => ({
    ar: range(l.ar0, l.arN),
    en: range(l.en0, l.enN),
    score: linkScore(l.cos, space.bg(l.ar0, l.arN, l.en0, l.enN)),
  }));
}

/**
 * Mining with the floors dropped when the texts look like a shuffled translation (floorEvidence), kept otherwise.
 * Returns the links and one line saying which, with the figures.
 */
export function mineWithFloors(space: Space, opts: MineOptions = DEFAULT_MINE, evidence: FloorEvidence = floorEvidence(space, opts.floors, opts.drop)): { links: Link[]; reason: string } {
  return { links: mine(space, evidence.drop ? { ...opts, floors: NO_FLOORS } : opts), reason: evidence.reason };
}
