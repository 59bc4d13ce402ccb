import { nameAgreement } from '../names/agreement.ts';
import { isNameList } from '../names/list.ts';
import type { Alignment, AlignMode, Link } from '../types.ts';
import { DEFAULT_AUTO, decideMode, type ModeEvidence } from './auto.ts';
import { docEvidence, linkEvidence, probability, shippedCalibration, type Calibration, type LinkEvidence, type SharedEvidence } from './calibration.ts';
import { allowedBeside, compileConstraints, constrainSpace, type LinkConstraints } from './constraints.ts';
import { eventEvidence, NO_EVENT } from './events.ts';
import { pairEvidence, type PairEvidence } from './evidence.ts';
import { floorEvidence } from './floors.ts';
import { withoutHeadings } from './headings.ts';
import { withUnaligned } from './links.ts';
import { DEFAULT_MINE, mineWithFloors, type MineOptions } from './mine.ts';
import { alignParallel, DEFAULT_PARALLEL, type ParallelOptions } from './parallel.ts';
import { DEFAULT_RELATED, leadLink, lengthsAgree, relatedLinks, standingGroups, trustedMatches, type RelatedOptions } from './related.ts';
import { rescoreNames } from './rescore.ts';
import { prepare, type AlignSide, type Space } from './space.ts';

export type { AlignSide } from './space.ts';
export type { LinkConstraints } from './constraints.ts';

export type ModeChoice = AlignMode | 'auto';

export interface AlignOptions {
  mode: ModeChoice;
  /** Links scoring under this are dropped (their sentences appear unaligned). */
  minScore: number;
  /** Neighbours per sentence for margins. */
  k: number;
  parallel: ParallelOptions;
  mine: MineOptions;
  /** A reviewer's decisions: approved links kept exactly, rejected pairs never linked. */
  decisions?: LinkConstraints;
  /** Turns link evidence into probabilities; default the shipped one, null for the raw score. */
  calibration?: Calibration | null;
  /** Comparable mode: further sentence pairs sharing content, each its own `related` link; false for one-to-one only. */
  related: RelatedOptions | false;
  /**
   * Comparable mode, calibrated scores: links less likely than this to be right are not proposed. Two texts need not
   * share anything, so a link is a claim, not a place on a path: measured 2026-12-04, unrelated TICO-19 documents got
   * 101 links, 67 of them under 0.01, while the news pairs' 84 linked sentence pairs had none under 0.01. Refitted with
   * the shared-verb feature (calibration.ts) the wrong links of partly overlapping texts score a little higher: at 0.01
   * TICO-19 both sides 80 % and shuffled fell 0.8842 → 0.8786; 0.02 gives 0.8923 (unrelated 0.0233 → 0.0123 links per
   * sentence, English shuffled 0.9802 → 0.9805), the news pairs and the sample pair lose none.
   */
  comparableFloor: number;
}

export const DEFAULT_ALIGN: AlignOptions = { mode: 'auto', minScore: 0, k: 4, parallel: DEFAULT_PARALLEL, mine: DEFAULT_MINE, related: DEFAULT_RELATED, comparableFloor: 0.02 };

/** What the sentence pairs of a link share (evidence.ts), each item once. */
function sharedItems(l: Link, evidence: (i: number, j: number) => PairEvidence): string[] {
  const out: string[] = [];
  for (const i of l.ar) for (const j of l.en) for (const w of evidence(i, j).shared) if (!out.includes(w)) out.push(w);
  return out;
}

/** Whether mining found two reports rather than a (shuffled) translation or a list: see `withRelated`. */
function twoReports(space: Space, mined: { drop: boolean; share: number }, opts: RelatedOptions | false): opts is RelatedOptions {
  return !!opts && !mined.drop && mined.share < opts.maxClearShare && !lengthsAgree(space, opts);
}

/**
 * Two reports (few sentences have a clear partner) keep the one-to-one links that share something specific or score
 * clearly, and get the further pairs that share content (related.ts); a shuffled translation or a list (floors
 * dropped, half the sentences or more with a clear partner, or clear pairs agreeing in length) stays one-to-one, as
 * each of its sentences has one partner.
 */
