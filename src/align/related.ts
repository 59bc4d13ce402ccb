/**
 * Many-to-many links between two reports of one event. One-to-one mining pairs each sentence with its best
 * match, but a sentence of one report often shares content with several of the other, adjacent or not (one Arabic
 * sentence ↔ the announcement and the cremation sentences). Each further sentence pair that clearly shares content
 * becomes its own one-to-one link of kind `related`: a sentence may be in several links. Every related link is one
 * sentence pair, so a reviewer's decision on a pair (approved, rejected) applies to exactly one link.
 */
import type { Link } from '../types.ts';
import type { EventEvidence } from './events.ts';
import type { PairEvidence } from './evidence.ts';
import { DEFAULT_FLOORS, passesFloors } from './floors.ts';
import { lengthRatio } from './parallel.ts';
import { linkScore, mutualBest, type Space } from './space.ts';

export interface RelatedOptions {
  /** A pair is considered when one sentence is the other's best match and the other ranks it at most this (0-based)… */
  maxOtherRank: number;
  /**
   * …and either it shares a name, number or date this rare (its weight in evidence.ts: 1.5 = carried by at most 6
   * sentences of the two texts) at this cosine…
   */
  minEvidence: number;
  minCosineWithEvidence: number;
  /** …or an item found in one sentence of each text, about (2.2: at most 3 sentences in all), at this cosine… */
  rareEvidence: number;
  minCosineWithRare: number;
  /**
   * A one-to-one match under `bareMinScore` stands on a shared verb (events.ts) of this weight: 2.5, a verb told in
   * one sentence of each text and no other (2.56).
   */
  soleEvent: number;
  /** A further pair stands on a shared verb of this weight (1.9: at most 4 sentences) with two more stems shared. */
  relatedEvent: number;
  /**
   * A verb told in one sentence of each text (`soleEvent`) with two more stems shared is the same action however the
   * rest is worded: such a pair needs neither to be a best match (each sentence may rank the other second: a long
   * sentence has a better-matching neighbour on its topic) nor to rise above the neighbours, only this cosine and,
   * as the position no longer vouches for it, this many further stems shared (the action with its participants).
   */
  minCosineWithSoleEvent: number;
  soleEventOthers: number;
  /**
   * …or both sentences quote someone and it reaches this cosine (with minLinkScore): two reports often render one
   * statement, each in its own words…
   */
  minCosineWithQuote: number;
  /** …or, on wording alone, it reaches this cosine, this ratio over its sentences' background and bareMinScore. */
  minCosine: number;
  minMargin: number;
  /** Except on a rare item, the pair must rise this far above its sentences' neighbours (see linkScore). */
  minLinkScore: number;
  /**
   * A one-to-one match of two reports that shares no name, number or date (no item weighing `sharedItem`) is kept
   * only from this link score: wording alone, barely above the neighbours, is most often a shared topic.
   */
  bareMinScore: number;
  sharedItem: number;
  /**
   * From this share of the shorter text's sentences with a clear partner the texts are close to a translation
   * (a shuffled one with parts dropped): they stay one-to-one. Measured 2026-12-04: comparable-news-dev pairs
   * 0.18–0.56 (a better lexicon gives two reports more clear pairs too: gerrard went 0.43 → 0.50 when غالاكسي was
   * read as Galaxy, and fell to one-to-one at the old 0.5); TICO-19 documents shuffled, with lines dropped or not,
   * that the length test below does not catch: 0.75 and up. Between the two.
   */
  maxClearShare: number;
  /**
   * So do texts whose clear pairs, at least `lengthPairs` of them, agree in length (spread of the log length ratio
   * at most `maxLengthSpread`): a shuffled translation of short lines can have few clear pairs (TICO-19 CMU_1:
   * 38%), but their lengths agree (spread 0.17); two reports' do not, or they have too few to tell (news pairs: 1–6).
   */
  lengthPairs: number;
  maxLengthSpread: number;
}

/*
 * Measured on comparable-news-dev (scripts/eval/comparable.ts; candidates as here, on top of one-to-one mining):
 * pairs with shared evidence are right more often at a lower cosine (a figure or a date survives rewording, the
 * words do not), while wording alone needs a clear cosine. Round values near the best trade-off of recall and
 * precision; neighbouring values move either by a few points. The evidence must be one specific item, not a sum:
 * on unrelated TICO-19 documents (one topic, COVID-19) a sum of common items (COVID, 19, March, 2020) linked
 * 68 pairs, one item rare enough 36; on the news pairs the sum (weight ≥ 1) found 41 strong pairs, one item
 * (≥ 1.5) 40, ≥ 2 35. An item in one sentence of each text (rareEvidence) is enough at a lower cosine: on the
 * news pairs it added 2 strong pairs for 1 wrong one (and the sample pair's August summit); 1.9 (4 sentences in
 * all) added 5 strong for 8 wrong.
 */
