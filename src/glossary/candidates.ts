import { stripProclitics } from '../arabic/clitics.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { isArabicStopword } from '../arabic/stopwords.ts';
import { tokenize } from '../tokenize.ts';

/** An Arabic n-gram of a sentence: words [from, to) and its display form (first word's proclitics stripped). */
export interface ArabicNgram {
  from: number;
  to: number;
  text: string;
}

const isStop = (w: string): boolean => isArabicStopword(normalizeArabic(w)) || isArabicStopword(stripProclitics(normalizeArabic(w)));

/**
 * Arabic term candidates: n-grams of up to `maxLen` words inside one clause (no punctuation between words), never
 * starting or ending with a stop word, the leading conjunction/preposition of the first word stripped
 * (بالعملات → العملات, وكوريا → كوريا, لبيونغ يانغ → بيونغ يانغ). The pairing step picks among these the one
 * its word links support.
 */
export function arabicTermCandidates(sentence: string, maxLen = 6): ArabicNgram[] {
  const toks = tokenize(sentence, 'ar');
  const out: ArabicNgram[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (isStop(toks[i].text) || /\p{N}/u.test(toks[i].text)) continue;
    for (let j = i + 1; j <= Math.min(toks.length, i + maxLen); j++) {
      if (j > i + 1 && !/^[\s\u0640-]*$/.test(sentence.slice(toks[j - 2].end, toks[j - 1].start))) break;
      if (isStop(toks[j - 1].text)) continue;
      const words = toks.slice(i, j).map((t) => t.text);
      out.push({ from: i, to: j, text: [stripProclitics(words[0]), ...words.slice(1)].join(' ') });
    }
  }
  return out;
}
