import { normalizeArabic } from '../arabic/normalize.ts';

/**
 * A phonetic consonant key shared by Arabic and Latin spellings of a name:
 * جيك سوليفان and Jake Sullivan both give "GK SLFN". Vowels, h and the letters Arabic
 * uses as vowels are dropped; consonants fold into classes both scripts can express.
 */

// Arabic letter → class. Letters absent from the map (vowel letters, ح ه ع ء) are dropped.
const AR: Record<string, string> = {
  'ب': 'B', 'ت': 'T', 'ط': 'T', 'ث': 'S', 'ج': 'G', 'غ': 'G', 'خ': 'K', 'د': 'D', 'ض': 'D', 'ذ': 'D',
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

/** Key of one Latin word. */
export function latinWordKey(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const initial = w[0] === 'y' ? 'Y' : w[0] === 'w' ? 'W' : '';
  if (initial) w = w.slice(1);
  for (const [re, rep] of LATIN_DIGRAPHS) w = w.replace(re, rep);
  let out = initial;
  for (const ch of w) out += ch >= 'A' && ch <= 'Z' ? ch : (LATIN[ch] ?? '');
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
