import type { Vector } from '../types.ts';
import { dot, scale, sparseFromMap } from '../vector.ts';

/** The vector of sentences start..start+count-1 taken together. */
export type GroupVector = (start: number, count: number) => Vector;

/**
 * A group's vector as a combination of its sentences' vectors: Σ √len_i · v_i, L2-normalised.
 * Why √len: a bag-of-features encoder's unnormalised vector of a sentence grows roughly with the square
 * root of its length, so this approximates the encoding of the joined text; for dense sentence
 * embeddings it is the usual length-weighted mean.
 */
export function combineVectors(vectors: readonly Vector[], lengths: readonly number[]): Vector {
  if (vectors.length === 1) return vectors[0];
  const w = lengths.map((l) => Math.sqrt(Math.max(1, l)));
  if (vectors.every((v) => v.kind === 'concat')) {
    // Part by part, each part keeping its weight (its norm in the hybrid vector).
    const parts = vectors.map((v) => (v.kind === 'concat' ? v.parts : []));
    const weight = (k: number): number => Math.max(...parts.map((ps) => Math.sqrt(dot(ps[k], ps[k]))));
    return { kind: 'concat', parts: parts[0].map((_, k) => scale(combineVectors(parts.map((ps) => ps[k]), lengths), weight(k))) };
  }
  if (vectors.every((v) => v.kind === 'sparse')) {
    const m = new Map<number, number>();
    vectors.forEach((v, g) => {
      if (v.kind !== 'sparse') return;
      for (let t = 0; t < v.ids.length; t++) m.set(v.ids[t], (m.get(v.ids[t]) ?? 0) + w[g] * v.values[t]);
    });
    return sparseFromMap(m);
  }
  const dim = Math.max(...vectors.map((v) => (v.kind === 'dense' ? v.values.length : 0)));
  const out = new Float32Array(dim);
  vectors.forEach((v, g) => {
    if (v.kind !== 'dense') throw new Error('cannot mix vectors of different kinds');
    for (let d = 0; d < v.values.length; d++) out[d] += w[g] * v.values[d];
  });
  let n = 0;
  for (const x of out) n += x * x;
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < dim; d++) out[d] /= n;
  return { kind: 'dense', values: out };
}

/** Group vectors of one side, computed once each: from `given` (e.g. the encoder on joined text) or combined. */
export function groupVectors(vectors: readonly Vector[], lengths: readonly number[], given?: GroupVector): GroupVector {
  const cache = new Map<number, Vector>();
  return (start, count) => {
    if (count === 1) return vectors[start];
    const key = start * 8 + count;
    let v = cache.get(key);
    if (!v) {
      v = given ? given(start, count) : combineVectors(vectors.slice(start, start + count), lengths.slice(start, start + count));
      cache.set(key, v);
    }
    return v;
  };
}
