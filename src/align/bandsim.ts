/**
 * Group cosines over the DP band from one table of sentence cosines.
 *
 * A combined group vector is Σ w_i·v_i normalised, w_i = √len_i (see `combineVectors`), so the cosine of two
 * groups is Σ_i Σ_j w_i w_j cos(v_i, u_j) / (‖Σ w_i v_i‖ · ‖Σ w_j u_j‖), and the norms need only the dot products of
 * sentences at most a group apart on one side. One pass over the band then serves every bead the DP tries,
 * instead of building, caching and comparing a vector for every group.
 */
import type { Vector } from '../types.ts';
import { dot, dotScattered } from '../vector.ts';
import type { Band } from './dp.ts';

/** Cosine of Arabic sentences a0..a0+ac-1 taken together with English e0..e0+ec-1. */
export type GroupSim = (a0: number, ac: number, e0: number, ec: number) => number;

/** One side as the band similarity needs it: its sentence vectors, unit length or empty, and lengths. */
export interface CombinedSide {
  vectors: readonly Vector[];
  lengths: readonly number[];
}

/** The weight of each sentence in a combined group (as in `combineVectors`). */
export function groupWeights(lengths: readonly number[]): Float64Array {
  return Float64Array.from(lengths, (l) => Math.sqrt(Math.max(1, l)));
}

/** dots[x·span + o] = v_x · v_{x+o} for o < span (0 past the end): what group norms are made of. */
export function neighbourDots(vectors: readonly Vector[], span: number): Float64Array {
  const out = new Float64Array(vectors.length * span);
  // Sparse sentences are scattered once each (as in `cosineTable`): the same sums as `dot`, bit for bit.
  const dense = new Float32Array(vectors.every((v) => v.kind === 'sparse') ? maxFeature(vectors) + 1 : 0);
  for (let x = 0; x < vectors.length; x++) {
    const a = vectors[x];
    const scattered = a.kind === 'sparse' && dense.length > 0;
    if (scattered) for (let t = 0; t < a.ids.length; t++) dense[a.ids[t]] = a.values[t];
    for (let o = 0; o < span && x + o < vectors.length; o++) {
      const b = vectors[x + o];
      out[x * span + o] = scattered && b.kind === 'sparse' ? dotScattered(dense, b) : dot(a, b);
    }
    if (scattered) for (let t = 0; t < a.ids.length; t++) dense[a.ids[t]] = 0;
  }
  return out;
}

/** The largest feature id of some sparse vectors (0 if none). */
function maxFeature(vectors: readonly Vector[]): number {
  let most = 0;
  for (const v of vectors) if (v.kind === 'sparse' && v.ids.length) most = Math.max(most, v.ids[v.ids.length - 1]);
  return most;
}

/** Cosines of each Arabic sentence x with English sentences first[x]..last[x], row x from offset[x] in cos. */
export interface CosineTable {
  first: Int32Array;
  last: Int32Array;
  offset: Int32Array;
  cos: Float64Array;
}

/**
 * Sparse rows are scattered once into a dense array, so each product costs only the English vector's features;
 * the sum runs over them in ascending id order, as `dot` does, so single-sentence cosines are bit-identical to it.
 */
export function cosineTable(ar: readonly Vector[], en: readonly Vector[], first: Int32Array, last: Int32Array): CosineTable {
  const n = ar.length;
  const offset = new Int32Array(n + 1);
  for (let x = 0; x < n; x++) offset[x + 1] = offset[x] + Math.max(0, last[x] - first[x] + 1);
  const cos = new Float64Array(offset[n]);
  // Float32, as vector values are: the same products, half the memory read at random.
  const dense = new Float32Array(maxFeature(ar) + 1);
  for (let x = 0; x < n; x++) {
    const a = ar[x];
    if (a.kind === 'sparse') for (let t = 0; t < a.ids.length; t++) dense[a.ids[t]] = a.values[t];
    for (let j = first[x], c = offset[x]; j <= last[x]; j++, c++) {
      const e = en[j];
      cos[c] = a.kind === 'sparse' && e.kind === 'sparse' ? dotScattered(dense, e) : dot(a, e);
    }
    if (a.kind === 'sparse') for (let t = 0; t < a.ids.length; t++) dense[a.ids[t]] = 0;
  }
  return { first, last, offset, cos };
}

/**
 * English sentences each Arabic sentence x can meet in a bead of at most `maxGroup` sentences a side whose
 * start lies in the band: from the band's left edge at row x − maxGroup + 1 to its right edge at x, plus a group.
 */
export function bandRows(band: Band, n: number, m: number, maxGroup: number): { first: Int32Array; last: Int32Array } {
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    first[x] = band.lo[Math.max(0, x - maxGroup + 1)];
    last[x] = Math.min(m - 1, band.hi[x] + maxGroup - 1);
  }
  return { first, last };
}

/** ‖Σ w_i v_i‖ over sentences start..start+count-1, from the neighbour dots (span ≥ count). */
function groupNorm(w: Float64Array, dots: Float64Array, span: number, start: number, count: number): number {
  let s = 0;
  for (let x = start; x < start + count; x++) {
    s += w[x] * w[x] * dots[x * span];
    for (let y = x + 1; y < start + count; y++) s += 2 * w[x] * w[y] * dots[x * span + y - x];
  }
  return Math.sqrt(Math.max(0, s));
}

/**
 * Group cosines for the beads of a band, for two sides whose groups are combined sentence vectors. Asks outside
 * the table (or for groups longer than `maxGroup`) go to `fallback`. A single sentence is its own vector, as in
 * `groupVectors`; an empty combined group has cosine 0, as its normalised vector is all zeros.
 */
export function bandSimilarity(ar: CombinedSide, en: CombinedSide, band: Band, maxGroup: number, fallback: GroupSim): GroupSim {
  const n = ar.vectors.length;
  const m = en.vectors.length;
  const { first, last } = bandRows(band, n, m, maxGroup);
  const table = cosineTable(ar.vectors, en.vectors, first, last);
  const { offset, cos } = table;
  const wa = groupWeights(ar.lengths);
  const we = groupWeights(en.lengths);
  const da = neighbourDots(ar.vectors, maxGroup);
  const de = neighbourDots(en.vectors, maxGroup);
  return (a0, ac, e0, ec) => {
    if (ac > maxGroup || ec > maxGroup || e0 < first[a0 + ac - 1] || e0 + ec - 1 > last[a0]) return fallback(a0, ac, e0, ec);
    if (ac === 1 && ec === 1) return cos[offset[a0] + e0 - first[a0]];
    let s = 0;
    for (let x = a0; x < a0 + ac; x++) {
      const row = offset[x] - first[x];
      let r = 0;
      for (let j = e0; j < e0 + ec; j++) r += (ec === 1 ? 1 : we[j]) * cos[row + j];
      s += (ac === 1 ? 1 : wa[x]) * r;
    }
    const na = ac === 1 ? 1 : groupNorm(wa, da, maxGroup, a0, ac);
    const ne = ec === 1 ? 1 : groupNorm(we, de, maxGroup, e0, ec);
    return na > 0 && ne > 0 ? s / (na * ne) : 0;
  };
}
