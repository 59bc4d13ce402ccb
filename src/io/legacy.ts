import iconv from 'iconv-lite';
import type { Lang } from '../types.ts';

/**
 * Single-byte encodings older Windows and Unix systems saved Arabic and English text in.
 * Chosen by scoring each candidate decoding rather than by a general detector: on short Arabic
 * sentences `chardet` confused Windows-1256 and ISO-8859-6 far more often (docs/TROUBLESHOOTING.md,
 * measured by `npm run eval -- --only encoding`).
 */
export const LEGACY_ENCODINGS = ['windows-1256', 'iso-8859-6', 'windows-1252'] as const;
export type LegacyEncoding = (typeof LEGACY_ENCODINGS)[number];

export const LEGACY_LABEL: Record<LegacyEncoding, string> = {
  'windows-1256': 'Windows-1256 (Arabic)',
  'iso-8859-6': 'ISO-8859-6 (Arabic)',
  'windows-1252': 'Windows-1252 (Western European)',
};

const ARABIC_LETTER = /[\u0621-\u064A\u0671-\u06D3]/;
const ARABIC_MARK = /[\u064B-\u0652\u0670]/;
const ACCENTED = /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192]/g;
const LATIN_LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192]/g;

/**
 * How much a decoding looks like Arabic text; -Infinity when it cannot be right (bytes the encoding
 * leaves undefined, C1 control characters). Arabic letters count for, accented Latin letters against
 * (an Arabic text decoded with the wrong Arabic table shows them), a vowel mark not after a letter
 * strongly against, the article ال for.
 */
export function decodingScore(text: string): number {
  if (/[\uFFFD\u0080-\u009F]/.test(text)) return -Infinity;
  let score = 0;
  let prev = '';
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) {
      // ASCII decodes the same in every candidate.
    } else if (ARABIC_LETTER.test(c)) score += 1;
    else if (ARABIC_MARK.test(c)) {
      if (!ARABIC_LETTER.test(prev) && !ARABIC_MARK.test(prev)) score -= 3;
    } else if (ACCENTED.test(c)) score -= 1;
    ACCENTED.lastIndex = 0;
    prev = c;
  }
  return score + 2 * (text.match(/\u0627\u0644/g)?.length ?? 0);
}

/**
 * A word with non-ASCII letters as real text has it. Arabic: no accented Latin letter; Arabic and Latin
 * letters side by side only after a one-letter prefix ("وIL"); إ only at the start or after such a prefix
 * or the article ("بإمكان", "الإمارات"). Latin: at most two accented letters in three (or a one-letter word). Other encodings read with the wrong table
 * (Cyrillic, Hebrew, Greek, CJK…, or Arabic and English with each other's) break these.
 */
export function wellFormedWord(word: string): boolean {
  const accented = word.match(ACCENTED)?.length ?? 0;
  if (/[\u0600-\u06FF]/.test(word)) {
    if (accented > 0) return false;
    const w = word.replace(/^[\u0648\u0641\u0628\u0644\u0643](?=[A-Za-z])/, '');
    if (/[\u0621-\u064A][A-Za-z]|[A-Za-z][\u0621-\u064A]/.test(w)) return false;
    return !/[\u0621-\u0627\u0629-\u063A\u0642\u0645-\u0647\u0649-\u064A][\u064B-\u0652]*\u0625/.test(w);
  }
  const letters = word.match(LATIN_LETTER)?.length ?? 0;
  return letters === 1 || accented * 3 <= letters * 2;
}

/** Share of the words with non-ASCII characters that look like real text (see wellFormedWord). */
export function plausibleShare(text: string): number {
  let all = 0;
  let ok = 0;
  for (const w of text.split(/[\s\p{P}\p{S}\p{Z}]+/u)) {
    if (!/[^\x00-\x7F]/.test(w)) continue;
    all++;
    if (wellFormedWord(w)) ok++;
  }
  return all === 0 ? 1 : ok / all;
}

/** Non-ASCII characters real Arabic and English texts use besides letters and marks. */
const COMMON_NON_LETTER = /[\u00A0\u00AB\u00BB\u00B0\u00A3\u00A9\u00AE\u00D7\u060C\u061B\u061F\u066A-\u066C\u0660-\u0669\u200C-\u200F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u20AC\u2122]/;

/**
 * Share of the non-ASCII characters that are neither letters, marks nor common punctuation. Double-byte
 * encodings (Chinese, Japanese) read with these tables come out as runs of symbols: ¹ ¼ ² ± ¾ ‚ ‹ ¦.
 */
export function oddSymbolShare(text: string): number {
  let all = 0;
  let odd = 0;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) continue;
    all++;
    if (!/[\p{L}\p{M}]/u.test(c) && !COMMON_NON_LETTER.test(c)) odd++;
  }
  return all === 0 ? 0 : odd / all;
}

/** Below this share of well-formed words, no legacy decoding is accepted. */
export const MIN_PLAUSIBLE = 0.9;
/** Above this share of odd symbols among non-ASCII characters, no legacy decoding is accepted. */
export const MAX_ODD = 0.1;

export interface LegacyDecoding {
  encoding: LegacyEncoding;
  text: string;
}

/**
 * The best legacy decoding of bytes that are not UTF-8, or undefined when none looks like text.
 * For an Arabic file the most Arabic-looking decoding wins; for an English one the most well-formed.
 * Ties go to the encoding expected for the file's language (Windows-1256 for Arabic, 1252 for English).
 */
export function decodeLegacy(bytes: Uint8Array, lang: Lang): LegacyDecoding | undefined {
  const order: readonly LegacyEncoding[] = lang === 'ar' ? LEGACY_ENCODINGS : ['windows-1252', 'windows-1256', 'iso-8859-6'];
  // Judged on the start of a long file (dozens of pages), so a large file is not scored three times over.
  const sample = Buffer.from(bytes.subarray(0, SAMPLE_BYTES));
  let best: { encoding: LegacyEncoding; key: number } | undefined;
  for (const encoding of order) {
    const text = iconv.decode(sample, encoding);
    const score = decodingScore(text);
    const share = plausibleShare(text);
    if (score === -Infinity || share < MIN_PLAUSIBLE || oddSymbolShare(text) > MAX_ODD) continue;
    const key = lang === 'ar' ? score : share;
    if (!best || key > best.key) best = { encoding, key };
  }
  if (!best) return undefined;
  const text = bytes.length <= SAMPLE_BYTES ? iconv.decode(sample, best.encoding) : iconv.decode(Buffer.from(bytes), best.encoding);
  // Bytes the chosen table leaves undefined further on: not one encoding throughout.
  return text.includes('\uFFFD') ? undefined : { encoding: best.encoding, text };
}

/** How much of a file the legacy encoding is chosen on. */
export const SAMPLE_BYTES = 256 * 1024;
