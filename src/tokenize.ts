import type { Lang } from './types.ts';

/** A word of a sentence with its offsets in that sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Arabic words keep their marks and tatweel, and the invisible marks (ZWNJ, RLM…) glued to them, so a word
// followed by an RLM is one word with plain space after it (normalizeArabic drops the marks for matching);
// English words keep inner apostrophes and hyphens.
const AR_WORD = /\p{Cf}*[\p{L}\p{M}\u0640][\p{L}\p{M}\u0640\p{Cf}]*|[\p{N}٫.,]*\p{N}/gu;
const EN_WORD = /[\p{L}\p{M}]+(?:['’\-][\p{L}\p{M}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function tokenize(text: string, lang: Lang): Token[] {
  const re = lang === 'ar' ? AR_WORD : EN_WORD;
  re.lastIndex = 0;
  const out: Token[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
