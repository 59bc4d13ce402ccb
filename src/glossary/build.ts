import { createArabicAnalysis } from '../arabic/analysis.ts';
import { stripProclitics } from '../arabic/clitics.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { termCandidates, type WordSpan } from '../english/phrases.ts';
import { isCompoundNoun, nounFamiliarity } from '../english/wordnet.ts';
import type { Link, Sentence, TermPair } from '../types.ts';
import { ASSOCIATION_DEFAULTS, associationLinker, coCounts } from './association.ts';
import { acronymDefinitions, expansionType } from './acronyms.ts';
import { classify, loneNameOf } from './classify.ts';
import { dropReason, everydayNoun, nameFragment, quantityWord, strongSingle, writtenInLatin, latinWords, type DroppedTerm, type DropRule } from './filters.ts';
import { knownPlaceNames } from './places.ts';
import { extractPhrasePairs, type PhrasePair } from './extract.ts';
import { alignWords, isAcronym, prepareArabic, prepareEnglish, type ArabicSide, type EnglishSide, type WordLinker } from './wordalign.ts';

/** What the glossary builder needs to know of the lexicons. */
export interface TermLexicon {
  /** English translations of one Arabic word (clitics allowed), or undefined. */
  translateArabicWord(word: string): string[] | undefined;
  /** English translations of an Arabic phrase of 2+ words, or undefined. */
  translateArabicPhrase(words: readonly string[]): string[] | undefined;
}

export interface GlossaryInput {
  ar: readonly Sentence[];
  en: readonly Sentence[];
  links: readonly Link[];
  lexicon: TermLexicon;
  /** Extra word links, e.g. from token embeddings when a neural model is present. */
  wordLinker?: WordLinker;
  /** Told every `progressEvery` sentence pairs searched (and after the last, if there were that many), for a progress report. */
  onProgress?: (done: number, total: number) => void;
  /** Default `PROGRESS_EVERY`. */
  progressEvery?: number;
  /** Told every candidate pair left out and the rule that did it (--explain); the same run, only observed. */
  onDrop?: (d: DroppedTerm) => void;
}

/** How often the glossary stage reports progress, in sentence pairs. */
export const PROGRESS_EVERY = 1000;

/** Tunables, with the values measured in docs/GLOSSARY.md. */
export const GLOSSARY_DEFAULTS = {
  /** Sentence pairs outside the links are searched too when the document is this small (comparable news). */
  maxCrossPairs: 2500,
  /** Confidence factor of a sighting outside the aligned links. */
  crossFactor: 0.8,
  /** A one-word common term is proposed only when seen in this many sentence pairs. */
  minSingleCount: 2,
  minScore: 0.35,
  /**
   * English candidates tried per sentence pair, the first in text order: the pairing work of a pair grows with them,
   * and a run-on "sentence" (a file without punctuation) would otherwise cost without bound. TICO-19's most is 141.
   */
  maxCandidates: 256,
  /**
   * Links per block in a long document (see `buildGlossary`): each block's sentences are prepared and counted on their
   * own. 10,000 sentence pairs hold about 75 MB of prepared sentences; a document up to that size is one block.
   */
  blockLinks: 10_000,
};

/** One sighting of a phrase pair in one sentence pair. */
interface Sighting extends PhrasePair {
  arSentence: number;
  enSentence: number;
  inLink: boolean;
}

