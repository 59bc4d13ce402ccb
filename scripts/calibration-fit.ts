/**
 * Fitting the score calibration (src/align/calibration.ts): a weighted L2-regularised logistic regression on
 * standardised features (Newton steps), then pool-adjacent-violators isotonic regression of the truth on its
 * output; and the measures: expected calibration error and the reliability table (10 equal-width bins).
 */
import { isotonicAt, logistic, type ModeModel } from '../src/align/calibration.ts';

export interface Point {
  x: number[];
  y: number;
  w: number;
}

/** Solves A·v = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    const d = m[c][c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / d;
      if (f) for (let k = c; k <= n; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row[n] / (row[i] || 1e-12));
}

export function fitLogistic(points: readonly Point[], lambda = 1): Pick<ModeModel, 'mean' | 'scale' | 'weights' | 'bias'> {
  const d = points[0].x.length;
  const W = points.reduce((s, p) => s + p.w, 0);
  const mean = Array.from({ length: d }, (_, t) => points.reduce((s, p) => s + p.w * p.x[t], 0) / W);
  const scale = Array.from({ length: d }, (_, t) => Math.sqrt(points.reduce((s, p) => s + p.w * (p.x[t] - mean[t]) ** 2, 0) / W) || 1);
  const z = points.map((p) => [1, ...p.x.map((v, t) => (v - mean[t]) / scale[t])]);
  let beta = new Array<number>(d + 1).fill(0);
  for (let iter = 0; iter < 30; iter++) {
    const g = new Array<number>(d + 1).fill(0);
    const h = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    points.forEach((p, n) => {
      const zn = z[n];
      let s = 0;
      for (let t = 0; t <= d; t++) s += beta[t] * zn[t];
      const q = 1 / (1 + Math.exp(-s));
      const r = p.w * (q - p.y);
      const v = p.w * Math.max(q * (1 - q), 1e-6);
      for (let a = 0; a <= d; a++) {
        g[a] += r * zn[a];
        for (let b = a; b <= d; b++) h[a][b] += v * zn[a] * zn[b];
      }
    });
    // The penalty keeps weights finite on separable sets (unrelated texts are all wrong); the bias is free.
    for (let a = 1; a <= d; a++) {
      g[a] += lambda * beta[a];
      h[a][a] += lambda;
    }
    for (let a = 0; a <= d; a++) for (let b = 0; b < a; b++) h[a][b] = h[b][a];
    const step = solve(h, g);
    beta = beta.map((b, t) => b - step[t]);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { mean, scale, weights: beta.slice(1), bias: beta[0] };
}

/** Pool adjacent violators: knots (mean x, mean y) of the increasing blocks of y over sorted x. */
export function isotonic(xs: readonly number[], ys: readonly number[], ws: readonly number[]): ModeModel['iso'] {
  const order = xs.map((_, t) => t).sort((a, b) => xs[a] - xs[b]);
  const blocks: { x: number; y: number; w: number }[] = [];
  for (const t of order) {
    blocks.push({ x: xs[t] * ws[t], y: ys[t] * ws[t], w: ws[t] });
    while (blocks.length > 1 && blocks[blocks.length - 2].y / blocks[blocks.length - 2].w >= blocks[blocks.length - 1].y / blocks[blocks.length - 1].w) {
      const b = blocks.pop()!;
      const a = blocks[blocks.length - 1];
      a.x += b.x;
      a.y += b.y;
      a.w += b.w;
    }
  }
  const r4 = (v: number): number => Math.round(v * 1e5) / 1e5;
  return { x: blocks.map((b) => r4(b.x / b.w)), y: blocks.map((b) => r4(b.y / b.w)) };
}

export function fitModel(points: readonly Point[], lambda = 1): ModeModel {
  const lr = fitLogistic(points, lambda);
  const p = points.map((pt) => logistic(lr, pt.x));
  return { ...lr, iso: isotonic(p, points.map((pt) => pt.y), points.map((pt) => pt.w)) };
}

export function predict(model: ModeModel, x: readonly number[]): number {
  return isotonicAt(model.iso, logistic(model, x));
}

export interface Bin {
  lo: number;
  hi: number;
  n: number;
  meanScore: number;
  shareRight: number;
}

/** 10 equal-width bins of the score: how many links, their mean score and the share right. */
export function reliability(scores: readonly number[], truth: readonly number[]): Bin[] {
  const bins: Bin[] = Array.from({ length: 10 }, (_, b) => ({ lo: b / 10, hi: (b + 1) / 10, n: 0, meanScore: 0, shareRight: 0 }));
  scores.forEach((s, t) => {
    const b = bins[Math.min(9, Math.max(0, Math.floor(s * 10)))];
    b.n++;
    b.meanScore += s;
    b.shareRight += truth[t];
  });
  for (const b of bins) if (b.n) [b.meanScore, b.shareRight] = [b.meanScore / b.n, b.shareRight / b.n];
  return bins;
}

/** Expected calibration error: the bins' |mean score − share right|, weighted by their share of the links. */
export function ece(scores: readonly number[], truth: readonly number[]): number {
  const n = scores.length;
  return n ? reliability(scores, truth).reduce((s, b) => s + (b.n / n) * Math.abs(b.meanScore - b.shareRight), 0) : 0;
}
