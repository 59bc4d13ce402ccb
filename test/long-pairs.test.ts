import { describe, expect, it } from 'vitest';
import { cutWindow, englishEnd, prefixSums } from '../src/align/windows.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { buildGlossary, GLOSSARY_DEFAULTS, linkBlocks } from '../src/glossary/build.ts';
import { alignTexts } from '../src/pipeline.ts';
import type { Link, Sentence } from '../src/types.ts';

const lexicon = createLexicalEncoder();
const sentence = (text: string, index: number): Sentence => ({ index, text, start: 0, end: text.length });
const one = (i: number, j: number): Link => ({ ar: [i], en: [j], score: 0.9 });

// Short translated lines, repeated with a line number as a long list would be.
const PAIRS: [string, string][] = [
  ['ذهب الطبيب إلى المستشفى صباحا', 'The doctor went to the hospital in the morning'],
  ['أغلقت المدارس بسبب الفيروس', 'Schools closed because of the virus'],
  ['قالت وزارة الصحة إن اللقاح آمن', 'The health ministry said the vaccine is safe'],
  ['سافر الرئيس إلى القاهرة أمس', 'The president travelled to Cairo yesterday'],
  ['ارتفعت أسعار النفط هذا الأسبوع', 'Oil prices rose this week'],
  ['يعيش أخي في مدينة صغيرة', 'My brother lives in a small town'],
  ['اشترت أمي كتابا جديدا', 'My mother bought a new book'],
  ['هطلت أمطار غزيرة على العاصمة', 'Heavy rain fell on the capital'],
];
const lines = (n: number, side: 0 | 1): string =>
  Array.from({ length: n }, (_, k) => `${PAIRS[k % PAIRS.length][side]} ${k + 1}`).join('\n');

describe('windows over a long pair (align/windows.ts)', () => {
  it('gives the English window the same share of the remaining text as the Arabic window, by characters', () => {
    const ar = prefixSums([10, 10, 10, 10]);
    // English is twice as long a sentence: half the Arabic is the first 2 of 4 English sentences.
    expect(englishEnd(ar, prefixSums([20, 20, 20, 20]), 0, 2, 0)).toBe(2);
    // Uneven English lengths: half of the 80 characters end after the first long sentence.
    expect(englishEnd(ar, prefixSums([40, 10, 10, 20]), 0, 2, 0)).toBe(1);
    // An Arabic window that reaches the end takes all of the English.
    expect(englishEnd(ar, prefixSums([20, 20, 20, 20]), 2, 4, 1)).toBe(4);
  });

  it('keeps the links that end within the kept share and starts the next window after the last of them', () => {
    const links: Link[] = [one(0, 0), { ar: [1, 2], en: [1], score: 0.8 }, one(3, 2), one(4, 3), { ar: [5], en: [], score: 0 }, one(6, 4), one(7, 5), one(8, 6), one(9, 7)];
    const cut = cutWindow(links, 10, 8, 0.8);
    // Arabic up to 8 and English up to 6 sentences are kept: the link 7 ↔ 5 is the last to end inside both.
    expect(cut.kept.map((l) => [l.ar, l.en])).toEqual([[[0], [0]], [[1, 2], [1]], [[3], [2]], [[4], [3]], [[6], [4]], [[7], [5]]]);
    expect([cut.ar, cut.en]).toEqual([8, 6]);
  });

  it('cuts at the kept share when no link ends inside it, so the next window still moves on', () => {
    const cut = cutWindow([{ ar: [0], en: [], score: 0 }, one(9, 9)], 10, 10, 0.8);
    expect(cut.kept).toEqual([]);
    expect([cut.ar, cut.en]).toEqual([8, 8]);
  });

  it('numbers features afresh after forget(), as a new encoder would: a window holds only its own features', async () => {
    const enc = createLexicalEncoder();
    const first = await enc.encode(['سافر الرئيس إلى القاهرة 1'], 'ar');
    await enc.encode(lines(40, 0).split('\n'), 'ar');
    enc.forget();
    const again = await enc.encode(['سافر الرئيس إلى القاهرة 1'], 'ar');
    expect(again).toEqual(first);
    const ids = (v: (typeof first)[number]) => (v.kind === 'sparse' ? [...v.ids] : []);
    // Without forget() the numbering goes on: the 40 lines' features come first.
    const other = createLexicalEncoder();
    await other.encode(lines(40, 0).split('\n'), 'ar');
    const later = await other.encode(['سافر الرئيس إلى القاهرة 1'], 'ar');
    expect(Math.max(...ids(later[0]))).toBeGreaterThan(Math.max(...ids(first[0])));
  });

  it('aligns a long clean list in windows as it aligns it whole: every line with its own translation', async () => {
    const n = 120;
    const whole = await alignTexts(lines(n, 0), lines(n, 1), { encoder: lexicon, presplit: true, mode: 'parallel' });
    const windows: number[] = [];
    const split = await alignTexts(lines(n, 0), lines(n, 1), { encoder: lexicon, presplit: true, mode: 'parallel', window: { size: 40, above: 50 }, onWindow: (done) => windows.push(done) });
    const pairs = (links: readonly Link[]) => links.map((l) => `${l.ar.join(',')}-${l.en.join(',')}`);
    expect(pairs(split.alignment.links)).toEqual(Array.from({ length: n }, (_, k) => `${k}-${k}`));
    expect(pairs(split.alignment.links)).toEqual(pairs(whole.alignment.links));
    expect(windows.length).toBeGreaterThan(2);
    expect(windows.at(-1)).toBe(n);
    expect(split.alignment.reason).toMatch(/windows of up to 40 Arabic sentences/);
  });
});

