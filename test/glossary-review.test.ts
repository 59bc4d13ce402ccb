import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { readGlossaryCsv, rowId, writeGlossaryCsv, type GlossaryRow } from '../src/glossary/csv.ts';
import { approvedPairs } from '../src/pipeline.ts';
import { cli, ROOT } from './helpers.ts';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'glossary-review-'));
  cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
  return dir;
}

const GLOSSARY = ['glossary', '--ar', 'corpus/seoul-talks.ar.txt', '--en', 'corpus/seoul-talks.en.txt'];

function read(path: string): GlossaryRow[] {
  return readGlossaryCsv(readFileSync(path, 'utf8')).rows;
}

function find(rows: GlossaryRow[], en: string): GlossaryRow {
  const r = rows.find((x) => x.en === en);
  if (!r) throw new Error(`no row for ${en}`);
  return r;
}

describe('a reviewer’s work survives re-runs', () => {
  it('keeps approvals, rejections, corrected spellings, notes and added columns through `glossary` and `run`', () => {
    const dir = workspace();
    const csv = join(dir, 'glossary/seoul-talks.csv');
    expect(cli([...GLOSSARY, '--out', csv], dir).status).toBe(0);
    const first = read(csv);
    expect(first.every((r) => r.status === 'proposed' && r.seen === 'yes' && /^g[0-9a-f]{12}$/.test(r.id))).toBe(true);

    // The reviewer, in a spreadsheet: approves one row, rejects one, corrects a spelling, adds notes and a column,
    // types in a pair of their own, and saves without a BOM, with LF line ends and a capitalised status.
    // The row to reject: the last one (lowest-scored term), whatever it is this time.
    const rejectEn = first[first.length - 1].en;
    expect(['Jake Sullivan', 'Cho Tae-yong', 'Kim Jong Un']).not.toContain(rejectEn);
    const order = ['en', 'ar', 'type', 'score', 'count', 'status', 'en_context', 'ar_context', 'id', 'seen', 'note', 'reviewer'];
    const edited = first.map((r) => {
      const { extra, ...cells } = r;
      const out: Record<string, string> = { ...cells, note: extra.note ?? '', reviewer: '' };
      if (r.en === 'Jake Sullivan') Object.assign(out, { status: 'Approved', reviewer: 'MK' });
      if (r.en === rejectEn) Object.assign(out, { status: 'rejected', note: 'too general' });
      if (r.en === 'Cho Tae-yong') Object.assign(out, { ar: 'تشو تاي يونغ', note: 'spelling of Yonhap Arabic' });
      if (r.en === 'Kim Jong Un') Object.assign(out, { note: 'check: Kim Jong-un?' });
      return out;
    });
    edited.push({ en: 'Yonhap', ar: 'يونهاب', type: 'ORG', score: '', count: '', status: 'approved', en_context: '', ar_context: '', id: '', seen: '', note: 'added by hand', reviewer: 'MK' });
    writeFileSync(csv, stringify([order, ...edited.map((r) => order.map((c) => r[c] ?? ''))], { record_delimiter: '\n' }));

    for (const args of [[...GLOSSARY, '--out', csv], ['run', 'corpus']]) {
      expect(cli(args, dir).status).toBe(0);
      const text = readFileSync(csv, 'utf8');
      expect(text.startsWith('\uFEFFen,ar,type,score,count,status,en_context,ar_context,id,seen,proposed_en,proposed_ar,note,reviewer\r\n')).toBe(true);
      const rows = read(csv);
      const jake = find(rows, 'Jake Sullivan');
      expect([jake.status, jake.extra.reviewer, jake.seen]).toEqual(['Approved', 'MK', 'yes']);
      const rejected = find(rows, rejectEn);
      expect([rejected.status, rejected.extra.note]).toEqual(['rejected', 'too general']);
      expect(rows.filter((r) => r.en === rejectEn)).toHaveLength(1);
      const cho = rows.filter((r) => r.en === 'Cho Tae-yong');
      // The corrected spelling stays; the original proposal does not come back beside it.
      expect(cho.map((r) => [r.ar, r.extra.note])).toEqual([['تشو تاي يونغ', 'spelling of Yonhap Arabic']]);
      expect(cho[0].id).toBe(rowId('Cho Tae-yong', 'تشو تاي يونج'));
      expect(find(rows, 'Kim Jong Un').extra.note).toBe('check: Kim Jong-un?');
      // The hand-typed approved pair is not in the texts' proposals: kept, flagged as not seen.
      const yonhap = find(rows, 'Yonhap');
      expect([yonhap.status, yonhap.seen, yonhap.extra.note, yonhap.extra.reviewer]).toEqual(['approved', 'no', 'added by hand', 'MK']);
      // Untouched proposals are this run's (the approved rows, now anchors, may change a few); none is doubled.
      const missing = first.filter((f) => !rows.some((r) => r.id === f.id)).map((f) => f.en);
      expect(missing.length, `gone: ${missing.join(', ')}`).toBeLessThanOrEqual(2);
      expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    }
  });

  it('feeds approved rows to the lexical encoder as anchors', () => {
    const dir = workspace();
    const csv = join(dir, 'g.csv');
    const row: GlossaryRow = { en: 'Velmora', ar: 'فيلمورا', type: 'ORG', score: '', count: '', status: 'approved', en_context: '', ar_context: '', id: rowId('Velmora', 'فيلمورا'), seen: 'no', extra: { note: '' } };
    const rejected = { ...row, en: 'Bloomberg', ar: 'بلومبرغ', status: 'rejected' };
    writeFileSync(csv, writeGlossaryCsv([row, rejected]));
    const pairs = approvedPairs(csv);
    expect(pairs).toEqual([['فيلمورا', 'Velmora']]);
    const encoder = createLexicalEncoder({ userPairs: pairs });
    expect(encoder.translateArabicWord('وفيلمورا')).toEqual(['Velmora']);
    expect(createLexicalEncoder().translateArabicWord('فيلمورا')).toBeUndefined();
  });

  it('refuses a CSV it cannot read and leaves it untouched', () => {
    const dir = workspace();
    const csv = join(dir, 'g.csv');
    const broken = 'en,ar,status\n"Jake Sullivan,جيك سوليفان,approved\n';
    writeFileSync(csv, broken);
    const r = cli([...GLOSSARY, '--out', csv], dir);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/g\.csv: malformed CSV/);
    expect(readFileSync(csv, 'utf8')).toBe(broken);
  });
});

