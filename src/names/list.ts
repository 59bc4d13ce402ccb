/**
 * Does a text look like a list of person names, one a line? Then a line's partner is found by how the name
 * is spelled (agreement.ts) more than by the encoder's vector, whose name features are coarser.
 */

/** Lower-case particles inside names (Abd al-Rahman, Ludwig van Beethoven, Leonardo da Vinci). */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'ben', 'abu', 'de', 'del', 'der', 'den', 'van', 'von', 'da', 'di', 'du', 'la', 'le', 'y']);

/** A capitalised word: letters, apostrophes, hyphens and dots (O'Brien, Al-Rashid, J.R.). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.\-‐]*$/u;

/** A particle joined to a name by a hyphen (al-Rahman, el-Sisi). */
const particleJoined = (w: string): boolean => {
  const cut = w.search(/[-‐]/);
  return cut > 0 && PARTICLES.has(w.slice(0, cut)) && NAME_WORD.test(w.slice(cut + 1));
};

/** Initials or short abbreviations end a name with a dot (Robert Downey Jr., Jane D.); a word does not. */
const INITIALS = /^(\p{L}{1,2}\.)+$/u;

/**
 * One to five words, each capitalised or a particle, and no sentence punctuation: no comma, colon, semicolon,
 * question or exclamation mark, quotation mark, bracket or digit, and a final dot only after an initial.
 */
export function looksLikeName(line: string): boolean {
  const t = line.trim();
  if (t.length < 2 || t.length > 60 || /[\d,;:!?"“”«»()[\]{}…/\\|]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 5) return false;
  if (t.endsWith('.') && !INITIALS.test(words[words.length - 1])) return false;
  return words.every((w) => NAME_WORD.test(w) || PARTICLES.has(w) || particleJoined(w)) && words.some((w) => NAME_WORD.test(w) && /\p{L}{2}/u.test(w));
}

/** At least half of the non-empty lines look like names (a list may carry a heading or a stray note). */
export function isNameList(lines: readonly string[]): boolean {
  const nonEmpty = lines.filter((l) => l.trim());
  return nonEmpty.length > 0 && nonEmpty.filter(looksLikeName).length * 2 >= nonEmpty.length;
}
