/** Arabic normalisation for matching (never for display). */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;
const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';

/** Arabic-Indic and Persian digits → ASCII digits; Arabic decimal separator → '.'. */
export function asciiDigits(s: string): string {
  return s.replace(/[٠-٩۰-۹٫]/g, (c) => {
    if (c === '٫') return '.';
    const i = ARABIC_INDIC.indexOf(c);
    return String(i >= 0 ? i : PERSIAN.indexOf(c));
  });
}

/**
 * Folds the spelling variation that does not change a word for matching:
 * diacritics and tatweel removed, alef forms → ا, ى → ي, ة → ه, hamza carriers → bare letters.
 */
export function normalizeArabic(s: string): string {
  return asciiDigits(s)
    .replace(DIACRITICS, '')
    .replace(TATWEEL, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    // Persian and Urdu letter forms that Arabic text borrows from keyboards: ی ي, ک ك, ە ه.
    .replace(/[یۍې]/g, 'ي')
    .replace(/[کڪ]/g, 'ك')
    .replace(/ە/g, 'ه')
    .replace(/[گ]/g, 'ك')
    .replace(/[پ]/g, 'ب')
    .replace(/[ڤ]/g, 'ف');
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
