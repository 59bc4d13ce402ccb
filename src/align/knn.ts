import type { Vector } from '../types.ts';
import { dot } from '../vector.ts';

/** The k most similar targets of one query, best first (ties by lower index). */
export interface Neighbours {
  ids: Int32Array;
  sims: Float32Array;
}

/**
 * Similarity search over a fixed set of vectors, without ever holding a query × target matrix.
 * Sparse vectors go through an inverted index (only targets sharing a feature are touched);
 * dense vectors are scanned one query at a time (memory O(targets)).
 */
export class SimilarityIndex {
  readonly size: number;
  private readonly dense: readonly Vector[] | undefined;
  private readonly targets: readonly Vector[];
  /**
   * Features carried by more targets than this are not followed: in a large text they are the common words,
   * whose postings would make every query touch nearly every target (quadratic time). Candidates still get
   * their exact similarity, so only pairs sharing nothing but common words can be missed.
   */
  private readonly maxPosting: number;
  private readonly postingStart = new Map<number, number>();
  private readonly postingEnd = new Map<number, number>();
  private readonly postDoc: Int32Array;
  private readonly postVal: Float32Array;
  /** Scratch accumulator and touched list, reused between queries. */
  private readonly acc: Float64Array;
  private readonly touched: Int32Array;
  private readonly mark: Uint8Array;

  constructor(targets: readonly Vector[]) {
    this.size = targets.length;
    this.targets = targets;
    this.maxPosting = Math.max(500, Math.ceil(10 * Math.sqrt(targets.length)));
    this.acc = new Float64Array(targets.length);
    this.touched = new Int32Array(targets.length);
    this.mark = new Uint8Array(targets.length);
    const allSparse = targets.every((v) => v.kind === 'sparse');
    if (!allSparse) {
      if (targets.some((v) => v.kind === 'sparse')) throw new Error('cannot mix sparse and dense vectors');
      this.dense = targets;
      this.postDoc = new Int32Array(0);
      this.postVal = new Float32Array(0);
      return;
    }
    this.dense = undefined;
    const counts = new Map<number, number>();
    let total = 0;
    for (const v of targets) {
      if (v.kind !== 'sparse') continue;
      for (const id of v.ids) counts.set(id, (counts.get(id) ?? 0) + 1);
      total += v.ids.length;
    }
    let off = 0;
    for (const id of [...counts.keys()].sort((a, b) => a - b)) {
      this.postingStart.set(id, off);
      this.postingEnd.set(id, off);
      off += counts.get(id) ?? 0;
    }
    this.postDoc = new Int32Array(total);
    this.postVal = new Float32Array(total);
    targets.forEach((v, doc) => {
      if (v.kind !== 'sparse') return;
      for (let t = 0; t < v.ids.length; t++) {
        const p = this.postingEnd.get(v.ids[t]) ?? 0;
        this.postDoc[p] = doc;
        this.postVal[p] = v.values[t];
        this.postingEnd.set(v.ids[t], p + 1);
      }
    });
  }

  /**
   * Calls `visit(target, similarity)` for every target whose similarity to `q` may be non-zero
   * (for dense vectors: every target), in a fixed order for a given index and query. Returns true when common
   * features were skipped: the similarities given are then lower bounds (partial sums).
   */
  forEachSimilar(q: Vector, visit: (target: number, sim: number) => void): boolean {
    if (this.dense) {
      for (let j = 0; j < this.dense.length; j++) visit(j, dot(q, this.dense[j]));
      return false;
    }
    if (q.kind !== 'sparse') throw new Error('cannot compare a dense vector with sparse ones');
    let n = 0;
    let pruned = false;
    for (let t = 0; t < q.ids.length; t++) {
      const s = this.postingStart.get(q.ids[t]);
      if (s === undefined) continue;
      const e = this.postingEnd.get(q.ids[t]) ?? s;
      if (e - s > this.maxPosting) {
        pruned = true;
        continue;
      }
      const w = q.values[t];
      for (let p = s; p < e; p++) {
        const d = this.postDoc[p];
        if (!this.mark[d]) {
          this.mark[d] = 1;
          this.touched[n++] = d;
          this.acc[d] = 0;
        }
        this.acc[d] += w * this.postVal[p];
      }
    }
    for (let t = 0; t < n; t++) {
      const d = this.touched[t];
      this.mark[d] = 0;
      visit(d, this.acc[d]);
    }
    return pruned;
  }

  /** The k nearest targets of `q`; fewer when fewer share any feature with it. */
  nearest(q: Vector, k: number): Neighbours {
    const first = this.topBy(8 * k, (visit) => this.forEachSimilar(q, visit));
    if (!first.pruned) return { ids: first.nb.ids.subarray(0, k), sims: first.nb.sims.subarray(0, k) };
    // Partial sums ranked the candidates: rescore the shortlist exactly.
    const short = [...first.nb.ids].sort((a, b) => a - b);
    return this.topBy(k, (visit) => {
      for (const d of short) visit(d, dot(q, this.targets[d]));
      return false;
    }).nb;
  }

  private topBy(k: number, scan: (visit: (target: number, sim: number) => void) => boolean): { nb: Neighbours; pruned: boolean } {
    const ids = new Int32Array(k).fill(-1);
    const sims = new Float32Array(k).fill(-Infinity);
    let filled = 0;
    const pruned = scan((j, s) => {
      if (s <= 0) return;
      // Best first; equal similarities keep the lower target index first.
      if (filled === k && (sims[k - 1] > s || (sims[k - 1] === s && ids[k - 1] < j))) return;
      let p = filled < k ? filled++ : k - 1;
      while (p > 0 && (sims[p - 1] < s || (sims[p - 1] === s && ids[p - 1] > j))) {
        sims[p] = sims[p - 1];
        ids[p] = ids[p - 1];
        p--;
      }
      sims[p] = s;
      ids[p] = j;
    });
    return { nb: { ids: ids.subarray(0, filled), sims: sims.subarray(0, filled) }, pruned };
  }
}

/** Mean similarity to the k nearest neighbours, counting missing neighbours as 0: the "background" of margins. */
export function background(nb: Neighbours, k: number): number {
  let s = 0;
  for (const x of nb.sims) s += x;
  return k > 0 ? s / k : 0;
}
