import { describe, expect, it } from 'vitest';
import { align } from '../src/align/index.ts';
import { SimilarityIndex } from '../src/align/knn.ts';
import { anchors, DEFAULT_PARALLEL } from '../src/align/parallel.ts';
import { encodeSide } from '../src/align/sides.ts';
import { mutualBest, prepare } from '../src/align/space.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import type { Sentence } from '../src/types.ts';
import { sparseFromMap } from '../src/vector.ts';

/** Sentence pairs a long text may repeat word for word (a notice, a caption, a standing line of a report). */
const PAIRS: [string, string][] = [
  ['اغسل يديك بالماء والصابون لمدة عشرين ثانية على الأقل.', 'Wash your hands with soap and water for at least twenty seconds.'],
  ['ارتد كمامة في الأماكن العامة المغلقة.', 'Wear a mask in closed public places.'],
  ['ابق في المنزل إذا شعرت بالمرض.', 'Stay at home if you feel sick.'],
  ['تنتقل العدوى عبر الرذاذ عند السعال أو العطس.', 'The infection spreads through droplets when coughing or sneezing.'],
  ['اتصل بطبيبك إذا ارتفعت حرارتك.', 'Call your doctor if your temperature rises.'],
  ['تتوفر اللقاحات مجانا في المراكز الصحية.', 'Vaccines are available free of charge at health centres.'],
  ['أغلقت المدارس أبوابها لمدة أسبوعين.', 'Schools closed their doors for two weeks.'],
  ['يجب على المسافرين تقديم شهادة فحص سلبية.', 'Travellers must present a negative test certificate.'],
  ['لا تلمس عينيك أو أنفك أو فمك.', 'Do not touch your eyes, nose or mouth.'],
  ['حافظ على مسافة مترين من الآخرين.', 'Keep a distance of two metres from others.'],
  ['تظهر الأعراض عادة بعد خمسة أيام.', 'Symptoms usually appear after five days.'],
  ['نظف الأسطح التي تلمسها كثيرا كل يوم.', 'Clean the surfaces you touch often every day.'],
];

/**
 * The pairs in turn, `rounds` times: every sentence has exact copies a period (12) apart on both sides. Four English
 * sentences appear twice in the first third and four are missing in the last, so the path drifts up to four sentences
 * off the straight line from start to end and back. `expected[i]` is where Arabic sentence i's English is (-1: none).
 */
function repeatedText(rounds: number): { ar: Sentence[]; en: Sentence[]; expected: number[] } {
  const ar: string[] = [];
  const en: string[] = [];
  const expected: number[] = [];
  const n = rounds * PAIRS.length;
  const q = Math.floor(n / 12);
  for (let k = 0; k < n; k++) {
    const [a, e] = PAIRS[k % PAIRS.length];
    ar.push(a);
    const dropped = [7 * q, 8 * q, 9 * q, 10 * q].includes(k);
    expected.push(dropped ? -1 : en.length);
    if (!dropped) en.push(e);
    if ([q, 2 * q, 3 * q, 4 * q].includes(k)) en.push(e);
  }
  const sent = (xs: string[]): Sentence[] => xs.map((text, index) => ({ index, text, start: 0, end: text.length }));
  return { ar: sent(ar), en: sent(en), expected };
}

describe('a translation that repeats sentences word for word', () => {
  it('gives equal neighbours to the one nearest the position asked for, and to the lower one otherwise', () => {
    const copy = sparseFromMap(new Map([[3, 0.6], [8, 0.8]]));
    const index = new SimilarityIndex([0, 1, 2, 3, 4, 5, 6].map(() => copy));
    expect([...index.nearest(copy, 2).ids]).toEqual([0, 1]);
    expect([...index.nearest(copy, 3, 4).ids]).toEqual([4, 3, 5]);
  });

  it('pairs each copy with the copy on the diagonal, so anchors run the whole text', async () => {
    const t = repeatedText(20);
    const encoder = createLexicalEncoder();
    const space = prepare(await encodeSide(encoder, t.ar, 'ar'), await encodeSide(encoder, t.en, 'en'), 4);
    const onPath = (p: { ar: number; en: number }): boolean => p.en === t.expected[p.ar];
    // By lowest index (and Float32 rounding) every copy's best was the first or the last copy: 12 pairs, at the ends.
    expect(mutualBest(space).filter(onPath).length).toBeGreaterThan(0.9 * t.ar.length);
    const chain = anchors(space);
    expect(chain.every(onPath)).toBe(true);
    expect(chain.filter((p) => p.ar > 0.4 * t.ar.length && p.ar < 0.6 * t.ar.length).length).toBeGreaterThan(0.15 * t.ar.length);
  });

  it('links every Arabic sentence with its own copy of the English where the path drifts off the straight line', async () => {
    // The 50,000-sentence synthetic text in small: a band (±1) narrower than the drift (4), which anchors at the
    // ends alone placed on the straight line, off the path in the middle (a third of the links were wrong).
    const t = repeatedText(20);
    const encoder = createLexicalEncoder();
    const sa = await encodeSide(encoder, t.ar, 'ar');
    const se = await encodeSide(encoder, t.en, 'en');
    const a = align(sa, se, { mode: 'parallel', parallel: { ...DEFAULT_PARALLEL, bandWidth: 1 } });
    const twoSided = a.links.filter((l) => l.ar.length && l.en.length);
    const off = twoSided.filter((l) => !l.ar.every((i) => t.expected[i] < 0 || l.en.includes(t.expected[i])));
    expect(off).toEqual([]);
    expect(twoSided.length).toBe(t.ar.length - 4);
  });
});
