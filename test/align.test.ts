import { describe, expect, it } from 'vitest';
import { withUnaligned } from '../src/align/links.ts';
import { mine } from '../src/align/mine.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { alignTexts } from '../src/pipeline.ts';
import { corpus } from './helpers.ts';

describe('mine', () => {
  it('takes the strongest pairs first, each sentence once, above the threshold', () => {
    const m = { rows: 2, cols: 3, values: Float32Array.from([0.9, 0.8, 0.0, 0.85, 0.05, 0.02]) };
    expect(mine(m, { minScore: 0.1 })).toEqual([{ ar: [0], en: [0], score: expect.closeTo(0.9, 5) }]);
  });
});

describe('withUnaligned', () => {
  it('lists every sentence left out as a one-sided link', () => {
    const links = withUnaligned([{ ar: [1], en: [0], score: 0.5 }], 2, 2);
    expect(links).toEqual([
      { ar: [0], en: [], score: 0 },
      { ar: [1], en: [0], score: 0.5 },
      { ar: [], en: [1], score: 0 },
    ]);
  });
});

describe('alignment of the sample corpus', () => {
  it('links the Arabic sentence on munitions for Putin to the English one on munitions', async () => {
    const pair = await alignTexts(corpus('ar'), corpus('en'), { encoder: createLexicalEncoder() });
    const arI = pair.ar.findIndex((s) => s.text.includes('الذخائر'));
    const enI = pair.en.findIndex((s) => s.text.includes('munitions'));
    const link = pair.alignment.links.find((l) => l.ar.includes(arI));
    expect(link?.en).toContain(enI);
    // Every sentence appears exactly once.
    expect(pair.alignment.links.flatMap((l) => l.ar).sort((a, b) => a - b)).toEqual(pair.ar.map((s) => s.index));
    expect(pair.alignment.links.flatMap((l) => l.en).sort((a, b) => a - b)).toEqual(pair.en.map((s) => s.index));
  });
});
