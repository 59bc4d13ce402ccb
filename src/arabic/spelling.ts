/**
 * Spelling variation of foreign names in Arabic script: the same name is written with or without its long vowels
 * (بلومبرغ / بلومبيرغ Bloomberg, دمتري / دميتري Dmitry, تشنغدو / تشينغدو Chengdu) and with ج or غ for g (سيرجي /
 * سيرغي Sergei, جالاكسي / غالاكسي Galaxy), by outlet and by country. Works on normalised words (normalizeArabic).
 */

/** Long-vowel letters a writer may leave out inside a foreign name. */
const VOWEL_LETTERS = 'اوي';

/** ج and غ both write g: folded to one symbol. */
const foldG = (s: string): string => s.replace(/[جغ]/g, 'G');

/**
 * A key shared by a name's spellings: g letters folded, the long vowels inside the word (not its first or last
 * letter, which carry the name's shape: ايفا, سوريا) dropped. Words with one key are candidates only: see
 * `isSpellingVariant`.
 */
export function spellingSkeleton(norm: string): string {
  return foldG(norm).replace(/(?<=.)[اوي](?=.)/g, '');
}

/**
 * Whether two normalised words are spellings of one name: equal once g is folded, up to `maxDrops` long vowels
 * inside the word that one spelling writes and the other leaves out. Changing a vowel (مولر Müller / ميلر Miller,
 * بانغ / بوينغ) is not a variant; the first and last letters must agree.
 */
export function isSpellingVariant(a: string, b: string, maxDrops = 2): boolean {
  if (a === b) return false;
  const [long, short] = a.length >= b.length ? [foldG(a), foldG(b)] : [foldG(b), foldG(a)];
  const drops = long.length - short.length;
  if (drops > maxDrops || short.length < 3) return false;
  if (long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
  // Deletions only, of vowel letters inside the word: a small DP over (i in long, j in short).
  let row = new Array<boolean>(short.length + 1).fill(false);
  row[0] = true;
  for (let i = 1; i <= long.length; i++) {
    const next = new Array<boolean>(short.length + 1).fill(false);
    const deletable = i > 1 && i < long.length && VOWEL_LETTERS.includes(long[i - 1]);
    for (let j = 0; j <= short.length; j++) {
      next[j] = (deletable && row[j]) || (j > 0 && row[j - 1] && long[i - 1] === short[j - 1]);
    }
    row = next;
  }
  return row[short.length];
}
