import { describe, expect, it } from 'vitest';
import { bandRows, bandSimilarity, cosineTable, neighbourDots } from '../src/align/bandsim.ts';
import { fullBand } from '../src/align/dp.ts';
import { groupVectors } from '../src/align/groups.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import type { Vector } from '../src/types.ts';
import { dot } from '../src/vector.ts';

const AR = ['قال سوليفان إن الاجتماع مهم.', 'وأكد أكيبا التزامات كوريا الشمالية.', 'ونفت بيونغ يانغ مزاعم القرصنة.', 'وجاء الاجتماع في سيول.', 'أسلحة نووية.', 'لضمان تنفيذ ذلك.'];
const EN = ['Sullivan said the meeting mattered.', 'Akiba reaffirmed North Korea’s obligations.', 'Pyongyang denied the hacking claims.', 'The meeting was held in Seoul.', 'Nuclear weapons.', 'To ensure implementation.'];

async function sides(): Promise<{ ar: { vectors: Vector[]; lengths: number[] }; en: { vectors: Vector[]; lengths: number[] } }> {
  const encoder = createLexicalEncoder({ freedict: false });
  const side = async (texts: string[], lang: 'ar' | 'en') => ({ vectors: await encoder.encode(texts, lang), lengths: texts.map((t) => t.length) });
  return { ar: await side(AR, 'ar'), en: await side(EN, 'en') };
}

describe('band similarity', () => {
  it('equals the cosine of the combined group vectors for every group up to 4 a side', async () => {
    const { ar, en } = await sides();
    const ga = groupVectors(ar.vectors, ar.lengths);
    const ge = groupVectors(en.vectors, en.lengths);
    const sim = bandSimilarity(ar, en, fullBand(AR.length, EN.length), 4, () => Number.NaN);
    let nonZero = 0;
    for (let a0 = 0; a0 < AR.length; a0++)
      for (let ac = 1; ac <= 4 && a0 + ac <= AR.length; ac++)
        for (let e0 = 0; e0 < EN.length; e0++)
          for (let ec = 1; ec <= 4 && e0 + ec <= EN.length; ec++) {
            const want = dot(ga(a0, ac), ge(e0, ec));
            if (want > 0.01) nonZero++;
            expect(sim(a0, ac, e0, ec)).toBeCloseTo(want, 6);
          }
    expect(nonZero).toBeGreaterThan(20);
  });

  it('gives single sentences exactly their dot product, and asks outside the band of the fallback', async () => {
    const { ar, en } = await sides();
    const band = { lo: Int32Array.from([0, 0, 1, 2, 3, 4, 6]), hi: Int32Array.from([1, 2, 3, 4, 5, 6, 6]) };
    const sim = bandSimilarity(ar, en, band, 2, () => -1);
    for (let x = 0; x < AR.length; x++) expect(sim(x, 1, Math.min(x, EN.length - 1), 1)).toBe(dot(ar.vectors[x], en.vectors[Math.min(x, EN.length - 1)]));
    expect(sim(5, 1, 0, 1)).toBe(-1);
    expect(sim(0, 3, 0, 1)).toBe(-1);
  });

  it('covers, for each Arabic sentence, every English sentence a bead starting in the band can reach', () => {
    const band = { lo: Int32Array.from([0, 0, 2, 5]), hi: Int32Array.from([1, 4, 6, 8]) };
    const { first, last } = bandRows(band, 3, 8, 2);
    expect([...first]).toEqual([0, 0, 0]);
    expect([...last]).toEqual([2, 5, 7]);
  });

  it('builds the cosine table and neighbour dots from plain dot products', async () => {
    const { ar, en } = await sides();
    const first = Int32Array.from([0, 1, 2, 3, 4, 5]);
    const last = Int32Array.from([1, 2, 3, 4, 5, 5]);
    const t = cosineTable(ar.vectors, en.vectors, first, last);
    for (let x = 0; x < AR.length; x++) for (let j = first[x]; j <= last[x]; j++) expect(t.cos[t.offset[x] + j - first[x]]).toBe(dot(ar.vectors[x], en.vectors[j]));
    const d = neighbourDots(ar.vectors, 3);
    expect(d[0]).toBeCloseTo(1, 6);
    expect(d[1]).toBe(dot(ar.vectors[0], ar.vectors[1]));
    // Every neighbour product bit for bit (they are taken from a scattered copy, not by merging ids).
    for (let x = 0; x < AR.length; x++) for (let o = 0; o < 3 && x + o < AR.length; o++) expect(d[x * 3 + o]).toBe(dot(ar.vectors[x], ar.vectors[x + o]));
    expect(d[5 * 3 + 1]).toBe(0);
  });
});
