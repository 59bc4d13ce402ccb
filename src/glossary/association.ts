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

/**
 * Word links from co-occurrence over the aligned sentence pairs (Dice), for the words no lexicon knows: in a
 * translated document "pandemic" and جائحة meet in every pair that mentions either. A pair links when one word
 * is the other's best (or near-best) partner, with enough shared pairs.
 */
export function associationLinker(ar: readonly ArabicSide[], en: readonly EnglishSide[], links: readonly Link[], opts = ASSOCIATION_DEFAULTS): WordLinker {
  if (links.filter((l) => l.ar.length && l.en.length).length < opts.minLinks) return () => [];
  const nA = new Map<string, number>();
  const nE = new Map<string, number>();
  const co = new Map<string, number>();
  for (const l of links) {
    const as = new Set<string>();
    const es = new Set<string>();
    for (const i of l.ar) ar[i].words.forEach((_, a) => !ar[i].stop[a] && as.add(arabicCountKey(ar[i], a)));
    for (const j of l.en) en[j].words.forEach((_, e) => en[j].content[e] && es.add(en[j].stems[e]));
    for (const a of as) nA.set(a, (nA.get(a) ?? 0) + 1);
    for (const e of es) nE.set(e, (nE.get(e) ?? 0) + 1);
    for (const a of as) for (const e of es) co.set(`${a}\u0000${e}`, (co.get(`${a}\u0000${e}`) ?? 0) + 1);
  }
  const dice = new Map<string, number>();
  const bestA = new Map<string, number>();
  const bestE = new Map<string, number>();
  for (const [k, c] of co) {
    if (c < opts.minCount) continue;
    const [a, e] = k.split('\u0000');
    const d = (2 * c) / (nA.get(a)! + nE.get(e)!);
    if (d < opts.minDice) continue;
    dice.set(k, d);
    bestA.set(a, Math.max(bestA.get(a) ?? 0, d));
    bestE.set(e, Math.max(bestE.get(e) ?? 0, d));
  }
  const strong = new Map<string, number>();
  for (const [k, d] of dice) {
    const [a, e] = k.split('\u0000');
    if (d >= opts.nearBest * bestA.get(a)! || d >= opts.nearBest * bestE.get(e)!) strong.set(k, d);
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
