import type { SparseVector, Vector } from './types.ts';

/** Builds an L2-normalised sparse vector from feature weights. */
export function sparseFromMap(weights: Map<number, number>): SparseVector {
  const ids = [...weights.keys()].sort((a, b) => a - b);
  const values = new Float32Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    values[i] = weights.get(id) ?? 0;
    norm += values[i] * values[i];
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < values.length; i++) values[i] /= norm;
  return { kind: 'sparse', ids: Uint32Array.from(ids), values };
}

/** The vector times a scalar. */
export function scale(v: Vector, s: number): Vector {
  if (v.kind === 'concat') return { kind: 'concat', parts: v.parts.map((p) => scale(p, s)) };
  const values = v.values.map((x) => x * s);
  return v.kind === 'dense' ? { kind: 'dense', values } : { kind: 'sparse', ids: v.ids, values };
}

/** Dot product; equals cosine for the L2-normalised vectors encoders return. */
export function dot(a: Vector, b: Vector): number {
  if (a.kind === 'concat' || b.kind === 'concat') {
    if (a.kind !== 'concat' || b.kind !== 'concat' || a.parts.length !== b.parts.length) {
      throw new Error('cannot compare vectors of different encoders');
    }
    let s = 0;
    for (let i = 0; i < a.parts.length; i++) s += dot(a.parts[i], b.parts[i]);
    return s;
  }
  if (a.kind === 'dense' && b.kind === 'dense') {
    let s = 0;
    const n = Math.min(a.values.length, b.values.length);
    for (let i = 0; i < n; i++) s += a.values[i] * b.values[i];
    return s;
  }
  if (a.kind === 'sparse' && b.kind === 'sparse') {
    let i = 0;
    let j = 0;
    let s = 0;
    while (i < a.ids.length && j < b.ids.length) {
      const x = a.ids[i];
      const y = b.ids[j];
      if (x === y) s += a.values[i++] * b.values[j++];
      else if (x < y) i++;
      else j++;
    }
    return s;
  }
  throw new Error('cannot compare a sparse vector with a dense one');
}