const MONTHS = /^(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * Term pairs of an aligned document pair: English noun phrases and names, word-aligned with the Arabic inside each
 * linked sentence pair (and, in short documents, across unlinked ones at a lower confidence), extracted by the
 * phrase-consistency rule, scored by confidence, recurrence and Dice association, filtered for a reviewer.
 *
 * A document with more links than `blockLinks` is read in blocks of that many consecutive links (with the sentences
 * between them): each block's sentences are prepared, counted (clitic analysis, association, gap counts) and searched
 * on their own, then let go, so memory stays bounded however long the text; only each candidate pair's tallies, its
 * best sighting and the few words each sentence adds to the occurrence counts are kept to the end.
 */
export function buildGlossary(input: GlossaryInput, opts = GLOSSARY_DEFAULTS): TermPair[] {
  const { ar, en, links } = input;
  const tally = new Tally(ar.length, en.length);
  const every = input.progressEvery ?? PROGRESS_EVERY;
  const blocks = linkBlocks(links, ar.length, en.length, opts.blockLinks);
  // Sentence pairs searched in all; a document read whole counts its own (all pairs, when short).
  const total = blocks.length === 1 ? undefined : links.reduce((n, l) => n + l.ar.length * l.en.length, 0);
  let done = 0;
  for (const b of blocks) {
    const local = b.links.map((l) => ({ ...l, ar: l.ar.map((i) => i - b.ar0), en: l.en.map((j) => j - b.en0) }));
    done += searchBlock(tally, { ...input, ar: ar.slice(b.ar0, b.ar1), en: en.slice(b.en0, b.en1), links: local, progressEvery: every }, { ar0: b.ar0, en0: b.en0, done, total }, opts);
  }
  return resolve(tally, input.lexicon, opts, input.onDrop);
}

/** A run of consecutive links and the sentence ranges [ar0, ar1), [en0, en1) they and the sentences between them span. */
export interface LinkBlock {
  links: readonly Link[];
  ar0: number;
  ar1: number;
  en0: number;
  en1: number;
}

/**
 * Cuts the links, in their order, into the fewest blocks of at most `size` links, of even sizes (no small last block,
 * whose counts would mean little); one block, the whole document, when there are no more than `size`. Every sentence
 * lies in some block's ranges: a block reaches from the end of the one before to its own last sentence, the last
 * block to the end of the text.
 */
export function linkBlocks(links: readonly Link[], arCount: number, enCount: number, size: number): LinkBlock[] {
  if (links.length <= size) return [{ links, ar0: 0, ar1: arCount, en0: 0, en1: enCount }];
  const count = Math.ceil(links.length / size);
  const out: LinkBlock[] = [];
  let ar0 = 0;
  let en0 = 0;
  for (let b = 0; b < count; b++) {
    const part = links.slice(Math.floor((b * links.length) / count), Math.floor(((b + 1) * links.length) / count));
    const last = b === count - 1;
    let [arLo, arHi, enLo, enHi] = [ar0, ar0, en0, en0];
    for (const l of part) {
      for (const i of l.ar) [arLo, arHi] = [Math.min(arLo, i), Math.max(arHi, i + 1)];
      for (const j of l.en) [enLo, enHi] = [Math.min(enLo, j), Math.max(enHi, j + 1)];
    }
    const block = { links: part, ar0: arLo, ar1: last ? arCount : arHi, en0: enLo, en1: last ? enCount : enHi };
    out.push(block);
    ar0 = Math.max(ar0, block.ar1);
    en0 = Math.max(en0, block.en1);
  }
  return out;
}

/** What the end of the glossary needs of a sentence once its block is let go: its text, words and Arabic forms. */
type ArView = Pick<ArabicSide, 'text' | 'words' | 'norm'>;
type EnView = Pick<EnglishSide, 'text' | 'words'>;

/** One candidate pair over the whole document: its best sighting (with its sentences) and what it was seen in. */
interface Group {
  best: Sighting;
  arSide: ArView;
  enSide: EnView;
  arSentences: Set<number>;
  enSentences: Set<number>;
  /**
   * Sentence pairs it was seen in (and of them, inside links), counted without a set: every sentence pair is searched
   * once, its sightings one after another, so a pair is new when it is not the last one counted.
   */
  pairs: number;
  linkedPairs: number;
  lastAr: number;
  lastEn: number;
}

/** The document's tallies, filled block by block. */
class Tally {
  readonly groups = new Map<string, Group>();
  /** Per English sentence, its candidates' lower-case texts joined by U+0000; per Arabic sentence, its normal forms. */
  readonly enPhrases: string[];
  readonly arNorms: string[];
  /** Latin words the Arabic text writes (names it copies: Apple, Google Play). */
  readonly arLatin = new Set<string>();
  /** Acronyms the English text defines in brackets, and the words before each definition. */
  readonly acronymDefs = new Map<string, string[]>();
  constructor(
    readonly arCount: number,
    readonly enCount: number,
  ) {
    this.enPhrases = new Array<string>(enCount).fill('');
    this.arNorms = new Array<string>(arCount).fill('');
  }
  /** A sighting, as `resolve` once took them from a list in this order: the first best (in-link wins a tie) is kept. */
  add(s: Sighting, arSide: ArView, enSide: EnView, crossFactor: number): void {
    const key = `${s.en.toLowerCase()}\u0000${normalizeArabic(s.ar)}`;
    const g = this.groups.get(key);
    if (!g) {
      const [i, j] = [s.arSentence, s.enSentence];
      this.groups.set(key, { best: s, arSide, enSide, arSentences: new Set([i]), enSentences: new Set([j]), pairs: 1, linkedPairs: s.inLink ? 1 : 0, lastAr: i, lastEn: j });
      return;
    }
    const conf = (x: Sighting): number => x.confidence * (x.inLink ? 1 : crossFactor);
    if (conf(s) > conf(g.best) || (conf(s) === conf(g.best) && s.inLink && !g.best.inLink)) [g.best, g.arSide, g.enSide] = [s, arSide, enSide];
    g.arSentences.add(s.arSentence);
    g.enSentences.add(s.enSentence);
    if (s.arSentence !== g.lastAr || s.enSentence !== g.lastEn) {
      [g.lastAr, g.lastEn] = [s.arSentence, s.enSentence];
      g.pairs++;
      if (s.inLink) g.linkedPairs++;
    }
  }
}

/**
 * Prepares one block's sentences, searches its sentence pairs and adds what it sees to the tally (indices made
 * global); progress counts on from `done` pairs of `total` (default: this block's). Returns the pairs searched.
 */
function searchBlock(tally: Tally, input: GlossaryInput, at: { ar0: number; en0: number; done: number; total?: number }, opts: typeof GLOSSARY_DEFAULTS): number {
  const { ar0, en0, done } = at;
  const { ar, en, links, lexicon } = input;
  // One analysis for the document: clitics cut only where a word list, the lexicon or the text itself agree.
  const analysis = createArabicAnalysis({ lookup: (w) => lexicon.translateArabicWord(w), documentWords: documentWords(ar) });
  const arSides = ar.map((s) => prepareArabic(s.text, lexicon, analysis));
  const enSides = en.map((s) => prepareEnglish(s.text));
  const enCands = enSides.map((s) => termCandidates(s.text, s.words).slice(0, opts.maxCandidates));
  enCands.forEach((cs, j) => (tally.enPhrases[en0 + j] = cs.map((c) => c.text.toLowerCase()).join('\u0000')));
  arSides.forEach((s, i) => (tally.arNorms[ar0 + i] = s.norm.join('\u0000')));
  for (const s of ar) latinWords(s.text, tally.arLatin);
  for (const s of en) acronymDefinitions(s.text, tally.acronymDefs);
  const arViews: (ArView | undefined)[] = [];
  const enViews: (EnView | undefined)[] = [];
  const arView = (i: number): ArView => (arViews[i] ??= { text: arSides[i].text, words: arSides[i].words, norm: arSides[i].norm });
  const enView = (j: number): EnView => (enViews[j] ??= { text: enSides[j].text, words: enSides[j].words });
  const linked = new Set<string>();
  for (const l of links) for (const i of l.ar) for (const j of l.en) linked.add(`${i}:${j}`);

  const pairs: [number, number][] = [];
  if (tally.arCount * tally.enCount <= opts.maxCrossPairs) {
    for (let i = 0; i < ar.length; i++) for (let j = 0; j < en.length; j++) pairs.push([i, j]);
  } else {
    for (const k of [...linked].sort()) pairs.push(k.split(':').map(Number) as [number, number]);
  }
  const association = associationLinker(arSides, enSides, links);
  // Gap links rest on the document's counts to refute a guess: only inside aligned pairs, in a document with links
  // enough for counts to mean something (as for association links; a short news pair is not).
  const counts = links.length >= ASSOCIATION_DEFAULTS.minLinks ? coCounts(arSides, enSides, links) : undefined;
  const every = input.progressEvery ?? PROGRESS_EVERY;
  const total = at.total ?? pairs.length;
  for (let k = 0; k < pairs.length; k++) {
    const n = done + k + 1;
    if (input.onProgress && (n % every === 0 || (n === total && n >= every))) input.onProgress(n, total);
    const [i, j] = pairs[k];
    if (enCands[j].length === 0) continue;
    const wl = alignWords(arSides[i], enSides[j], association, input.wordLinker);
    if (wl.length === 0) continue;
    const inLink = linked.has(`${i}:${j}`);
    for (const p of extractPhrasePairs(arSides[i], enSides[j], wl, enCands[j], inLink ? counts : undefined)) {
      tally.add({ ...p, arSentence: ar0 + i, enSentence: en0 + j, inLink }, arView(i), enView(j), opts.crossFactor);
    }
  }
  return pairs.length;
}

/** Every word of the sentences as written, without one array of them all. */
function* documentWords(ar: readonly Sentence[]): Iterable<string> {
  for (const s of ar) yield* s.text.split(/[^\p{L}\p{M}]+/u);
}

/** A rule that left a pair out, and the pair that won over it where one did. */
interface Dropped {
  rule: DropRule;
  by?: Scored;
}

interface Scored {
  key: string;
  best: Sighting;
  count: number;
  linkedCount: number;
  score: number;
  enKey: string;
  arKey: string;
  /** Sentences the pair was seen in, on the side with fewer. */
  co: number;
  /** English sentences holding the English side as a term candidate, paired or not. */
  enOcc: number;
  arSide: ArView;
  enSide: EnView;
}

function resolve(tally: Tally, lexicon: TermLexicon, opts: typeof GLOSSARY_DEFAULTS, onDrop?: (d: DroppedTerm) => void): TermPair[] {
  const { groups } = tally;
  // Hyphens are kept in the Arabic cell (كوفيد-19) but counted as spaces, as the sentence words are.
  const arStripped = (arKey: string): string => arKey.split(' ').map((w, i) => (i === 0 ? stripProclitics(w) : w)).join(' ').replace(/-/g, ' ');
  // How often each side occurs at all, for the association measure: one pass over the sentences for all phrases.
  const enOcc = occurrences(new Set([...groups.keys()].map((k) => k.split('\u0000')[0])), tally.enPhrases, (cs) => cs.split('\u0000'));
  const arWanted = new Set([...groups.keys()].map((k) => arStripped(k.split('\u0000')[1])));
  let arLongest = 0;
  for (const p of arWanted) arLongest = Math.max(arLongest, p.split(' ').length);
  const arOcc = occurrences(arWanted, tally.arNorms, (s) => ngrams(s ? s.split('\u0000') : [], arLongest));
  const scored: Scored[] = [];
  for (const [key, g] of groups) {
    const conf = (s: Sighting): number => s.confidence * (s.inLink ? 1 : opts.crossFactor);
    const best = g.best;
    const [enKey, arKey] = key.split('\u0000');
    const co = Math.min(g.arSentences.size, g.enSentences.size);
    // Association: the larger conditional share (a comparable text may say a term once in English, four times in Arabic).
    const assoc = Math.max(co / Math.max(co, enOcc.get(enKey) ?? 0), co / Math.max(co, arOcc.get(arStripped(arKey)) ?? 0));
    const count = g.pairs;
    const linkedCount = g.linkedPairs;
    const recur = 1 - 0.5 ** (count + 1);
    scored.push({ key, best, count, linkedCount, score: conf(best) * (0.5 + 0.5 * assoc) * (0.5 + 0.5 * recur), enKey, arKey, co, enOcc: enOcc.get(enKey) ?? 0, arSide: g.arSide, enSide: g.enSide });
  }
  // Scores equal to six places are a tie (near 1 the recurrence term differs only in the ninth place: 25 or 45
  // sightings): then the longer English, a reading a lexicon gives before one by sound alone (Austria ↔ النمسا, not
  // the look-alike استور), and the Arabic that renders more of it (healthcare ↔ الرعاية الصحية "health care", not
  // العناية "care").
  const tie = (s: Scored): number => Math.round(s.score * 1e6);
  const arWords = (s: Scored): number => s.best.arTo - s.best.arFrom;
  scored.sort((a, b) => tie(b) - tie(a) || b.best.en.length - a.best.en.length || Number(a.best.byName) - Number(b.best.byName) || arWords(b) - arWords(a) || a.key.localeCompare(b.key));

  const contexts = (s: Scored): { enContext: string; arContext: string } => {
    const [b, enS, arS] = [s.best, s.enSide, s.arSide];
    return { enContext: markSpan(enS.text, enS.words[b.enFrom].start, enS.words[b.enTo - 1].end), arContext: markSpan(arS.text, arS.words[b.arFrom].start, arS.words[b.arTo - 1].end) };
  };
  const pairCount = (s: Scored): number => s.co;
  /** Tells --explain why `s` is left out; `by` is the pair that won over it. */
  const drop = (s: Scored, { rule, by }: Dropped): void => {
    onDrop?.({ en: s.best.en, ar: s.best.ar, score: round(s.score), count: pairCount(s), rule, ...(by ? { because: `${by.best.en} ↔ ${by.best.ar}` } : {}), ...contexts(s) });
  };
  const out: TermPair[] = [];
  const takenEn = new Map<string, Scored>();
  const takenAr = new Map<string, Scored>();
  const kept: Scored[] = [];
  const keptIndex = new PartIndex();
  // Pairs that lost only because a side was taken (International Monetary Fund ↔ صندوق النقد الدولي beside IMF ↔
  // صندوق النقد الدولي): their parts are still fragments of a phrase, not terms of their own.
  const readingIndex = new PartIndex();
  for (const s of scored) {
    const why = dropWhy(s);
    if (why) {
      drop(s, why);
      if (why.rule === 'another-reading' && s.enKey.includes(' ')) readingIndex.add(s);
      continue;
    }
    takenEn.set(s.enKey, s);
    takenAr.set(s.arKey, s);
    kept.push(s);
    keptIndex.add(s);
  }
  /** A lexicon's multiword entry gives this very pair (الصحة العامة "public health"): a unit inside a longer phrase too. */
  function lexiconPhrase(s: Scored): boolean {
    const words = s.best.ar.split(' ');
    if (words.length < 2 || !s.enKey.includes(' ')) return false;
    return lexicon.translateArabicPhrase(words)?.some((t) => t.toLowerCase() === s.enKey) ?? false;
  }
  /**
   * The longer pair, kept or dropped as another reading, of which `s` is a fragment. A unit of its own is none: a
   * compound the language lists as one noun (public library in public library closures), a lexicon's phrase.
   */
  function longerPair(s: Scored): Scored | undefined {
    if (isCompoundNoun(s.enKey) || lexiconPhrase(s)) return undefined;
    return keptIndex.containing(s.enKey).find((k) => k !== s && fragmentOf(k, s)) ?? readingIndex.containing(s.enKey).find((k) => fragmentOf(k, s));
  }
  /** The named rule (filters.ts, DROP_RULES) that leaves `s` out, with the pair that won over it; undefined: kept. */
  function dropWhy(s: Scored): Dropped | undefined {
    const b = s.best;
    const enWords = s.enSide.words.slice(b.enFrom, b.enTo);
    if (s.score < opts.minScore) return { rule: 'low-score' };
    // Latin letters copied into the Arabic text (IgM, TraceTogether) are no translation to review.
    if (!/[\u0600-\u06FF]/.test(b.ar)) return { rule: 'no-arabic-letters' };
    const rule = dropReason(b.en, enWords, b.ar);
    if (rule) return { rule };
    if (b.byName && writtenInLatin(b.en, tally.arLatin)) return { rule: 'written-in-latin' };
    // A place's name is no translation of its adjective (New Zealand ↔ النيوزيلندية "New Zealand's"): the text's
    // adjective, not the country's name.
    // So is a place's acronym (US, U.S. ↔ الأمريكية).
    if (b.arTo - b.arFrom === 1 && (knownPlaceNames().has(b.en.toLowerCase()) || isAcronym(b.en)) && /^ال..+(ي|يه|يون|يين)$/.test(normalizeArabic(b.ar))) return { rule: 'nationality-adjective' };
    // One translation per side: the best-scored wins, a second reading is noise for a reviewer.
    const taken = takenEn.get(s.enKey) ?? takenAr.get(s.arKey);
    if (taken) return { rule: 'another-reading', by: taken };
    const single = enWords.length === 1 && b.arTo - b.arFrom === 1;
    const capital = /^\p{Lu}/u.test(b.en);
    if (enWords.every((w) => w.pos === 'ADJ') && !/^\p{Lu}/u.test(b.en.split(' ').pop() ?? '')) return { rule: 'adjective' };
    if (enWords.length === 1 && (MONTHS.test(b.en) || (capital && enWords[0].pos === 'ADJ'))) return { rule: 'month-or-weekday' };
    if (/^\p{Ll}+ of /u.test(b.en) && s.linkedCount < 2) return { rule: 'of-phrase' };
    const enS = s.enSide;
    if (nameFragment(enS.text, enS.words, b.enFrom, b.enTo, (x) => knownPlaceNames().has(x.toLowerCase()), (w) => EN_TITLE.test(w))) return { rule: 'name-fragment' };
    if (enWords.length === 1 && quantityWord(b.en)) return { rule: 'quantity-word' };
    if (enWords.length === 1 && everydayNoun(b.en, Math.min(tally.arCount, tally.enCount))) return { rule: 'everyday-noun' };
    if (single && !capital && s.linkedCount < opts.minSingleCount && !strongSingle(b.en, b.confidence, Math.min(tally.arCount, tally.enCount))) return { rule: 'single-sighting' };
    // A capitalised common word (State in "Secretary of State", President) is no name unless a lexicon says so.
    if (enWords.length === 1 && capital && !b.byName && !isKnownProper(b.ar, b.en, lexicon) && !isAcronym(b.en)) return { rule: 'capitalised-word' };
    // A bare title in any case (minister, ambassador, Vice): the glossary lists it with its name or its country.
    if (enWords.length === 1 && (EN_TITLE.test(capitalise(b.en)) || /^vice(-president)?$/i.test(b.en) || DIRECTION.test(b.en))) return { rule: 'title-or-direction' };
    // A fragment of a longer pair already kept (North ↔ الشمالية inside North Korea ↔ كوريا الشمالية) adds nothing;
    // a part that contradicts a longer pair (Takeo ↔ طوكيو beside Takeo Akiba ↔ تاكيو أكيبا) is wrong.
    const whole = longerPair(s);
    return whole ? { rule: 'fragment', by: whole } : undefined;
  }
  // Fragments ranked above their longer pair (same sightings, lower score) go too.
  // And a part of a longer English term seen as often is either a fragment or a contradiction (Takeo ↔ طوكيو).
  // A titled name beside its name alone is a duplicate for a reviewer: the name and the title stand apart.
  const lateWhy = (s: Scored): Dropped | undefined => {
    const whole = longerPair(s);
    if (whole) return { rule: 'fragment', by: whole };
    const name = titled(s) ? kept.find((k) => k !== s && !titledKey(k.enKey) && s.enKey.endsWith(` ${k.enKey}`) && k.enKey.includes(' ')) : undefined;
    return name ? { rule: 'titled-duplicate', by: name } : undefined;
  };
  const types = new Map<Scored, TermPair['type']>();
  const typeOf = (s: Scored): TermPair['type'] => {
    const known = types.get(s);
    if (known) return known;
    const b = s.best;
    const [enS, arS] = [s.enSide, s.arSide];
    const knownProper = isKnownProper(b.ar, b.en, lexicon);
    const places = knownPlaceNames();
    const arWords = b.ar.split(' ');
    const arNames = (arWords.length > 1 ? lexicon.translateArabicPhrase(arWords) : lexicon.translateArabicWord(b.ar)) ?? [];
    const knownPlace = arNames.some((t) => places.has(t.toLowerCase()) && (isAcronym(b.en) || t.toLowerCase() === b.en.toLowerCase())) || places.has(b.en.toLowerCase()) || places.has(b.en.replace(/^(North|South|East|West|Northern|Southern|Eastern|Western|Central) /, '').toLowerCase());
    const type = classify({
      en: b.en,
      enBefore: enS.words.slice(Math.max(0, b.enFrom - 2), b.enFrom).map((w) => w.text),
      enAfter: enS.words.slice(b.enTo, b.enTo + 2).map((w) => w.text),
      ar: b.ar,
      arBefore: arS.norm.slice(Math.max(0, b.arFrom - 3), b.arFrom),
      byName: b.byName,
      knownProper,
      knownPlace,
    });
    types.set(s, type);
    return type;
  };
  const named = kept.filter((k) => /^\p{Lu}/u.test(k.best.en) && typeOf(k) !== 'TERM');
  /**
   * A name with a common noun after it (Cornell University students, UNESCO estimates, San Francisco office), the
   * name kept on its own and seen as often: a phrase about the name. A head that makes a new name or a title stays
   * (the Canadian government, Tamaulipas state, Barcelona president).
   */
  const nameWithNoun = (s: Scored): Scored | undefined => {
    const words = s.best.en.split(' ');
    const tail = words.findIndex((w) => !/^\p{Lu}/u.test(w));
    if (tail <= 0 || !words.slice(tail).every((w) => /^\p{Ll}+$/u.test(w))) return undefined;
    const last = words[words.length - 1];
    if (NAME_HEADS.test(last) || EN_TITLE.test(capitalise(last))) return undefined;
    const nameKey = words.slice(0, tail).join(' ').toLowerCase();
    const arKey = normalizeArabic(s.best.ar);
    return named.find((k) => k !== s && k.enKey === nameKey && k.count >= s.count && arKey.includes(normalizeArabic(k.best.ar)));
  };
  const final = kept.filter((s) => {
    const withNoun = nameWithNoun(s);
    const why: Dropped | undefined = lateWhy(s) ?? (withNoun ? { rule: 'name-with-noun', by: withNoun } : undefined);
    if (why) drop(s, why);
    return !why;
  });
  // An acronym read by its letters takes the type of the expansion the text defines it by (ECDC, UK).
  const typedNames = final.map((s) => ({ en: s.best.en, type: typeOf(s) })).filter((n) => n.type !== 'TERM');
  const persons = final.filter((s) => typeOf(s) === 'PERSON').map((s) => ({ en: s.best.en, ar: s.best.ar }));
  for (const s of final) {
    const b = s.best;
    const own = typeOf(s);
    const type = own === 'TERM' && isAcronym(b.en) ? (expansionType(b.en, tally.acronymDefs, typedNames) ?? own) : own === 'TERM' && loneNameOf(b.en, b.ar, persons) ? 'PERSON' : own;
    out.push({
      en: b.en,
      ar: b.ar,
      type,
      score: round(s.score),
      // Sentences matched on the rarer side: how often the pair really occurs, not how many pairs were searched.
      count: pairCount(s),
      ...contexts(s),
    });
  }
  return out;
}

/**
 * How many items hold each wanted phrase at least once (`phrases` lists an item's phrases): one pass over the items,
 * not one per phrase.
 */
function occurrences<T>(wanted: ReadonlySet<string>, items: readonly T[], phrases: (item: T) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const seen = new Set<string>();
    for (const p of phrases(item)) if (wanted.has(p)) seen.add(p);
    for (const p of seen) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return counts;
}

/** Every run of up to `max` consecutive words, joined by spaces (what ` ${words.join(' ')} ` contains word-wise). */
function ngrams(words: readonly string[], max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let g = '';
    for (let j = i; j < Math.min(words.length, i + max); j++) {
      g = j === i ? words[i] : `${g} ${words[j]}`;
      out.push(g);
    }
  }
  return out;
}

