import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildReportData, renderReportHtml } from '../src/report/index.ts';
import { embedJson } from '../src/report/html.ts';
import { reportRows, rowOrder, type ReportData } from '../src/report/model.ts';
import { readGlossaryTable } from '../src/report/table.ts';
import type { Sentence } from '../src/types.ts';
import { cli, CORPUS_AR, CORPUS_EN } from './helpers.ts';

const sentences = (texts: string[]): Sentence[] => {
  let at = 0;
  return texts.map((text, index) => {
    const s = { index, text, start: at, end: at + text.length };
    at += text.length + 1;
    return s;
  });
};

describe('alignment rows', () => {
  it('keeps every link with both sides and adds each sentence no link covers', () => {
    const rows = reportRows([{ ar: [0], en: [1], score: 0.6 }, { ar: [2, 1], en: [2], score: 0.4 }, { ar: [], en: [0], score: 0 }], 4, 3);
    expect(rows).toEqual([
      { ar: [0], en: [1], score: 0.6 },
      { ar: [1, 2], en: [2], score: 0.4 },
      { ar: [3], en: [], score: null },
      { ar: [], en: [0], score: null },
    ]);
  });

  it('orders rows by either side, an unaligned sentence after the row of the sentence before it', () => {
    // Comparable texts: Arabic 0↔English 2, Arabic 1↔English 0; English 1 and Arabic 2 have no partner.
    const rows = reportRows([{ ar: [0], en: [2], score: 0.5 }, { ar: [1], en: [0], score: 0.4 }], 3, 3);
    // rows: 0 = ar0–en2, 1 = ar1–en0, 2 = ar2 alone, 3 = en1 alone
    expect(rowOrder(rows, 'ar')).toEqual([0, 1, 3, 2]); // en1 follows en0's row (ar1)
    expect(rowOrder(rows, 'en')).toEqual([1, 2, 3, 0]); // ar2 follows ar1's row (en0)
  });
});

describe('glossary table', () => {
  it('reads columns by header name and in file order, unknown ones included, formula guards removed', () => {
    const t = readGlossaryTable("\uFEFFid,en,ar,status,note\r\n7,Seoul,سيول,approved,'=check\r\n", 'x.csv');
    expect(t).toMatchObject({ file: 'x.csv', columns: ['id', 'en', 'ar', 'status', 'note'], rows: [['7', 'Seoul', 'سيول', 'approved', '=check']] });
  });

  it("reads each status cell as the next run will: a spreadsheet's Yes or نعم is approved, an unknown word undecided", () => {
    const t = readGlossaryTable('en,ar,status\r\nSeoul,سيول,Yes\r\nTokyo,طوكيو,نعم\r\nAugust,أغسطس,rejected\r\nSummit,قمة,maybe\r\nNK,كوريا,\r\n', 'x.csv');
    expect(t.statuses).toEqual({ Yes: 'approved', نعم: 'approved', rejected: 'rejected', maybe: 'proposed', '': 'proposed' });
  });

  it('refuses a CSV without the columns a review needs', () => {
    expect(() => readGlossaryTable('en,ar\r\nSeoul,سيول\r\n', 'x.csv')).toThrow(/status/);
  });
});

describe('the HTML page', () => {
  const hostile = '</script><script>alert(1)</script> <!-- \u2028 & "quotes" <b>bold</b>';
  const data: ReportData = buildReportData({
    title: 'a <b>title</b>',
    arFile: 'x.ar.txt',
    enFile: 'x.en.txt',
    ar: sentences(['جملة أولى.', `جملة ${hostile}`]),
    en: sentences([`First ${hostile}`, 'Second.']),
    alignment: { mode: 'comparable', reason: 'test', links: [{ ar: [0], en: [1], score: 0.7 }] },
    glossary: { file: 'x.csv', columns: ['en', 'ar', 'status'], rows: [[hostile, 'سيول', 'proposed']] },
  });
  const html = renderReportHtml(data);

  it('embeds the data as JSON that no sentence can break out of', () => {
    const json = embedJson({ s: hostile });
    expect(json).not.toMatch(/<|>|\u2028|\u2029/);
    expect(JSON.parse(json)).toEqual({ s: hostile });
    const embedded = /<script type="application\/json" id="report-data">([^]*?)<\/script>/.exec(html);
    expect(JSON.parse(embedded![1])).toEqual(JSON.parse(JSON.stringify(data)));
  });

  it('has no markup from the text: only its own two script elements, the title escaped', () => {
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<!--');
    expect(html).toContain('<h1>a &lt;b&gt;title&lt;/b&gt;</h1>');
  });

  it('allows no network and only its own script and style (content security policy with their hashes)', () => {
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1].replace(/&#x27;|&apos;/g, "'");
    const script = /<script>([^]*?)<\/script>/.exec(html)![1];
    const style = /<style>([^]*?)<\/style>/.exec(html)![1];
    const hash = (s: string): string => createHash('sha256').update(s).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash(script)}'`);
    expect(csp).toContain(`style-src 'sha256-${hash(style)}'`);
    expect(html).not.toMatch(/\b(src|href)="?(https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
  });

  it('marks the Arabic column right-to-left and the page left-to-right', () => {
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('<th lang="ar" dir="rtl">العربية</th>');
    expect(html).toMatch(/font-family: var\(--ar-font\)/);
    expect(html).toMatch(/--ar-font: "Noto Naskh Arabic", "Amiri", "Noto Sans Arabic"/);
  });

  it('is the same bytes for the same input', () => {
    expect(renderReportHtml(data)).toBe(html);
  });
});

describe('report command', () => {
  it('writes a page with fresh proposals, or with the glossary given, and refuses a broken glossary', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-report-'));
    const out = join(dir, 'r.html');
    const r = cli(['report', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', out]);
    expect(r.status).toBe(0);
    const page = readFileSync(out, 'utf8');
    const data = JSON.parse(/id="report-data">([^]*?)<\/script>/.exec(page)![1]) as ReportData;
    expect(data.title).toBe('seoul-talks');
    expect(data.glossary?.file).toBe('seoul-talks.csv');
    expect(data.glossary?.columns.slice(0, 6)).toEqual(['en', 'ar', 'type', 'score', 'count', 'status']);
    expect(data.glossary?.rows.map((row) => row[0])).toContain('Jake Sullivan');
    // Every Arabic sentence in some row (in several when it shares content with several English sentences).
    expect(new Set(data.rows.flatMap((row) => row.ar)).size).toBe(data.ar.length);

    const csv = join(dir, 'mine.csv');
    writeFileSync(csv, '\uFEFFen,ar,status,note\r\nSeoul,سيول,approved,checked\r\n');
    expect(cli(['report', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', out, '--glossary', csv]).status).toBe(0);
    const mine = JSON.parse(/id="report-data">([^]*?)<\/script>/.exec(readFileSync(out, 'utf8'))![1]) as ReportData;
    expect(mine.glossary).toEqual({ file: 'mine.csv', columns: ['en', 'ar', 'status', 'note'], rows: [['Seoul', 'سيول', 'approved', 'checked']], statuses: { approved: 'approved' } });

    writeFileSync(csv, 'en,ar\r\nSeoul,سيول\r\n');
    const bad = cli(['report', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', out, '--glossary', csv]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/mine\.csv: header lacks the column "status"/);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
