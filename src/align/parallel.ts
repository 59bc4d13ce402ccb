import type { Link } from '../types.ts';
import { bandSimilarity, type GroupSim } from './bandsim.ts';
import { bestPath, BEADS, type Band, type Bead } from './dp.ts';
import type { Constraints } from './constraints.ts';
import { linkScore, mutualBest, type Space } from './space.ts';

export interface ParallelOptions {
  /** Half-width of the band around the anchor line, in sentences. */
  bandWidth: number;
  /**
   * Cost of leaving one sentence unaligned, as a multiple of how far below zero the margin of a typical wrong pair
   * lies (the median margin of each anchor with the English sentences two before and after it): as vecalign's
   * deletion penalty, skips cost what bad pairs cost in this document pair, whose backgrounds set the margins' scale.
   */
  skipScale: number;
  /** The cost of a skip when there are too few anchors to measure wrong pairs on. */
  skipCost: number;
  /** Cost of each sentence beyond the first on either side of a bead (keeps merges for when they pay). */
  mergeCost: number;
  /**
   * Extra cost of a bead with several sentences on both sides (2-2 and up): a translator rarely moves two sentence
   * ends at once, and between two weak 1-1 beads a 2-2 bead otherwise wins on its pooled (less noisy) similarity.
   */
  manyCost: number;
  /**
   * Extra cost of a merge straight after a merge the other way (1-2 then 2-1, 3-1 then 1-3): the two move one
   * sentence end between them and land back on the diagonal, as a 2-2 bead does, and win the same way between weak
   * 1-1 beads (TICO-19 as one text: all its spurious merges were such pairs). Set so such a pair wins only on
   * clearly better evidence: on TICO-19 as one text 0.05 left one of four, 0.3 none, and no synthetic merge row lost
   * a link (eval alignment); running text (eval alignment-running) lost one of its 47 n-m links found.
   */
  turnCost: number;
  /** Weight of the squared, standardised log length ratio (capped at 3 σ). */
  lengthWeight: number;
  beads: readonly Bead[];
}

export const DEFAULT_PARALLEL: ParallelOptions = {
  bandWidth: 16,
  skipScale: 2,
  skipCost: 0.2,
  mergeCost: 0.1,
  manyCost: 0.1,
  turnCost: 0.3,
  lengthWeight: 0.03,
  beads: BEADS,
};

export interface Anchor {
  ar: number;
  en: number;
}

/** The longest chain of mutual-best pairs increasing on both sides: the skeleton of a translation. */
export function anchors(space: Space): Anchor[] {
  const pairs = mutualBest(space);
  // Longest strictly increasing subsequence of en over pairs sorted by ar (patience sorting).
  const tails: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach((p, t) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]].en < p.en) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[t] = tails[lo - 1];
    tails[lo] = t;
  });
  const out: Anchor[] = [];
  for (let t = tails.length ? tails[tails.length - 1] : -1; t >= 0; t = prev[t]) out.push({ ar: pairs[t].ar, en: pairs[t].en });
  return out.reverse();
}

/**
 * A band around the piecewise-linear line through (0,0), the anchors and (n,m): each row spans from the
 * line at the previous row to the line at the next one, widened by `width`, so every step stays connected.
 */
export function bandAround(points: readonly Anchor[], n: number, m: number, width: number): Band {
  const knots: Anchor[] = [{ ar: 0, en: 0 }];
  for (const p of points) knots.push({ ar: p.ar, en: p.en }, { ar: p.ar + 1, en: p.en + 1 });
  knots.push({ ar: n, en: m });
  const centre = new Float64Array(n + 1);
  let k = 0;
  for (let i = 0; i <= n; i++) {
    while (k < knots.length - 2 && knots[k + 1].ar <= i) k++;
    const a = knots[k];
    const b = knots[k + 1];
    centre[i] = b.ar === a.ar ? b.en : a.en + ((i - a.ar) * (b.en - a.en)) / (b.ar - a.ar);
  }
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(centre[Math.max(0, i - 1)]) - width);
    hi[i] = Math.min(m, Math.ceil(centre[Math.min(n, i + 1)]) + width);
  }
  lo[0] = 0;
  hi[n] = m;
  return { lo, hi };
}

/**
 * Centre and spread of ln(English length / Arabic length) over the anchors (Arabic is usually shorter),
 * and the typical length of a pair (both sides) the spread refers to.
 */