export const DEFAULT_RELATED: RelatedOptions = {
  maxOtherRank: 2,
  minEvidence: 1.5,
  minCosineWithEvidence: 0.18,
  rareEvidence: 2.2,
  minCosineWithRare: 0.1,
  soleEvent: 2.5,
  relatedEvent: 1.9,
  minCosineWithSoleEvent: 0.15,
  soleEventOthers: 2,
  minCosineWithQuote: 0.15,
  minCosine: 0.3,
  minMargin: 1.2,
  minLinkScore: 0.05,
  bareMinScore: 0.18,
  sharedItem: 0.5,
  maxClearShare: 0.65,
  lengthPairs: 5,
  maxLengthSpread: 0.25,
};

/*
 * bareMinScore, measured on comparable-news-dev: of the one-to-one links under 0.18 with nothing specific shared,
 * 7 were wrong and 1 right (strong); with a shared item, most low-scoring links are right. Related links on
 * wording alone need it too: on unrelated TICO-19 documents (one topic) that left 1 of 17 such links, and on the
 * news pairs cost none of the right ones.
 */

/**
 * The one-to-one links of two reports worth keeping: those sharing something specific (a name, number or date; or a
 * verb, see events.ts, told in one sentence of each text: the same action), or scoring clearly.
 */
export function trustedMatches(links: readonly Link[], evidence: (i: number, j: number) => PairEvidence, opts: RelatedOptions = DEFAULT_RELATED, events: (i: number, j: number) => EventEvidence = noEvents): Link[] {
  return links.filter((l) => l.score >= opts.bareMinScore || l.ar.some((i) => l.en.some((j) => evidence(i, j).strongest >= opts.sharedItem || events(i, j).strongest >= opts.soleEvent)));
}

const noEvents = (): EventEvidence => ({ strongest: 0, shared: [], others: 0 });

/**
 * A 1-2 / 2-1 link of two reports keeps both halves only when each of its sentence pairs stands on its own: it
 * shares a name, number or date (`sharedItem`) at the cosine a related link on such an item needs
 * (`minCosineWithEvidence`: a province named in the lead and in the next sentence is no shared statement), or it
 * rises above its sentences' neighbours (`minLinkScore`, the bar of a related link). A group's cosine is no such test: the half that matches well carries the other, so a
 * neighbouring sentence on another subject rides along (comparable-news-dev: merges added 12 sentence pairs, 6 of
 * them wrong, all of those rising by less than 0.05 and sharing nothing). Otherwise the link falls back to its best pair.
 */
export function standingGroups(space: Space, links: readonly Link[], evidence: (i: number, j: number) => PairEvidence, opts: RelatedOptions = DEFAULT_RELATED): Link[] {
  return links.map((l) => {
    if (l.ar.length + l.en.length <= 2) return l;
    const pairs = l.ar.flatMap((i) => l.en.map((j) => {
      const cos = space.sim(i, 1, j, 1);
      const score = linkScore(cos, (space.ar.bg[i] + space.en.bg[j]) / 2);
      return { i, j, cos, score, stands: score >= opts.minLinkScore || (evidence(i, j).strongest >= opts.sharedItem && cos >= opts.minCosineWithEvidence) };
    }));
    if (pairs.every((p) => p.stands)) return l;
    const best = pairs.reduce((a, b) => (b.cos > a.cos ? b : a));
    const shared = evidence(best.i, best.j).shared;
    const { evidence: _dropped, ...rest } = l;
    return { ...rest, ar: [best.i], en: [best.j], score: best.score, ...(shared.length ? { evidence: shared } : {}) };
  });
}

/**
 * The two reports' opening sentences, linked when one is the other's best match and they share a name, number or
 * date (`sharedItem`), though the pair does not stand out on wording: news is written lead first, so two reports
 * of one event both open with the event itself (who, what, when), each in its own words (comparable-news-dev: the
 * openings are a gold pair in 14 of 15 pairs, the 15th lacking its Arabic opening in the crawl; 11 were already
 * linked, 3 of the other 4 pass this test). Only for texts already shown to share content (some other link):
 * texts of two events share no story, and their openings may still share a weekday. Two documents of one field
 * can still pass on a topic word (TICO-19's unrelated COVID-19 documents: 2 title pairs of 31). Undefined when the
 * pair is asserted already or does not pass.
 */
export function leadLink(space: Space, asserted: readonly Link[], evidence: (i: number, j: number) => PairEvidence, opts: RelatedOptions = DEFAULT_RELATED): Link | undefined {
  if (!space.ar.count || !space.en.count || !asserted.length || asserted.some((l) => l.ar.includes(0) && l.en.includes(0))) return undefined;
  const best = space.ar.nn[0].ids[0] === 0 || space.en.nn[0].ids[0] === 0;
  const ev = evidence(0, 0);
  if (!best || ev.strongest < opts.sharedItem) return undefined;
  const cos = space.sim(0, 1, 0, 1);
  return { ar: [0], en: [0], score: linkScore(cos, (space.ar.bg[0] + space.en.bg[0]) / 2), kind: 'related', evidence: ev.shared };
}

