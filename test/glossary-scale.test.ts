import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { arabicCountKey, associationLinker, ASSOCIATION_DEFAULTS } from '../src/glossary/association.ts';
import { buildGlossary } from '../src/glossary/build.ts';
import { prepareArabic, prepareEnglish, type ArabicSide, type EnglishSide } from '../src/glossary/wordalign.ts';
import type { Link, Sentence } from '../src/types.ts';

const lexicon = createLexicalEncoder();
const sentence = (text: string, index: number): Sentence => ({ index, text, start: 0, end: text.length });

// Two unknown words that travel with their English partners, and one (a distractor) that appears with both.
const AR = ['انتشر زرنيخوز في المدينة', 'قال الطبيب إن قرقوديل خطير', 'أغلقت المدارس بسبب زرنيخوز وقرقوديل', 'قال الطبيب شيئا'];
const EN = ['The glimmerpox spread in the city', 'The doctor said the frazzlewort is dangerous', 'Schools closed over glimmerpox and frazzlewort', 'The doctor said something'];
const doc = (n: number) => {
  const ar = Array.from({ length: n }, (_, i) => `${AR[i % 4]} ${i}`);
  const en = Array.from({ length: n }, (_, i) => `${EN[i % 4]} ${i}`);
  const links: Link[] = ar.map((_, i) => ({ ar: [i], en: [i], score: 0.9 }));
  return { ar, en, links };
};

/** The measure as first written: a table of every co-occurring word pair, Dice, best partners. */
function allPairsStrong(ar: readonly ArabicSide[], en: readonly EnglishSide[], links: readonly Link[]): Set<string> {
  const o = ASSOCIATION_DEFAULTS;
  const nA = new Map<string, number>();
  const nE = new Map<string, number>();
  const co = new Map<string, number>();
  for (const l of links) {
    const as = new Set<string>();
    const es = new Set<string>();
    for (const i of l.ar) ar[i].words.forEach((_, a) => !ar[i].stop[a] && as.add(arabicCountKey(ar[i], a)));
    for (const j of l.en) en[j].words.forEach((_, e) => en[j].content[e] && es.add(en[j].stems[e]));
    for (const a of as) nA.set(a, (nA.get(a) ?? 0) + 1);
    for (const e of es) nE.set(e, (nE.get(e) ?? 0) + 1);
    for (const a of as) for (const e of es) co.set(`${a} ${e}`, (co.get(`${a} ${e}`) ?? 0) + 1);
  }
  const dice = new Map<string, number>();
  const bestA = new Map<string, number>();
  const bestE = new Map<string, number>();
  for (const [k, c] of co) {
    const [a, e] = k.split(' ');
    const d = (2 * c) / (nA.get(a)! + nE.get(e)!);
    if (c < o.minCount || d < o.minDice) continue;
    dice.set(k, d);
    bestA.set(a, Math.max(bestA.get(a) ?? 0, d));
    bestE.set(e, Math.max(bestE.get(e) ?? 0, d));
  }
  return new Set([...dice].filter(([k, d]) => d >= o.nearBest * bestA.get(k.split(' ')[0])! || d >= o.nearBest * bestE.get(k.split(' ')[1])!).map(([k]) => k));
}

describe('the glossary at scale', () => {
  it('counts co-occurrence word by word over its links and finds exactly the links a table of all word pairs finds', () => {
    const d = doc(40);
    const ar = d.ar.map((t) => prepareArabic(t, lexicon));
    const en = d.en.map((t) => prepareEnglish(t));
    const expected = allPairsStrong(ar, en, d.links);
    const linker = associationLinker(ar, en, d.links);
    const found = new Set<string>();
    for (let i = 0; i < ar.length; i++) for (const w of linker(ar[i], en[i])) found.add(`${arabicCountKey(ar[i], w.a)} ${en[i].stems[w.e]}`);
    // Only words no lexicon knows get association links, so compare on those.
    const unknown = new Set(ar.flatMap((s) => s.words.map((_, a) => (s.translations[a] === undefined && !s.stop[a] ? arabicCountKey(s, a) : ''))));
    expect(found).toEqual(new Set([...expected].filter((k) => unknown.has(k.split(' ')[0]))));
    expect(found).toContain(`زرنيخوز ${en[0].stems[en[0].words.findIndex((w) => w.text === 'glimmerpox')]}`);
  });

  it('reports progress every so many sentence pairs searched, and after the last', () => {
    // A short document is searched across every pair of sentences: 25 × 25.
    const d = doc(25);
    const calls: [number, number][] = [];
    buildGlossary({ ar: d.ar.map(sentence), en: d.en.map(sentence), links: d.links, lexicon, onProgress: (done, total) => calls.push([done, total]), progressEvery: 250 });
    expect(calls).toEqual([
      [250, 625],
      [500, 625],
      [625, 625],
    ]);
  });

  it('stays quiet on a text shorter than one report', () => {
    const d = doc(8);
    const calls: number[] = [];
    buildGlossary({ ar: d.ar.map(sentence), en: d.en.map(sentence), links: d.links, lexicon, onProgress: (done) => calls.push(done), progressEvery: 100 });
    expect(calls).toEqual([]);
  });
});