/** A phrase's words as `contains` compares them: a possessive 's is a word end, spaces collapsed. */
const partWords = (s: string): string => s.replace(/['’]s\b/g, ' ').replace(/\s+/g, ' ').trim();

/** `inner` is a strict word-wise part of `outer` (a possessive 's counts as a word end). */
function contains(outer: string, inner: string): boolean {
  return outer !== inner && ` ${partWords(outer)} `.includes(` ${partWords(inner)} `);
}

/** Kept pairs by every word run of their English key, so a pair's longer kin are found without a scan of all kept. */
class PartIndex {
  private readonly byPart = new Map<string, Scored[]>();
  add(s: Scored): void {
    for (const part of new Set(ngrams(partWords(s.enKey).split(' '), Infinity))) {
      const list = this.byPart.get(part);
      if (list) list.push(s);
      else this.byPart.set(part, [s]);
    }
  }
  /** Kept pairs whose English key holds `enKey` word-wise (itself included), in the order they were kept. */
  containing(enKey: string): Scored[] {
    return this.byPart.get(partWords(enKey)) ?? [];
  }
}

/** `s` is a part of the longer `k`, seen no more often; the name after a title is not (Vladimir Putin). */
function fragmentOf(k: Scored, s: Scored): boolean {
  if (!contains(k.enKey, s.enKey) || k.count < s.count) return false;
  if (standsAlone(s, k)) return false;
  if (titled(k) && k.enKey.endsWith(` ${s.enKey}`) && !titledKey(s.enKey)) return false;
  // The title before a name is a term of its own (US President in US President Donald Trump).
  return !(titled(k) && k.enKey.startsWith(`${s.enKey} `) && EN_TITLE.test(capitalise(s.enKey.split(' ').pop() ?? '')));
}

/**
 * The English says the part in more sentences than the whole: a unit of its own that the whole extends (vaccine
 * development in COVID-19 vaccine development and in vaccine development projects; Wikimedia beside Wikimedia
 * Foundation), not a piece of one phrase. Only a phrase of two words or more, or a name no dictionary knows as a
 * noun: a one-word common noun (cases, work, Data opening a sentence) or an acronym recurs anywhere, and its recurrence says nothing of the phrase it stands in.
 */
function standsAlone(s: Scored, whole: Scored): boolean {
  const phrase = s.enKey.includes(' ') || (/^\p{Lu}\p{Ll}/u.test(s.best.en) && nounFamiliarity(s.best.en) === 0);
  return phrase && s.enOcc > whole.enOcc;
}

const capitalise = (w: string): string => w.replace(/^./, (c) => c.toUpperCase());

function titledKey(enKey: string): boolean {
  return enKey.split(' ').some((w) => EN_TITLE.test(w.replace(/^./, (c) => c.toUpperCase())));
}

/** Starts with a title (Russian President Vladimir Putin): its name part stands as a term of its own. */
function titled(s: Scored): boolean {
  return s.best.en.split(' ').slice(0, -1).some((w) => EN_TITLE.test(w));
}
/** Lowercase heads that make a name of their own after a name, or a title (the Canadian government, Tamaulipas state). */
const NAME_HEADS = /^(government|ministry|police|army|parliament|council|authorities|agency|county|state|province|city|region|island|district|spokes(wo)?man|spokesperson|official|officials|chief|chairman|leader|side|club|team)$/;
const DIRECTION = /^(North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower)$/;
const EN_TITLE = /^(President|Minister|Secretary|Chancellor|King|Queen|Prince|Leader|Premier|Adviser|Advisor|Director|General|Ambassador|Senator|Governor|Mayor|Envoy)$/;

/** A lexicon translates the Arabic (a word of it, or the whole) as exactly this capitalised English. */
function isKnownProper(ar: string, en: string, lexicon: TermLexicon): boolean {
  const words = ar.split(' ');
  const all = [...words.map((w) => lexicon.translateArabicWord(w)), words.length > 1 ? lexicon.translateArabicPhrase(words) : undefined];
  return all.some((ts) => ts?.some((t) => /^\p{Lu}/u.test(t) && (t === en || en.split(' ').includes(t))) ?? false);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The sentence with [start, end) wrapped in [[ ]]. */
export function markSpan(sentence: string, start: number, end: number): string {
  return `${sentence.slice(0, start)}[[${sentence.slice(start, end)}]]${sentence.slice(end)}`;
}

/** The sentence with the first occurrence of the term wrapped in [[ ]]. */
export function mark(sentence: string, term: string): string {
  const at = sentence.indexOf(term);
  if (at < 0) return sentence;
  return markSpan(sentence, at, at + term.length);
}
