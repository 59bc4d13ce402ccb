import { EXIT, UserError } from '../errors.ts';
import type { Lang } from '../types.ts';

/** Counts of letters by script: enough to tell an Arabic text from an English one, and both from others. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  other: number;
}

const ARABIC_BLOCKS: readonly [number, number][] = [[0x0600, 0x06ff], [0x0750, 0x077f], [0x08a0, 0x08ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff]];

/** Script of every BMP character: 0 not a letter, 1 Arabic, 2 Latin, 3 another script. Built once: inputs can be tens of megabytes. */
const KIND = ((): Uint8Array => {
  const kind = new Uint8Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (!/\p{L}/u.test(ch)) continue;
    kind[c] = ARABIC_BLOCKS.some(([lo, hi]) => c >= lo && c <= hi) ? 1 : /\p{Script=Latin}/u.test(ch) ? 2 : 3;
  }
  return kind;
})();

export function countScripts(text: string): ScriptCounts {
  const n: ScriptCounts = { arabic: 0, latin: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      // Letters outside the BMP (historic scripts, CJK extensions) count as another script.
      if (/\p{L}/u.test(String.fromCodePoint(text.codePointAt(i) as number))) n.other++;
      i++;
      continue;
    }
    const k = KIND[c];
    if (k === 1) n.arabic++;
    else if (k === 2) n.latin++;
    else if (k === 3) n.other++;
  }
  return n;
}

const pct = (x: number, all: number): string => `${Math.round((100 * x) / all)}%`;
const ROLE = { ar: 'Arabic (--ar)', en: 'English (--en)' } as const;

/**
 * Checks that a text is not empty and is written in the script its role says: at least half of the
 * letters of an Arabic text Arabic, at least half of an English text's Latin. A text in the other
 * language suggests the two files were swapped.
 */
export function checkLanguage(text: string, lang: Lang, path: string): void {
  if (!text.trim()) throw new UserError(`${path}: empty or only white space: no text to align`, EXIT.badInput);
  const n = countScripts(text);
  const all = n.arabic + n.latin + n.other;
  if (all === 0) throw new UserError(`${path}: no letters at all (only digits, punctuation or symbols): no text to align`, EXIT.badInput);
  const own = lang === 'ar' ? n.arabic : n.latin;
  const theirs = lang === 'ar' ? n.latin : n.arabic;
  if (own * 2 >= all) return;
  const ownScript = lang === 'ar' ? 'Arabic' : 'Latin';
  if (theirs >= n.other) {
    throw new UserError(
      `${path}: given as ${ROLE[lang]} but only ${pct(own, all)} of its letters are ${ownScript} (${pct(theirs, all)} ${lang === 'ar' ? 'Latin' : 'Arabic'}); are --ar and --en swapped?`,
      EXIT.wrongLanguage,
    );
  }
  throw new UserError(`${path}: given as ${ROLE[lang]} but ${pct(n.other, all)} of its letters are neither Arabic nor Latin: is it the right file?`, EXIT.wrongLanguage);
}

/** Letters of Persian (پ چ ژ گ) and of Urdu (ٹ ڈ ڑ ں ھ ہ ے) that Arabic does not use, not even in foreign names. */
const PERSIAN_ONLY = /[\u067E\u0686\u0698\u06AF]/g;
const URDU_ONLY = /[\u0679\u0688\u0691\u06BA\u06BE\u06C1\u06D2]/g;

/**
 * Persian or Urdu given as Arabic, told by the letters those languages use and Arabic does not: refused when
 * they are at least 1% of the Arabic-script letters (real Arabic: none in TICO-19's 335,000 letters), a warning
 * from 0.3%. ی and ک alone are not counted: that is Arabic typed on a Persian keyboard, read as Arabic.
 */
export function checkNotPersianOrUrdu(text: string, path: string): string | undefined {
  const arabic = countScripts(text).arabic;
  if (arabic === 0) return undefined;
  const persian = text.match(PERSIAN_ONLY)?.length ?? 0;
  const urdu = text.match(URDU_ONLY)?.length ?? 0;
  const [n, lang, letters] = urdu > persian ? [urdu, 'Urdu', 'ٹ ڈ ڑ ں ھ ہ ے'] : [persian, 'Persian', 'پ چ ژ گ'];
  const share = n / arabic;
  const said = `${n} of its ${arabic} Arabic-script letters (${share < 0.01 ? (100 * share).toFixed(1) : Math.round(100 * share)}%) are ${lang} letters Arabic does not use (${letters})`;
  if (share >= 0.01) throw new UserError(`${path}: given as ${ROLE.ar} but ${said}: ${lang} text, not Arabic?`, EXIT.wrongLanguage);
  return share >= 0.003 ? `warning: ${path}: ${said}: is part of it ${lang}?` : undefined;
}
