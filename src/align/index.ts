import { nameAgreement } from '../names/agreement.ts';
import { isNameList } from '../names/list.ts';
import type { Alignment, AlignMode, Link } from '../types.ts';
import { DEFAULT_AUTO, decideMode } from './auto.ts';
import { pairEvidence, type PairEvidence } from './evidence.ts';
import { floorEvidence } from './floors.ts';
import { withUnaligned } from './links.ts';
import { DEFAULT_MINE, mineWithFloors, type MineOptions } from './mine.ts';
import { alignParallel, DEFAULT_PARALLEL, type ParallelOptions } from './parallel.ts';
import { DEFAULT_RELATED, lengthsAgree, relatedLinks, trustedMatches, type RelatedOptions } from './related.ts';
import { rescoreNames } from './rescore.ts';
import { prepare, type AlignSide, type Space } from './space.ts';

export type { AlignSide } from './space.ts';

export type ModeChoice = AlignMode | 'auto';

export interface AlignOptions {
  mode: ModeChoice;
  /** Links scoring under this are dropped (their sentences appear unaligned). */
  minScore: number;
  /** Neighbours per sentence for margins. */
  k: number;
  parallel: ParallelOptions;
  mine: MineOptions;
  /** Comparable mode: further sentence pairs sharing content, each its own `related` link; false for one-to-one only. */
  related: RelatedOptions | false;
}

export const DEFAULT_ALIGN: AlignOptions = { mode: 'auto', minScore: 0, k: 4, parallel: DEFAULT_PARALLEL, mine: DEFAULT_MINE, related: DEFAULT_RELATED };

/** What the sentence pairs of a link share (evidence.ts), each item once. */
function linkEvidence(l: Link, evidence: (i: number, j: number) => PairEvidence): string[] {
  const out: string[] = [];
  for (const i of l.ar) for (const j of l.en) for (const w of evidence(i, j).shared) if (!out.includes(w)) out.push(w);
  return out;
}

/**
 * Two reports (few sentences have a clear partner) keep the one-to-one links that share something specific or score
 * clearly, and get the further pairs that share content (related.ts); a shuffled translation or a list (floors
 * dropped, half the sentences or more with a clear partner, or clear pairs agreeing in length) stays one-to-one, as
 * each of its sentences has one partner.
 */
function withRelated(space: Space, ar: AlignSide, en: AlignSide, mined: { links: Link[]; reason: string; drop: boolean; share: number }, opts: RelatedOptions | false): { links: Link[]; reason: string } {
  const evidence = ar.texts && en.texts ? pairEvidence(ar.texts, en.texts) : (): PairEvidence => ({ weight: 0, strongest: 0, shared: [] });
  const equivalent = mined.links.map((l): Link => {
    const shared = linkEvidence(l, evidence);
    return { ...l, kind: 'equivalent', ...(shared.length ? { evidence: shared } : {}) };
  });
  if (!opts || mined.drop || mined.share >= opts.maxClearShare || lengthsAgree(space, opts)) return { links: equivalent, reason: mined.reason };
  const trusted = trustedMatches(equivalent, evidence, opts);
  const related = relatedLinks(space, trusted, evidence, opts);
  const reason = `${mined.reason}; ${trusted.length} best one-to-one matches and ${related.length} further sentence pairs that share content`;
  return { links: [...trusted, ...related], reason };
}

/**
 * Comparable mode. A list of names is also scored by spelling (rescore.ts), and mined that way when spelling
 * finds at least as many clear mutual-best pairs as the encoder (capitalised names that are translated, such as
 * Security Council ↔ مجلس الأمن, do not); the floors are then kept or dropped on the evidence (floors.ts).
 */
function mineComparable(space: Space, ar: AlignSide, en: AlignSide, opts: MineOptions): { links: Link[]; reason: string; drop: boolean; share: number } {
  const plain = floorEvidence(space, opts.floors, opts.drop);
  if (ar.texts && en.texts && isNameList(en.texts)) {
    const spelled = rescoreNames(space, ar, en, nameAgreement(ar.texts, en.texts));
    const evidence = floorEvidence(spelled, opts.floors, opts.drop);
    if (evidence.pairs >= plain.pairs) {
      const mined = mineWithFloors(spelled, opts, evidence);
      return { links: mined.links, drop: true, share: evidence.share, reason: `a list of names, paired by spelling (the encoder alone: ${plain.pairs} clear pairs); ${mined.reason}` };
    }
    const mined = mineWithFloors(space, opts, plain);
    return { links: mined.links, drop: true, share: plain.share, reason: `a list of names, paired by the encoder (spelling: ${evidence.pairs} clear pairs); ${mined.reason}` };
  }
  return { ...mineWithFloors(space, opts, plain), drop: plain.drop, share: plain.share };
}

/**
 * Aligns the sentences of two texts. Every sentence appears in at least one link (alone when unaligned); in
 * parallel mode in exactly one, in comparable mode possibly in several (`related` links).
 */
export function align(ar: AlignSide, en: AlignSide, options: Partial<AlignOptions> = {}): Alignment {
  const opts = { ...DEFAULT_ALIGN, ...options };
  const space = prepare(ar, en, opts.k);
  let mode: AlignMode;
  let reason: string;
  let parallel: Link[] | undefined;
  const parallelLinks = (): Link[] => (parallel ??= alignParallel(space, opts.parallel));
  if (opts.mode === 'auto') ({ mode, reason } = decideMode(space, DEFAULT_AUTO, parallelLinks));
  else [mode, reason] = [opts.mode, 'requested'];
  let links: Link[];
  if (mode === 'parallel') links = parallelLinks().map((l) => ({ ...l, kind: 'equivalent' as const }));
  else {
    const mined = mineComparable(space, ar, en, opts.mine);
    const done = withRelated(space, ar, en, mined, opts.related);
    links = done.links;
    reason = `${reason}; ${done.reason}`;
  }
  return {
    mode,
    reason,
    links: withUnaligned(
      links.filter((l) => l.score >= opts.minScore),
      ar.vectors.length,
      en.vectors.length,
    ),
  };
}