describe('TBX export', () => {
  it('writes the approved entries as TBX-Basic, and every non-rejected one with --all', () => {
    const dir = workspace();
    const tbx = join(dir, 'g.tbx');
    expect(cli([...GLOSSARY, '--out', tbx, '--format', 'tbx'], dir).status).toBe(0);
    const csv = join(dir, 'g.csv');
    expect(existsSync(csv)).toBe(true);
    const rows = read(csv);
    const rejectEn = rows[rows.length - 1].en;
    const approved = rows.map((r) => ({ ...r, status: ['Jake Sullivan', 'White House'].includes(r.en) ? 'approved' : r.en === rejectEn ? 'rejected' : r.status }));
    writeFileSync(csv, writeGlossaryCsv(approved, ['note']));

    const parse = (): { entries: Record<string, unknown>[]; root: Record<string, unknown> } => {
      const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['conceptEntry', 'langSec', 'note', 'termNote', 'descrip'].includes(name) }).parse(readFileSync(tbx, 'utf8'));
      return { root: xml.tbx, entries: xml.tbx.text.body.conceptEntry ?? [] };
    };
    expect(cli([...GLOSSARY, '--out', tbx, '--format', 'tbx'], dir).status).toBe(0);
    const { root, entries } = parse();
    expect(root['@_type']).toBe('TBX-Basic');
    expect(root['@_xmlns']).toBe('urn:iso:std:iso:30042:ed-2');
    const terms = entries.map((e) => (e.langSec as { '@_xml:lang': string; termSec: { term: string } }[]).map((l) => `${l['@_xml:lang']}:${l.termSec.term}`).join(' '));
    expect(terms.sort()).toEqual(['en:Jake Sullivan ar:جيك سوليفان', 'en:White House ar:البيت الأبيض']);

    expect(cli([...GLOSSARY, '--out', tbx, '--format', 'tbx', '--all'], dir).status).toBe(0);
    const all = read(csv).filter((r) => r.status !== 'rejected');
    expect(parse().entries.length).toBe(all.length);
  });
});

describe('glossary CSV edge cases', () => {
  const base: GlossaryRow = { en: 'x', ar: 'س', type: 'TERM', score: '0.5', count: '1', status: 'proposed', en_context: '', ar_context: '', id: rowId('x', 'س'), seen: 'yes', extra: {} };
  it('reads a file without tool columns (an older glossary) and gives rows the id of what they say', () => {
    const { rows, extraColumns } = readGlossaryCsv('en,ar,status,note\r\nSeoul,سيول,approved,ok\r\n');
    expect(rows[0].id).toBe(rowId('Seoul', 'سيول'));
    expect(extraColumns).toEqual(['note']);
  });
  it('keeps leading and trailing spaces, empty cells and Arabic punctuation exactly', () => {
    const rows = [{ ...base, en: ' padded ', ar: 'قال: «نعم»، ثم؟', extra: { note: '' } }];
    expect(readGlossaryCsv(writeGlossaryCsv(rows)).rows).toEqual(rows);
  });
  it('skips blank lines a spreadsheet leaves at the end', () => {
    expect(readGlossaryCsv('\uFEFFen,ar,status\r\nSeoul,سيول,approved\r\n\r\n\r\n').rows).toHaveLength(1);
  });
});
