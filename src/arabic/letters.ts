import { normalizeArabic } from './normalize.ts';

/**
 * Latin letters spelled out in Arabic script, as Arabic writes acronyms it does not translate: بي بي سي BBC,
 * بي سي آر PCR, آر إن إيه RNA, إتش آي في HIV, إف بي آي FBI, بي إم دبليو BMW. Normalised spellings.
 */
const LETTER_NAMES: ReadonlyMap<string, string> = new Map([
  ['ايه', 'A'], ['بي', 'B'], ['سي', 'C'], ['دي', 'D'], ['اف', 'F'], ['جي', 'G'], ['اتش', 'H'], ['اش', 'H'],
  ['اي', 'I'], ['اى', 'I'], ['جاي', 'J'], ['جيه', 'J'], ['كيه', 'K'], ['كي', 'K'], ['ال', 'L'], ['ام', 'M'],
  ['ان', 'N'], ['او', 'O'], ['كيو', 'Q'], ['ار', 'R'], ['اس', 'S'], ['تي', 'T'], ['يو', 'U'], ['في', 'V'],
  ['دبليو', 'W'], ['اكس', 'X'], ['واي', 'Y'], ['زد', 'Z'], ['زي', 'Z'],
]);

/**
 * Letter names that are hardly ever anything else. A run of letter names must hold one of them: most of the
 * others are also common words (إن that, أو or, أم or / mother, في in, كي so that, بي with me, دي this).
 */
const DISTINCT: ReadonlySet<string> = new Set(['ايه', 'سي', 'اف', 'جي', 'اتش', 'كيو', 'ار', 'اس', 'تي', 'يو', 'دبليو', 'اكس', 'واي', 'زد']);

/** "في" reads V only inside a run (آي في), never first: alone or leading it is "in". */
const NOT_FIRST: ReadonlySet<string> = new Set(['في', 'ان', 'او', 'ال']);

/** Whether a spelled acronym may start with this word (a letter name that can come first): most words cannot. */
export function mayStartSpelledAcronym(word: string): boolean {
  const norm = normalizeArabic(word);
  return LETTER_NAMES.has(norm) && !NOT_FIRST.has(norm);
}

/**
 * The acronyms spelled by the letter names starting at `words[i]` (two or more, one of them distinct), and how
 * many words they take; undefined when none starts there. Readings the script leaves open all come back: a final
 * في is V (إتش آي في HIV) or "in" (بي بي سي في لندن), بي is B or P (بي سي آر PCR).
 */
export function readSpelledAcronym(words: readonly string[], i: number): { acronyms: string[]; length: number } | undefined {
  let acronym = '';
  let distinct = false;
  let n = 0;
  let last = '';
  for (let k = i; k < words.length; k++) {
    const norm = normalizeArabic(words[k]);
    const letter = LETTER_NAMES.get(norm);
    if (!letter || (n === 0 && NOT_FIRST.has(norm))) break;
    acronym += letter;
    distinct ||= DISTINCT.has(norm);
    last = norm;
    n++;
  }
  if (n < 2 || !distinct) return undefined;
  const readings = last === 'في' && n > 2 ? [acronym, acronym.slice(0, -1)] : [acronym];
  // بي is B or P (Arabic has no P), أي / آي I or A (إيه سي / أي سي ميلان AC Milan): each reading also with
  // every such letter as its other value.
  const other = (a: string): string => a.replace(/[BI]/g, (c) => (c === 'B' ? 'P' : 'A'));
  return { acronyms: readings.flatMap((a) => (/[BI]/.test(a) ? [a, other(a)] : [a])), length: n };
}
