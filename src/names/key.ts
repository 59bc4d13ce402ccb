import { normalizeArabic } from '../arabic/normalize.ts';
import { BoundedMemo } from '../memo.ts';
import { learnedCosts, learnedNameSimilarity } from './costs.ts';

/**
 * A phonetic consonant key shared by Arabic and Latin spellings of a name:
 * جيك سوليفان and Jake Sullivan both give "GK SLFN". Vowels, h and the letters Arabic
 * uses as vowels are dropped; consonants fold into classes both scripts can express.
 */

// Arabic letter → class. Letters absent from the map (vowel letters, ح ه ع ء) are dropped.
const AR: Record<string, string> = {
  'ب': 'B', 'ت': 'T', 'ط': 'T', 'ث': 'T', 'ج': 'G', 'غ': 'G', 'خ': 'K', 'د': 'D', 'ض': 'D', 'ذ': 'D',
  'ر': 'R', 'ز': 'S', 'ظ': 'S', 'س': 'S', 'ص': 'S', 'ش': 'X', 'ف': 'F', 'ق': 'K', 'ك': 'K', 'ل': 'L',
  'م': 'M', 'ن': 'N',
};

// Latin digraphs first, then single letters.
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/tch/g, 'X'], [/sch/g, 'X'], [/sh/g, 'X'], [/ch/g, 'X'], [/zh/g, 'X'], [/kh/g, 'K'], [/gh/g, 'G'],
  [/ph/g, 'F'], [/th/g, 'T'], [/dh/g, 'D'], [/ck/g, 'K'], [/q/g, 'K'], [/x/g, 'KS'],
  [/c(?=[eiy])/g, 'S'], [/c/g, 'K'], [/ts/g, 'S'], [/dj/g, 'G'],
];
const LATIN: Record<string, string> = {
  b: 'B', p: 'B', t: 'T', d: 'D', g: 'G', j: 'G', k: 'K', f: 'F', v: 'F', s: 'S', z: 'S',
  r: 'R', l: 'L', m: 'M', n: 'N',
};

function squeeze(s: string): string {
  return s.replace(/(.)\1+/g, '$1');
}

/** Key of one Arabic word (already without clitics). */
export function arabicWordKey(word: string): string {
  const w = normalizeArabic(word);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    // تش spells "ch" (تشو ↔ Cho)
    if (ch === 'ت' && w[i + 1] === 'ش') {
      out += 'X';
      i++;
      continue;
    }
    if (i === 0 && ch === 'ي') out += 'Y';
    else if (i === 0 && ch === 'و') out += 'W';
    else out += AR[ch] ?? '';
  }
  return squeeze(out);
}

/** Lower-case a–z only; š č ž ć (Slavic "sh", "ch", "zh") fold to the digraphs they sound like. */
function latinLetters(word: string): string {
  return word
    .toLowerCase()
    .replace(/[šş]/g, 'sh')
    .replace(/[čć]/g, 'ch')
    .replace(/ž/g, 'zh')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/** Key of one Latin word. */
export function latinWordKey(word: string): string {
  let w = latinLetters(word);
  const initial = w[0] === 'y' ? 'Y' : w[0] === 'w' ? 'W' : '';
  if (initial) w = w.slice(1);
  for (const [re, rep] of LATIN_DIGRAPHS) w = w.replace(re, rep);
  let out = initial;
  for (const ch of w) out += ch >= 'A' && ch <= 'Z' ? ch : (LATIN[ch] ?? '');
  return squeeze(out);
}

/**
 * A finer key that keeps vowels as three classes (A; I for e i y; U for o u), for fuzzy matching by
 * character n-grams: foreign names in Arabic spell most vowels out (سوليفان → SULIFAN ~ Sullivan → SULIFAN),
 * and without vowels too many names share one consonant key (Salim, Salem, Selma, Sloum → SLM).
 */
export function arabicVowelKey(word: string): string {
  const w = normalizeArabic(word);
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (ch === 'ت' && w[i + 1] === 'ش') {
      out += 'X';
      i++;
    } else if (i === 0 && ch === 'ا' && (w[1] === 'ي' || w[1] === 'و')) {
      // A carrier alef: إيليا ~ Iliya, أوثنييل ~ Othniel.
      out += w[1] === 'ي' ? 'I' : 'U';
      i++;
    } else if (ch === 'ا' || ch === 'ع' || ch === 'ء') out += 'A';
    else if (ch === 'ي') out += i === 0 ? 'Y' : 'I';
    else if (ch === 'و') out += i === 0 ? 'W' : 'U';
    // Final ة/ه is mostly a vowel: فاطمه ~ Fatima.
    else if (ch === 'ه' && i === w.length - 1 && i > 0) out += 'A';
    // h is kept (the consonant key drops it): without it كحيل meets Kell exactly and Kahil only nearly.
    else if (ch === 'ح' || ch === 'ه') out += 'H';
    else out += AR[ch] ?? '';
  }
  return squeeze(out);
}

const LATIN_VOWELS: Record<string, string> = { a: 'A', e: 'I', i: 'I', y: 'I', o: 'U', u: 'U', w: 'U' };

