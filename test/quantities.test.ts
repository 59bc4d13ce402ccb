import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { LexicalEncoder } from '../src/encode/lexical.ts';
import { readQuantity } from '../src/encode/quantities.ts';
import { tokenize } from '../src/tokenize.ts';
import { dot } from '../src/vector.ts';

const read = (s: string, lang: 'ar' | 'en', at = 0) => readQuantity(tokenize(s, lang), at, s, lang);

describe('quantities read the same in both languages', () => {
  it('joins a number and its scale word into one value', () => {
    expect(read('700 ألف شخص', 'ar')).toMatchObject({ values: ['d:700000'], length: 2 });
    expect(read('10 آلاف', 'ar')).toMatchObject({ values: ['d:10000'] });
    expect(read('٢٫٥ مليار دولار', 'ar')).toMatchObject({ values: ['d:2500000000'] });
    expect(read('700,000 people', 'en')).toMatchObject({ values: ['d:700000'], length: 1 });
    expect(read('2.5 billion', 'en')).toMatchObject({ values: ['d:2500000000'], length: 2 });
  });

  it('reads money abbreviations after a currency sign only', () => {
    expect(read('$5bn', 'en')).toMatchObject({ values: ['d:5000000000'], words: ['dollar'] });
    expect(read('A$3m', 'en', 1)).toMatchObject({ values: ['d:3000000'], words: ['dollar'] });
    expect(read('ran 5 m', 'en', 1)).toMatchObject({ values: ['d:5'], length: 1 });
  });

  it('reads number words and percentages', () => {
    expect(read('five', 'en')).toMatchObject({ values: ['d:5'] });
    expect(read('twenty-five', 'en')).toMatchObject({ values: ['d:25'] });
    expect(read('خمسة', 'ar')).toMatchObject({ values: ['d:5'] });
    expect(read('ست سنوات', 'ar')).toMatchObject({ values: ['d:6'], length: 1 });
    expect(read('خمسة وعشرون', 'ar')).toMatchObject({ values: ['d:25'], length: 2 });
    expect(read('خمسة عشر', 'ar')).toMatchObject({ values: ['d:15'], length: 2 });
    expect(read('في المئة', 'ar')).toMatchObject({ words: ['percent'], length: 2 });
    expect(read('5%', 'en')).toMatchObject({ values: ['d:5'], words: ['percent'] });
    expect(read('per cent', 'en')).toMatchObject({ words: ['percent'], length: 2 });
    expect(read('the 21st', 'en', 1)).toMatchObject({ values: ['d:21'], length: 2 });
  });

  it('reads a number word with the article after its noun, and a dual in a construct', () => {
    // المستشارين الثلاثة "the three advisers"; ملياري شخص "two billion people" (the dual's ن dropped).
    expect(read('المستشارين الثلاثة', 'ar', 1)).toMatchObject({ values: ['d:3'], length: 1 });
    expect(read('والعشرة', 'ar')).toMatchObject({ values: ['d:10'] });
    expect(read('ملياري شخص', 'ar')).toMatchObject({ values: ['d:2000000000'], length: 1 });
    expect(read('two billion people', 'en')).toMatchObject({ values: ['d:2000000000'] });
    // الاثنين with the article is Monday, not "the two".
    expect(read('يوم الاثنين', 'ar', 1)).toBeUndefined();
  });

  it('leaves words that are not quantities alone', () => {
    expect(read('one', 'en')).toBeUndefined();
    expect(read('مليون', 'ar')).toBeUndefined();
    expect(read('قتل', 'ar')).toBeUndefined();
    // Words that are also names of Object's own properties are words like any other.
    expect(read('constructor', 'en')).toBeUndefined();
    expect(read('toString', 'ar')).toBeUndefined();
  });

  it('lets 700 ألف meet 700,000 in the encoder, and not 700', async () => {
    const enc = createLexicalEncoder({ freedict: false });
    const [ar] = await enc.encode(['قتل 700 ألف شخص'], 'ar');
    const [right, wrong] = await enc.encode(['700,000 people were killed', '700 people were killed'], 'en');
    expect(dot(ar, right)).toBeGreaterThan(dot(ar, wrong) + 0.1);
  });

  it('reads a number word the lexicon translates as the English number meets its digits and its word', async () => {
    // A lexicon entry whose translation is a number word (دزينة → twelve) meets "12" and "twelve", not "eleven".
    const enc = new LexicalEncoder([['دزينة', 'twelve']]);
    const [ar] = await enc.encode(['دزينة بيض'], 'ar');
    const [digits, word, eleven] = await enc.encode(['12 eggs', 'twelve eggs', 'eleven eggs'], 'en');
    expect(dot(ar, digits)).toBeGreaterThan(dot(ar, eleven) + 0.1);
    expect(dot(ar, word)).toBeGreaterThan(dot(ar, eleven) + 0.1);
  });
});
