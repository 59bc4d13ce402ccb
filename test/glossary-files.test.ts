import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legacyRowId, readGlossaryCsv, rowFromTerm, rowId, writeGlossaryCsv, type GlossaryRow } from '../src/glossary/csv.ts';
import { mergeGlossary, settledRows, statusOf } from '../src/glossary/merge.ts';
import { tbxRows } from '../src/glossary/tbx.ts';
import { stampOf, writeFileAtomic } from '../src/io/write.ts';
import { approvedPairs, writeGlossary } from '../src/pipeline.ts';
import { cli, CORPUS_AR, CORPUS_EN } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'aligner-files-'));
const HEADER = 'en,ar,type,score,count,status,en_context,ar_context,id,seen,proposed_en,proposed_ar,note';
const proposal = (en: string, ar: string): GlossaryRow => rowFromTerm({ en, ar, type: 'PERSON', score: 0.8, count: 2, enContext: `[[${en}]] said`, arContext: `قال [[${ar}]]` });
const texts = (notes: { level: string; text: string }[]): string[] => notes.map((n) => `${n.level}: ${n.text}`);

describe('writing the CSV: RFC 4180 for every cell, the formula guard on every line', () => {
  const row = { ...proposal('Jake Sullivan', 'جيك سوليفان'), extra: { note: "ok\n=cmd|' /C calc'!A0" } };

  it('quotes a note with a bare line break, so spreadsheets and Python keep it one cell, and guards its second line', () => {
    const csv = writeGlossaryCsv([row]);
    expect(csv).toContain(`"ok\n'=cmd|' /C calc'!A0"\r\n`);
    const records = parse(csv.slice(1)) as string[][];
    expect(records).toHaveLength(2);
    expect(records[1][12]).toBe("ok\n'=cmd|' /C calc'!A0");
    // A reader that splits rows at every line break (the failure seen) still meets no formula.
    for (const line of csv.split(/\r\n|\n|\r/)) expect(line).not.toMatch(/^[=+\-@]/);
    expect(readGlossaryCsv(csv).rows[0].extra.note).toBe("ok\n=cmd|' /C calc'!A0");
  });

  it('quotes cells holding a CR alone, a semicolon or a TAB (the separators of other dialects)', () => {
    const csv = writeGlossaryCsv([{ ...row, extra: { note: 'a\rb' }, en_context: 'x; y', ar_context: 'س\tص' }]);
    expect(csv).toContain('"a\rb"');
    expect(csv).toContain('"x; y"');
    expect(csv).toContain('"س\tص"');
  });
});

