import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.ts';
import { exitCodeOf } from '../src/cli/exit-codes.ts';
import { decodeBytes } from '../src/io/decode.ts';
import { checkLanguage } from '../src/io/language.ts';
import { decodeLegacy } from '../src/io/legacy.ts';
import { detectMarkup, htmlToText, markdownToText } from '../src/io/markup.ts';
import { createProgress } from '../src/io/progress.ts';
import { scanUtf8 } from '../src/io/utf8.ts';

const AR = 'قال مستشار الأمن القومي إن المحادثات في سيول ستستمر، وفقا لبيان مشترك.\nوأعرب الحلفاء عن قلقهم.';
const EN = 'The talks in Seoul will go on, said the national security adviser—“a good start”, she added. Café Orbán.';

function refusal(f: () => unknown): { message: string; exitCode: number } {
  try {
    f();
  } catch (e) {
    if (e instanceof UserError) return { message: e.message, exitCode: exitCodeOf(e.kind) };
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('decoding a file', () => {
  it.each([
    ['UTF-8', Buffer.from(AR, 'utf8'), 'UTF-8', true],
    ['UTF-8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(AR, 'utf8')]), 'UTF-8', true],
    ['UTF-16LE with a mark', iconv.encode(AR, 'utf-16le', { addBOM: true }), 'UTF-16LE', false],
    ['UTF-16BE with a mark', iconv.encode(AR, 'utf-16be', { addBOM: true }), 'UTF-16BE', false],
    ['UTF-32LE with a mark', iconv.encode(AR, 'utf-32le', { addBOM: true }), 'UTF-32LE', false],
    ['Windows-1256', iconv.encode(AR, 'windows-1256'), 'Windows-1256 (Arabic)', false],
    ['ISO-8859-6', iconv.encode(AR, 'iso-8859-6'), 'ISO-8859-6 (Arabic)', false],
  ])('reads Arabic saved as %s exactly', (_name, bytes, encoding, plain) => {
    const d = decodeBytes(bytes, 'a.ar.txt', 'ar');
    expect(d.text).toBe(AR);
    expect(d.encoding).toBe(encoding);
    expect(d.plain).toBe(plain);
  });

  it('reads English saved as Windows-1252 (Word’s curly quotes, dashes and accents) exactly', () => {
    const d = decodeBytes(iconv.encode(EN, 'windows-1252'), 'a.en.txt', 'en');
    expect(d).toEqual({ text: EN, encoding: 'Windows-1252 (Western European)', plain: false });
  });

  it('tells Windows-1256 from ISO-8859-6 on a single short sentence', () => {
    const s = 'هل بإمكانك أن تأتي غدا؟';
    expect(decodeLegacy(iconv.encode(s, 'windows-1256'), 'ar')).toEqual({ encoding: 'windows-1256', text: s });
    expect(decodeLegacy(iconv.encode(s, 'iso-8859-6'), 'ar')).toEqual({ encoding: 'iso-8859-6', text: s });
  });

  it('reads a Windows-1256 file longer than the part the encoding is chosen on, to the end', () => {
    const long = AR.repeat(Math.ceil(300_000 / AR.length));
    expect(decodeBytes(iconv.encode(long, 'windows-1256'), 'long.ar.txt', 'ar')).toEqual({ text: long, encoding: 'Windows-1256 (Arabic)', plain: false });
  });

  it('names the byte offset of damaged UTF-8 instead of guessing a legacy encoding', () => {
    const good = Buffer.from(AR, 'utf8');
    const damaged = Buffer.concat([good.subarray(0, 11), good.subarray(12)]); // the first byte of ت (bytes 11–12) lost
    const r = refusal(() => decodeBytes(damaged, 'a.ar.txt', 'ar'));
    expect(r.message).toMatch(/^a\.ar\.txt: not valid UTF-8 at byte 11 \(1 bad byte in a UTF-8 text\)/);
    expect(r.exitCode).toBe(4);
  });

  it('refuses text in an encoding it does not read (Russian in KOI8-R), naming the first bad byte', () => {
    const r = refusal(() => decodeBytes(iconv.encode('Переговоры в Сеуле продолжатся на следующей неделе.', 'koi8-r'), 'r.txt', 'ar'));
    expect(r.message).toMatch(/^r\.txt: not valid UTF-8 at byte 0, nor Arabic Windows-1256\/ISO-8859-6 or Windows-1252 text/);
  });

  it.each([
    ['a PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /a PDF file/],
    ['a Word .docx (ZIP)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), /a ZIP archive \(a Word \.docx/],
    ['an RTF document', Buffer.from('{\\rtf1\\ansi Hello}'), /an RTF document/],
    ['a PNG image', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary file, not text \(first NUL byte at offset 8\)/],
    ['UTF-16 without a byte-order mark', iconv.encode('The talks in Seoul', 'utf-16le'), /looks like UTF-16 without a byte-order mark/],
    ['control bytes', Buffer.from('abc\x01\x02\x03\x04\x05def'), /5 control bytes: a binary file/],
    ['a truncated UTF-16 file', Buffer.concat([iconv.encode('سيول', 'utf-16le', { addBOM: true }), Buffer.from([0x41])]), /UTF-16LE file with an incomplete last character/],
  ])('refuses %s with a reason', (_name, bytes, message) => {
    const r = refusal(() => decodeBytes(bytes, 'f', 'en'));
    expect(r.message).toMatch(message);
    expect(r.exitCode).toBe(4);
  });

  it('scans UTF-8 like the WHATWG decoder: overlong forms and surrogates are errors', () => {
    expect(scanUtf8(Buffer.from('سيول Seoul 😀', 'utf8'))).toEqual({ firstInvalid: -1, invalid: 0, multibyte: 5 });
    expect(scanUtf8(Buffer.from([0x41, 0xc0, 0xaf])).firstInvalid).toBe(1); // overlong "/"
    expect(scanUtf8(Buffer.from([0x41, 0x42, 0xed, 0xa0, 0x80])).firstInvalid).toBe(2); // a UTF-16 surrogate
    expect(scanUtf8(Buffer.from([0xe2, 0x82])).firstInvalid).toBe(0); // cut short at the end
  });
});

describe('markup', () => {
  it('reads a saved web page as its text: a line per block, entities decoded, scripts and menus dropped', () => {
    const html = `<!DOCTYPE html><html><head><title>BBC</title><style>p{color:red}</style></head><body>
      <nav><a href="/">Home</a></nav><h1>محادثات سيول</h1><p>The talks &amp; the
      statement.<br>A second line.</p><ul><li>one</li><li>two</li></ul><script>track()</script></body></html>`;
    expect(htmlToText(html)).toBe('محادثات سيول\nThe talks & the statement.\nA second line.\none\ntwo\n');
  });

  it('reads Markdown as its text: marks, links and code fences removed', () => {
    expect(markdownToText('# محادثات سيول\n\nThe **talks** went [well](https://example.org).\n\n- one\n- two\n')).toBe('محادثات سيول\nThe talks went well.\none\ntwo\n');
  });

  it.each([
    ['page.html', 'anything', 'html'],
    ['notes.md', 'anything', 'markdown'],
    ['a.txt', '<!doctype html><p>x</p>', 'html'],
    ['a.txt', '<p>a</p><p>b</p><p>c</p><br><b>d</b>', 'html'],
    ['a.txt', '# Title\n\nSee [the report](https://x.org).', 'markdown'],
    ['a.txt', 'Prices rose 5% (x < y) and #1 seller > 2; a * b.', 'plain'],
    ['a.txt', '# one heading alone is not enough', 'plain'],
  ])('%s holding %j is %s', (path, text, markup) => {
    expect(detectMarkup(text, path)).toBe(markup);
  });
});

describe('language check', () => {
  it.each([
    ['   \n\t\n', 'ar', 4, /empty or only white space/],
    ['12 345 — 2024.', 'en', 4, /no letters at all/],
    [EN, 'ar', 5, /given as Arabic \(--ar\) but only 0% of its letters are Arabic \(100% Latin\); are --ar and --en swapped\?/],
    [AR, 'en', 5, /given as English \(--en\) but only 0% of its letters are Latin \(100% Arabic\); are --ar and --en swapped\?/],
    ['Переговоры в Сеуле продолжатся.', 'en', 5, /100% of its letters are neither Arabic nor Latin: is it the right file\?/],
  ])('refuses %j given as %s (exit %i)', (text, lang, code, message) => {
    const r = refusal(() => checkLanguage(text, lang as 'ar' | 'en', 'f.txt'));
    expect(r.exitCode).toBe(code);
    expect(r.message).toMatch(message);
  });

  it('accepts an Arabic text with English names and figures in it', () => {
    expect(() => checkLanguage('قال جيك سوليفان (Jake Sullivan) في Seoul إن 3 دول اتفقت.', 'ar', 'f')).not.toThrow();
  });
});

describe('progress', () => {
  it('writes one line per stage to a log', () => {
    let out = '';
    const p = createProgress((s) => (out += s), false);
    p.pair(2, 5, 'seoul');
    p.stage('segment');
    p.stage('encode');
    p.line('[2/5] seoul: done');
    expect(out).toBe('[2/5] seoul: segment\n[2/5] seoul: encode\n[2/5] seoul: done\n');
  });

  it('rewrites one line in place on a terminal and clears it before a lasting line', () => {
    let out = '';
    const p = createProgress((s) => (out += s), true);
    p.pair(1, 1, 'seoul');
    p.stage('align');
    p.line('done');
    expect(out).toBe('[1/1] seoul: align…\r\x1b[Kdone\n');
  });
});
