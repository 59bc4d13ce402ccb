import { describe, expect, it } from 'vitest';
import { sparseFromEntries, sparseFromMap } from '../src/vector.ts';

describe('sparse vectors from parallel arrays', () => {
  it('equal those built from a map, whatever the order of the entries', () => {
    const entries: [number, number][] = [[70_000, 0.5], [3, 2], [4_000_000_000, 1.25], [0, 0.75], [12, 3]];
    const want = sparseFromMap(new Map(entries));
    const shuffled = [entries[2], entries[4], entries[0], entries[3], entries[1]];
    const got = sparseFromEntries(Float64Array.from(shuffled, (e) => e[0]), shuffled.map((e) => e[1]));
    expect([...got.ids]).toEqual([0, 3, 12, 70_000, 4_000_000_000]);
    expect(got).toEqual(want);
    expect(sparseFromEntries([], []).ids.length).toBe(0);
  });

  it('equal them too for ids numbered densely from 0, as the lexical encoder numbers its features', () => {
    const entries: [number, number][] = [[17, 0.5], [2, 1], [40_000, 0.25], [5, 2]];
    const got = sparseFromEntries(entries.map((e) => e[0]), entries.map((e) => e[1]));
    expect([...got.ids]).toEqual([2, 5, 17, 40_000]);
    expect(got).toEqual(sparseFromMap(new Map(entries)));
  });

  it('refuses a feature given twice, in either numbering', () => {
    expect(() => sparseFromEntries([3, 9, 3], [1, 1, 1])).toThrow(/feature 3 given twice/);
    expect(() => sparseFromEntries([4_000_000_000, 1, 4_000_000_000], [1, 1, 1])).toThrow(/given twice/);
  });
});
