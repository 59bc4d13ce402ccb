import chardet from 'chardet';
import iconv from 'iconv-lite';
import { isUtf8 } from 'node:buffer';
import { EXIT, UserError } from '../errors.ts';
import type { Lang } from '../types.ts';
import { decodeLegacy, LEGACY_LABEL } from './legacy.ts';
import { scanUtf8 } from './utf8.ts';

/** A file's text and the encoding it was read in. */
export interface Decoded {
  text: string;
  /** Human name of the encoding, e.g. "UTF-8", "UTF-16LE", "Windows-1256 (Arabic)". */
  encoding: string;
  /** True for plain UTF-8 (with or without a byte-order mark): nothing worth telling the user. */
  plain: boolean;
}

const SAVE_AS = 'save it as plain text (UTF-8)';

/** File kinds users mistake for text, by their first bytes. */
const MAGIC: readonly [bytes: readonly number[], what: string][] = [
  [[0x25, 0x50, 0x44, 0x46, 0x2d], 'a PDF file: copy its text into a plain text file (UTF-8)'],
  [[0x50, 0x4b, 0x03, 0x04], `a ZIP archive (a Word .docx or OpenDocument file?): ${SAVE_AS}`],
  [[0xd0, 0xcf, 0x11, 0xe0], `an old Word or Excel file (.doc/.xls): ${SAVE_AS}`],
  [[0x7b, 0x5c, 0x72, 0x74, 0x66], `an RTF document: ${SAVE_AS}`],
];

const BOMS: readonly [bytes: readonly number[], encoding: string, label: string][] = [
  // UTF-32 before UTF-16: FF FE 00 00 also starts with the UTF-16LE mark.
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le', 'UTF-32LE'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be', 'UTF-32BE'],
  [[0xef, 0xbb, 0xbf], 'utf-8', 'UTF-8'],
  [[0xff, 0xfe], 'utf-16le', 'UTF-16LE'],
  [[0xfe, 0xff], 'utf-16be', 'UTF-16BE'],
];

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const startsWith = (b: Uint8Array, prefix: readonly number[]): boolean => prefix.every((x, i) => b[i] === x);

/** C0 control bytes no text contains (all but tab, line feed, vertical tab, form feed, carriage return, escape). */
function controlBytes(b: Uint8Array): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i];
    if (x < 0x20 && (x < 0x09 || (x > 0x0d && x !== 0x1b))) n++;
  }
  return n;
}

/** ASCII-heavy UTF-16 without a mark: a NUL in every other byte, all at even or all at odd offsets. */
function looksLikeUtf16(b: Uint8Array): boolean {
  let even = 0;
  let odd = 0;
  for (let i = 0; i < b.length; i++) if (b[i] === 0) i % 2 ? odd++ : even++;
  return b.length % 2 === 0 && (even + odd) * 4 >= b.length && Math.min(even, odd) * 10 <= even + odd;
}

