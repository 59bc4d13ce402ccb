/**
 * How much each translation of an Arabic word counts. The core lexicon's senses count fully; FreeDict's are
 * weighted by agreement: a pair found in both FreeDict directions (ara-eng and eng-ara), or a sense sharing a
 * WordNet synset with another sense of the same word, is corroborated; a lone sense (الموكب → "cortege",
 * قصوى → "utterness") counts less. The weights are measured on the dev sets (docs/ENCODER-LEXICAL.md).
 */
import { synsets } from '../english/wordnet.ts';
import { canonicalArabic } from './lexicon.ts';
import { cleanArabicTerms, cleanEnglishTerms, loadFreedictEntries, MAX_SENSES, type DictdEntry } from './freedict.ts';

/** Canonical Arabic → English sense → in how many FreeDict directions the pair appears (1 or 2). */
export type Agreement = ReadonlyMap<string, ReadonlyMap<string, number>>;

export interface SenseWeights {
  /** Weight of a FreeDict sense added beside the core lexicon's senses of a word the core knows (0: none). */
  extra: number;
  /** Factor of a FreeDict sense neither found in both directions nor sharing a synset with another sense. */
  lone: number;
}

/** Measured on the dev sets (docs/ENCODER-LEXICAL.md, "Sense weights"). */
export const DEFAULT_SENSE_WEIGHTS: SenseWeights = { extra: 0, lone: 1 };

/** The directions each FreeDict pair is found in. */
export function freedictAgreement(araEng: readonly DictdEntry[], engAra: readonly DictdEntry[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  const mark = (pairs: Set<string>, ar: string, en: string): void => {
    const key = canonicalArabic(ar);
    if (key) pairs.add(key + '\t' + en);
  };
  const one = new Set<string>();
  const two = new Set<string>();
  for (const e of araEng) for (const ar of cleanArabicTerms(e.headword)) for (const en of e.senses.slice(0, MAX_SENSES).flatMap(cleanEnglishTerms)) mark(one, ar, en);
  for (const e of engAra) for (const en of cleanEnglishTerms(e.headword)) for (const ar of e.senses.slice(0, MAX_SENSES).flatMap(cleanArabicTerms)) mark(two, ar, en);
  for (const set of [one, two]) {
    for (const k of set) {
      const [ar, en] = k.split('\t');
      let m = out.get(ar);
      if (!m) out.set(ar, (m = new Map()));
      m.set(en, (m.get(en) ?? 0) + 1);
    }
  }
  return out;
}

const agreementCache = new Map<string, Agreement>();

/** The agreement of the FreeDict dictionaries in `dir` (default /usr/share/dictd), computed once. */
export function loadFreedictAgreement(dir?: string): Agreement {
  const key = dir ?? '';
  let a = agreementCache.get(key);
  if (!a) {
    const { araEng, engAra } = loadFreedictEntries(dir);
    agreementCache.set(key, (a = freedictAgreement(araEng, engAra)));
  }
  return a;
}

function senseSynsets(en: string): string[] {
  return synsets(en.toLowerCase().replace(/\s+/g, '_'));
}

/**
 * Weighted senses of one Arabic key: the core's (`core`, each 1) and FreeDict's (`weak`), each FreeDict sense
 * weighted by agreement; with core senses present, FreeDict's come in only at `weights.extra`. Weights sum to 1.
 */
export function weighSenses(
  key: string,
  core: readonly string[] | undefined,
  weak: readonly string[] | undefined,
  agreement: Agreement | undefined,
  weights: SenseWeights,
): [string, number][] {
  const out: [string, number][] = (core ?? []).map((en) => [en, 1]);
  const extras = core ? (weights.extra > 0 ? (weak ?? []).filter((en) => !core.some((c) => c.toLowerCase() === en.toLowerCase())) : []) : (weak ?? []);
  if (extras.length) {
    const all = [...(core ?? []), ...(weak ?? [])];
    const syn = new Map(all.map((en) => [en, new Set(senseSynsets(en))]));
    const scale = core ? weights.extra : 1;
    for (const en of extras) {
      const both = (agreement?.get(key)?.get(en) ?? 1) >= 2;
      const mine = syn.get(en)!;
      const agrees = both || all.some((o) => o !== en && [...syn.get(o)!].some((s) => mine.has(s)));
      out.push([en, scale * (agrees ? 1 : weights.lone)]);
    }
  }
  const total = out.reduce((s, [, w]) => s + w, 0);
  return total > 0 ? out.map(([en, w]) => [en, w / total]) : out;
}
