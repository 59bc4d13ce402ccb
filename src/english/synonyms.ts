/**
 * English synonym classes and derivations read as one stem, so that two reports' different words for one thing meet
 * (prosecutors ~ prosecution, jail ~ prison, remarks ~ statement), and adverbs in -ly are read as their adjective
 * (seriously ~ serious, voluntarily ~ voluntary). The classes are ours: src/lexicon/data/synonyms-en.txt.
 */
import { readFileSync } from 'node:fs';
import porter from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { shippedFile } from '../resources/shipped.ts';
import { isLemma } from './wordnet.ts';

/** Parses one class a line (first word the class's name) into stem → the name's stem; a stem in two classes throws. */
export function parseSynonymClasses(text: string, stem: (w: string) => string = (w) => porter.stem(w)): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const words = line.trim().toLowerCase().split(/\s+/);
    const head = stem(words[0]);
    for (const w of words) {
      const s = stem(w);
      const before = out.get(s);
      if (before !== undefined && before !== head) throw new Error(`synonym classes: "${w}" (stem ${s}) is in two classes`);
      out.set(s, head);
    }
  }
  return out;
}

let classes: Map<string, string> | undefined;

/** The stem a Porter stem is read as: its class's, or itself. */
export function classStem(stem: string): string {
  classes ??= parseSynonymClasses(readFileSync(shippedFile('lexicon/data/synonyms-en.txt', 'the English synonym classes'), 'utf8'));
  return classes.get(stem) ?? stem;
}

/**
 * The adjective an -ly adverb is made from (seriously → serious, voluntarily → voluntary, probably → probable), when
 * WordNet lists it as one; the word itself otherwise. A word that is itself a noun (family, supply, assembly) or
 * whose base is short (only, early) is left alone.
 */
export function adverbBase(word: string): string {
  if (word.length < 6 || !word.endsWith('ly') || isLemma(word, 'noun')) return word;
  const bases = [word.slice(0, -2)];
  if (word.endsWith('ily')) bases.push(word.slice(0, -3) + 'y');
  if (word.endsWith('bly')) bases.push(word.slice(0, -1) + 'e');
  return bases.find((b) => b.length >= 4 && isLemma(b, 'adj')) ?? word;
}
