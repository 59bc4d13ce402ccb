import { stripProclitics } from '../arabic/clitics.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { isArabicStopword } from '../arabic/stopwords.ts';
import { EN_STOPWORDS } from '../english/stopwords.ts';
import { nameKey, keyDistance } from '../names/key.ts';
import { tokenize, type Token } from '../tokenize.ts';

/** A span of a sentence: tokens [from, to) and their surface text. */
export interface Span {
  from: number;
  to: number;
  text: string;
}

const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'la', 'le', 'du', 'da', 'del']);

/** Maximal runs of capitalised English words (inner "of", "de"… allowed), without a leading stopword. */
export function capitalisedRuns(sentence: string): Span[] {
  const toks = tokenize(sentence, 'en');
  const runs: Span[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isCapitalised(toks[i].text) || EN_STOPWORDS.has(toks[i].text.toLowerCase())) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < toks.length) {
      if (isCapitalised(toks[j].text) && sameClause(sentence, toks[j - 1], toks[j])) j++;
      else if (CONNECTORS.has(toks[j].text) && j + 1 < toks.length && isCapitalised(toks[j + 1].text)) j += 2;
      else break;
    }
    runs.push(spanOf(sentence, toks, i, j));
    i = j;
  }
  return runs;
}

function isCapitalised(w: string): boolean {
  return /^\p{Lu}/u.test(w);
}

/** Words of one name are separated by spaces or hyphens only, never by a comma or a full stop. */
function sameClause(sentence: string, a: Token, b: Token): boolean {
  return /^[\s\-]*$/.test(sentence.slice(a.end, b.start));
}

function spanOf(sentence: string, toks: Token[], from: number, to: number): Span {
  return { from, to, text: sentence.slice(toks[from].start, toks[to - 1].end).replace(/['’]s$/, '') };
}

/** Every contiguous sub-span of a span, longest first. */
export function subSpans(span: Span, words: string[]): Span[] {
  const out: Span[] = [];
  for (let len = span.to - span.from; len >= 1; len--) {
    for (let s = span.from; s + len <= span.to; s++) {
      const w = words.slice(s, s + len);
      if (EN_STOPWORDS.has(w[0].toLowerCase()) || CONNECTORS.has(w[w.length - 1])) continue;
      out.push({ from: s, to: s + len, text: w.join(' ').replace(/['’]s$/, '') });
    }
  }
  return out;
}

/** Arabic n-grams (up to `maxLen` words) that could be names: no stopword inside, proclitics stripped at the start. */
export function arabicNameCandidates(sentence: string, isKnownWord: (w: string) => boolean, maxLen = 4): Span[] {
  const words = tokenize(sentence, 'ar').map((t) => t.text);
  const out: Span[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= maxLen && i + n <= words.length; n++) {
      const w = words.slice(i, i + n);
      if (w.some((x) => isArabicStopword(normalizeArabic(x)) || isKnownWord(x) || /\p{N}/u.test(x))) break;
      const first = stripProclitics(w[0]);
      out.push({ from: i, to: i + n, text: [first, ...w.slice(1)].join(' ') });
      if (first !== w[0]) out.push({ from: i, to: i + n, text: w.join(' ') });
    }
  }
  return out;
}

/** Similarity of an English and an Arabic name from their phonetic keys, in [0, 1]. */
export function keySimilarity(en: string, ar: string): number {
  const a = nameKey(en).replace(/ /g, '');
  const b = nameKey(ar).replace(/ /g, '');
  if (!a || !b) return 0;
  // Short keys only count when identical: two consonants leave too much room for chance.
  if (Math.min(a.length, b.length) <= 3) return a === b ? 1 : 0;
  return 1 - keyDistance(a, b) / Math.max(a.length, b.length);
}
