import iconv from 'iconv-lite';
import { chmodSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CORPUS_AR, CORPUS_EN } from './helpers.ts';

/** Fixture files of every kind users feed the tool, written fresh for this run. */
const dir = mkdtempSync(join(tmpdir(), 'aligner-bad-'));
const AR = 'قال مستشار الأمن القومي إن المحادثات ستستمر. وأعرب الحلفاء عن قلقهم.\n';
const EN = 'The talks will go on, the adviser said. The allies voiced “concern” about Orbán’s café.\n';
function fixture(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const arUtf8 = Buffer.from(AR, 'utf8');

describe('bad input: one line, the right exit code, no stack trace', () => {
  it.each([
    ['a missing file', 'ar', join(dir, 'missing.ar.txt'), 3, /missing\.ar\.txt: no such file$/],
    ['a folder', 'ar', dir, 3, /: is a folder, not a text file$/],
    ['an empty file', 'ar', fixture('empty.ar.txt', ''), 4, /empty\.ar\.txt: empty or only white space: no text to align$/],
    ['only white space', 'en', fixture('blank.en.txt', ' \n\t\r\n  \n'), 4, /blank\.en\.txt: empty or only white space/],
    ['only digits and punctuation', 'en', fixture('digits.en.txt', '2024 — 12/3, 45%.\n'), 4, /no letters at all/],
    ['a PNG image', 'ar', fixture('photo.ar.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])), 4, /contains NUL bytes: a binary file, not text \(first NUL byte at offset 8\)$/],
    ['text with a NUL byte', 'en', fixture('nul.en.txt', 'The talks\0 went on.'), 4, /contains NUL bytes: a binary file/],
    ['a PDF', 'en', fixture('report.en.txt', '%PDF-1.7\n1 0 obj << >>\n'), 4, /a PDF file: copy its text into a plain text file \(UTF-8\)$/],
    ['a Word .docx', 'en', fixture('report.en.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])), 4, /a ZIP archive \(a Word \.docx or OpenDocument file\?\)/],
    ['UTF-16 without a byte-order mark', 'en', fixture('nobom.en.txt', iconv.encode(EN, 'utf-16le')), 4, /looks like UTF-16 without a byte-order mark; save it as plain text \(UTF-8\)$/],
    ['damaged UTF-8', 'ar', fixture('damaged.ar.txt', Buffer.concat([arUtf8.subarray(0, 7), arUtf8.subarray(8)])), 4, /damaged\.ar\.txt: not valid UTF-8 at byte 7 \(1 bad byte in a UTF-8 text\)/],
    ['Russian in KOI8-R', 'ar', fixture('koi8.ar.txt', iconv.encode('Переговоры в Сеуле продолжатся на следующей неделе.', 'koi8-r')), 4, /not valid UTF-8 at byte 0, nor Arabic Windows-1256\/ISO-8859-6 or Windows-1252 text/],
    ['a file over the size limit', 'ar', (() => { const p = fixture('huge.ar.txt', ''); truncateSync(p, 51 * 1024 * 1024); return p; })(), 4, /huge\.ar\.txt: 51\.0 MB is over the 50 MB limit; split the text into smaller files$/],
    ['English given as Arabic', 'ar', fixture('english.ar.txt', EN), 5, /given as Arabic \(--ar\) but only 0% of its letters are Arabic \(100% Latin\); are --ar and --en swapped\?$/],
    ['Arabic given as English', 'en', fixture('arabic.en.txt', AR), 5, /given as English \(--en\) but only 0% of its letters are Latin \(100% Arabic\); are --ar and --en swapped\?$/],
    ['Arabic in Windows-1256 given as English', 'en', fixture('arabic1256.en.txt', iconv.encode(AR, 'windows-1256')), 5, /are --ar and --en swapped\?$/],
    ['Russian given as English', 'en', fixture('russian.en.txt', 'Переговоры в Сеуле продолжатся.\n'), 5, /neither Arabic nor Latin: is it the right file\?$/],
  ])('%s (--lang %s) fails with its exit code', (_what, lang, path, code, message) => {
    const r = cli(['segment', '--lang', lang as string, path as string]);
    expect(r.status).toBe(code);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(/^error: /);
    expect(r.stderr.trimEnd()).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file fails with exit 3', () => {
    const p = fixture('locked.ar.txt', AR);
    chmodSync(p, 0o000);
    const r = cli(['segment', '--lang', 'ar', p]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/locked\.ar\.txt: permission denied/);
  });

  it('--verbose adds the stack trace of a user error', () => {
    const r = cli(['--verbose', 'segment', '--lang', 'ar', join(dir, 'missing.ar.txt')]);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/no such file\nAlignerError: .*\n\s+at /);
  });
});

describe('input that is read, with one line on stderr saying how', () => {
  const SENTENCES_AR = 'قال مستشار الأمن القومي إن المحادثات ستستمر.\nوأعرب الحلفاء عن قلقهم.\n';
  const SENTENCES_EN = 'The talks will go on, the adviser said.\nThe allies voiced “concern” about Orbán’s café.\n';
  it.each([
    ['UTF-8', 'ar', fixture('plain.ar.txt', AR), SENTENCES_AR, null],
    ['UTF-8 with a byte-order mark', 'ar', fixture('bom.ar.txt', '\uFEFF' + AR), SENTENCES_AR, null],
    ['UTF-16LE with a byte-order mark', 'ar', fixture('utf16le.ar.txt', iconv.encode(AR, 'utf-16le', { addBOM: true })), SENTENCES_AR, /decoded as UTF-16LE$/],
    ['UTF-16BE with a byte-order mark', 'en', fixture('utf16be.en.txt', iconv.encode(EN, 'utf-16be', { addBOM: true })), SENTENCES_EN, /decoded as UTF-16BE$/],
    ['Windows-1256', 'ar', fixture('cp1256.ar.txt', iconv.encode(AR, 'windows-1256')), SENTENCES_AR, /cp1256\.ar\.txt: decoded as Windows-1256 \(Arabic\)$/],
    ['ISO-8859-6', 'ar', fixture('iso88596.ar.txt', iconv.encode(AR, 'iso-8859-6')), SENTENCES_AR, /decoded as ISO-8859-6 \(Arabic\)$/],
    ['Windows-1252', 'en', fixture('cp1252.en.txt', iconv.encode(EN, 'windows-1252')), SENTENCES_EN, /decoded as Windows-1252 \(Western European\)$/],
    ['Windows line ends', 'en', fixture('crlf.en.txt', 'Line one\r\nLine two\r\n'), 'Line one\nLine two\n', null],
    ['old Mac line ends', 'en', fixture('cr.en.txt', 'Line one\rLine two\r'), 'Line one\nLine two\n', null],
    ['a saved web page', 'ar', fixture('page.ar.html', `<!DOCTYPE html><html><head><title>خبر</title><script>x()</script></head><body><nav>الرئيسية</nav><p>${AR}</p></body></html>`), SENTENCES_AR, /page\.ar\.html: read as HTML, markup removed$/],
    ['a web page saved as .txt in Windows-1256', 'ar', fixture('page1256.ar.txt', iconv.encode(`<html><body><h1>خبر</h1><p>${AR}</p></body></html>`, 'windows-1256')), 'خبر\n' + SENTENCES_AR, /decoded as Windows-1256 \(Arabic\); read as HTML, markup removed$/],
    ['Markdown', 'en', fixture('notes.en.md', `# Seoul\n\n${EN}`), 'Seoul\n' + SENTENCES_EN, /notes\.en\.md: read as Markdown, markup removed$/],
  ])('%s (--lang %s)', (_what, lang, path, sentences, note) => {
    const r = cli(['segment', '--lang', lang as string, path as string]);
    expect(r.stderr).toEqual(note ? expect.stringMatching(/^note: .*\n$/) : '');
    if (note) expect(r.stderr.trimEnd()).toMatch(note as RegExp);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(sentences);
  });
});

describe('an existing glossary CSV', () => {
  const header = 'en,ar,type,score,count,status,en_context,ar_context,note\r\n';

  it('is refused when malformed, naming the row, and left byte for byte as it was', () => {
    const csv = fixture('broken.csv', '\uFEFF' + header + 'Seoul,سيول,PLACE,0.9,1,approved,,,checked\r\nJake Sullivan,"جيك سوليفان,PERSON,0.8,1,proposed,,,\r\nTokyo,طوكيو,PLACE,0.5,1,proposed,,,\r\n');
    const before = readFileSync(csv);
    const r = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', csv]);
    expect(r.status).toBe(6);
    expect(r.stderr.trimEnd()).toMatch(/^error: .*broken\.csv: malformed CSV at row 3 \(the header is row 1\): a quote opened in this row is never closed; fix or move the file, it was left untouched$/);
    expect(readFileSync(csv).equals(before)).toBe(true);
  });

  it('is refused when a row has too few cells', () => {
    const csv = fixture('short.csv', header + 'Seoul,سيول,PLACE,0.9,1,approved,,,\r\nTokyo,طوكيو\r\n');
    const before = readFileSync(csv);
    const r = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', csv]);
    expect(r.status).toBe(6);
    expect(r.stderr).toMatch(/short\.csv: malformed CSV at row 3 .*Invalid Record Length/);
    expect(readFileSync(csv).equals(before)).toBe(true);
  });

  it('saved by a spreadsheet in Windows-1256 is read as such and merged, its Arabic intact', () => {
    const csv = fixture('excel1256.csv', iconv.encode(header + 'Seoul,سيول,PLACE,0.1,1,approved,,,العاصمة\r\n', 'windows-1256'));
    const r = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', csv]);
    expect(r.status).toBe(0);
    const out = readFileSync(csv, 'utf8');
    expect(out.startsWith('\uFEFF')).toBe(true); // written back as UTF-8 with a byte-order mark
    // id and seen are the tool's columns (docs/GLOSSARY.md): the reviewer's cells around them are intact.
    expect(out).toMatch(/Seoul,سيول,PLACE,0\.1,1,approved,,,[0-9a-f]{12},yes,العاصمة\r\n/);
  });

  it('that is not text is refused and left untouched', () => {
    const csv = fixture('binary.csv', Buffer.from([0x65, 0x6e, 0x00, 0x01, 0x02]));
    const r = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', csv]);
    expect(r.status).toBe(6);
    expect(r.stderr.trimEnd()).toMatch(/binary\.csv: contains NUL bytes: a binary file, not text \(first NUL byte at offset 2\); the glossary was left untouched$/);
    expect(readFileSync(csv).equals(Buffer.from([0x65, 0x6e, 0x00, 0x01, 0x02]))).toBe(true);
  });

  it('is merged: a reviewer’s approved row, rejected row and notes stay, a new column is kept', () => {
    const csv = fixture('reviewed.csv', 'en,ar,type,score,count,status,en_context,ar_context,note,reviewer\r\n' + 'Seoul,سيول,PLACE,0.1,1,approved,,,"capital, ROK",Huda\r\n' + 'Jake Sullivan,جيك سوليفان,PERSON,0.765,1,rejected,,,,Huda\r\n' + 'Nowhere,مكان,TERM,0.2,1,approved,,,kept even if not found,\r\n');
    const r = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', csv]);
    expect(r.status).toBe(0);
    const out = readFileSync(csv, 'utf8');
    expect(out.split('\r\n')[0]).toBe('\uFEFFen,ar,type,score,count,status,en_context,ar_context,id,seen,note,reviewer');
    expect(out).toMatch(/Seoul,سيول,PLACE,0\.1,1,approved,,,[0-9a-f]{12},yes,"capital, ROK",Huda\r\n/);
    // Not found in these texts: kept, flagged seen = no.
    expect(out).toMatch(/Nowhere,مكان,TERM,0\.2,1,approved,,,[0-9a-f]{12},no,kept even if not found,\r\n/);
    expect(out.match(/Jake Sullivan,جيك سوليفان/g)).toHaveLength(1);
    expect(out).toMatch(/Jake Sullivan,جيك سوليفان,PERSON,0\.765,1,rejected,,,[0-9a-f]{12},yes,,Huda\r\n/);
  });
});
