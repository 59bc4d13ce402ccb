import type { Vector } from '../types.ts';
import { dot, dotScattered } from '../vector.ts';

/** The k most similar targets of one query, best first (ties by lower index). */
export interface Neighbours {
  ids: Int32Array;
  sims: Float32Array;
}

/** Below this many targets no posting list is long enough to skip, and search is exact. */
const EXACT_BELOW = 500;
/** Features of a query followed to find candidates in a large index (see `probe`). */
const PROBE_FEATURES = 64;

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
  /** Postings of feature id f: postDoc/postVal[postStart[f]..postStart[f + 1]) (flat arrays, no per-feature maps). */
  private readonly postStart: Int32Array;
  private readonly postDoc: Int32Array;
  private readonly postVal: Float32Array;
  /** Scratch accumulator (all 0 between queries), touched list and marks, reused between queries. */
  private readonly acc: Float64Array;
  private readonly touched: Int32Array;
  private readonly mark: Uint8Array;
  /**
   * Scratch for exact rescoring: the query scattered by feature id. Float32, as vector values are: the same
   * products, and half the memory a rescoring reads at random (a table of every feature of a large text).
   */
  private readonly scatter: Float32Array;

  constructor(targets: readonly Vector[]) {
    this.size = targets.length;
    this.targets = targets;
    this.maxPosting = Math.max(EXACT_BELOW, Math.ceil(10 * Math.sqrt(targets.length)));
    this.acc = new Float64Array(targets.length);
    this.touched = new Int32Array(targets.length);
    this.mark = new Uint8Array(targets.length);
    const allSparse = targets.every((v) => v.kind === 'sparse');
    if (!allSparse) {
      if (targets.some((v) => v.kind === 'sparse')) throw new Error('cannot mix sparse and dense vectors');
      this.dense = targets;
      this.postStart = new Int32Array(1);
      this.postDoc = new Int32Array(0);
      this.postVal = new Float32Array(0);
      this.scatter = new Float32Array(0);
      return;
    }
    this.dense = undefined;
    // Encoders number their features densely from 0, so a table indexed by feature id stays small.
    let features = 0;
    let total = 0;
    for (const v of targets) {
      if (v.kind !== 'sparse') continue;
      if (v.ids.length) features = Math.max(features, v.ids[v.ids.length - 1] + 1);
      total += v.ids.length;
    }
    const start = new Int32Array(features + 1);
    for (const v of targets) if (v.kind === 'sparse') for (const id of v.ids) start[id + 1]++;
    for (let f = 0; f < features; f++) start[f + 1] += start[f];
    const fill = start.slice(0, features);
    this.postDoc = new Int32Array(total);
    this.postVal = new Float32Array(total);
    targets.forEach((v, doc) => {
      if (v.kind !== 'sparse') return;
      for (let t = 0; t < v.ids.length; t++) {
        const p = fill[v.ids[t]]++;
        this.postDoc[p] = doc;
        this.postVal[p] = v.values[t];
      }
    });
    this.postStart = start;
    this.scatter = new Float32Array(features);
  }

  /**
   * Sums the query's products with every target sharing a feature whose postings are short enough: the sums are
   * left in `acc` for the first `count` entries of `touched` (first-touch order), and their marks set.
   * `pruned` says common features were skipped (the sums are then lower bounds).
   */
  private accumulate(q: Vector & { kind: 'sparse' }): { count: number; pruned: boolean } {
    const { postStart, postDoc, postVal, acc, mark, touched } = this;
    const features = postStart.length - 1;
    let n = 0;
    let pruned = false;
    for (let t = 0; t < q.ids.length; t++) {
      const f = q.ids[t];
      if (f >= features) continue;
      const s = postStart[f];
      const e = postStart[f + 1];
      if (e - s > this.maxPosting) {
        pruned = true;
        continue;
      }
      const w = q.values[t];
      for (let p = s; p < e; p++) {
        const d = postDoc[p];
        if (!mark[d]) {
          mark[d] = 1;
          touched[n++] = d;
        }
        acc[d] += w * postVal[p];
      }
    }
    return { count: n, pruned };
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
    const { count, pruned } = this.accumulate(q);
    for (let t = 0; t < count; t++) {
      const d = this.touched[t];
      const sim = this.acc[d];
      this.mark[d] = 0;
      this.acc[d] = 0;
      visit(d, sim);
    }
    return pruned;
  }

  /**
   * The k nearest targets of `q`; fewer when fewer share any feature with it. Equal similarities go to the target
   * nearest `near` (a position among the targets, e.g. where the query's partner should be), else to the lower one.
   */
  nearest(q: Vector, k: number, near = -1): Neighbours {
    if (this.dense) return this.topBy(k, near, (visit) => this.forEachSimilar(q, visit)).nb;
    if (q.kind !== 'sparse') throw new Error('cannot compare a dense vector with sparse ones');
    const probe = this.probe(q);
    const { work, pruned: skipped } = this.reach(probe);
    const pruned = skipped || probe !== q;
    const size = pruned ? 8 * k : k;
    // A query whose postings reach a good share of the targets: sums without bookkeeping, then passes over all.
    const top = 4 * work >= this.size ? this.bestWide(probe, size, near) : this.bestNarrow(probe, size, near);
    if (!pruned) return top.result();
    // Partial sums ranked the candidates: rescore the shortlist exactly (features in ascending id order, as `dot`).
    const exact = new TopK(k, near);
    const scatter = this.scatter;
    for (let t = 0; t < q.ids.length; t++) if (q.ids[t] < scatter.length) scatter[q.ids[t]] = q.values[t];
    for (const d of top.result().ids) {
      const v = this.targets[d];
      if (v.kind === 'sparse') exact.offer(d, dotScattered(scatter, v));
    }
    for (let t = 0; t < q.ids.length; t++) if (q.ids[t] < scatter.length) scatter[q.ids[t]] = 0;
    return exact.result();
  }

  /**
   * What finds a query's candidates: in an index too large to be exact anyway (common features are not followed), a
   * query with many features (a sentence with its lexicon translations carries hundreds) is represented by its
   * `PROBE_FEATURES` heaviest followed features; the shortlist is then rescored with all of them. The heaviest carry
   * most of a cosine, and following every light one was most of the time of a 10,000-sentence alignment.
   */
  private probe(q: Vector & { kind: 'sparse' }): Vector & { kind: 'sparse' } {
    const cap = PROBE_FEATURES;
    if (this.size <= EXACT_BELOW || q.ids.length <= cap) return q;
    const weights = new Float32Array(q.ids.length);
    let followed = 0;
    for (let t = 0; t < q.ids.length; t++) if (this.follows(q.ids[t])) weights[followed++] = -Math.abs(q.values[t]);
    if (followed <= cap) return q;
    // The cap-th heaviest weight; features above it, then those equal to it in id order until the cap is reached.
    const limit = weights.subarray(0, followed).sort()[cap - 1];
    let above = 0;
    for (let t = 0; t < followed; t++) if (weights[t] < limit) above++;
    let ties = cap - above;
    const ids = new Uint32Array(cap);
    const values = new Float32Array(cap);
    let n = 0;
    for (let t = 0; t < q.ids.length && n < cap; t++) {
      if (!this.follows(q.ids[t])) continue;
      const w = -Math.abs(q.values[t]);
      if (w < limit || (w === limit && ties-- > 0)) {
        ids[n] = q.ids[t];
        values[n++] = q.values[t];
      }
    }
    return { kind: 'sparse', ids, values };
  }

  /** Whether the index follows feature f (it has it, on few enough targets). */
  private follows(f: number): boolean {
    return f < this.postStart.length - 1 && this.postStart[f + 1] - this.postStart[f] <= this.maxPosting;
  }

  /** Posting entries a query's followed features hold, and whether any of its features is not followed. */
  private reach(q: Vector & { kind: 'sparse' }): { work: number; pruned: boolean } {
    let work = 0;
    let pruned = false;
    for (const f of q.ids) {
      if (f >= this.postStart.length - 1) continue;
      if (this.follows(f)) work += this.postStart[f + 1] - this.postStart[f];
      else pruned = true;
    }
    return { work, pruned };
  }

  /** The best `size` targets by (partial) sums. */
  private bestNarrow(q: Vector & { kind: 'sparse' }, size: number, near: number): TopK {
    const top = new TopK(size, near);
    this.forEachSimilar(q, (d, s) => top.offer(d, s));
    return top;
  }

  /**
   * The same as `bestNarrow`, for queries that reach many targets (the bookkeeping of who was touched first then
   * costs more than the sums). The sums are taken plainly; then only the targets within 10⁻⁶ of the size-th best
   * sum are offered. The others cannot change the result: the shortlist compares them unambiguously with its final
   * members (Float32 rounding is 6·10⁻⁸), so they would enter below those and leave again; and the shortlist's order
   * does not depend on the order of offers.
   */
  private bestWide(q: Vector & { kind: 'sparse' }, size: number, near: number): TopK {
    const { postStart, postDoc, postVal, acc } = this;
    for (let t = 0; t < q.ids.length; t++) {
      const f = q.ids[t];
      if (!this.follows(f)) continue;
      const w = q.values[t];
      for (let p = postStart[f], e = postStart[f + 1]; p < e; p++) acc[postDoc[p]] += w * postVal[p];
    }
    // One pass keeps the size best sums and, as a pool, every target within rounding of the size-th best so far
    // (a superset of those within rounding of the final one); untouched targets (sum 0) fail the test.
    const best = new Float64Array(size);
    const pool = this.touched;
    let pooled = 0;
    let floor = Number.MIN_VALUE;
    for (let d = 0; d < this.size; d++) {
      const s = acc[d];
      if (s < floor) continue;
      pool[pooled++] = d;
      if (s <= best[size - 1]) continue;
      let p = size - 1;
      while (p > 0 && best[p - 1] < s) {
        best[p] = best[p - 1];
        p--;
      }
      best[p] = s;
      // Float32 rounding (the shortlist compares stored sims) is far inside this margin.
      floor = Math.max(Number.MIN_VALUE, best[size - 1] * (1 - 1e-6));
    }
    const top = new TopK(size, near);
    for (let t = 0; t < pooled; t++) if (acc[pool[t]] >= floor) top.offer(pool[t], acc[pool[t]]);
    acc.fill(0);
    return top;
  }

  private topBy(k: number, near: number, scan: (visit: (target: number, sim: number) => void) => boolean): { nb: Neighbours; pruned: boolean } {
    const top = new TopK(k, near);
    const pruned = scan((j, s) => top.offer(j, s));
    return { nb: top.result(), pruned };
  }
}

