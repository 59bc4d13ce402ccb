/** A bead: `ar` Arabic sentences aligned with `en` English sentences (0 on one side = skipped sentence). */
export interface Bead {
  ar: number;
  en: number;
}

/** 1-1, skips, merges up to 2-2, and 1-3/3-1, 1-4/4-1 for translators who split or join a lot. */
export const BEADS: readonly Bead[] = [
  { ar: 1, en: 1 },
  { ar: 1, en: 0 },
  { ar: 0, en: 1 },
  { ar: 1, en: 2 },
  { ar: 2, en: 1 },
  { ar: 2, en: 2 },
  { ar: 1, en: 3 },
  { ar: 3, en: 1 },
  { ar: 1, en: 4 },
  { ar: 4, en: 1 },
];

/**
 * Which lattice points the path may visit: for each i in 0..n (Arabic sentences consumed), the English
 * positions lo[i]..hi[i] (inclusive). Both bounds are non-decreasing in i.
 */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** A bead placed on the path: Arabic sentences ar0..ar0+ar-1 with English en0..en0+en-1. */
export interface PlacedBead extends Bead {
  ar0: number;
  en0: number;
}

/** Gain of a bead placed at (ar0, en0); higher is better; -Infinity forbids it. */
export type BeadGain = (ar0: number, arCount: number, en0: number, enCount: number) => number;

/** Cost of taking bead `next` straight after bead `prev` (both indices into the bead list), on top of their gains. */
export type TurnCost = (prev: Bead, next: Bead) => number;

/**
 * The monotone path from (0,0) to (n,m) through the band that maximises the sum of bead gains, less each turn cost
 * between consecutive beads (charged on the best path into the previous cell, as a first-order approximation that
 * keeps one state per cell). Time and memory grow with the band's area, not n·m.
 */
export function bestPath(n: number, m: number, gain: BeadGain, band: Band = fullBand(n, m), beads: readonly Bead[] = BEADS, turn?: TurnCost): PlacedBead[] {
  const { lo, hi } = band;
  if (lo[0] > 0 || hi[n] < m) throw new Error('the band must contain both ends of the path');
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) off[i + 1] = off[i] + Math.max(0, hi[i] - lo[i] + 1);
  const score = new Float64Array(off[n + 1]).fill(-Infinity);
  const back = new Uint8Array(off[n + 1]).fill(255);
  const cell = (i: number, j: number): number => (j < lo[i] || j > hi[i] ? -1 : off[i] + j - lo[i]);
  // turns[prev · B + next], 0 when there is no turn cost; index B is "no previous bead" (the start).
  const B = beads.length;
  const turns = new Float64Array((B + 1) * B);
  if (turn) for (let p = 0; p < B; p++) for (let b = 0; b < B; b++) turns[p * B + b] = turn(beads[p], beads[b]);
  score[cell(0, 0)] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]; j <= hi[i]; j++) {
      const c = off[i] + j - lo[i];
      let best = score[c];
      let arg = back[c];
      for (let b = 0; b < beads.length; b++) {
        const { ar, en } = beads[b];
        const pi = i - ar;
        const pj = j - en;
        if (pi < 0 || pj < 0) continue;
        const p = cell(pi, pj);
        if (p < 0 || score[p] === -Infinity) continue;
        const s = score[p] + gain(pi, ar, pj, en) - turns[(back[p] === 255 ? B : back[p]) * B + b];
        if (s > best) {
          best = s;
          arg = b;
        }
      }
      score[c] = best;
      back[c] = arg;
    }
  }
  const path: PlacedBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const c = cell(i, j);
    const b = c < 0 ? 255 : back[c];
    if (b === 255) throw new Error('no path through the band');
    const { ar, en } = beads[b];
    i -= ar;
    j -= en;
    path.push({ ar, en, ar0: i, en0: j });
  }
  return path.reverse();
}
