/**
 * One sentence's feature weights before IDF, summed in a table reused from sentence to sentence: a Map per
 * sentence (tens of thousands of them, hundreds of entries each) was most of the encoder's garbage.
 */
export interface FeatureCounts {
  /** Feature ids in the order first met. */
  ids: Int32Array;
  /** The summed weight of each, in the order added (the sums a Map would hold, bit for bit). */
  weights: Float64Array;
}

export class FeatureSums {
  private sums = new Float64Array(1024);
  private seen = new Uint8Array(1024);
  private order: number[] = [];

  add(id: number, w: number): void {
    if (id >= this.sums.length) this.grow(id + 1);
    if (!this.seen[id]) {
      this.seen[id] = 1;
      this.order.push(id);
    }
    this.sums[id] += w;
  }

  /** The sums since the last `take`, which starts the table afresh. */
  take(): FeatureCounts {
    const n = this.order.length;
    const ids = new Int32Array(n);
    const weights = new Float64Array(n);
    for (let t = 0; t < n; t++) {
      const id = this.order[t];
      ids[t] = id;
      weights[t] = this.sums[id];
      this.sums[id] = 0;
      this.seen[id] = 0;
    }
    this.order.length = 0;
    return { ids, weights };
  }

  private grow(size: number): void {
    const n = Math.max(size, 2 * this.sums.length);
    const sums = new Float64Array(n);
    sums.set(this.sums);
    const seen = new Uint8Array(n);
    seen.set(this.seen);
    this.sums = sums;
    this.seen = seen;
  }
}
