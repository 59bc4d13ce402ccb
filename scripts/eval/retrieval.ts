/** Retrieval and mining measures over a similarity matrix of n Arabic × n English items, gold pairs on the diagonal. */
import type { Vector } from '../../src/types.ts';
import { dot } from '../../src/vector.ts';

/** Row-major scores: rows Arabic items, columns English items. */
export interface SimilarityMatrix {
  rows: number;
  cols: number;
  values: Float32Array;
}

export function similarityMatrix(ar: readonly Vector[], en: readonly Vector[]): SimilarityMatrix {
  const values = new Float32Array(ar.length * en.length);
  for (let i = 0; i < ar.length; i++) for (let j = 0; j < en.length; j++) values[i * en.length + j] = dot(ar[i], en[j]);
  return { rows: ar.length, cols: en.length, values };
}

/** One-to-one pairing, best pair first, each item used once (ties by position): returns [row, col] pairs. */
export function greedyPairs(m: SimilarityMatrix): [number, number][] {
  const order = Array.from({ length: m.values.length }, (_, k) => k);
  order.sort((a, b) => m.values[b] - m.values[a] || a - b);
  const usedR = new Uint8Array(m.rows);
  const usedC = new Uint8Array(m.cols);
  const out: [number, number][] = [];
  for (const k of order) {
    const i = Math.floor(k / m.cols);
    const j = k % m.cols;
    if (usedR[i] || usedC[j]) continue;
    usedR[i] = usedC[j] = 1;
    out.push([i, j]);
    if (out.length === Math.min(m.rows, m.cols)) break;
  }
  return out;
}

/** Mean of the k largest values of one row or column. */
function topKMean(get: (x: number) => number, n: number, k: number): number {
  const best: number[] = [];
  for (let x = 0; x < n; x++) {
    const v = get(x);
    if (best.length < k) {
      best.push(v);
      best.sort((a, b) => a - b);
    } else if (v > best[0]) {
      best[0] = v;
      best.sort((a, b) => a - b);
    }
  }
  return best.length ? best.reduce((a, b) => a + b, 0) / best.length : 0;
}

/**
 * Ratio margin (Artetxe & Schwenk 2019): cos(x, y) over the mean of the k nearest neighbours' cosines of
 * x and of y, which discounts "hub" sentences that are close to everything.
 */
export function ratioMargin(m: SimilarityMatrix, k = 4): SimilarityMatrix {
  const { rows, cols, values } = m;
  const rowK = Array.from({ length: rows }, (_, i) => topKMean((j) => values[i * cols + j], cols, k));
  const colK = Array.from({ length: cols }, (_, j) => topKMean((i) => values[i * cols + j], rows, k));
  const out = new Float32Array(values.length);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const d = (rowK[i] + colK[j]) / 2;
      out[i * cols + j] = d > 0 ? values[i * cols + j] / d : 0;
    }
  }
  return { rows, cols, values: out };
}

/** Share of rows whose best column is the gold one (ties count against). */
function p1Rows(m: SimilarityMatrix): number {
  let ok = 0;
  for (let i = 0; i < m.rows; i++) {
    const gold = m.values[i * m.cols + i];
    let better = false;
    for (let j = 0; j < m.cols && !better; j++) if (j !== i && m.values[i * m.cols + j] >= gold) better = true;
    if (!better && gold > 0) ok++;
  }
  return ok / m.rows;
}

function transpose(m: SimilarityMatrix): SimilarityMatrix {
  const out = new Float32Array(m.values.length);
  for (let i = 0; i < m.rows; i++) for (let j = 0; j < m.cols; j++) out[j * m.rows + i] = m.values[i * m.cols + j];
  return { rows: m.cols, cols: m.rows, values: out };
}

/** Share of items that one-to-one mining (greedy best-first, as the aligner's comparable mode) pairs with their gold partner. */
export function minedShare(m: SimilarityMatrix): number {
  return greedyPairs(m).filter(([i, j]) => i === j).length / m.rows;
}

export interface RetrievalScores {
  cosArEn: number;
  cosEnAr: number;
  marginArEn: number;
  marginEnAr: number;
  minedCos: number;
  minedMargin: number;
}

export function retrievalScores(ar: readonly Vector[], en: readonly Vector[]): RetrievalScores {
  const cos = similarityMatrix(ar, en);
  const margin = ratioMargin(cos, 4);
  return {
    cosArEn: p1Rows(cos),
    cosEnAr: p1Rows(transpose(cos)),
    marginArEn: p1Rows(margin),
    marginEnAr: p1Rows(transpose(margin)),
    minedCos: minedShare(cos),
    minedMargin: minedShare(margin),
  };
}

/** A deterministic sample of `n` items spread evenly over the list (every ⌊len/n⌋-th). */
export function evenSample<T>(xs: readonly T[], n: number): T[] {
  if (xs.length <= n) return [...xs];
  const step = xs.length / n;
  return Array.from({ length: n }, (_, i) => xs[Math.floor(i * step)]);
}
