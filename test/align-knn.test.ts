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

  it('in a large index, finds the neighbours of a sentence with hundreds of features from its heaviest ones', () => {
    // 800 targets, each a few heavy features of its own plus 200 light ones from a shared pool (as lexicon
    // translations add); the query is a noisy copy of target 400 with 300 features: more than the 64 followed.
    const r = rng(7);
    const light = (): [number, number][] => Array.from({ length: 200 }, () => [1000 + Math.floor(r() * 5000), 0.05 * r()]);
    const targets = Array.from({ length: 800 }, (_, t) => vec([[t * 3, 1], [t * 3 + 1, 0.8], [t * 3 + 2, 0.6], ...light()]));
    const index = new SimilarityIndex(targets);
    const query = vec([[400 * 3, 0.9], [400 * 3 + 1, 0.7], [400 * 3 + 2, 0.7], ...light(), ...light().slice(0, 97)]);
    const brute = targets.map((t, j) => ({ j, s: dot(query, t) })).sort((a, b) => b.s - a.s || a.j - b.j);
    const nb = index.nearest(query, 4);
    expect(nb.ids[0]).toBe(400);
    // The sims given are exact (rescored with every feature), not the partial sums that found the candidates.
    expect(nb.sims[0]).toBeCloseTo(brute[0].s, 5);
  });

  it('keeps the k best offers, equal similarities by lower target', () => {
    const top = new TopK(3);
    for (const [j, s] of [[5, 0.5], [2, 0.9], [7, 0.5], [1, 0], [4, 0.5], [3, 0.2]] as const) top.offer(j, s);
    expect([...top.result().ids]).toEqual([2, 4, 5]);
  });
});
