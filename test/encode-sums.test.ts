import { describe, expect, it } from 'vitest';
import { FeatureSums } from '../src/encode/sums.ts';

describe('a sentence’s feature sums', () => {
  it('adds the weights of a feature met twice and keeps features in the order first met', () => {
    const sums = new FeatureSums();
    // "the minister met the minister": w:minist twice, w:met once.
    sums.add(7, 0.5);
    sums.add(2, 1);
    sums.add(7, 0.25);
    const { ids, weights } = sums.take();
    expect([...ids]).toEqual([7, 2]);
    expect([...weights]).toEqual([0.75, 1]);
  });

  it('starts the next sentence from nothing', () => {
    const sums = new FeatureSums();
    sums.add(3, 1);
    sums.take();
    sums.add(5, 2);
    const next = sums.take();
    expect([...next.ids]).toEqual([5]);
    expect([...next.weights]).toEqual([2]);
  });

  it('takes feature ids far beyond its first table', () => {
    const sums = new FeatureSums();
    sums.add(1, 1);
    sums.add(250_000, 0.5);
    sums.add(1, 1);
    const { ids, weights } = sums.take();
    expect([...ids]).toEqual([1, 250_000]);
    expect([...weights]).toEqual([2, 0.5]);
  });
});
