/**
 * Arabic normalisation for matching (never for display): the one folding every matcher uses (lexical encoder,
 * names, glossary, the glossary CSV's identities), so text as it arrives (vowelled, typed on a Persian or Urdu
 * keyboard, with invisible direction marks) matches the plain spelling.
 */

/** Vowel marks, Quranic annotation marks and the superscript alef: they do not change a word. */
const MARKS = '\\u0610-\\u061A\\u064B-\\u065F\\u0670\\u06D6-\\u06ED\\u08D3-\\u08E1\\u08E3-\\u08FF';
/**
 * Invisible format characters that arrive between or after words: ZWSP, ZWNJ, ZWJ, LRM, RLM, ALM, BOM, word
 * joiner, bidi embeddings and isolates, soft hyphen.
 */
export const INVISIBLE = '\\u00AD\\u061C\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\uFEFF';
const DROP = new RegExp(`[${MARKS}${INVISIBLE}\\u0640]`, 'g');

/**
 * Letter variants folded to one Arabic letter: alef and hamza forms, ى, ة, and the Persian/Urdu/Kurdish letters
 * that stand for Arabic ones on those keyboards (ی ې ۍ ے → ي, ک ڪ گ → ك, ہ ۂ ۃ ھ ە ۀ → ه, ۆ ۇ ۈ ۋ → و).
 */
const LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ے': 'ي', 'ۓ': 'ي', 'ٸ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ہ': 'ه', 'ۂ': 'ه', 'ۃ': 'ه', 'ھ': 'ه', 'ە': 'ه', 'ۀ': 'ه',
  'ؤ': 'و', 'ۆ': 'و', 'ۇ': 'و', 'ۈ': 'و', 'ۋ': 'و',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  'پ': 'ب', 'ڤ': 'ف',
};
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const FOLD = new RegExp(`[${Object.keys(LETTERS).join('')}٠-٩۰-۹٫]`, 'g');
/** Presentation forms (ﻻ, ﺳ…) from old PDFs and fonts: compatibility-decomposed to the letters they show. */
const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFC]/;

/** Arabic-Indic and Persian digits → ASCII digits; Arabic decimal separator → '.'. */
export function asciiDigits(s: string): string {
  return s.replace(/[٠-٩۰-۹٫]/g, (c) => {
    if (c === '٫') return '.';
    const i = ARABIC_INDIC.indexOf(c);
    return String(i >= 0 ? i : PERSIAN.indexOf(c));
  });
}

/**
 * Folds the spelling variation that does not change a word for matching: vowel marks, tatweel and invisible
 * marks removed; alef forms → ا, ى → ي, ة → ه, hamza carriers → bare letters; Persian and Urdu letter variants
 * → their Arabic letters; digits → ASCII.
 */
export function normalizeArabic(s: string): string {
  const t = PRESENTATION.test(s) ? s.normalize('NFKC') : s;
  return t.replace(DROP, '').replace(FOLD, (c) => LETTERS[c] ?? asciiDigits(c));
}

const EDGE_START = new RegExp(`^[\\s\\p{M}\\u0640${INVISIBLE}]+`, 'u');
const EDGE_END = new RegExp(`[\\s${INVISIBLE}]+$`, 'u');
const AROUND_SPACE = new RegExp(`[${INVISIBLE}]*(\\s+)[${INVISIBLE}]*`, 'gu');

/**
 * A term as a glossary cell shows it: the text's own letters and marks, without what strays at its edges
 * (white space, invisible marks; at the start also a vowel mark or tatweel left by a stripped proclitic:
 * وَاليَابَانُ → اليَابَانُ, not َاليَابَانُ) and without invisible marks beside its spaces.
 */
export function displayTerm(s: string): string {
  return s.replace(AROUND_SPACE, '$1').replace(EDGE_START, '').replace(EDGE_END, '');
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

/** Share of letters that are Arabic script, among Arabic and Latin letters. 0 when there are none. */
export function arabicShare(text: string): number {
  let ar = 0;
  let lat = 0;
  for (const ch of text) {
    if (ARABIC_LETTER.test(ch)) ar++;
    else if (LATIN_LETTER.test(ch)) lat++;
  }
  return ar + lat === 0 ? 0 : ar / (ar + lat);
}

export function isArabicWord(w: string): boolean {
  return ARABIC_LETTER.test(w);
}
