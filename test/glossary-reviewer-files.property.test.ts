import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseCsvRecords, readGlossaryCsv, restoreFormula, rowFromTerm, type GlossaryRow, type Status } from '../src/glossary/csv.ts';
import { statusOf } from '../src/glossary/merge.ts';
import { decodeBytes } from '../src/io/decode.ts';
import { writeGlossary } from '../src/pipeline.ts';

const tmp = mkdtempSync(join(tmpdir(), 'aligner-reviewer-'));

// The pairs a run may propose, each with the corrections a reviewer may make to it.
const PAIRS: readonly { en: string; ar: string; fixes: readonly [string, string][] }[] = [
  { en: 'Cho Tae-yong', ar: 'تشو تاي يونج', fixes: [['Cho Tae-yong', 'تشو تاي يونغ'], ['Cho Tae-Yong', 'تشو تاي-يونغ']] },
  { en: 'Kim Jong Un', ar: 'كيم جونغ أون', fixes: [['Kim Jong-un', 'كيم جونغ أون'], ['Kim Jong Un', 'كيم جونج أون']] },
  { en: 'Seoul', ar: 'سيول', fixes: [['Seoul', 'سول']] },
  { en: 'White House', ar: 'البيت الأبيض', fixes: [['the White House', 'البيت الأبيض']] },
  { en: 'cryptocurrency', ar: 'العملات المشفرة', fixes: [['cryptocurrencies', 'العملات الرقمية']] },
  { en: 'Takeo Akiba', ar: 'تاكيو أكيبا', fixes: [['Takeo Akiba', 'تاكيو آكيبا']] },
];
const proposal = (i: number, score: number): GlossaryRow =>
  rowFromTerm({ en: PAIRS[i].en, ar: PAIRS[i].ar, type: 'PERSON', score, count: 1, enContext: `[[${PAIRS[i].en}]] said`, arContext: `قال [[${PAIRS[i].ar}]]` });

// Statuses as reviewers type them; the Windows-1256 save keeps only those that code page can hold.
const SPELLINGS: Record<Exclude<Status, 'proposed'>, readonly string[]> = {
  approved: ['approved', 'Approved', 'yes', 'ok', 'OK', '✓', 'نعم'],
  rejected: ['rejected', 'no', 'No', '✗', 'x', 'X', 'لا'],
};
// Notes: several lines, formulas at their starts, separators of every dialect, quotes, both scripts.
// (Words end with a space, as typed: "الإملاءok" is no word of either language, and no decoder need read it.)
const notePiece = fc.constantFrom('ok ', 'راجع الإملاء ', '\n', '\r\n', "=cmd|' /C calc'!A0 ", '=1+1', '+966 ', '-', '@me ', ',', ';', '"', '\t', ' ', 'Yonhap ');
const note = fc.array(notePiece, { minLength: 1, maxLength: 6 }).map((xs) => xs.join(''));

/** How a spreadsheet saves the file: the ways Excel, LibreOffice and Numbers differ. */
const dialect = fc.record({
  delimiter: fc.constantFrom(',', ';', '\t'),
  encoding: fc.constantFrom('utf-8', 'utf-8-bom', 'windows-1256', 'utf-16le-bom'),
  allQuoted: fc.boolean(),
  lineEnd: fc.constantFrom('\r\n', '\n'),
  keepsGuard: fc.boolean(), // whether the apostrophe before a formula survives the save
  idColumn: fc.constantFrom('kept', 'deleted', 'mangled'),
});
type Dialect = typeof dialect extends fc.Arbitrary<infer T> ? T : never;

const edit = fc.record({
  row: fc.nat(),
  status: fc.option(fc.tuple(fc.constantFrom('approved', 'rejected') as fc.Arbitrary<'approved' | 'rejected'>, fc.nat()), { nil: undefined }),
  note: fc.option(note, { nil: undefined }),
  fix: fc.option(fc.nat(), { nil: undefined }),
});
const step = fc.oneof(
  fc.record({ kind: fc.constant('run' as const), pairs: fc.subarray([0, 1, 2, 3, 4, 5]), score: fc.constantFrom(0.4, 0.8) }),
  fc.record({ kind: fc.constant('review' as const), edits: fc.array(edit, { minLength: 1, maxLength: 3 }), save: dialect }),
);

/** What the reviewer decided about one proposal: what must be in the file after every later run. */
interface Decision {
  en: string;
  ar: string;
  status: Status;
  note: string;
}

