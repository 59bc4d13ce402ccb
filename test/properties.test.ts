import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { readGlossaryCsv, rowId, writeGlossaryCsv, FIXED_COLUMNS, TOOL_COLUMNS, type GlossaryRow } from '../src/glossary/csv.ts';
import { isReviewed } from '../src/glossary/merge.ts';
import { readTextFile } from '../src/io/read.ts';
import { alignTexts, writeGlossary } from '../src/pipeline.ts';
import type { Sentence } from '../src/types.ts';

const tmp = mkdtempSync(join(tmpdir(), 'aligner-props-'));

// Pieces real texts are made of: words of both languages, numbers, punctuation of both, odd spacing.
const AR_WORDS = ['قال', 'سيول', 'الرئيس', 'المحادثات', 'كوريا', 'الشمالية', 'جيك', 'سوليفان', 'د.', 'أ.د.', 'مُحَمَّد', 'ـــ', '٢٠٢٤'];
const EN_WORDS = ['Seoul', 'talks', 'said', 'Mr.', 'Dr.', 'U.S.', 'A.', 'Jake', 'Sullivan', 'e.g.', '3.5', '2024', 'Korea’s', '“quoted”'];
const PUNCT = ['.', '؟', '?', '!', '،', ',', '…', ':', ';', '"', '(', ')', '—', '. .', '«', '»'];
const SPACE = [' ', ' ', ' ', '  ', '\t', '\n', '\r\n', '\r', '\n\n', '\u00A0'];
/** A text mostly in one language, with some words of the other, numbers, punctuation and any spacing. */
// It opens with three words of its own language, so the language check lets most texts through.
const textOf = (own: readonly string[], other: readonly string[]): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...own), { minLength: 3, maxLength: 3 }),
      fc.array(
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...own) },
          { weight: 1, arbitrary: fc.constantFrom(...other) },
          { weight: 3, arbitrary: fc.constantFrom(...PUNCT) },
          { weight: 5, arbitrary: fc.constantFrom(...SPACE) },
        ),
        { minLength: 1, maxLength: 60 },
      ),
    )
    .map(([head, xs]) => `${head.join(' ')} ${xs.join('')}`);

/** The sentences cover the text: in order, not overlapping, each exactly its slice, every visible character once. */
function expectCover(text: string, sentences: readonly Sentence[]): void {
  let at = 0;
  for (const [i, s] of sentences.entries()) {
    expect(s.index).toBe(i);
    expect(s.start).toBeGreaterThanOrEqual(at);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(text.slice(at, s.start).trim()).toBe(''); // nothing but space is skipped between sentences
    at = s.end;
  }
  expect(text.slice(at).trim()).toBe('');
}