function withRelated(space: Space, ar: AlignSide, en: AlignSide, mined: { links: Link[]; reason: string; drop: boolean; share: number }, opts: RelatedOptions | false): { links: Link[]; reason: string; shared: SharedEvidence } {
  const evidence = ar.texts && en.texts ? pairEvidence(ar.texts, en.texts) : (): PairEvidence => ({ weight: 0, strongest: 0, shared: [], quoted: false });
  const equivalent = mined.links.map((l): Link => {
    const shared = sharedItems(l, evidence);
    return { ...l, kind: 'equivalent', ...(shared.length ? { evidence: shared } : {}) };
  });
  if (!twoReports(space, mined, opts)) return { links: equivalent, reason: mined.reason, shared: { items: evidence } };
  // An event stands in for a clear score only between sentences that are each other's best match.
  const shared = ar.stems && en.stems ? eventEvidence(ar.stems(), en.stems()) : undefined;
  const events = shared && ((i: number, j: number) => (space.ar.nn[i]?.ids[0] === j && space.en.nn[j]?.ids[0] === i ? shared(i, j) : NO_EVENT));
  const trusted = standingGroups(space, trustedMatches(equivalent, evidence, opts, events), evidence, opts);
  const further = relatedLinks(space, trusted, evidence, opts, shared);
  const lead = leadLink(space, [...trusted, ...further], evidence, opts);
  const related = lead ? [lead, ...further] : further;
  const reason = `${mined.reason}; ${trusted.length} best one-to-one matches and ${related.length} further sentence pairs that share content`;
  return { links: [...trusted, ...related], reason, shared: { items: evidence, ...(shared ? { events: shared } : {}) } };
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

/** An alignment with, for each of its links, the evidence its score was computed from (undefined for one-sided links). */
export interface DetailedAlignment {
  alignment: Alignment;
  evidence: (LinkEvidence | undefined)[];
}

/**
 * Aligns the sentences of two texts; every sentence appears in a link (approved, proposed, or alone): in parallel
 * mode in exactly one, in comparable mode possibly in several (`related` links, each one sentence pair).
 */
export function align(ar: AlignSide, en: AlignSide, options: Partial<AlignOptions> = {}): Alignment {
  return alignDetailed(ar, en, options).alignment;
}

export function alignDetailed(ar: AlignSide, en: AlignSide, options: Partial<AlignOptions> = {}): DetailedAlignment {
  const opts = { ...DEFAULT_ALIGN, ...options };
  const space = prepare(ar, en, opts.k);
  const fixed = compileConstraints(opts.decisions, space.ar.count, space.en.count);
  const work = fixed ? constrainSpace(space, fixed) : space;
  let mode: AlignMode;
  let reason: string;
  let doc: ModeEvidence | undefined;
  let parallel: Link[] | undefined;
  const parallelLinks = (): Link[] => (parallel ??= alignParallel(work, opts.parallel, fixed));
  if (opts.mode === 'auto') {
    doc = decideMode(space, DEFAULT_AUTO, parallelLinks);
    ({ mode, reason } = doc);
  } else [mode, reason] = [opts.mode, 'requested'];
  let links: Link[];
  let shared: SharedEvidence = {};
  if (mode === 'parallel') links = parallelLinks().map((l) => ({ ...l, kind: 'equivalent' as const }));
  else {
    let mined = mineComparable(work, ar, en, opts.mine);
    let mining = work;
    // Two reports share no crossheads: mined again without them (headings.ts), the decision kept.
    const bare = twoReports(work, mined, opts.related) && ar.texts && en.texts ? withoutHeadings(work, ar.texts, en.texts) : undefined;
    if (bare) {
      mined = { ...mineComparable(bare, ar, en, opts.mine), drop: mined.drop, share: mined.share };
      mining = bare;
    }
    const done = withRelated(mining, ar, en, mined, opts.related);
    links = done.links;
    shared = done.shared;
    reason = `${reason}; ${done.reason}`;
  }
  if (fixed) links = links.filter((l) => allowedBeside(fixed, l));
  const whole = docEvidence(doc ?? decideMode(space), links, space.ar.count, space.en.count);
  const cal = opts.calibration === undefined ? shippedCalibration() : (opts.calibration ?? undefined);
  const texts = { ar: ar.texts, en: en.texts };
  const evidence = linkEvidence(space, links, whole, texts, shared);
  const proposed: Link[] = links.map((l, t) => {
    const ev = evidence[t];
    return ev ? { ...l, score: probability(cal, mode, ev), similarity: round4(ev.cos), status: 'proposed' } : { ...l, status: 'proposed' };
  });
  const approved = opts.decisions?.approved ?? [];
  const approvedEvidence = linkEvidence(space, approved, whole, texts, shared);
  const kept: Link[] = approved.map((l, t) => {
    const ev = approvedEvidence[t];
    // A reviewer's approval is the surest evidence there is: probability 1.
    return { ar: [...l.ar], en: [...l.en], score: 1, ...(ev ? { similarity: round4(ev.cos) } : {}), status: 'approved' };
  });
  const bar = mode === 'comparable' && cal ? Math.max(opts.minScore, opts.comparableFloor) : opts.minScore;
  const shown = proposed.map((l, t) => ({ l, ev: evidence[t] })).filter((x) => x.l.score >= bar);
  const unlikely = bar > opts.minScore ? proposed.filter((l) => l.score < bar && l.score >= opts.minScore).length : 0;
  if (unlikely) reason = `${reason}; ${unlikely} sentence ${unlikely === 1 ? 'pair' : 'pairs'} less than ${Math.round(bar * 100)} % likely to be right left out`;
  const all = withUnaligned([...shown.map((x) => x.l), ...kept], ar.vectors.length, en.vectors.length).map((l) =>
    l.status ? l : { ...l, status: 'proposed' as const },
  );
  const byLink = new Map<Link, LinkEvidence | undefined>([...shown.map((x) => [x.l, x.ev] as const), ...kept.map((l, t) => [l, approvedEvidence[t]] as const)]);
  const rejected = (opts.decisions?.rejected ?? []).map((l): Link => ({ ar: [...l.ar], en: [...l.en], score: 0, status: 'rejected' }));
  return {
    alignment: { mode, reason, links: all, ...(rejected.length ? { rejected } : {}) },
    evidence: all.map((l) => byLink.get(l)),
  };
}

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;