/** The spreadsheet: reads the file as it shows it (values, not the guard), lets the reviewer edit, saves it its way. */
function review(path: string, edits: readonly (typeof edit extends fc.Arbitrary<infer T> ? T : never)[], save: Dialect, decisions: Map<number, Decision>): void {
  const text = decodeBytes(readFileSync(path), path, 'ar').text;
  const { records } = parseCsvRecords(text);
  const header = records[0];
  const rows = records.slice(1).map((r) => r.map(restoreFormula));
  const col = (c: string): number => header.indexOf(c);
  const win1256 = save.encoding === 'windows-1256';
  for (const e of edits) {
    if (rows.length === 0) return;
    const r = rows[e.row % rows.length];
    const origin = PAIRS.findIndex((p) => p.en === r[col('proposed_en')] && p.ar === r[col('proposed_ar')]);
    if (origin < 0) continue;
    if (e.status) {
      const words = SPELLINGS[e.status[0]].filter((w) => !win1256 || iconv.decode(iconv.encode(w, 'windows-1256'), 'windows-1256') === w);
      r[col('status')] = words[e.status[1] % words.length];
    }
    if (e.note !== undefined) r[col('note')] = e.note;
    if (e.fix !== undefined) {
      const [en, ar] = PAIRS[origin].fixes[e.fix % PAIRS[origin].fixes.length];
      r[col('en')] = en;
      r[col('ar')] = ar;
    }
    const status = readStatusOf(r[col('status')]);
    const corrected = r[col('en')] !== PAIRS[origin].en || r[col('ar')] !== PAIRS[origin].ar;
    if (status !== 'proposed' || corrected || r[col('note')].trim() !== '') decisions.set(origin, { en: r[col('en')], ar: r[col('ar')], status, note: r[col('note')] });
    else decisions.delete(origin);
  }
  // The save: columns dropped or ids turned into numbers, the guard kept or lost, any separator, quoting, encoding.
  let cols = header.map((_, i) => i);
  if (save.idColumn === 'deleted') cols = cols.filter((i) => i !== col('id'));
  const out = [header, ...rows].map((r, n) =>
    cols.map((i) => {
      if (n > 0 && i === col('id') && save.idColumn === 'mangled') return '1.79769313486232E+308';
      return save.keepsGuard ? neutraliseFormula(r[i]) : r[i];
    }),
  );
  const csv = stringify(out, { delimiter: save.delimiter, record_delimiter: save.lineEnd, quoted: save.allQuoted, quoted_match: /[\r\n"]/ });
  const fits = iconv.decode(iconv.encode(csv, 'windows-1256'), 'windows-1256') === csv;
  const bytes =
    save.encoding === 'utf-8' ? Buffer.from(csv) :
    save.encoding === 'utf-16le-bom' ? iconv.encode(csv, 'utf-16le', { addBOM: true }) :
    save.encoding === 'windows-1256' && fits ? iconv.encode(csv, 'windows-1256') :
    Buffer.from('\uFEFF' + csv);
  writeFileSync(path, bytes);
}

function readStatusOf(cell: string): Status {
  const s = statusOf({ status: cell } as GlossaryRow);
  return s === 'approved' || s === 'rejected' ? s : 'proposed';
}

/** Decisions not found in the file as the reviewer left them (status, spelling, note), or found twice. */
function lost(path: string, decisions: Map<number, Decision>): string[] {
  const rows = readGlossaryCsv(decodeBytes(readFileSync(path), path, 'ar').text).rows;
  const out: string[] = [];
  for (const [i, d] of decisions) {
    const mine = rows.filter((r) => r.en === d.en && r.ar === d.ar && statusOf(r) === (d.status === 'proposed' ? 'proposed' : d.status) && (r.extra.note ?? '') === d.note);
    if (mine.length !== 1) out.push(`${d.en} ↔ ${d.ar} (${d.status}, ${JSON.stringify(d.note)}): ${mine.length} rows`);
    // The original spelling of a corrected pair is never proposed again beside the correction.
    const { en, ar } = PAIRS[i];
    if ((en !== d.en || ar !== d.ar) && rows.some((r) => r.en === en && r.ar === ar)) out.push(`${en} ↔ ${ar} proposed again beside its correction`);
  }
  return out;
}

describe('reviewer files saved every way a spreadsheet saves them', () => {
  it('lose no decision across re-runs: semicolons, tabs, Windows-1256, UTF-16, all quoted, no BOM, id column deleted, ids turned into numbers, multi-line notes with formulas, statuses in other spellings', () => {
    let checked = 0;
    let corrected = 0;
    fc.assert(
      fc.property(fc.subarray([0, 1, 2, 3, 4, 5], { minLength: 1 }), fc.array(step, { minLength: 1, maxLength: 10 }), (first, steps) => {
        const path = join(tmp, `g${Math.random().toString(36).slice(2)}.csv`);
        const decisions = new Map<number, Decision>();
        const quiet = (): void => {};
        writeGlossary(path, first.map((i) => proposal(i, 0.5)), quiet);
        for (const s of steps) {
          if (s.kind === 'run') writeGlossary(path, s.pairs.map((i) => proposal(i, s.score)), quiet);
          else review(path, s.edits, s.save, decisions);
        }
        writeGlossary(path, [0, 1, 2, 3, 4, 5].map((i) => proposal(i, 0.6)), quiet); // a last run proposing everything
        expect(lost(path, decisions)).toEqual([]);
        checked += decisions.size;
        corrected += [...decisions].filter(([i, d]) => d.en !== PAIRS[i].en || d.ar !== PAIRS[i].ar).length;
      }),
      { numRuns: 200 },
    );
    // Not vacuous: many decisions, corrections among them, went through the saves and runs.
    expect(checked).toBeGreaterThan(200);
    expect(corrected).toBeGreaterThan(50);
  });
});