describe('ids no spreadsheet reads as a number', () => {
  it('are "g" and 12 hex digits, and old ids (12 hex digits) are still recognised', () => {
    const id = rowId('Cho Tae-yong', 'تشو تاي يونج');
    expect(id).toMatch(/^g[0-9a-f]{12}$/);
    expect(Number(id)).toBeNaN();
    // A file of the earlier version: a corrected row with its old id; the original spelling is not proposed again.
    const old = `en,ar,status,id,seen,note\r\nCho Tae-yong,تشو تاي يونغ,proposed,${legacyRowId('Cho Tae-yong', 'تشو تاي يونج')},yes,\r\n`;
    const merged = mergeGlossary(readGlossaryCsv(old).rows, [proposal('Cho Tae-yong', 'تشو تاي يونج')]);
    expect(merged.map((r) => [r.ar, r.id, r.proposed_ar])).toEqual([['تشو تاي يونغ', id, 'تشو تاي يونج']]);
  });

  it('an id a spreadsheet turned into a number: the row is matched by the pair it was proposed as, with a warning', () => {
    const csv = `${HEADER}\r\nCho Tae-yong,تشو تاي يونغ,PERSON,0.8,2,proposed,,,1.79769313486232E+308,yes,Cho Tae-yong,تشو تاي يونج,\r\n`;
    const { rows, notices } = readGlossaryCsv(csv);
    expect(rows[0].id).toBe(rowId('Cho Tae-yong', 'تشو تاي يونج'));
    expect(texts(notices)).toEqual(['warning: rows 2: id not one this tool wrote (a spreadsheet read it as a number?): matched by proposed_en/proposed_ar']);
    const merged = mergeGlossary(rows, [proposal('Cho Tae-yong', 'تشو تاي يونج')]);
    expect(merged.map((r) => r.ar)).toEqual(['تشو تاي يونغ']); // the correction stays; the original is not back
  });

  it('the id column deleted: corrected rows still known by proposed_en/proposed_ar; without those too, a warning', () => {
    const noId = 'en,ar,type,score,count,status,en_context,ar_context,seen,proposed_en,proposed_ar,note\r\nCho Tae-yong,تشو تاي يونغ,PERSON,0.8,2,proposed,,,yes,Cho Tae-yong,تشو تاي يونج,\r\n';
    const a = readGlossaryCsv(noId);
    expect(mergeGlossary(a.rows, [proposal('Cho Tae-yong', 'تشو تاي يونج')]).map((r) => r.ar)).toEqual(['تشو تاي يونغ']);
    expect(texts(a.notices)).toEqual(['warning: no id column: rows matched by proposed_en/proposed_ar']);
    const bare = readGlossaryCsv('en,ar,status\r\nSeoul,سيول,approved\r\n');
    expect(texts(bare.notices)).toEqual(['warning: no id column: rows matched by en/ar only (a corrected spelling cannot be told from a new pair)']);
  });

  it('rows without an id that match one proposal together are reported as ambiguous', () => {
    const { notices } = readGlossaryCsv(`${HEADER}\r\nSeoul,سيول,PLACE,,,approved,,,,,,,capital\r\nSeoul,سيول,PLACE,,,approved,,,,,,,"city, not capital"\r\n`);
    expect(texts(notices)).toEqual(['warning: rows 2, 3 match one proposal (Seoul ↔ سيول) and have no id to tell them apart: all kept']);
  });
});

describe('reading the dialects of CSV', () => {
  it.each([
    ['semicolons (Excel and LibreOffice in many locales)', ';', 'semicolon'],
    ['tabs (Excel’s "Unicode text")', '\t', 'tab'],
  ])('reads %s, and says so', (_what, sep, name) => {
    const text = `en${sep}ar${sep}status${sep}note\r\nSeoul${sep}سيول${sep}approved${sep}"capital, ROK"\r\n`;
    const g = readGlossaryCsv(text);
    expect(g.rows.map((r) => [r.en, r.ar, r.status, r.extra.note])).toEqual([['Seoul', 'سيول', 'approved', 'capital, ROK']]);
    expect(g.delimiter).toBe(sep);
    expect(texts(g.notices)).toContain(`note: read as ${name}-separated; written back the same way`);
  });

  it('honours an Excel "sep=;" line', () => {
    expect(readGlossaryCsv('sep=;\r\nen;ar;status\r\nSeoul;سيول;yes\r\n').rows.map((r) => statusOf(r))).toEqual(['approved']);
  });

  it('a broken semicolon file: the row and the reason in plain words, not parser jargon', () => {
    expect(() => readGlossaryCsv('en;ar;status;note\r\nSeoul;سيول;approved;a;b\r\n')).toThrow(
      'malformed CSV at row 2 (the header is row 1): 5 cells where the header has 4 (cells separated by semicolons; a cell with a semicolon or a line break that lost its quotes?)',
    );
  });

  it('writes a semicolon file back with semicolons, merged', () => {
    const path = join(dir, 'semi.csv');
    writeFileSync(path, 'en;ar;status;note\r\nSeoul;سيول;نعم;العاصمة\r\n');
    const said: string[] = [];
    writeGlossary(path, [proposal('Seoul', 'سيول'), proposal('Tokyo', 'طوكيو')], (l) => said.push(l));
    const out = readFileSync(path, 'utf8');
    expect(out.split('\r\n')[0]).toBe('\uFEFF' + HEADER.replaceAll(',', ';'));
    expect(out).toContain('Seoul;سيول;;;;نعم;'); // the reviewer's row, cell for cell
    expect(out).toContain('Tokyo;طوكيو;PERSON;0.800;2;proposed;');
    expect(said).toEqual([`note: ${path}: read as semicolon-separated; written back the same way`, `note: ${path}: statuses read: "نعم" as approved (1 row)`, `warning: ${path}: no id column: rows matched by en/ar only (a corrected spelling cannot be told from a new pair)`]);
  });
});

