import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../src/arabic/normalize.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { dialectStems, msaOf, parseDialectTable } from '../src/lexicon/dialect.ts';
import { dot } from '../src/vector.ts';

describe('dialect words read as MSA', () => {
  it('maps common Egyptian, Levantine and Gulf words to their MSA equivalent', () => {
    expect(msaOf(normalizeArabic('عايز'))).toEqual([normalizeArabic('يريد')]);
    expect(msaOf(normalizeArabic('وعايز'))).toEqual([normalizeArabic('يريد')]);
    expect(msaOf(normalizeArabic('شو'))).toEqual([normalizeArabic('ماذا')]);
    expect(msaOf(normalizeArabic('الحين'))).toEqual([normalizeArabic('الآن')]);
    // دول is "these" in Cairo but "countries" in the news: not listed.
    expect(msaOf(normalizeArabic('دول'))).toBeUndefined();
  });

  it('parses the table format', () => {
    expect(parseDialectTable('# c\nمفيش\tلا يوجد\n').get('مفيش')).toEqual(['لا', 'يوجد']);
  });

  it('removes dialect verb affixes as later candidates', () => {
    expect(dialectStems(normalizeArabic('هيقول'))).toContain('يقول');
    expect(dialectStems(normalizeArabic('مبيقولش'))).toContain('بيقول');
    expect(dialectStems(normalizeArabic('لايشكل'))).toContain('يشكل');
  });

  it('lets an Egyptian sentence meet its English translation', async () => {
    const enc = createLexicalEncoder({ freedict: false });
    const [ar] = await enc.encode(['أنا عايز أشوف الفلوس دلوقتي'], 'ar');
    const [right, other] = await enc.encode(['I want to see the money now', 'The money was stolen yesterday'], 'en');
    expect(dot(ar, right)).toBeGreaterThan(dot(ar, other) + 0.2);
  });
});
