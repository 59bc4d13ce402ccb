import { describe, expect, it } from 'vitest';
import { DEFAULT_PARALLEL, groupBackgrounds, measuredSkipCost, type Anchor } from '../src/align/parallel.ts';
import { prepare, type AlignSide } from '../src/align/space.ts';
import type { Vector } from '../src/types.ts';
import { sparseFromMap } from '../src/vector.ts';

const vec = (features: Record<number, number>): Vector => sparseFromMap(new Map(Object.entries(features).map(([k, v]) => [Number(k), v])));

/** n sentences a side; sentence t has its own feature t and a shared topic feature 99 of weight `topic`. */
function translation(n: number, topic: number, lengths?: number[]): { ar: AlignSide; en: AlignSide } {
  const vs = Array.from({ length: n }, (_, t) => vec({ [t]: 1, 99: topic }));
  const ls = lengths ?? vs.map(() => 50);
  return { ar: { vectors: vs, lengths: ls }, en: { vectors: vs, lengths: ls } };
}
const diagonal = (n: number): Anchor[] => Array.from({ length: n }, (_, t) => ({ ar: t, en: t }));

describe('costs of skips and merges in parallel mode, from the document pair itself', () => {
  it('makes a skip cost twice what a typical wrong pair falls below its background', () => {
    for (const topic of [0.2, 0.8]) {
      const { ar, en } = translation(30, topic);
      const space = prepare(ar, en, 4);
      // Wrong pairs share only the topic: cosine c = t²/(1 + t²); a background is (1 + 3c)/4 (the partner and 3 others),
      // so a wrong pair's margin is c − (1 + 3c)/4 = (c − 1)/4 and a skip costs 2 · (1 − c)/4.
      const c = topic ** 2 / (1 + topic ** 2);
      expect(measuredSkipCost(space, diagonal(30), space.sim, DEFAULT_PARALLEL)).toBeCloseTo((1 - c) / 2, 5);
    }
  });

  it('falls back to the fixed skip cost when there are too few anchors to measure wrong pairs on', () => {
    const { ar, en } = translation(3, 0.5);
    const space = prepare(ar, en, 4);
    expect(measuredSkipCost(space, diagonal(3), space.sim, DEFAULT_PARALLEL)).toBe(DEFAULT_PARALLEL.skipCost);
  });

  it('weighs the backgrounds of a merge by sentence length: a short heading beside a long sentence counts little', () => {
    const { ar, en } = translation(6, 0.5, [10, 200, 50, 50, 50, 50]);
    const space = prepare(ar, en, 4);
    const bgs = space.en.bg;
    const expected = (space.ar.bg[2] + (10 * bgs[0] + 200 * bgs[1]) / 210) / 2;
    expect(groupBackgrounds(space)(2, 1, 0, 2)).toBeCloseTo(expected, 10);
  });
});