describe('statuses in both languages', () => {
  const file = ['en,ar,status', 'A,أ,yes', 'B,ب,OK', 'C,ت,✓', 'D,ث,نعم', 'E,ج,no', 'F,ح,✗', 'G,خ,X', 'H,د,لا', 'I,ذ,Approved ', 'J,ر,maybe', 'K,ز,'].join('\r\n') + '\r\n';

  it('reads yes/ok/✓/نعم as approved and no/✗/x/لا as rejected, with a note of what was read; unknown ones warned by row', () => {
    const { rows, notices } = readGlossaryCsv(file);
    expect(rows.map(statusOf)).toEqual(['approved', 'approved', 'approved', 'approved', 'rejected', 'rejected', 'rejected', 'rejected', 'approved', 'maybe', 'proposed']);
    expect(texts(notices)).toEqual([
      'note: statuses read: "yes" as approved (1 row), "OK" as approved (1 row), "✓" as approved (1 row), "نعم" as approved (1 row), "no" as rejected (1 row), "✗" as rejected (1 row), "X" as rejected (1 row), "لا" as rejected (1 row)',
      'warning: row 11: status "maybe" is not approved, rejected or proposed (nor yes/no, ✓/✗, نعم/لا): row kept as it is, treated as undecided',
      'warning: no id column: rows matched by en/ar only (a corrected spelling cannot be told from a new pair)',
    ]);
  });

  it('acts on them: a "no" row is not in the TBX of --all, a "✓" row feeds the encoder', () => {
    const { rows } = readGlossaryCsv(file);
    expect(tbxRows(rows, true).map((r) => r.en)).toEqual(['A', 'B', 'C', 'D', 'I', 'J', 'K']);
    expect(tbxRows(rows).map((r) => r.en)).toEqual(['A', 'B', 'C', 'D', 'I']);
    const path = join(dir, 'statuses.csv');
    writeFileSync(path, file);
    expect(approvedPairs(path).map(([, en]) => en)).toEqual(['A', 'B', 'C', 'D', 'I']);
  });

  it('two rows of one pair decided both ways are reported, kept, and used by neither the encoder nor the TBX', () => {
    const text = 'en,ar,status,note\r\nSeoul,سيول,approved,\r\nTokyo,طوكيو,approved,\r\nseoul,سيـول,✗,wrong city\r\n';
    const { rows, notices } = readGlossaryCsv(text);
    expect(texts(notices)).toContain('warning: rows 2, 4 are one pair (Seoul ↔ سيول) but are both approved and rejected: all kept, none used until you settle it');
    expect(settledRows(rows).map((r) => r.en)).toEqual(['Tokyo']);
    expect(mergeGlossary(rows, [proposal('Seoul', 'سيول')]).map((r) => r.en)).toEqual(['Seoul', 'Tokyo', 'seoul']);
  });
});

