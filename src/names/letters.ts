import { normalizeArabic } from '../arabic/normalize.ts';

/**
 * How Arabic spells the names of the Latin letters (normalised: أإآ → ا, ة → ه, ى → ي), as in initials
 * (آماندا كيه for Amanda K) and spelled-out acronyms (إي سي دي سي for ECDC, بي إيه سي تي for PACT).
 */
const SPELLINGS: Record<string, string[]> = {
  A: ['إيه', 'أيه', 'اي', 'ايه', 'أي'],
  B: ['بي'],
  C: ['سي'],
  D: ['دي'],
  E: ['إي', 'اي'],
  F: ['إف', 'اف'],
  G: ['جي'],
  H: ['إتش', 'اتش', 'إتشي'],
  I: ['آي', 'اي', 'أي'],
  J: ['جيه', 'جاي', 'جي'],
  K: ['كيه', 'كاي', 'كي'],
  L: ['إل', 'ال'],
  M: ['إم', 'ام'],
  N: ['إن', 'ان'],
  O: ['أو', 'او'],
  P: ['بي'],
  Q: ['كيو'],
  R: ['آر', 'ار'],
  S: ['إس', 'اس'],
  T: ['تي'],
  U: ['يو'],
  V: ['في', 'فى'],
  W: ['دبليو'],
  X: ['إكس', 'اكس'],
  Y: ['واي'],
  Z: ['زد', 'زي'],
};

const BY_LETTER = new Map(Object.entries(SPELLINGS).map(([l, s]) => [l, new Set(s.map(normalizeArabic))]));

/** The Arabic word (normalised) spells the name of this Latin letter. */
export function spellsLetter(arabicNormalised: string, letter: string): boolean {
  return BY_LETTER.get(letter.toUpperCase())?.has(arabicNormalised) ?? false;
}

/** The word is a conjunction or preposition (و ف ب ل ك) joined to a letter's name (وآي "and I"). */
export function spellsLetterAfterProclitic(arabicNormalised: string, letter: string): boolean {
  return /^[وفبلك]/.test(arabicNormalised) && spellsLetter(arabicNormalised.slice(1), letter);
}

/** Letters of an English initial (K, K.) or acronym (ECDC, iOS) spelled one by one, or undefined. */
export function spelledLetters(word: string): string[] | undefined {
  // A hyphened acronym of capitals is spelled part by part (PEPP-PT ↔ بي إي بي بي-بي تي).
  if (/^[A-Z]{2,}(-[A-Z]{1,})+$/.test(word) && word.replace(/-/g, '').length <= 8) return [...word.replace(/-/g, '')];
  const w = word.replace(/\./g, '');
  if (!/^[A-Za-z]{1,6}$/.test(w)) return undefined;
  if (w.length > 1 && (w.match(/[A-Z]/g) ?? []).length < 2) return undefined;
  if (w.length === 1 && w !== w.toUpperCase()) return undefined;
  return [...w.toUpperCase()];
}
