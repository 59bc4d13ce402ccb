import type { Vector } from '../types.ts';
import { dot } from '../vector.ts';

/** Row-major similarity matrix: rows Arabic sentences, columns English sentences. */
export interface SimilarityMatrix {
  rows: number;
  cols: number;
  values: Float32Array;
}

export function similarityMatrix(ar: readonly Vector[], en: readonly Vector[]): SimilarityMatrix {
  const values = new Float32Array(ar.length * en.length);
  for (let i = 0; i < ar.length; i++) {
    for (let j = 0; j < en.length; j++) values[i * en.length + j] = dot(ar[i], en[j]);
  }
  return { rows: ar.length, cols: en.length, values };
}

export function at(m: SimilarityMatrix, i: number, j: number): number {
  return m.values[i * m.cols + j];
}
