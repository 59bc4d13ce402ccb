/** Sentence vectors from a transformer's per-token outputs: pooling and normalisation (pure). */

/** A [batch, sequence, hidden] tensor laid out row-major, as ONNX returns it. */
export interface HiddenStates {
  data: Float32Array;
  batch: number;
  seq: number;
  hidden: number;
}

/** Scales a vector to unit length in place (a zero vector stays zero) and returns it. */
export function l2normalize(v: Float32Array): Float32Array {
  let n = 0;
  for (let i = 0; i < v.length; i++) n += v[i] * v[i];
  n = Math.sqrt(n);
  if (n > 0) for (let i = 0; i < v.length; i++) v[i] /= n;
  return v;
}

/** Mean of each sentence's token vectors over its attention mask (padding excluded). */
export function meanPool(h: HiddenStates, mask: ArrayLike<bigint | number>): Float32Array[] {
  const out: Float32Array[] = [];
  for (let b = 0; b < h.batch; b++) {
    const v = new Float32Array(h.hidden);
    let count = 0;
    for (let t = 0; t < h.seq; t++) {
      if (Number(mask[b * h.seq + t]) === 0) continue;
      count++;
      const base = (b * h.seq + t) * h.hidden;
      for (let j = 0; j < h.hidden; j++) v[j] += h.data[base + j];
    }
    if (count > 0) for (let j = 0; j < h.hidden; j++) v[j] /= count;
    out.push(v);
  }
  return out;
}

/** The first token's vector ([CLS]) of each sentence. */
export function clsPool(h: HiddenStates): Float32Array[] {
  const out: Float32Array[] = [];
  for (let b = 0; b < h.batch; b++) out.push(h.data.slice(b * h.seq * h.hidden, b * h.seq * h.hidden + h.hidden));
  return out;
}

/** The vectors of one sentence's tokens whose mask is set, in order. */
export function tokenVectors(h: HiddenStates, mask: ArrayLike<bigint | number>, b: number): Float32Array[] {
  const out: Float32Array[] = [];
  for (let t = 0; t < h.seq; t++) {
    if (Number(mask[b * h.seq + t]) === 0) continue;
    const base = (b * h.seq + t) * h.hidden;
    out.push(h.data.slice(base, base + h.hidden));
  }
  return out;
}
