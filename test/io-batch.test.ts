import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, corpus, ROOT } from './helpers.ts';

/** A folder with the Seoul pair, a pair with the languages swapped, and a file without a partner. */
function batchFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'aligner-batch-'));
  mkdirSync(join(dir, 'in'));
  cpSync(join(ROOT, 'corpus/seoul-talks.ar.txt'), join(dir, 'in/seoul-talks.ar.txt'));
  cpSync(join(ROOT, 'corpus/seoul-talks.en.txt'), join(dir, 'in/seoul-talks.en.txt'));
  writeFileSync(join(dir, 'in/a-swapped.ar.txt'), corpus('en'));
  writeFileSync(join(dir, 'in/a-swapped.en.txt'), corpus('ar'));
  writeFileSync(join(dir, 'in/lonely.en.txt'), 'A report with no Arabic partner.\n');
  return dir;
}

describe('run DIR (batch)', () => {
  it('goes past a bad pair, shows progress by stage, lists the failure and the orphan, exits 7', () => {
    const dir = batchFolder();
    const r = cli(['run', 'in', '--out-dir', 'out'], dir);
    expect(r.status).toBe(7);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('skipped in/lonely.en.txt: no partner file');
    expect(lines).toContain('[1/2] a-swapped: read');
    expect(lines).toContain('[1/2] a-swapped: failed: in/a-swapped.ar.txt: given as Arabic (--ar) but only 0% of its letters are Arabic (100% Latin); are --ar and --en swapped?');
    for (const stage of ['read', 'segment', 'encode', 'align', 'glossary', 'write']) expect(lines).toContain(`[2/2] seoul-talks: ${stage}`);
    expect(lines.filter((l) => /^\[2\/2\] seoul-talks: out\/seoul-talks\.csv: [1-9]\d* rows; out\/seoul-talks\.links\.jsonl: [1-9]\d* links; out\/seoul-talks\.report\.html$/.test(l))).toHaveLength(1);
    expect(lines.slice(-3)).toEqual([
      '1 of 2 pairs done; 1 file without a partner skipped',
      '1 failed:',
      '  a-swapped: in/a-swapped.ar.txt: given as Arabic (--ar) but only 0% of its letters are Arabic (100% Latin); are --ar and --en swapped?',
    ]);
    expect(lines.filter((l) => /^out\/corpus\.csv: [1-9]\d* rows from 1 of 2 pairs' glossaries$/.test(l))).toHaveLength(1);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['corpus.csv', 'seoul-talks.csv', 'seoul-talks.links.jsonl', 'seoul-talks.report.html']);
  });

  it('a malformed reviewed CSV fails its pair only, and is left untouched', () => {
    const dir = batchFolder();
    mkdirSync(join(dir, 'out'));
    const broken = 'en,ar,status\r\n"Seoul,سيول,approved\r\n';
    writeFileSync(join(dir, 'out/seoul-talks.csv'), broken);
    const r = cli(['run', 'in', '--out-dir', 'out'], dir);
    expect(r.status).toBe(7);
    expect(r.stderr).toMatch(/ {2}seoul-talks: out\/seoul-talks\.csv: malformed CSV at row 2/);
    expect(readFileSync(join(dir, 'out/seoul-talks.csv'), 'utf8')).toBe(broken);
    // The corpus list is written without it, and says so.
    expect(r.stderr).toMatch(/corpus glossary: seoul-talks left out: out\/seoul-talks\.csv: malformed CSV/);
    expect(r.stderr).toContain("out/corpus.csv: 0 rows from 0 of 2 pairs' glossaries");
  });

  it.each([
    ['an empty folder', (d: string) => mkdirSync(join(d, 'in')), 4, /^error: in: empty folder; expected <stem>\.ar\.txt \+ <stem>\.en\.txt$/],
    ['a folder without pairs', (d: string) => { mkdirSync(join(d, 'in')); writeFileSync(join(d, 'in/notes.md'), '# x'); }, 4, /^error: in: none of its 1 files form a pair/],
    ['a missing folder', () => undefined, 3, /^error: in: no such folder$/],
  ])('%s is a clear error', (_what, make, code, message) => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-batch-'));
    make(dir);
    const r = cli(['run', 'in'], dir);
    expect(r.status).toBe(code);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('is deterministic: the same input gives byte-identical outputs', () => {
    const dir = batchFolder();
    cli(['run', 'in', '--out-dir', 'one'], dir);
    cli(['run', 'in', '--out-dir', 'two'], dir);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(files).toEqual(['corpus.csv', 'seoul-talks.csv', 'seoul-talks.links.jsonl', 'seoul-talks.report.html']);
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'two', f)).equals(readFileSync(join(dir, 'one', f)))).toBe(true);
  });

  it('a re-run over its own output changes nothing', () => {
    const dir = batchFolder();
    cli(['run', 'in', '--out-dir', 'out'], dir);
    const first = readFileSync(join(dir, 'out/seoul-talks.csv'));
    cli(['run', 'in', '--out-dir', 'out'], dir);
    expect(readFileSync(join(dir, 'out/seoul-talks.csv')).equals(first)).toBe(true);
  });
});
