/**
 * A memo for per-word work, bounded so a huge input cannot grow it without limit: when full it starts
 * afresh (words recur mostly within a text, so recomputing after a reset costs little).
 */
export class BoundedMemo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => V): V {
    let v = this.map.get(key);
    if (v === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      v = compute();
      this.map.set(key, v);
    }
    return v;
  }

  clear(): void {
    this.map.clear();
  }
}
