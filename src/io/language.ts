import { EXIT, UserError } from '../errors.ts';
import type { Lang } from '../types.ts';

/** Counts of letters by script: enough to tell an Arabic text from an English one, and both from others. */
export interface ScriptCounts {
  arabic: number;
  latin: number;
  other: number;
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function countScripts(text: string): ScriptCounts {
  const n: ScriptCounts = { arabic: 0, latin: 0, other: 0 };
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    if (ARABIC.test(ch)) n.arabic++;
    else if (LATIN.test(ch)) n.latin++;
    else n.other++;
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
