import type { Vector } from '../types.ts';
import { dot } from '../vector.ts';
import { groupVectors, type GroupVector } from './groups.ts';
import { background, SimilarityIndex, type Neighbours } from './knn.ts';

/** What the aligner gets for one text: a vector and a length (characters) per sentence. */
export interface AlignSide {
  vectors: readonly Vector[];
  lengths: readonly number[];
  /** Vector of `count` consecutive sentences from `start` (e.g. the encoder on their joined text); default: combined. */
  group?: GroupVector;
}

/** One side, prepared: its nearest neighbours on the other side and its margin background. */
export interface PreparedSide {
  count: number;
  lengths: readonly number[];
  group: GroupVector;
  /** Nearest sentences of the other side, per sentence. */
  nn: Neighbours[];
  /** Mean similarity to those k neighbours (missing ones count 0). */
  bg: Float32Array;
  /** Search over this side's sentences. */
  index: SimilarityIndex;
}

export interface Space {
  ar: PreparedSide;
  en: PreparedSide;
  k: number;
  /** Cosine of two groups. */
  sim(a0: number, aCount: number, e0: number, eCount: number): number;
  /** Mean background of the sentences of two groups. */
  bg(a0: number, aCount: number, e0: number, eCount: number): number;
}

function mean(xs: Float32Array, start: number, count: number): number {
  let s = 0;
  for (let t = start; t < start + count; t++) s += xs[t];
  return s / count;
}

/** Indexes both sides and finds every sentence's k nearest neighbours both ways: O((n + m)·k) memory. */
export function prepare(ar: AlignSide, en: AlignSide, k: number): Space {
  const arIndex = new SimilarityIndex(ar.vectors);
  const enIndex = new SimilarityIndex(en.vectors);
  const arNn = ar.vectors.map((v) => enIndex.nearest(v, k));
  const enNn = en.vectors.map((v) => arIndex.nearest(v, k));
  const side = (s: AlignSide, nn: Neighbours[], index: SimilarityIndex): PreparedSide => ({
    count: s.vectors.length,
    lengths: s.lengths,
    group: groupVectors(s.vectors, s.lengths, s.group),
    nn,
    bg: Float32Array.from(nn.map((x) => background(x, k))),
    index,
  });
  const pa = side(ar, arNn, arIndex);
  const pe = side(en, enNn, enIndex);
  return {
    ar: pa,
    en: pe,
    k,
    sim: (a0, ac, e0, ec) => dot(pa.group(a0, ac), pe.group(e0, ec)),
    bg: (a0, ac, e0, ec) => (mean(pa.bg, a0, ac) + mean(pe.bg, e0, ec)) / 2,
  };
}

/**
 * The score every link carries, in [0, 1]: how far the pair's cosine rises above the typical similarity of
 * its sentences to their k nearest neighbours, as a share of the way to a perfect match:
 * (cos − bg) / (1 − bg), clamped. 0 = no better than a typical near neighbour; 1 = identical vectors.
 */
export function linkScore(cos: number, bg: number): number {
  if (bg >= 1) return cos >= 1 ? 1 : 0;
  return Math.min(1, Math.max(0, (cos - bg) / (1 - bg)));
}

/** Mutual nearest neighbours (ar i's best is en j and en j's best is ar i), in Arabic order. */
export function mutualBest(space: Space): { ar: number; en: number; sim: number }[] {
  const out = [];
  for (let i = 0; i < space.ar.count; i++) {
    const nb = space.ar.nn[i];
    if (nb.ids.length === 0) continue;
    const j = nb.ids[0];
    const back = space.en.nn[j];
    if (back.ids.length && back.ids[0] === i) out.push({ ar: i, en: j, sim: nb.sims[0] });
  }
  return out;
}
