import { describe, expect, it } from 'vitest';
import { SimilarityIndex, TopK } from '../src/align/knn.ts';
import type { Vector } from '../src/types.ts';
import { dot, sparseFromMap } from '../src/vector.ts';

const vec = (features: [number, number][]): Vector => sparseFromMap(new Map(features));
const rng = (seed: number): (() => number) => () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

describe('similarity index over flat postings', () => {
  it('finds the brute-force neighbours with scattered feature ids, and ignores query features no target has', () => {
    const r = rng(11);
    const make = (): Vector => vec(Array.from({ length: 5 }, () => [Math.floor(r() * 40) * 25_000, r() + 0.1]));
    const targets = Array.from({ length: 60 }, make);
    const index = new SimilarityIndex(targets);
    for (let q = 0; q < 20; q++) {
      const query = vec([[Math.floor(r() * 40) * 25_000, 1], [5_000_000 + q, 1]]);
      const brute = targets
        .map((t, j) => ({ j, s: dot(query, t) }))
        .filter((x) => x.s > 0)
        .sort((a, b) => b.s - a.s || a.j - b.j)
        .slice(0, 4);
      const nb = index.nearest(query, 4);
      expect([...nb.ids]).toEqual(brute.map((x) => x.j));
      const seen: number[] = [];
      index.forEachSimilar(query, (j, s) => {
        seen.push(j);
        expect(s).toBeCloseTo(dot(query, targets[j]), 6);
      });
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('keeps the k best offers, equal similarities by lower target', () => {
    const top = new TopK(3);
    for (const [j, s] of [[5, 0.5], [2, 0.9], [7, 0.5], [1, 0], [4, 0.5], [3, 0.2]] as const) top.offer(j, s);
    expect([...top.result().ids]).toEqual([2, 4, 5]);
  });
});