/** The vowel-keeping key of one Latin word (see `arabicVowelKey`). */
export function latinVowelKey(word: string): string {
  let w = latinLetters(word);
  const initial = w[0] === 'y' ? 'Y' : w[0] === 'w' ? 'W' : '';
  if (initial) w = w.slice(1);
  for (const [re, rep] of LATIN_DIGRAPHS) w = w.replace(re, rep);
  let out = initial;
  for (const ch of w) out += ch >= 'A' && ch <= 'Z' ? ch : ch === 'h' ? 'H' : (LATIN[ch] ?? LATIN_VOWELS[ch] ?? '');
  return squeeze(out);
}

/** Key of a whole name in either script: word keys joined by spaces (hyphens split words). */
export function nameKey(name: string): string {
  return name
    .split(/[\s\-‐]+/)
    .filter(Boolean)
    .map((w) => (/[\u0600-\u06FF]/.test(w) ? arabicWordKey(w) : latinWordKey(w)))
    .filter(Boolean)
    .join(' ');
}

/** Levenshtein distance between two keys. */
export function keyDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/** Similarity of two names in [0, 1] from their keys (spaces ignored, so پيونغ يانغ ~ Pyongyang). */
export function nameSimilarity(a: string, b: string): number {
  const ka = nameKey(a).replace(/ /g, '');
  const kb = nameKey(b).replace(/ /g, '');
  if (!ka || !kb) return 0;
  return 1 - keyDistance(ka, kb) / Math.max(ka.length, kb.length);
}

/** Character n-grams of a key with its ends marked (^SULIFAN$ → ^S SU … AN$ ^SU SUL …). */
function keyGrams(key: string): string[] {
  const k = '^' + key + '$';
  const out: string[] = [];
  for (const n of [2, 3]) for (let i = 0; i + n <= k.length; i++) out.push(k.slice(i, i + n));
  return out;
}

/** Weight of the fuzzy (n-gram) part of a name's features against 1 for its exact consonant key. */
export const NAME_GRAM_WEIGHT = 0.5;

/**
 * The features by which one name word meets its spelling in the other script: its exact consonant key
 * ("n:"), and the n-grams of its vowel-keeping key ("v:"), which let near spellings meet (Bethune ~ بيثون).
 * Weights sum to 1 + gramWeight·√(#grams) so one word weighs about the same whatever its length.
 */
export function nameWordFeatures(word: string, gramWeight = NAME_GRAM_WEIGHT): [feature: string, weight: number][] {
  return featureMemo.get(gramWeight + '\t' + word, () => computeNameWordFeatures(word, gramWeight));
}

const featureMemo = new BoundedMemo<[string, number][]>(200_000);

function computeNameWordFeatures(word: string, gramWeight: number): [feature: string, weight: number][] {
  const arabic = /[\u0600-\u06FF]/.test(word);
  const key = arabic ? arabicWordKey(word) : latinWordKey(word);
  const vowelKey = arabic ? arabicVowelKey(word) : latinVowelKey(word);
  // One-consonant names (Hotea, Iliya, Susi) still have a vowel key to meet by.
  if (vowelKey.length < 2) return [];
  const out: [string, number][] = key.length >= 2 ? [['n:' + key, 1]] : [['n:' + vowelKey, 1]];
  if (gramWeight > 0) {
    const grams = keyGrams(vowelKey);
    for (const g of grams) out.push(['v:' + g, gramWeight / Math.sqrt(grams.length)]);
    if (!arabic) {
      // The Latin side also carries the n-grams of its spellings one cheap learned edit away (Piaget ~ بياجيه),
      // each weighted by 1 − cost: n-gram cosine then approximates the learned edit distance.
      const have = new Set(grams);
      const extra = new Map<string, number>();
      for (const [variant, c] of learnedVariants(vowelKey)) {
        for (const g of keyGrams(variant)) if (!have.has(g)) extra.set(g, Math.max(extra.get(g) ?? 0, 1 - c));
      }
      for (const [g, w] of extra) out.push(['v:' + g, (w * gramWeight) / Math.sqrt(grams.length)]);
    }
  }
  return out;
}

/** Learned operations cheaper than this make variants (0.7 measured no better, with more features). */
const MAX_VARIANT_COST = 0.5;

/** Variants of a Latin vowel key one cheap learned operation away, with that operation's cost. */
export function learnedVariants(key: string): [string, number][] {
  const cheap = Object.entries(learnedCosts()).filter(([, c]) => c < MAX_VARIANT_COST);
  const out: [string, number][] = [];
  for (const [op, c] of cheap) {
    const [x, y] = op.split('>');
    if (!x) {
      out.push([y + key, c]);
      continue;
    }
    for (let i = key.indexOf(x); i >= 0; i = key.indexOf(x, i + 1)) out.push([key.slice(0, i) + y + key.slice(i + 1), c]);
  }
  return out;
}

/** Similarity of a Latin and an Arabic spelling of a name by learned edit costs (see `learnedNameSimilarity`). */
export function learnedSimilarity(latin: string, arabic: string): number {
  return learnedNameSimilarity(latin, arabic, { latin: latinVowelKey, arabic: arabicVowelKey });
}