describe('glossary of a long document in blocks of links', () => {
  it('cuts the links into consecutive blocks whose sentence ranges cover the whole text', () => {
    // 10 Arabic and 9 English sentences; Arabic 4 and English 8 are in no link. Blocks of at most 4 links: three
    // of 3, not 4 + 4 + 1 (a block of one link would count nothing).
    const links = [one(0, 0), one(1, 1), one(2, 2), one(3, 3), one(5, 4), one(6, 5), one(7, 6), one(8, 7), one(9, 9)];
    const blocks = linkBlocks(links, 10, 9, 4);
    expect(blocks.map((b) => [b.links.length, b.ar0, b.ar1, b.en0, b.en1])).toEqual([
      [3, 0, 3, 0, 3],
      [3, 3, 7, 3, 6],
      [3, 7, 10, 6, 9],
    ]);
    expect(linkBlocks(links, 10, 9, 9)).toEqual([{ links, ar0: 0, ar1: 10, en0: 0, en1: 9 }]);
  });

  it('finds in blocks the terms it finds in the whole document, with the same scores, counts and types', () => {
    const n = 160;
    const ar = lines(n, 0).split('\n').map(sentence);
    const en = lines(n, 1).split('\n').map(sentence);
    const links = ar.map((_, i) => one(i, i));
    const whole = buildGlossary({ ar, en, links, lexicon });
    const blocks = buildGlossary({ ar, en, links, lexicon }, { ...GLOSSARY_DEFAULTS, blockLinks: 50 });
    expect(whole.some((t) => t.en === 'vaccine' && t.ar === 'اللقاح')).toBe(true);
    // The context is the first best sighting in search order, which blocks change: any line with the pair will do.
    const plain = (ts: typeof whole) => ts.map(({ enContext, arContext, ...t }) => t);
    expect(plain(blocks)).toEqual(plain(whole));
    for (const t of blocks) expect(t.enContext).toContain(`[[${t.en}]]`);
  });

  it('reports progress over the whole document, not per block', () => {
    const n = 160;
    const ar = lines(n, 0).split('\n').map(sentence);
    const en = lines(n, 1).split('\n').map(sentence);
    const calls: [number, number][] = [];
    buildGlossary({ ar, en, links: ar.map((_, i) => one(i, i)), lexicon, progressEvery: 25, onProgress: (d, t) => calls.push([d, t]) }, { ...GLOSSARY_DEFAULTS, blockLinks: 50 });
    expect(calls.every(([, t]) => t === n)).toBe(true);
    expect(calls.at(-1)).toEqual([n, n]);
    expect(calls.map(([d]) => d)).toEqual([...calls.map(([d]) => d)].sort((a, b) => a - b));
  });
});