/**
 * The k best positive (target, similarity) offers, best first. Similarities are compared as stored (Float32), so the
 * result does not depend on the order of offers. Equal similarities go to the target nearest `near` when it is given,
 * then to the lower target: a text repeating a sentence word for word gives the same similarity to every copy, and
 * a query that says where its partner should be (on the diagonal of a translation) then gets the copy there rather
 * than the first one in the text.
 */
export class TopK {
  private readonly ids: Int32Array;
  private readonly sims: Float32Array;
  private filled = 0;

  constructor(
    private readonly k: number,
    private readonly near = -1,
  ) {
    this.ids = new Int32Array(k).fill(-1);
    this.sims = new Float32Array(k).fill(-Infinity);
  }

  /** Whether (j, s) ranks before the kept entry p. */
  private before(j: number, s: number, p: number): boolean {
    const kept = this.sims[p];
    if (s !== kept) return s > kept;
    const other = this.ids[p];
    if (this.near >= 0) {
      const d = Math.abs(j - this.near) - Math.abs(other - this.near);
      if (d !== 0) return d < 0;
    }
    return j < other;
  }

  offer(j: number, sim: number): void {
    const { ids, sims, k } = this;
    const s = Math.fround(sim);
    if (!(s > 0)) return;
    if (this.filled === k && !this.before(j, s, k - 1)) return;
    let p = this.filled < k ? this.filled++ : k - 1;
    while (p > 0 && this.before(j, s, p - 1)) {
      sims[p] = sims[p - 1];
      ids[p] = ids[p - 1];
      p--;
    }
    sims[p] = s;
    ids[p] = j;
  }

  result(): Neighbours {
    return { ids: this.ids.subarray(0, this.filled), sims: this.sims.subarray(0, this.filled) };
  }
}

/** Mean similarity to the k nearest neighbours, counting missing neighbours as 0: the "background" of margins. */
export function background(nb: Neighbours, k: number): number {
  let s = 0;
  for (const x of nb.sims) s += x;
  return k > 0 ? s / k : 0;
}