// What a text is made of: Arabic, Latin and Greek letters (TNFα) and their marks, digits, punctuation, white
// space, invisible marks, maths and currency signs and a few others. Misread UTF-16 gives CJK ideographs,
// dingbats, braille or control characters instead.
const TEXT_CHAR = /[\p{Script=Arabic}\p{Script=Latin}\p{Script=Greek}\p{M}\p{N}\p{P}\p{Zs}\t\n\r\p{Cf}\p{Sm}\p{Sc}\u0640^`°©®™]/u;

/**
 * UTF-16 without a byte-order mark, told by its byte pattern: read one way round, at least 98% of the characters
 * are text (see TEXT_CHAR) and there is white space; read the other way, Arabic and English alike turn to
 * ideographs and symbols. Arabic has few NUL bytes in UTF-16 (only its spaces and digits), so NULs alone cannot tell.
 */
function decodeUtf16WithoutBom(bytes: Uint8Array): Decoded | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  for (const [encoding, label] of [['utf-16le', 'UTF-16LE'], ['utf-16be', 'UTF-16BE']] as const) {
    const text = iconv.decode(Buffer.from(bytes), encoding, { stripBOM: false });
    if (LONE_SURROGATE.test(text) || !/\s/.test(text)) continue;
    let ok = 0;
    let all = 0;
    for (const ch of text) {
      all++;
      if (TEXT_CHAR.test(ch)) ok++;
    }
    if (ok >= all * 0.98) return { text, encoding: `${label} (without a byte-order mark)`, plain: false };
  }
  return undefined;
}

function refuseBinary(bytes: Uint8Array, path: string): void {
  for (const [magic, what] of MAGIC) if (startsWith(bytes, magic)) throw new UserError(`${path}: ${what}`, EXIT.badInput);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // ASCII text in UTF-16 has a NUL beside every character; say so rather than "binary".
    const utf16 = looksLikeUtf16(bytes);
    const hint = utf16 ? 'it looks like UTF-16 without a byte-order mark; ' + SAVE_AS : `a binary file, not text (first NUL byte at offset ${nul})`;
    throw new UserError(`${path}: contains NUL bytes: ${hint}`, EXIT.badInput);
  }
  const ctl = controlBytes(bytes);
  if (ctl >= 4 && ctl * 100 >= bytes.length) {
    throw new UserError(`${path}: ${ctl} control bytes: a binary file, not text`, EXIT.badInput);
  }
}

function decodeWithBom(bytes: Uint8Array, path: string): Decoded | undefined {
  for (const [bom, encoding, label] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const body = bytes.subarray(bom.length);
    const unit = encoding.startsWith('utf-32') ? 4 : encoding.startsWith('utf-16') ? 2 : 1;
    if (body.length % unit !== 0) throw new UserError(`${path}: ${label} file with an incomplete last character: truncated or damaged`, EXIT.badInput);
    if (encoding === 'utf-8') return undefined; // validated like UTF-8 without a mark
    const text = iconv.decode(Buffer.from(body), encoding, { stripBOM: false });
    if (LONE_SURROGATE.test(text) || text.includes('\uFFFD')) throw new UserError(`${path}: damaged ${label} (invalid characters); ${SAVE_AS}`, EXIT.badInput);
    if (text.includes('\0')) throw new UserError(`${path}: contains NUL characters: a binary file, not text`, EXIT.badInput);
    return { text, encoding: label, plain: false };
  }
  return undefined;
}

/**
 * Decodes a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16/32 with a mark, or, for bytes that
 * are not UTF-8, the legacy encoding Arabic and English text was saved in (Windows-1256, ISO-8859-6,
 * Windows-1252). Refuses binary files and damaged UTF-8 with a one-line reason.
 */
export function decodeBytes(bytes: Uint8Array, path: string, lang: Lang): Decoded {
  const withBom = decodeWithBom(bytes, path);
  if (withBom) return withBom;
  // NULs or control bytes in an even-length file: UTF-16 (Excel's "Unicode text", Windows tools) if the pattern says so.
  if (bytes.includes(0) || controlBytes(bytes) * 100 >= bytes.length) {
    const utf16 = decodeUtf16WithoutBom(bytes);
    if (utf16) return utf16;
  }
  refuseBinary(bytes, path);
  const body = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? bytes.subarray(3) : bytes;
  if (isUtf8(body)) return { text: new TextDecoder('utf-8').decode(body), encoding: 'UTF-8', plain: true };
  const scan = scanUtf8(body); // the slow byte-by-byte look, only for files that are not UTF-8
  const offset = scan.firstInvalid + (body === bytes ? 0 : 3);
  // Mostly well-formed UTF-8 with a few bad bytes is a damaged UTF-8 file, not a legacy one: in those
  // encodings Arabic letters seldom form valid UTF-8 sequences (docs/TROUBLESHOOTING.md).
  if (scan.multibyte >= scan.invalid) {
    throw new UserError(`${path}: not valid UTF-8 at byte ${offset} (${scan.invalid} bad byte${scan.invalid > 1 ? 's' : ''} in a UTF-8 text): the file is damaged or mixes encodings; re-save it as UTF-8`, EXIT.badInput);
  }
  const legacy = decodeLegacy(body, lang);
  if (legacy) return { text: legacy.text, encoding: LEGACY_LABEL[legacy.encoding], plain: false };
  const guess = chardet.analyse(Buffer.from(body))[0];
  const looks = guess && guess.confidence >= 50 ? ` (it looks like ${guess.name})` : '';
  throw new UserError(
    `${path}: not valid UTF-8 at byte ${offset}, nor Arabic Windows-1256/ISO-8859-6 or Windows-1252 text${looks}; ${SAVE_AS}`,
    EXIT.badInput,
  );
}
