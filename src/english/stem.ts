// Only the stemmer submodule: the root of `natural` loads ./.env and prints to stdout.
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { BoundedMemo } from '../memo.ts';
import { derivedStem } from './derivation.ts';
import { adverbBase, classStem } from './synonyms.ts';

const MONTH_ABBREVIATIONS: Record<string, string> = {
  jan: 'january', feb: 'february', mar: 'march', apr: 'april', jun: 'june', jul: 'july', aug: 'august',
  sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december',
};

/**
 * Stem of a lowercased English word (month abbreviations expanded first), read as its synonym class's stem, or, a
 * noun outside the classes, as its verb's (decision → decid, see derivation.ts).
 */
export function stemEnglish(word: string): string {
  // Words recur: the Porter stemmer's regular expressions were a tenth of the glossary stage.
  return stems.get(word, () => {
    const stem = porter.stem(MONTH_ABBREVIATIONS[word] ?? adverbBase(word));
    const cls = classStem(stem);
    return cls !== stem ? cls : classStem(derivedStem(stem));
  });
}
const stems = new BoundedMemo<string>(200_000);
