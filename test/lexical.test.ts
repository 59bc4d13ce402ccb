import { describe, expect, it } from 'vitest';
import { stemCandidates } from '../src/arabic/clitics.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { LexicalEncoder } from '../src/encode/lexical.ts';
import { nounFamiliarity, synsets } from '../src/english/wordnet.ts';
import { dot } from '../src/vector.ts';

describe('Arabic verb prefixes', () => {
  it('looks present-tense verbs up as the third person the lexicon lists', () => {
    expect(stemCandidates('تقول')).toContain('يقول');
    expect(stemCandidates('ونعمل')).toContain('يعمل');
    expect(stemCandidates('سأقول')).toContain('يقول');
    expect(stemCandidates('ستعقد')).toContain('يعقد');
    expect(stemCandidates('يقولون')).toContain('يقول');
  });

  it('does not read a bare word with أ or the article as a verb', () => {
    expect(stemCandidates('أسلحة')).not.toContain('يسلحه');
    expect(stemCandidates('والأسلحة')).not.toContain('يلاسلحه');
  });
});

describe('numbers and dates', () => {
  const enc = createLexicalEncoder({ freedict: false });

  it('meets Arabic-Indic digits and Arabic month names in English', async () => {
    const [aug, mar] = await enc.encode(['وصل في ١٥ أغسطس ٢٠٢٤', 'غادر في ٣ مارس ٢٠٢١'], 'ar');
    const [enAug, enMar] = await enc.encode(['He arrived on 15 August 2024', 'He left on 3 March 2021'], 'en');
    expect(dot(aug, enAug)).toBeGreaterThan(0.5);
    expect(dot(aug, enMar)).toBeLessThan(0.1);
    expect(dot(mar, enMar)).toBeGreaterThan(0.5);
  });

  it('reads آب as August next to a number and as أب father elsewhere (they are one word once normalised)', async () => {
    const [date, dad] = await enc.encode(['وصل في 15 آب 2017', 'سافرت مع أبي'], 'ar');
    const [august, father] = await enc.encode(['He arrived in August', 'I travelled with my father'], 'en');
    expect(dot(date, august)).toBeGreaterThan(dot(date, father) + 0.1);
    expect(dot(dad, father)).toBeGreaterThan(dot(dad, august) + 0.1);
  });
});

describe('English synonyms through WordNet', () => {
  it('gives countries and nations a shared synset', () => {
    expect(synsets('countries')).toEqual(expect.arrayContaining([expect.stringMatching(/^n/)]));
    expect(synsets('countries').some((s) => synsets('nations').includes(s))).toBe(true);
    expect(synsets('xqzzy')).toEqual([]);
  });

  it('reads a plural, an irregular plural and a British spelling as familiar as the base word', () => {
    // "rates" is a WordNet lemma of its own (local taxes, never tagged): it is still the everyday "rate".
    expect(nounFamiliarity('rates')).toBe(nounFamiliarity('rate'));
    expect(nounFamiliarity('children')).toBe(nounFamiliarity('child'));
    expect(nounFamiliarity('programmes')).toBe(nounFamiliarity('program'));
    expect(nounFamiliarity('child')).toBeGreaterThanOrEqual(3);
    expect(nounFamiliarity('pneumonia')).toBeLessThanOrEqual(1);
  });

  it('lets a lexicon synonym meet the word the translator chose', async () => {
    const enc = new LexicalEncoder([['أمم', 'nations']]);
    const [ar] = await enc.encode(['الأمم'], 'ar');
    const [countries, rivers] = await enc.encode(['countries', 'rivers'], 'en');
    expect(dot(ar, countries)).toBeGreaterThan(0);
    expect(dot(ar, rivers)).toBe(0);
  });
});

describe('names inside the lexical space', () => {
  it('gives a name that is also a word its name reading too (فيروز: turquoise, and Fairouz)', async () => {
    const enc = new LexicalEncoder([['فيروز', 'turquoise']]);
    const [ar] = await enc.encode(['فيروز'], 'ar');
    const [fairouz, fadi] = await enc.encode(['Fairouz', 'Fadi'], 'en');
    expect(dot(ar, fairouz)).toBeGreaterThan(5 * dot(ar, fadi));
  });

  it('ranks the right spelling first among near names', async () => {
    const enc = new LexicalEncoder([]);
    const [ar] = await enc.encode(['جيك سوليفان'], 'ar');
    const [right, near] = await enc.encode(['Jake Sullivan', 'Jack Solomon'], 'en');
    expect(dot(ar, right)).toBeGreaterThan(dot(ar, near) + 0.2);
  });
});

describe('approved glossary rows as anchors', () => {
  it('makes a term the lexicons do not know meet its approved translation', async () => {
    const plain = createLexicalEncoder({ freedict: false });
    const anchored = createLexicalEncoder({ freedict: false, userPairs: [['عصيدة الشوفان', 'oatmeal porridge']] });
    const ar = 'أكل الأطفال عصيدة الشوفان';
    const en = ['The children ate oatmeal porridge', 'The children ate rice'];
    const [a0] = await plain.encode([ar], 'ar');
    const [e0, f0] = await plain.encode(en, 'en');
    const [a1] = await anchored.encode([ar], 'ar');
    const [e1, f1] = await anchored.encode(en, 'en');
    expect(dot(a1, e1) - dot(a1, f1)).toBeGreaterThan(dot(a0, e0) - dot(a0, f0));
    expect(anchored.translateArabicPhrase(['وعصيدة', 'الشوفان'])).toEqual(['oatmeal porridge']);
  });
});

describe('duals and everyday words', () => {
  const enc = createLexicalEncoder({ freedict: false });

  it('reads a dual as its noun and "two" (قطان two cats)', async () => {
    const [ar] = await enc.encode(['عندي قطان'], 'ar');
    const [two, three] = await enc.encode(['I have two cats', 'I have three cats'], 'en');
    expect(dot(ar, two)).toBeGreaterThan(dot(ar, three) + 0.05);
  });

  it('knows words FreeDict gives only a rare sense (مكسور broken, not fractured)', async () => {
    const [ar] = await enc.encode(['المكتب مكسور'], 'ar');
    const [broken, new_] = await enc.encode(['This desk is broken', 'This desk is new'], 'en');
    expect(dot(ar, broken)).toBeGreaterThan(dot(ar, new_) + 0.1);
    expect(enc.translateArabicWord('انتهت')).toBeDefined();
  });
});

