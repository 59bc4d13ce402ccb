import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { normalizeArabic } from '../src/arabic/normalize.ts';
import { readGlossaryCsv, writeGlossaryCsv, type GlossaryRow } from '../src/glossary/csv.ts';
import { readGlossaryTable } from '../src/report/table.ts';
import { ROOT } from './helpers.ts';

/** The page's helpers (src/report/assets/lib.js), run as the browser runs them: a classic script. */
interface PageLib {
  normalizeArabic(s: string): string;
  findTerm(text: string, term: string, lang: 'ar' | 'en'): [number, number][];
  toCsv(columns: string[], rows: string[][]): string;
}
const lib = runInNewContext(`${readFileSync(`${ROOT}/src/report/assets/lib.js`, 'utf8')}\nReportLib`) as PageLib;

const found = (text: string, term: string, lang: 'ar' | 'en'): string[] => lib.findTerm(text, term, lang).map(([a, b]) => text.slice(a, b));

describe('the page finds a glossary term in a sentence', () => {
  it('English: whole words, any case, plural allowed', () => {
    const s = 'A White House statement cited the white house press office and White Houses; not Whitehouse.';
    expect(found(s, 'White House', 'en')).toEqual(['White House', 'white house', 'White Houses']);
    expect(found('Cyber missiles and a missile', 'missile', 'en')).toEqual(['missiles', 'missile']);
  });

  it('English acronyms only in capitals: "US" is not found in "let us know"', () => {
    expect(found('The US and Japan. Let us know.', 'US', 'en')).toEqual(['US']);
  });

  it('Arabic: through proclitics, keeping the article in the highlight', () => {
    const s = 'وقال مستشار الأمن القومي بالبيت الأبيض، جيك سوليفان، للصحفيين';
    expect(found(s, 'البيت الأبيض', 'ar')).toEqual(['البيت الأبيض']);
    expect(found('ونفت بيونغ يانغ ذلك، وقالت لبيونغ يانغ', 'بيونغ يانغ', 'ar')).toEqual(['بيونغ يانغ', 'بيونغ يانغ']);
    expect(found('مساعدة للأمن القومي', 'الأمن القومي', 'ar')).toEqual(['لأمن القومي']);
  });

  it('Arabic: diacritics, tatweel, alef and hamza forms do not hide a term', () => {
    const s = 'اتَّفَقَت الوِلاياتُ المُتَّحِدة وكوريــا الجنوبية';
    expect(found(s, 'الولايات المتحدة', 'ar')).toEqual(['الوِلاياتُ المُتَّحِدة']);
    expect(found(s, 'كوريا الجنوبيه', 'ar')).toEqual(['كوريــا الجنوبية']);
    expect(found('رئيس إسرائيل', 'اسرائيل', 'ar')).toEqual(['إسرائيل']);
  });

  it('Arabic: pronoun and plural suffixes, and ة written ت before them', () => {
    expect(found('أطلقوا مبادرتهم الجديدة', 'مبادرة', 'ar')).toEqual(['مبادر']);
    expect(found('غسل الأموال بالعملات المشفرة', 'عملة', 'ar')).toEqual(['عمل']);
    expect(found('سيولة السوق', 'سيول', 'ar')).toEqual(['سيول']); // a suffix-shaped ending: over-matching is the accepted cost
  });

  it('Arabic: a word that merely contains the term is not a hit', () => {
    expect(found('الحلفاء المتحالفون', 'حلف', 'ar')).toEqual([]);
    expect(found('كوريا', 'الكوريا', 'ar')).toEqual([]);
  });

  it('keeps the same folding as src/arabic/normalize.ts', () => {
    const arabic = fc.string({ unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآٱىةؤئگپڤ٠١٢٣٤٥٦٧٨٩۰۴٫ـًٌٍَُِّْٰ a1'.split('')) });
    fc.assert(fc.property(arabic, (s) => lib.normalizeArabic(s) === normalizeArabic(s)));
    const arrived = fc.string({ unit: fc.constantFrom(...'ابتكيهةیکگہۀھےۃېۍۆ ء'.split(''), '\u200C', '\u200D', '\u200B', '\u200F', '\u200E', '\u061C', '\uFEFF', '\u00AD', '\u0640', '\u064E', '\u0651') });
    fc.assert(fc.property(arrived, (s) => lib.normalizeArabic(s) === normalizeArabic(s)));
  });
});

describe('the page writes the glossary CSV as the tool does', () => {
  const columns = ['en', 'ar', 'type', 'score', 'count', 'status', 'en_context', 'ar_context', 'id', 'seen', 'proposed_en', 'proposed_ar', 'note'];
  const asRow = (cells: string[]): GlossaryRow => ({
    en: cells[0], ar: cells[1], type: cells[2], score: cells[3], count: cells[4], status: cells[5],
    en_context: cells[6], ar_context: cells[7], id: cells[8], seen: cells[9], proposed_en: cells[10], proposed_ar: cells[11], extra: { note: cells[12] },
  });

  it('byte for byte: BOM, CRLF, quoting, formula guard', () => {
    const rows = [
      ['Jake Sullivan', 'جيك سوليفان', 'PERSON', '0.765', '1', 'approved', '[[Jake Sullivan]] of the US, said', 'قال "[[جيك سوليفان]]"', 'g3f1a2b4c5d6e', 'yes', 'Jake Sullivan', 'جيك سوليفان', ''],
      ['=HYPERLINK("x")', '+1', 'TERM', '0.5', '2', 'rejected', ' leading space', "'=already", 'g0a0b0c0d0e0f', 'no', '', '', 'note\n=cmd|\' /C calc\'!A0'],
    ];
    const page = lib.toCsv(columns, rows);
    expect(page).toBe(writeGlossaryCsv(rows.map(asRow)));
    expect(page.startsWith('\uFEFFen,ar,type,')).toBe(true);
    expect(readGlossaryCsv(page).rows.map((r) => [r.en, r.ar, r.status, r.extra.note])).toEqual([
      ['Jake Sullivan', 'جيك سوليفان', 'approved', ''],
      ['=HYPERLINK("x")', '+1', 'rejected', 'note\n=cmd|\' /C calc\'!A0'],
    ]);
  });

  it('equals the tool\'s writer on any cells, line breaks and formulas after them included', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ب', ',', '"', ' ', '=', '+', '-', '@', "'", '\t', ';', '\n', '\r', '\r\n') });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 13, maxLength: 13 }), { maxLength: 4 }), (rows) => {
        const page = lib.toCsv(columns, rows);
        expect(page).toBe(writeGlossaryCsv(rows.map(asRow)));
        // No line of any cell, as a spreadsheet (or a program splitting rows at line breaks) reads it, is a formula.
        for (const c of (parse(page.slice(1)) as string[][]).flat()) for (const line of c.split(/\r\n|\n|\r/)) expect(line).not.toMatch(/^[=+\-@\t]/);
      }),
      { numRuns: 300 },
    );
  });

  it('quotes a cell with a bare line break (RFC 4180), so it reads back as one cell', () => {
    const csv = lib.toCsv(['en', 'ar', 'status'], [['two\nlines', 'سطر\rآخر', 'proposed']]);
    expect(parse(csv.slice(1))).toEqual([['en', 'ar', 'status'], ['two\nlines', 'سطر\rآخر', 'proposed']]);
  });

  it('reading a CSV and downloading it again gives the same bytes (a formula-like column name and a multi-line note too)', () => {
    const csv = writeGlossaryCsv([asRow(['Seoul', 'سيول', 'PLACE', '0.9', '1', 'approved', '', '', 'g0123456789ab', 'yes', 'Seoul', 'سيول', 'ok\n=1+1'])], ['note', '=risky']);
    const table = readGlossaryTable(csv, 'g.csv');
    expect(lib.toCsv(table.columns, table.rows)).toBe(csv);
  });

  it('keeps unknown columns in their order', () => {
    expect(lib.toCsv(['id', 'en', 'ar', 'status'], [['7', 'Seoul', 'سيول', 'approved']])).toBe('\uFEFFid,en,ar,status\r\n7,Seoul,سيول,approved\r\n');
  });
});
