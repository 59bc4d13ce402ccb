import { describe, expect, it } from 'vitest';
import { stemCandidates, stripProclitics } from '../src/arabic/clitics.ts';
import { arabicShare, asciiDigits, normalizeArabic } from '../src/arabic/normalize.ts';

describe('normalizeArabic', () => {
  it('folds alef forms, ى, ة, diacritics and tatweel', () => {
    expect(normalizeArabic('أَكَّدَ')).toBe('اكد');
    expect(normalizeArabic('إزاء')).toBe('ازاء');
    expect(normalizeArabic('الكوريـــة')).toBe('الكوريه');
    expect(normalizeArabic('مستوى')).toBe('مستوي');
    expect(normalizeArabic('نوويًا')).toBe('نوويا');
  });

  it('turns Arabic-Indic digits and the decimal separator into ASCII', () => {
    expect(asciiDigits('٢٫٥ و٢٠٢٣')).toBe('2.5 و2023');
  });
});

describe('clitics', () => {
  it('finds the stem under conjunction, preposition and article', () => {
    expect(stemCandidates('والولايات')).toContain('الولايات');
    expect(stemCandidates('بالعملات')).toContain('عمله');
    expect(stemCandidates('وحلفاؤها')).toContain('حلفاو');
  });

  it('strips proclitics for display but keeps the article', () => {
    expect(stripProclitics('وكوريا')).toBe('كوريا');
    expect(stripProclitics('لبيونغ')).toBe('بيونغ');
    expect(stripProclitics('بالبيت')).toBe('البيت');
    expect(stripProclitics('للأمن')).toBe('الأمن');
  });
});

describe('arabicShare', () => {
  it('tells Arabic text from English', () => {
    expect(arabicShare('وقال سوليفان إن الاجتماع')).toBe(1);
    expect(arabicShare('Jake Sullivan said')).toBe(0);
    expect(arabicShare('123 ...')).toBe(0);
  });
});