/** Whether the texts' clear pairs agree in length as a translation's do (see `lengthPairs`). */
export function lengthsAgree(space: Space, opts: RelatedOptions = DEFAULT_RELATED): boolean {
  const clear = mutualBest(space).filter((p) => passesFloors(p.sim, (space.ar.bg[p.ar] + space.en.bg[p.en]) / 2, DEFAULT_FLOORS));
  return clear.length >= opts.lengthPairs && lengthRatio(space, clear).sigma <= opts.maxLengthSpread;
}

/** Whether a pair tells one action told nowhere else in either text (see `minCosineWithSoleEvent`). */
function onSoleEvent(evt: EventEvidence, cos: number, opts: RelatedOptions): boolean {
  return evt.strongest >= opts.soleEvent && evt.others >= opts.soleEventOthers && cos >= opts.minCosineWithSoleEvent;
}

/** Position of `id` in a neighbour list, or Infinity. */
function rankOf(ids: Int32Array, id: number): number {
  const t = ids.indexOf(id);
  return t < 0 ? Infinity : t;
}

/**
 * Related links to add to `mined` (the one-to-one links): sentence pairs not already asserted by a mined link
 * (a link asserts every pair of its Arabic × English sentences), best first is irrelevant as each stands alone.
 */
export function relatedLinks(space: Space, mined: readonly Link[], evidence: (i: number, j: number) => PairEvidence, opts: RelatedOptions = DEFAULT_RELATED, events: (i: number, j: number) => EventEvidence = noEvents): Link[] {
  const m = space.en.count;
  const asserted = new Set<number>();
  for (const l of mined) for (const i of l.ar) for (const j of l.en) asserted.add(i * m + j);
  const seen = new Set<number>();
  const out: Link[] = [];
  const consider = (i: number, j: number): void => {
    const key = i * m + j;
    if (asserted.has(key) || seen.has(key)) return;
    seen.add(key);
    const ra = rankOf(space.ar.nn[i].ids, j);
    const re = rankOf(space.en.nn[j].ids, i);
    const cos = space.sim(i, 1, j, 1);
    const bg = (space.ar.bg[i] + space.en.bg[j]) / 2;
    const evt = events(i, j);
    if (Math.max(ra, re) <= 1 && onSoleEvent(evt, cos, opts)) {
      const shared = evidence(i, j).shared;
      out.push({ ar: [i], en: [j], score: linkScore(cos, bg), kind: 'related', ...(shared.length ? { evidence: shared } : {}) });
      return;
    }
    if (Math.min(ra, re) !== 0 || Math.max(ra, re) > opts.maxOtherRank) return;
    const ev = evidence(i, j);
    const byRare = ev.strongest >= opts.rareEvidence && cos >= opts.minCosineWithRare;
    // Two kinds of evidence, each as rare as a shared item must be (`minEvidence`): a name or figure and a verb with
    // two more stems (concern about weapons between North Korea and Russia ↔ "concerning … weapons transfers between
    // the DPRK and Russia"). Either alone may be the story's topic; together they are one statement, however a long
    // quotation dilutes the cosine under the neighbours'.
    const byBoth = ev.strongest >= opts.minEvidence && evt.strongest >= opts.minEvidence && evt.others >= 2 && cos >= opts.minCosineWithEvidence;
    if (linkScore(cos, bg) < opts.minLinkScore && !byRare && !byBoth) return;
    const byEvidence = (ev.strongest >= opts.minEvidence && cos >= opts.minCosineWithEvidence) || byRare;
    const byQuote = ev.quoted && cos >= opts.minCosineWithQuote;
    const byWording = cos >= opts.minCosine && bg > 0 && cos / bg >= opts.minMargin && linkScore(cos, bg) >= opts.bareMinScore;
    // A shared event (events.ts) told in at most 4 sentences of the two texts, with two of its participants.
    const byEvent = evt.strongest >= opts.relatedEvent && evt.others >= 2 && cos >= opts.minCosineWithEvidence;
    if (!byEvidence && !byWording && !byQuote && !byEvent) return;
    out.push({ ar: [i], en: [j], score: linkScore(cos, bg), kind: 'related', ...(ev.shared.length ? { evidence: ev.shared } : {}) });
  };
  // Best matches, and runner-ups for a sole event (see `minCosineWithSoleEvent`).
  for (let i = 0; i < space.ar.count; i++) for (const j of space.ar.nn[i].ids.slice(0, 2)) consider(i, j);
  for (let j = 0; j < m; j++) for (const i of space.en.nn[j].ids.slice(0, 2)) consider(i, j);
  return out.sort((a, b) => a.ar[0] - b.ar[0] || a.en[0] - b.en[0]);
}