export function lengthRatio(space: Space, points: readonly Anchor[]): { mu: number; sigma: number; pairLength: number } {
  const logs = points
    .map((p) => Math.log(Math.max(1, space.en.lengths[p.en]) / Math.max(1, space.ar.lengths[p.ar])))
    .sort((a, b) => a - b);
  if (logs.length < 5) {
    const ta = space.ar.lengths.reduce((s, x) => s + x, 0);
    const te = space.en.lengths.reduce((s, x) => s + x, 0);
    const n = space.ar.count + space.en.count;
    return { mu: ta > 0 && te > 0 ? Math.log(te / ta) : 0, sigma: 0.35, pairLength: n ? (2 * (ta + te)) / n : 1 };
  }
  const med = (xs: number[]): number => xs[Math.floor(xs.length / 2)];
  const mu = med(logs);
  const mad = med(logs.map((x) => Math.abs(x - mu)).sort((a, b) => a - b));
  const pairLength = med(points.map((p) => space.ar.lengths[p.ar] + space.en.lengths[p.en]).sort((a, b) => a - b));
  return { mu, sigma: Math.max(0.15, 1.4826 * mad), pairLength: Math.max(1, pairLength) };
}

/**
 * Aligns a translation: anchors from mutual-best pairs in order, then the best bead path in a band
 * around them, each bead scored by its margin (cosine minus the mean similarity of its sentences to their
 * nearest neighbours), less a length-ratio penalty and a merge cost; skipped sentences cost `skipCost`.
 */
export function alignParallel(space: Space, opts: ParallelOptions = DEFAULT_PARALLEL, fixed?: Constraints): Link[] {
  const n = space.ar.count;
  const m = space.en.count;
  const held = fixed ? fixedBeads(fixed, space) : undefined;
  const points = held ? withFixed(anchors(space), held.beads) : anchors(space);
  const { mu, sigma, pairLength } = lengthRatio(space, points);
  const arLen = prefixSums(space.ar.lengths);
  const enLen = prefixSums(space.en.lengths);
  const band = bandAround(points, n, m, opts.bandWidth);
  const sim = beadSimilarity(space, band, opts.beads);
  const skipCost = measuredSkipCost(space, points, sim, opts);
  const groupBg = groupBackgrounds(space);
  const gain = (a0: number, ac: number, e0: number, ec: number): number => {
    if (ac === 0 || ec === 0) return -skipCost * (ac + ec);
    const margin = sim(a0, ac, e0, ec) - (ac === 1 && ec === 1 ? space.bg(a0, 1, e0, 1) : groupBg(a0, ac, e0, ec));
    const le = Math.max(1, enLen[e0 + ec] - enLen[e0]);
    const la = Math.max(1, arLen[a0 + ac] - arLen[a0]);
    // As in Gale & Church, the log ratio varies less the more text it is taken over: merging never dilutes it.
    const z = ((Math.log(le / la) - mu) / sigma) * Math.sqrt((la + le) / pairLength);
    return margin - opts.lengthWeight * Math.min(z * z, 9) - opts.mergeCost * (ac + ec - 2) - (ac > 1 && ec > 1 ? opts.manyCost : 0);
  };
  const beads = held ? [...opts.beads, ...held.shapes.filter((x) => !opts.beads.some((b) => b.ar === x.ar && b.en === x.en))] : opts.beads;
  const path = bestPath(n, m, held && fixed ? constrainedGain(gain, held, fixed) : gain, band, beads, (p, b) => (zigzag(p, b) ? opts.turnCost : 0));
  return path
    .filter((b) => b.ar > 0 && b.en > 0)
    .filter((b) => !held || !held.isFixed(b.ar0, b.ar, b.en0, b.en))
    .map((b) => ({
      ar: range(b.ar0, b.ar),
      en: range(b.en0, b.en),
      score: linkScore(sim(b.ar0, b.ar, b.en0, b.en), space.bg(b.ar0, b.ar, b.en0, b.en)),
    }));
}

/** A merge followed by one the other way: more Arabic than English sentences in one, fewer in the other. */
export function zigzag(prev: Bead, next: Bead): boolean {
  const skip = (b: Bead): boolean => b.ar === 0 || b.en === 0;
  return !skip(prev) && !skip(next) && Math.sign(prev.ar - prev.en) * Math.sign(next.ar - next.en) < 0;
}