describe('leftovers and saves in between', () => {
  const deadPid = (): number => {
    const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    return Number(r.stdout);
  };

  it('a temporary file a killed run left is removed by the next write; one of a running process is not', () => {
    const sub = join(dir, 'stale');
    mkdirSync(sub);
    const path = join(sub, 'x.csv');
    writeFileSync(`${path}.${deadPid()}.tmp`, 'half a fi');
    writeFileSync(`${path}.${process.ppid}.tmp`, 'being written');
    writeFileSync(join(sub, 'other.csv.1.tmp'), 'not ours');
    writeFileAtomic(path, 'en,ar,status\r\n');
    expect(readdirSync(sub).sort()).toEqual(['other.csv.1.tmp', 'x.csv', `x.csv.${process.ppid}.tmp`].sort());
  });

  it('an old temporary file is removed even if its process number is in use again', () => {
    const path = join(dir, 'old.csv');
    const tmp = `${path}.${process.ppid}.tmp`;
    writeFileSync(tmp, 'half');
    utimesSync(tmp, new Date(Date.now() - 2 * 86_400_000), new Date(Date.now() - 2 * 86_400_000));
    writeFileAtomic(path, 'x');
    expect(readdirSync(dir).filter((f) => f.startsWith('old.csv'))).toEqual(['old.csv']);
  });

  it('does not rename over a file saved since it was read (size or time changed), and leaves no temporary file', () => {
    const path = join(dir, 'saved.csv');
    writeFileSync(path, 'en,ar,status\r\n');
    const stamp = stampOf(path);
    writeFileSync(path, 'en,ar,status\r\nSeoul,سيول,approved\r\n'); // the reviewer's save
    expect(writeFileAtomic(path, 'tool output', stamp)).toBe(false);
    expect(readFileSync(path, 'utf8')).toContain('Seoul');
    expect(readdirSync(dir).filter((f) => f.startsWith('saved.csv'))).toEqual(['saved.csv']);
    expect(writeFileAtomic(path, 'tool output', stampOf(path))).toBe(true);
  });
});

describe('output mistakes: one line, exit 6', () => {
  it.each([
    ['glossary --out <folder>', ['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', '{dir}'], /^error: .*: is a folder: give a file name inside it \(e\.g\. .*out\.csv\)$/],
    ['glossary --out <folder>/', ['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', '{dir}/'], /^error: .*\/: ends with a slash, so names a folder: give a file name \(e\.g\. .*\/out\.csv\)$/],
    ['align --out <folder>', ['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', '{dir}'], /^error: .*: is a folder: give a file name inside it/],
    ['glossary --out <file>/x.csv', ['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', `${CORPUS_AR}/sub/x.csv`], /^error: .*x\.csv: .*seoul-talks\.ar\.txt is a file, not a folder$/],
  ])('%s', (_what, args, message) => {
    const out = mkdtempSync(join(tmpdir(), 'aligner-outdir-'));
    const r = cli(args.map((a) => a.replace('{dir}', out)));
    expect(r.status).toBe(6);
    expect(r.stderr.trimEnd().split('\n').filter((l) => !l.startsWith('mode:'))).toEqual([expect.stringMatching(message)]);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('a reviewer’s semicolon file through the CLI', () => {
  it('is merged and written back with semicolons; each note once; a "no" row stays out of the TBX of --all', () => {
    const out = mkdtempSync(join(tmpdir(), 'aligner-semi-'));
    const csv = join(out, 'g.csv');
    writeFileSync(csv, '\uFEFFen;ar;status;note\r\nJake Sullivan;جيك سوليفان;نعم;"مستشار الأمن القومي; البيت الأبيض"\r\nSeoul;سيول;no;\r\n');
    const r = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', join(out, 'g.tbx'), '--format', 'tbx', '--all']);
    expect(r.status).toBe(0);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.filter((l) => l.includes('read as semicolon-separated'))).toEqual([`note: ${csv}: read as semicolon-separated; written back the same way`]);
    expect(lines.filter((l) => l.includes('statuses read'))).toEqual([`note: ${csv}: statuses read: "نعم" as approved (1 row), "no" as rejected (1 row)`]);
    const text = readFileSync(csv, 'utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFF' + HEADER.replaceAll(',', ';'));
    expect(text).toMatch(/\r\nJake Sullivan;جيك سوليفان;;;;نعم;;;g[0-9a-f]{12};yes;Jake Sullivan;جيك سوليفان;"مستشار الأمن القومي; البيت الأبيض"\r\n/);
    const tbx = readFileSync(join(out, 'g.tbx'), 'utf8');
    expect(tbx).toContain('<term>Jake Sullivan</term>');
    expect(tbx).not.toContain('<term>Seoul</term>');
  });
});
