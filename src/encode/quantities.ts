/**
 * Quantities read the same way in both languages, so that 700 ألف meets 700,000, $5bn meets 5 مليارات دولار and
 * خمسة meets five and 5: a number with its scale word becomes one value (`d:700000`), number words 2–99 become
 * their value, and currency and percent signs become the words the lexicon gives their Arabic names.
 */
import { asciiDigits, normalizeArabic } from '../arabic/normalize.ts';
import { BoundedMemo } from '../memo.ts';
import type { Lang } from '../types.ts';
import type { Token } from '../tokenize.ts';

/** What one quantity at a token contributes: features (English words or `d:` values) and the tokens it used. */
export interface Quantity {
  /** `d:` value features, and plain English words (dollar, percent) for the caller to turn into its features. */
  values: string[];
  words: string[];
  length: number;
}

const EN_UNITS: Record<string, number> = bare({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
});
const EN_TENS: Record<string, number> = bare({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const EN_SCALES: Record<string, number> = bare({
  hundred: 100, thousand: 1e3, thousands: 1e3, million: 1e6, millions: 1e6, mn: 1e6, billion: 1e9, billions: 1e9,
  bn: 1e9, trillion: 1e12, tn: 1e12, k: 1e3,
});
/** Scale abbreviations read as such only right after a money amount ($5m), never after a bare number (5 m). */
const EN_MONEY_SCALES: Record<string, number> = bare({ m: 1e6, b: 1e9 });
const EN_CURRENCY_CODES: Record<string, string> = bare({ usd: 'dollar', eur: 'euro', gbp: 'pound', egp: 'pound', aud: 'dollar', cad: 'dollar' });

// Arabic number words (keys normalised at load, as tokens are). 1 is left to the lexicon ("one" is also a pronoun in English).
const AR_UNITS: Record<string, number> = normalisedKeys({
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثة: 3, أربع: 4, أربعة: 4, خمس: 5, خمسة: 5, ست: 6, ستة: 6,
  سبع: 7, سبعة: 7, ثمان: 8, ثماني: 8, ثمانية: 8, تسع: 9, تسعة: 9, عشر: 10, عشرة: 10,
});
const AR_TENS: Record<string, number> = normalisedKeys({
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, أربعون: 40, أربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90,
});
const AR_SCALES: Record<string, number> = normalisedKeys({
  ألف: 1e3, آلاف: 1e3, ألفا: 1e3, مليون: 1e6, ملايين: 1e6, مليونا: 1e6, مليار: 1e9, مليارات: 1e9, مليارا: 1e9,
  بليون: 1e9, بلايين: 1e9, تريليون: 1e12, ترليون: 1e12, مئة: 100, مائة: 100,
});
/**
 * Duals that are a quantity on their own: ألفين 2000, مليونين 2,000,000; also in a construct, where the dual drops
 * its ن (ملياري شخص "two billion people", ألفي جندي).
 */
const AR_DUALS: Record<string, number> = normalisedKeys({
  ألفين: 2e3, ألفان: 2e3, مليونين: 2e6, مليونان: 2e6, مليارين: 2e9, ملياران: 2e9, مئتين: 200, مئتان: 200, مائتين: 200, مائتان: 200,
  ألفي: 2e3, مليوني: 2e6, ملياري: 2e9, مئتي: 200, مائتي: 200,
});
/** المئة / المائة: "in the hundred" is Arabic's per cent. */
const HUNDRED: ReadonlySet<string> = new Set(['المئة', 'المائة'].map(normalizeArabic));
const SYMBOLS: Record<string, string> = { $: 'dollar', '€': 'euro', '£': 'pound', '%': 'percent', '٪': 'percent' };

/** The value of an English number word (six, twenty, twenty-five), or undefined: a lexicon's translation of an
 * Arabic number word (ست → six) meets the English side's `d:` value, not a stem of its own. */
export function englishNumberWord(lower: string): number | undefined {
  if (lower in EN_UNITS) return EN_UNITS[lower];
  if (lower in EN_TENS) return EN_TENS[lower];
  // Every word of every translation comes here: most have no hyphen, and need no split.
  const hyphen = lower.indexOf('-');
  if (hyphen < 0) return undefined;
  const tens = lower.slice(0, hyphen);
  const unit = lower.slice(hyphen + 1);
  if (tens in EN_TENS && unit in EN_UNITS && EN_UNITS[unit] < 10) return EN_TENS[tens] + EN_UNITS[unit];
  return undefined;
}

/** A lookup table without Object's prototype: "constructor" in it is false, as for any other word. */
function bare<T>(table: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, table);
}

function normalisedKeys(table: Record<string, number>): Record<string, number> {
  return bare(Object.fromEntries(Object.entries(table).map(([k, v]) => [normalizeArabic(k), v])));
}

/** What a quantity needs of one Arabic token, read once per distinct token. */
interface ArabicReading {
  norm: string;
  /** Its digits' value, if it is written in digits. */
  digits: number | undefined;
  /** Without the article a number word takes after its noun, or else a proclitic (see `withoutArticle`). */
  plain: string;
  /** Without a proclitic, as a scale word after a number (وألف). */
  bare: string;
}

/** Every token is tried as a quantity's start, and most are the same few thousand words: read once each. */
const readingMemo = new BoundedMemo<ArabicReading>(100_000);

function readArabic(text: string): ArabicReading {
  return readingMemo.get(text, () => {
    const norm = normalizeArabic(text);
    const article = withoutArticle(norm);
    return { norm, digits: digitValue(text), plain: article !== norm ? article : stripArabicProclitic(norm), bare: stripArabicProclitic(norm) };
  });
}

/** A token's digits as a number ("700,000", "٢٫٥", "2.5"), or undefined. */
function digitValue(text: string): number | undefined {
  if (!/^[\p{N}٫.,]+$/u.test(text)) return undefined;
  const s = asciiDigits(text).replace(/[.,](?=\d{3}(\D|$))/g, '').replace(/,/g, '.');
  const v = Number(s);
  return Number.isFinite(v) ? v : undefined;
}

/** The feature name of a value: `d:` and the number, as `numberFeature` writes digits (700000, 2.5). */
export function valueFeature(v: number): string {
  return 'd:' + String(Math.round(v * 1000) / 1000);
}

function stripArabicProclitic(w: string): string {
  return /^[وبلف]/.test(w) && w.length > 3 ? w.slice(1) : w;
}

/**
 * A number word may carry the article when it follows its noun: المستشارين الثلاثة "the three advisers". Not
 * اثنين/اثنان: الاثنين is Monday.
 */
function withoutArticle(w: string): string {
  const m = /^(?:[وفب]?ال|لل)(.{3,})$/.exec(w);
  return m && !m[1].startsWith('اثن') && (m[1] in AR_UNITS || m[1] in AR_TENS) ? m[1] : w;
}

/** The currency or percent sign written just before or after a token ($5, 5%, 5 %), as words. */
function signs(sentence: string, token: Token): string[] {
  const out: string[] = [];
  const before = sentence.slice(Math.max(0, token.start - 2), token.start);
  const after = sentence.slice(token.end, token.end + 2);
  for (const [sym, word] of Object.entries(SYMBOLS)) if (before.includes(sym) || after.includes(sym)) out.push(word);
  return out;
}

// Module-level helpers, not closures: every token of every sentence is tried as a quantity's start.
function lowerAt(tokens: readonly Token[], k: number): string {
  return tokens[k]?.text.toLowerCase() ?? '';
}

function normalAt(tokens: readonly Token[], k: number): string {
  return k < tokens.length ? readArabic(tokens[k].text).norm : '';
}

/** English number at token i: digits or number words, then a scale word. */
function englishQuantity(tokens: readonly Token[], i: number, sentence: string): Quantity | undefined {
  let value = digitValue(tokens[i].text);
  let length = 1;
  if (value === undefined) {
    const w = lowerAt(tokens, i);
    value = englishNumberWord(w);
    if (value === undefined) {
      if (w === 'percent' || (w === 'per' && lowerAt(tokens, i + 1) === 'cent')) return { values: [], words: ['percent'], length: w === 'per' ? 2 : 1 };
      if (w in EN_CURRENCY_CODES && tokens[i].text === tokens[i].text.toUpperCase()) return { values: [], words: [EN_CURRENCY_CODES[w]], length: 1 };
      return undefined;
    }
  }
  const words = signs(sentence, tokens[i]);
  const money = words.includes('dollar') || words.includes('euro') || words.includes('pound');
  const next = lowerAt(tokens, i + 1);
  const scale = EN_SCALES[next] ?? (money ? EN_MONEY_SCALES[next] : undefined);
  // "5bn" is written as one run: the scale must follow the digits directly or after one space.
  if (scale !== undefined && sentence.slice(tokens[i].end, tokens[i + 1].start).trim() === '') {
    value *= scale;
    length = 2;
    for (const w of signs(sentence, tokens[i + 1])) if (!words.includes(w)) words.push(w);
  }
  // Ordinal endings (21st, 3rd) carry nothing more than the number.
  if (length === 1 && /^(st|nd|rd|th)$/.test(next) && tokens[i + 1].start === tokens[i].end) length = 2;
  return { values: [valueFeature(value)], words, length };
}

/** Arabic number at word i: digits or number words (خمسة وعشرون), then a scale word (700 ألف, ثلاثة ملايين). */
function arabicQuantity(tokens: readonly Token[], i: number, sentence: string): Quantity | undefined {
  const reading = readArabic(tokens[i].text);
  const w = reading.norm;
  let value = reading.digits;
  let length = 1;
  if (value === undefined) {
    const plain = reading.plain;
    if (plain in AR_DUALS) return { values: [valueFeature(AR_DUALS[plain])], words: [], length: 1 };
    if (w === 'في' && HUNDRED.has(normalAt(tokens, i + 1))) return { values: [], words: ['percent'], length: 2 };
    if (w.startsWith('بال') && HUNDRED.has(w.slice(1))) return { values: [], words: ['percent'], length: 1 };
    if (plain in AR_UNITS) {
      value = AR_UNITS[plain];
      // خمسة عشر 15; خمسة وعشرون 25.
      const n1 = normalAt(tokens, i + 1);
      if (AR_UNITS[n1] === 10 && value < 10) {
        value += 10;
        length = 2;
      } else if (n1.startsWith('و') && n1.slice(1) in AR_TENS && value < 10) {
        value += AR_TENS[n1.slice(1)];
        length = 2;
      }
    } else if (plain in AR_TENS) value = AR_TENS[plain];
    else return undefined;
  }
  const words = signs(sentence, tokens[i]);
  const next = i + length < tokens.length ? readArabic(tokens[i + length].text).bare : '';
  if (next in AR_SCALES) {
    value *= AR_SCALES[next];
    length++;
  }
  return { values: [valueFeature(value)], words, length };
}

/** The quantity starting at token i of a sentence, or undefined. */
export function readQuantity(tokens: readonly Token[], i: number, sentence: string, lang: Lang): Quantity | undefined {
  return lang === 'ar' ? arabicQuantity(tokens, i, sentence) : englishQuantity(tokens, i, sentence);
}
