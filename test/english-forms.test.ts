import { describe, expect, it } from 'vitest';
import { americanSpelling, englishLemma, expandContraction } from '../src/english/lemma.ts';
import { expandAbbreviation } from '../src/lexicon/abbreviations.ts';
import { countryOfArabic, countryOfEnglish, isArabicCountryWord } from '../src/lexicon/countries.ts';
import { stemCandidates } from '../src/arabic/clitics.ts';
import { canonicalArabicToken } from '../src/lexicon/lexicon.ts';
import { LexicalEncoder } from '../src/encode/lexical.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { dot } from '../src/vector.ts';

const arCountry = (w: string) => countryOfArabic(stemCandidates(w).map(canonicalArabicToken));

describe('English word forms', () => {
  it('folds irregular verbs and plurals to their base form', () => {
    expect(englishLemma('found')).toBe('find');
    expect(englishLemma('took')).toBe('take');
    expect(englishLemma('seen')).toBe('see');
    expect(englishLemma('children')).toBe('child');
    expect(englishLemma('ground')).toBe('ground');
  });

  it('reads the family words of every register as the one Arabic has (dad, mom → father, mother)', async () => {
    expect(englishLemma('dad')).toBe('father');
    expect(englishLemma('mom')).toBe('mother');
    const enc = createLexicalEncoder({ freedict: false });
    const [ar] = await enc.encode(['أخبر سامي أباه'], 'ar');
    const [dad, son] = await enc.encode(['Sami told his dad', 'Sami told his son'], 'en');
    expect(dot(ar, dad)).toBeGreaterThan(dot(ar, son) + 0.1);
  });

  it('expands contractions, keeping the negation', () => {
    expect(expandContraction("i'm")).toEqual(['i', 'am']);
    expect(expandContraction("can't")).toEqual(['can', 'not']);
    expect(expandContraction('won’t')).toEqual(['will', 'not']);
    expect(expandContraction("sami's")).toEqual(['sami', 'is']);
    expect(expandContraction('rock')).toEqual(['rock']);
  });

  it('spells British words the American way', () => {
    expect(americanSpelling('metre')).toBe('meter');
    expect(americanSpelling('colours')).toBe('colors');
    expect(americanSpelling('organised')).toBe('organized');
    expect(americanSpelling('defence')).toBe('defense');
    expect(americanSpelling('exercise')).toBe('exercise');
    expect(americanSpelling('genre')).toBe('genre');
  });

  it('lets "found" meet the lexicon\'s "find" and "metres" its "meter"', async () => {
    const enc = new LexicalEncoder([['وجد', 'find'], ['متر', 'meter']]);
    const [ar] = await enc.encode(['وجد متر'], 'ar');
    const [en, other] = await enc.encode(['He found 3 metres', 'He lost a mile'], 'en');
    expect(dot(ar, en)).toBeGreaterThan(0.5);
    expect(dot(ar, other)).toBe(0);
  });
});

describe('abbreviations', () => {
  it('reads an abbreviation as written, case and all', () => {
    expect(expandAbbreviation('UN')).toBe('United Nations');
    expect(expandAbbreviation('U.N.')).toBe('United Nations');
    expect(expandAbbreviation('CEO')).toBe('chief executive');
    expect(expandAbbreviation('us')).toBeUndefined();
  });

  it('lets UN meet الأمم المتحدة', async () => {
    const enc = new LexicalEncoder([['الأمم المتحدة', 'United Nations']]);
    const [ar] = await enc.encode(['الأمم المتحدة'], 'ar');
    const [en] = await enc.encode(['the UN said'], 'en');
    expect(dot(ar, en)).toBeGreaterThan(0.3);
  });
});

describe('countries and their peoples', () => {
  it('knows Arabic country names and adjectives', () => {
    expect(arCountry('كوبا')).toBe('CU');
    expect(arCountry('الكوبي')).toBe('CU');
    expect(arCountry('البريطانية')).toBe('GB');
    expect(arCountry('الهولندية')).toBe('NL');
    expect(arCountry('المصريين')).toBe('EG');
    // مالي is "financial" first.
    expect(isArabicCountryWord('مالي')).toBe(false);
  });

  it('knows English country names and adjectives', () => {
    expect(countryOfEnglish('Cuba')).toBe('CU');
    expect(countryOfEnglish('Cuban')).toBe('CU');
    expect(countryOfEnglish('Dutch')).toBe('NL');
    expect(countryOfEnglish('Germans')).toBe('DE');
    expect(countryOfEnglish('Monday')).toBeUndefined();
  });

  it('lets الكوبي meet Cuba', async () => {
    const enc = new LexicalEncoder([['رئيس', 'president']]);
    const [ar] = await enc.encode(['الرئيس الكوبي'], 'ar');
    const [cuba, peru] = await enc.encode(['the president of Cuba', 'the president of Peru'], 'en');
    expect(dot(ar, cuba)).toBeGreaterThan(dot(ar, peru) + 0.1);
  });
});
