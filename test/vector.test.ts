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
});