describe('properties', () => {
  it('the pipeline never loses or duplicates text: sentence offsets of both sides cover what was read, in order', async () => {
    const encoder = createLexicalEncoder();
    let n = 0;
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(textOf(AR_WORDS, EN_WORDS), textOf(EN_WORDS, AR_WORDS), fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le', 'windows-1256'), async (ar, en, enc) => {
        // Through the file reader too: decoding and line-end unification must not move text either.
        const arPath = join(tmp, `p${n}.ar.txt`);
        const enPath = join(tmp, `p${n++}.en.txt`);
        const arBytes = enc === 'utf-8' ? Buffer.from(ar) : enc === 'utf-8-bom' ? Buffer.from('\uFEFF' + ar) : iconv.encode(ar, enc, { addBOM: enc === 'utf-16le' });
        writeFileSync(arPath, arBytes);
        writeFileSync(enPath, en);
        let arText: string;
        let enText: string;
        try {
          arText = readTextFile(arPath, 'ar').text;
          enText = readTextFile(enPath, 'en').text;
        } catch {
          return; // a text the language check refuses (e.g. only punctuation) is the table test's business
        }
        checked++;
        expect(arText.replace(/\s/g, '')).toBe(iconv.decode(iconv.encode(ar, enc === 'windows-1256' ? enc : 'utf-8'), enc === 'windows-1256' ? enc : 'utf-8').replace(/\s/g, ''));
        expect(enText.replace(/\s/g, '')).toBe(en.replace(/\s/g, ''));
        const pair = await alignTexts(arText, enText, { encoder });
        expectCover(arText, pair.ar);
        expectCover(enText, pair.en);
        // A translation's links: every sentence linked exactly once (or left unaligned once) on each side. Two
        // reports (comparable, which auto may pick for such text): a sentence may share content with several, so
        // each is in at least one link or unaligned entry, and no link is listed twice.
        const arLinked = pair.alignment.links.flatMap((l) => l.ar).sort((a, b) => a - b);
        const enLinked = pair.alignment.links.flatMap((l) => l.en).sort((a, b) => a - b);
        const once = (xs: number[]): number[] => (pair.alignment.mode === 'parallel' ? xs : [...new Set(xs)]);
        expect(once(arLinked)).toEqual(pair.ar.map((s) => s.index));
        expect(once(enLinked)).toEqual(pair.en.map((s) => s.index));
        const keys = pair.alignment.links.map((l) => `${l.ar.join(',')}|${l.en.join(',')}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 60 },
    );
    expect(checked).toBeGreaterThan(50); // nearly all generated pairs went all the way through
  });

  // Cells a reviewer might type: both scripts, CSV syntax, spreadsheet formula starts, apostrophes, edge spaces.
  const cellPiece = fc.constantFrom('سيول', 'جيك سوليفان', 'Seoul', 'U.S.', '"', '""', ',', '\n', '\r\n', '\r', "'", '=', '+', '-', '@', '\t', ' ', '=SUM(A1:A2)', '=HYPERLINK("x")', '-1', '+٩٦٦', '@mention', 'ـ', '\uFEFF');
  const cell = fc.array(cellPiece, { maxLength: 6 }).map((xs) => xs.join(''));
  const row = (extra: readonly string[]): fc.Arbitrary<GlossaryRow> =>
    fc.record({
      en: cell,
      ar: cell,
      type: fc.constantFrom('PERSON', 'PLACE', 'ORG', 'TERM'),
      score: fc.constantFrom('0.123', '1.000', ''),
      count: fc.constantFrom('1', '12'),
      status: fc.constantFrom('proposed', 'approved', 'rejected'),
      en_context: cell,
      ar_context: cell,
      id: fc.constantFrom('0a1b2c3d4e5f', '9f8e7d6c5b4a'),
      seen: fc.constantFrom('yes', 'no', ''),
      extra: fc.tuple(...extra.map(() => cell)).map((vals) => Object.fromEntries(extra.map((c, i) => [c, vals[i]]))),
    });
  const extraColumns = fc.uniqueArray(fc.constantFrom('note', 'reviewer', 'ملاحظة', 'source, page', 'checked "by"', '=risky'), { minLength: 0, maxLength: 3 });

  it('CSV write → read gives back every cell: Arabic, quotes, commas, line breaks, formulas, reviewer columns', () => {
    fc.assert(
      fc.property(extraColumns.chain((extra) => fc.tuple(fc.constant(extra), fc.array(row(extra), { maxLength: 8 }))), ([extra, rows]) => {
        const csv = writeGlossaryCsv(rows, extra);
        // No cell, as a spreadsheet reads it, that it would run as a formula.
        const cells: string[][] = parse(csv.replace(/^\uFEFF/, ''));
        for (const c of cells.flat()) {
          expect(c).not.toMatch(/^[=+\-@\t\r]/);
          for (const line of c.split(/\r\n|\n|\r/)) expect(line).not.toMatch(/^[=+\-@\t]/); // nor any line inside it
        }
        const back = readGlossaryCsv(csv);
        expect(back.extraColumns).toEqual(extra);
        expect(back.rows).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });

  it('reviewer edits and re-runs in any order lose no decision', () => {
    const en = ['Seoul', 'Tokyo', 'Jake Sullivan', 'North Korea', 'cyber'];
    const ar = ['سيول', 'طوكيو', 'جيك سوليفان', 'كوريا الشمالية', 'السيبرانية'];
    const proposal = (i: number, score: string): GlossaryRow => ({ en: en[i], ar: ar[i], type: 'TERM', score, count: '1', status: 'proposed', en_context: `${en[i]} …`, ar_context: `${ar[i]} …`, id: rowId(en[i], ar[i]), seen: 'yes', extra: { note: '' } });
    const step = fc.oneof(
      // A re-run proposes some of the pairs, with fresh scores.
      fc.record({ kind: fc.constant('run' as const), pairs: fc.subarray([0, 1, 2, 3, 4]), score: fc.constantFrom('0.300', '0.700') }),
      // A reviewer changes one row's status, note, or both.
      fc.record({ kind: fc.constant('edit' as const), row: fc.nat(), status: fc.constantFrom('approved', 'rejected', undefined), note: fc.constantFrom('ok', 'check spelling, "Seoul"', '=1+1', undefined) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 12 }), (steps) => {
        const path = join(tmp, `g${Math.random().toString(36).slice(2)}.csv`);
        /** The reviewer's latest decision per pair (by English term): what must survive. */
        const decisions = new Map<string, GlossaryRow>();
        for (const s of steps) {
          if (s.kind === 'run') {
            writeGlossary(path, s.pairs.map((i) => proposal(i, s.score)));
          } else {
            let text: string;
            try {
              text = readFileSync(path, 'utf8');
            } catch {
              continue; // nothing written yet
            }
            const { rows, extraColumns } = readGlossaryCsv(text);
            if (rows.length === 0) continue;
            const r = rows[s.row % rows.length];
            if (s.status) r.status = s.status;
            if (s.note !== undefined) r.extra.note = s.note;
            if (isReviewed(r)) decisions.set(r.en, { ...r, extra: { ...r.extra } });
            writeFileSync(path, writeGlossaryCsv(rows, extraColumns));
          }
        }
        if (decisions.size === 0) return;
        // `seen` is the tool's own column (was the pair found by the last run?): every other cell must survive.
        const final = readGlossaryCsv(readFileSync(path, 'utf8')).rows.map((r) => ({ ...r, seen: '' }));
        for (const d of decisions.values()) {
          expect(final).toContainEqual({ ...d, seen: '' });
          expect(final.filter((r) => r.en === d.en)).toHaveLength(1); // a decided pair is never proposed again beside it
        }
      }),
      { numRuns: 150 },
    );
  });

  it('fixed columns come first in the order the docs give', () => {
    expect(writeGlossaryCsv([]).replace('\uFEFF', '').split('\r\n')[0]).toBe([...FIXED_COLUMNS, ...TOOL_COLUMNS, 'note'].join(','));
  });
});