/**
 * The skip cost of this document pair (see `skipScale`); the fixed `skipCost` with fewer than 10 wrong pairs measured.
 * With more text the backgrounds rise (more near neighbours to be close to), margins fall, and a fixed cost made
 * skipping a hard pair cheaper than keeping it: TICO-19 as one text lost 18 Arabic sentences that way.
 */
export function measuredSkipCost(space: Space, points: readonly Anchor[], sim: GroupSim, opts: ParallelOptions): number {
  const wrong: number[] = [];
  for (const p of points) {
    for (const j of [p.en - 2, p.en + 2]) if (j >= 0 && j < space.en.count) wrong.push(sim(p.ar, 1, j, 1) - space.bg(p.ar, 1, j, 1));
  }
  if (wrong.length < 10) return opts.skipCost;
  wrong.sort((a, b) => a - b);
  return opts.skipScale * Math.max(0, -wrong[wrong.length >> 1]);
}

/**
 * Background of a merge bead: each side's backgrounds weighted by sentence length, then the two sides' mean. A short
 * heading beside a long sentence says little of what the group is near, so its (often high) background weighs less.
 * From prefix sums: the DP asks for millions of groups.
 */
export function groupBackgrounds(space: Space): GroupSim {
  const prefix = (s: Space['ar']): { len: Float64Array; lenBg: Float64Array } => {
    const len = new Float64Array(s.count + 1);
    const lenBg = new Float64Array(s.count + 1);
    for (let x = 0; x < s.count; x++) {
      const l = Math.max(1, s.lengths[x]);
      len[x + 1] = len[x] + l;
      lenBg[x + 1] = lenBg[x] + l * s.bg[x];
    }
    return { len, lenBg };
  };
  const a = prefix(space.ar);
  const e = prefix(space.en);
  return (a0, ac, e0, ec) =>
    ((a.lenBg[a0 + ac] - a.lenBg[a0]) / (a.len[a0 + ac] - a.len[a0]) + (e.lenBg[e0 + ec] - e.lenBg[e0]) / (e.len[e0 + ec] - e.len[e0])) / 2;
}

/**
 * The cosine the DP scores beads with: from one table of sentence cosines over the band when both sides' groups
 * are combinations of sentence vectors of one kind (see bandsim.ts), else the space's own group vectors.
 */
function beadSimilarity(space: Space, band: Band, beads: readonly Bead[]): GroupSim {
  const sides = [space.ar, space.en];
  const oneKind = (kind: 'sparse' | 'dense'): boolean => sides.every((s) => s.vectors.every((v) => v.kind === kind));
  if (!sides.every((s) => s.combined) || !(oneKind('sparse') || oneKind('dense'))) return space.sim;
  const maxGroup = Math.max(1, ...beads.map((b) => Math.max(b.ar, b.en)));
  return bandSimilarity(space.ar, space.en, band, maxGroup, space.sim);
}

function prefixSums(xs: readonly number[]): Float64Array {
  const out = new Float64Array(xs.length + 1);
  for (let x = 0; x < xs.length; x++) out[x + 1] = out[x] + xs[x];
  return out;
}

interface Held {
  /** Approved links on one in-order chain of contiguous groups: the path must take each as one bead. */
  beads: { ar0: number; ar: number; en0: number; en: number }[];
  shapes: Bead[];
  isFixed(a0: number, ac: number, e0: number, ec: number): boolean;
  /** Sentences of the other approved links: the path passes them by, at no cost. */
  freeAr: Uint8Array;
  freeEn: Uint8Array;
}

