import type { Link } from '../types.ts';
import type { ArabicSide, EnglishSide, WordLink, WordLinker } from './wordalign.ts';

/** Arabic word key for counting: clitic-stripped normal form without the article. */
export function arabicCountKey(ar: ArabicSide, a: number): string {
  const n = ar.norm[a];
  return n.startsWith('ال') && n.length >= 4 ? n.slice(2) : n;
}

export interface AssociationOptions {
  /** Fewest aligned sentence pairs a word pair must share. */
  minCount: number;
  minDice: number;
  /** A partner within this share of a word's best Dice counts as best too (فيروس and كورونا both ↔ coronavirus). */
  nearBest: number;
  /** Fewer aligned sentence pairs than this, and co-occurrence is chance (السبت "Saturday" ↔ US in a news pair). */
  minLinks: number;
}

export const ASSOCIATION_DEFAULTS: AssociationOptions = { minCount: 3, minDice: 0.4, nearBest: 0.8, minLinks: 20 };

/** Distinct strings numbered in order of first sight. */
class Interner {
  readonly ids = new Map<string, number>();
  id(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) this.ids.set(key, (id = this.ids.size));
    return id;
  }
}

/** Lists of ids, one per link, in one flat array. */
class IdLists {
  readonly ids: number[] = [];
  readonly start: number[] = [0];
  push(set: Iterable<number>): void {
    for (const x of set) this.ids.push(x);
    this.start.push(this.ids.length);
  }
}

/**
 * Word links from co-occurrence over the aligned sentence pairs (Dice), for the words no lexicon knows: in a
 * translated document "pandemic" and جائحة meet in every pair that mentions either. A pair links when one word
 * is the other's best (or near-best) partner, with enough shared pairs.
 *
 * Linear in the links: each link's words are listed once; co-occurrences are then counted one Arabic word at a time
 * over the links that hold it (its postings), so no table of all word pairs is ever held, only each word's partners
 * while it is counted. Work is Σ over links of (Arabic words × English words), as before.
 */
export function associationLinker(ar: readonly ArabicSide[], en: readonly EnglishSide[], links: readonly Link[], opts = ASSOCIATION_DEFAULTS): WordLinker {
  if (links.filter((l) => l.ar.length && l.en.length).length < opts.minLinks) return () => [];
  const arIds = new Interner();
  const enIds = new Interner();
  const arLists = new IdLists();
  const enLists = new IdLists();
  for (const l of links) {
    const as = new Set<number>();
    const es = new Set<number>();
    for (const i of l.ar) ar[i].words.forEach((_, a) => !ar[i].stop[a] && as.add(arIds.id(arabicCountKey(ar[i], a))));
    for (const j of l.en) en[j].words.forEach((_, e) => en[j].content[e] && es.add(enIds.id(en[j].stems[e])));
    arLists.push(as);
    enLists.push(es);
  }
  const nA = new Int32Array(arIds.ids.size);
  const nE = new Int32Array(enIds.ids.size);
  for (const a of arLists.ids) nA[a]++;
  for (const e of enLists.ids) nE[e]++;
  // Postings: the links of each Arabic word seen in enough of them.
  const postStart = new Int32Array(nA.length + 1);
  for (let a = 0; a < nA.length; a++) postStart[a + 1] = postStart[a] + (nA[a] >= opts.minCount ? nA[a] : 0);
  const postings = new Int32Array(postStart[nA.length]);
  const fill = postStart.slice(0, nA.length);
  for (let l = 0; l < links.length; l++) {
    for (let t = arLists.start[l]; t < arLists.start[l + 1]; t++) {
      const a = arLists.ids[t];
      if (nA[a] >= opts.minCount) postings[fill[a]++] = l;
    }
  }
  const co = new Int32Array(nE.length);
  const touched: number[] = [];
  const found: { a: number; e: number; d: number }[] = [];
  const bestA = new Float64Array(nA.length);
  const bestE = new Float64Array(nE.length);
  for (let a = 0; a < nA.length; a++) {
    for (let p = postStart[a]; p < postStart[a + 1]; p++) {
      const l = postings[p];
      for (let t = enLists.start[l]; t < enLists.start[l + 1]; t++) {
        const e = enLists.ids[t];
        if (co[e]++ === 0) touched.push(e);
      }
    }
    for (const e of touched) {
      const c = co[e];
      co[e] = 0;
      if (c < opts.minCount) continue;
      const d = (2 * c) / (nA[a] + nE[e]);
      if (d < opts.minDice) continue;
      found.push({ a, e, d });
      bestA[a] = Math.max(bestA[a], d);
      bestE[e] = Math.max(bestE[e], d);
    }
    touched.length = 0;
  }
  const strong = new Map<string, number>();
  const arKeys = [...arIds.ids.keys()];
  const enKeys = [...enIds.ids.keys()];
  for (const { a, e, d } of found) {
    if (d >= opts.nearBest * bestA[a] || d >= opts.nearBest * bestE[e]) strong.set(`${arKeys[a]}\u0000${enKeys[e]}`, d);
  }
  return (arS, enS) => {
    if (strong.size === 0) return [];
    const out: WordLink[] = [];
    arS.words.forEach((_, a) => {
      // Only for words no lexicon knows: a known word meets its translations through the lexicon.
      if (arS.stop[a] || arS.translations[a] !== undefined) return;
      const ka = arabicCountKey(arS, a);
      enS.words.forEach((_, e) => {
        const d = enS.content[e] ? strong.get(`${ka}\u0000${enS.stems[e]}`) : undefined;
        if (d !== undefined) out.push({ a, e, weight: 0.9 * Math.min(1, d), kind: 'association' });
      });
    });
    return out;
  };
}

/** How often an Arabic word and an English word occur in the aligned sentence pairs, apart and together. */
export type CoCounts = (ar: ArabicSide, a: number, en: EnglishSide, e: number) => { ar: number; en: number; both: number };

/**
 * Document counts for single word pairs on demand (the gap links of extract.ts ask for a few): in how many aligned
 * sentence pairs each word occurs, and in how many both do.
 */
export function coCounts(ar: readonly ArabicSide[], en: readonly EnglishSide[], links: readonly Link[]): CoCounts {
  const arPost = new Map<string, Set<number>>();
  const enPost = new Map<string, Set<number>>();
  const post = (m: Map<string, Set<number>>, k: string, l: number): void => {
    const s = m.get(k);
    if (s) s.add(l);
    else m.set(k, new Set([l]));
  };
  links.forEach((l, k) => {
    for (const i of l.ar) ar[i].words.forEach((_, a) => post(arPost, arabicCountKey(ar[i], a), k));
    for (const j of l.en) en[j].words.forEach((_, e) => post(enPost, en[j].stems[e], k));
  });
  return (arS, a, enS, e) => {
    const A = arPost.get(arabicCountKey(arS, a)) ?? new Set<number>();
    const E = enPost.get(enS.stems[e]) ?? new Set<number>();
    let both = 0;
    for (const k of A) if (E.has(k)) both++;
    return { ar: A.size, en: E.size, both };
  };
}
