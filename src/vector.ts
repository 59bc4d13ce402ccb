import type { SparseVector, Vector } from './types.ts';

/** Builds an L2-normalised sparse vector from feature weights. */
export function sparseFromMap(weights: Map<number, number>): SparseVector {
  return sparseFromEntries([...weights.keys()], [...weights.values()]);
}

/** Weights by feature id while one vector is built (grown as ids grow; only the entries of that vector are read). */
let byId = new Float64Array(1024);
/** Largest id looked up through `byId` (a 32 MB table); sparser numberings sort packed keys instead. */
const TABLE_IDS = 2 ** 22;
/** Positions per id in a packed sort key: ids < 2^32 and positions < 2^20 keep the key exact (< 2^52). */
const POSITIONS = 2 ** 20;

/** Builds an L2-normalised sparse vector from distinct feature ids and their weights (parallel arrays, any order). */
export function sparseFromEntries(ids: ArrayLike<number>, weights: ArrayLike<number>): SparseVector {
  const n = ids.length;
  // The ids sorted natively, their weights looked up by id: no comparator calls, and no packed sort keys to
  // allocate (a tenth of encoding 10,000 sentences went here).
  const sorted = Uint32Array.from(ids);
  sorted.sort();
  if (n && sorted[n - 1] >= TABLE_IDS) return sparseByPackedKeys(ids, weights);
  if (n && sorted[n - 1] >= byId.length) byId = new Float64Array(Math.max(sorted[n - 1] + 1, 2 * byId.length));
  for (let t = 0; t < n; t++) byId[ids[t]] = weights[t];
  const values = new Float32Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) throw new Error(`feature ${sorted[i]} given twice`);
    values[i] = byId[sorted[i]];
    norm += values[i] * values[i];
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < n; i++) values[i] /= norm;
  return { kind: 'sparse', ids: sorted, values };
}

/** `sparseFromEntries` for ids too large for a table: (id, position) packed into one exact double, sorted natively. */
function sparseByPackedKeys(ids: ArrayLike<number>, weights: ArrayLike<number>): SparseVector {
  const n = ids.length;
  if (n > POSITIONS) throw new Error('too many features in one vector');
  const keys = new Float64Array(n);
  for (let t = 0; t < n; t++) keys[t] = ids[t] * POSITIONS + t;
  keys.sort();
  const sorted = new Uint32Array(n);
  const values = new Float32Array(n);
  let norm = 0;
  for (let i = 0; i < n; i++) {
    const id = Math.floor(keys[i] / POSITIONS);
    if (i > 0 && id === sorted[i - 1]) throw new Error(`feature ${id} given twice`);
    sorted[i] = id;
    values[i] = weights[keys[i] - id * POSITIONS];
    norm += values[i] * values[i];
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < n; i++) values[i] /= norm;
  return { kind: 'sparse', ids: sorted, values };
}

/**
 * Dot product of a vector scattered into a dense array by feature id with a sparse vector, summed in the sparse
 * vector's (ascending) id order as `dot` does; ids beyond the array count 0. Scattering one side once makes each
 * product cost only the other's features.
 */
export function dotScattered(dense: Float64Array | Float32Array, v: SparseVector): number {
  let s = 0;
  for (let t = 0; t < v.ids.length; t++) {
    const id = v.ids[t];
    if (id < dense.length) s += dense[id] * v.values[t];
  }
  return s;
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