/** Approved links as beads the path must take (the longest in-order chain of contiguous ones), the rest set aside. */
function fixedBeads(c: Constraints, space: Space): Held {
  const contiguous = (xs: readonly number[]): boolean => xs.length > 0 && xs.every((x, t) => t === 0 || x === xs[t - 1] + 1);
  const cands = c.approved
    .map((l) => ({ l, a: [...l.ar].sort((x, y) => x - y), e: [...l.en].sort((x, y) => x - y) }))
    .filter((x) => contiguous(x.a) && contiguous(x.e))
    .sort((x, y) => x.a[0] - y.a[0] || x.e[0] - y.e[0]);
  // Longest chain increasing on both sides (quadratic: approved links are few).
  const best = cands.map(() => 1);
  const prev = cands.map(() => -1);
  for (let t = 0; t < cands.length; t++) {
    for (let u = 0; u < t; u++) {
      const ok = cands[u].a[cands[u].a.length - 1] < cands[t].a[0] && cands[u].e[cands[u].e.length - 1] < cands[t].e[0];
      if (ok && best[u] + 1 > best[t]) [best[t], prev[t]] = [best[u] + 1, u];
    }
  }
  const chain: number[] = [];
  let t = best.length ? best.indexOf(Math.max(...best)) : -1;
  for (; t >= 0; t = prev[t]) chain.unshift(t);
  const beads = chain.map((u) => ({ ar0: cands[u].a[0], ar: cands[u].a.length, en0: cands[u].e[0], en: cands[u].e.length }));
  const keys = new Set(beads.map((b) => `${b.ar0},${b.ar},${b.en0},${b.en}`));
  const freeAr = new Uint8Array(space.ar.count);
  const freeEn = new Uint8Array(space.en.count);
  for (let i = 0; i < space.ar.count; i++) freeAr[i] = c.takenAr[i];
  for (let j = 0; j < space.en.count; j++) freeEn[j] = c.takenEn[j];
  for (const b of beads) {
    for (let i = b.ar0; i < b.ar0 + b.ar; i++) freeAr[i] = 0;
    for (let j = b.en0; j < b.en0 + b.en; j++) freeEn[j] = 0;
  }
  return {
    beads,
    shapes: beads.map((b) => ({ ar: b.ar, en: b.en })),
    isFixed: (a0, ac, e0, ec) => keys.has(`${a0},${ac},${e0},${ec}`),
    freeAr,
    freeEn,
  };
}

/** Anchors with the fixed beads' corners, dropping mutual-best anchors that would cross a fixed bead. */
function withFixed(points: readonly Anchor[], beads: Held['beads']): Anchor[] {
  const crosses = (p: Anchor): boolean =>
    beads.some(
      (b) =>
        (p.ar >= b.ar0 && p.ar < b.ar0 + b.ar) ||
        (p.en >= b.en0 && p.en < b.en0 + b.en) ||
        (p.ar < b.ar0 && p.en >= b.en0 + b.en) ||
        (p.ar >= b.ar0 + b.ar && p.en < b.en0),
    );
  const out = points.filter((p) => !crosses(p));
  // A knot pair (p, p + 1) per point: a group's far corner only when it keeps the knots in order on both sides.
  for (const b of beads) {
    out.push({ ar: b.ar0, en: b.en0 });
    if (b.ar > 1 && b.en > 1) out.push({ ar: b.ar0 + b.ar - 1, en: b.en0 + b.en - 1 });
  }
  return out.sort((x, y) => x.ar - y.ar || x.en - y.en);
}

/**
 * The gain with the decisions in force: a fixed bead is taken whole, no other bead may touch its sentences,
 * other approved sentences are passed by free, and no bead may hold a rejected pair.
 */
function constrainedGain(gain: (a0: number, ac: number, e0: number, ec: number) => number, held: Held, c: Constraints) {
  const fixedAr = new Uint8Array(held.freeAr.length);
  const fixedEn = new Uint8Array(held.freeEn.length);
  for (const b of held.beads) {
    for (let i = b.ar0; i < b.ar0 + b.ar; i++) fixedAr[i] = 1;
    for (let j = b.en0; j < b.en0 + b.en; j++) fixedEn[j] = 1;
  }
  return (a0: number, ac: number, e0: number, ec: number): number => {
    if (held.isFixed(a0, ac, e0, ec)) return 0;
    let free = 0;
    for (let i = a0; i < a0 + ac; i++) {
      if (fixedAr[i]) return -Infinity;
      if (held.freeAr[i]) free++;
    }
    for (let j = e0; j < e0 + ec; j++) {
      if (fixedEn[j]) return -Infinity;
      if (held.freeEn[j]) free++;
    }
    if (free) return ac + ec === 1 ? 0 : -Infinity;
    for (let i = a0; i < a0 + ac; i++) for (let j = e0; j < e0 + ec; j++) if (c.forbidden(i, j)) return -Infinity;
    return gain(a0, ac, e0, ec);
  };
}

export function range(start: number, count: number): number[] {
  return Array.from({ length: count }, (_, t) => start + t);
}
