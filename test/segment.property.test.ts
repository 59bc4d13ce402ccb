import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import type { Lang } from '../src/types.ts';

/** What segmentation may drop: whitespace, and the invisible marks (BOM, zero-width space, bidi controls). */
const SPACE = /[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069]/gu;
const EDGE_SPACE = /^[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069]|[\s\u200B-\u200F\u2060\u202A-\u202E\u2066-\u2069]$/u;

/** Pieces that exercise every rule, from both languages, glued in any order. */
const pieces = [
  'The', 'talks', 'ended', 'Mr.', 'Dr.', 'U.S.', 'a.m.', 'Inc.', 'et al.', 'Nov.', '21', 'A.', 'J. R. R.', 'v1.2', '2.5',
  'https://who.int/a?b=1.', 'press@who.int', 'etc.', 'e.g.', '...', '…', '?!', '?', '!', '.', '. .', ',', '"', "'",
  '“', '”', '‘', '’', '«', '»', '(', ')', '[1]', 'قال', 'الاجتماع', 'مهم', 'د.', 'أ.د.', 'م.', 'ص.ب.', 'ق.م.', 'هـ.',
  '٢٫٥', '۳٫۷', '٢٠٢٣', '،', '؛', '؟', '۔', 'ـــ', 'مُهِمٌّ', '570', 'وتوفي', 'إلى',
  ' ', ' ', ' ', '  ', '\n', '\r\n', '\n\n', '\r', '\t', '\u00A0', '\uFEFF', '\u200B', '\u200F',
];
const text = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join('')),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...'ab .?!؟۔…"”»)(«\n\r د.م2٫'), maxLength: 200 }),
);
const lang = fc.constantFrom<Lang>('ar', 'en');

describe('segment (properties)', () => {
  it('never loses or duplicates non-space text, and its offsets increase and slice back to each sentence', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        const s = segment(t, l);
        expect(s.map((x) => x.text).join('').replace(SPACE, '')).toBe(t.replace(SPACE, ''));
        let last = 0;
        s.forEach((x, i) => {
          expect(x.index).toBe(i);
          expect(x.start).toBeGreaterThanOrEqual(last);
          expect(x.end).toBeGreaterThan(x.start);
          expect(t.slice(x.start, x.end)).toBe(x.text);
          expect(EDGE_SPACE.test(x.text)).toBe(false);
          last = x.end;
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('gives byte-identical output for the same input', () => {
    fc.assert(
      fc.property(text, lang, (t, l) => {
        expect(JSON.stringify(segment(t, l))).toBe(JSON.stringify(segment(t, l)));
      }),
      { numRuns: 300 },
    );
  });
});
