import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { dot } from '../src/vector.ts';

const AR = ['قال سوليفان إن الاجتماع مهم في سيول.', 'وأكد أكيبا التزامات كوريا الشمالية بنزع الأسلحة النووية.', 'الاجتماع في سيول مهم.'];
const EN = ['Sullivan said the meeting in Seoul mattered.', 'Akiba reaffirmed North Korea’s obligations to give up nuclear weapons.', 'The Seoul meeting mattered.'];

describe('lexical encoder word caches', () => {
  it('give the same similarities whether a word is met for the first time or replayed from earlier texts', async () => {
    const fresh = createLexicalEncoder({ freedict: false });
    const warmed = createLexicalEncoder({ freedict: false });
    // Other texts first, with the same words in another order: the warmed encoder numbers its features otherwise.
    await warmed.encode([...AR].reverse().map((s) => s.split(' ').reverse().join(' ')), 'ar');
    await warmed.encode([...EN].reverse().map((s) => s.split(' ').reverse().join(' ')), 'en');
    const a1 = await fresh.encode(AR, 'ar');
    const e1 = await fresh.encode(EN, 'en');
    const a2 = await warmed.encode(AR, 'ar');
    const e2 = await warmed.encode(EN, 'en');
    let positive = 0;
    for (let i = 0; i < AR.length; i++) {
      for (let j = 0; j < EN.length; j++) {
        const s = dot(a1[i], e1[j]);
        if (s > 0.05) positive++;
        expect(dot(a2[i], e2[j])).toBeCloseTo(s, 9);
      }
    }
    expect(positive).toBeGreaterThanOrEqual(3);
    // The same batch again: every word replayed, vectors identical.
    expect(await fresh.encode(AR, 'ar')).toEqual(a1);
  });
});
