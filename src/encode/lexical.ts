import { stemCandidates, stripProclitics } from '../arabic/clitics.ts';
import { mayStartSpelledAcronym, readSpelledAcronym } from '../arabic/letters.ts';
import { asciiDigits, isArabicWord, normalizeArabic } from '../arabic/normalize.ts';
import { isArabicStopword } from '../arabic/stopwords.ts';
import { stemEnglish } from '../english/stem.ts';
import { americanSpelling, englishLemma, expandContraction, isIrregularVerbForm } from '../english/lemma.ts';
import { phrasalEndingAt } from '../english/phrasal.ts';
import { EN_STOPWORDS } from '../english/stopwords.ts';
import { synsets } from '../english/wordnet.ts';
import { buildLexicon, canonicalArabicToken, type Lexicon, type LexiconPair } from '../lexicon/lexicon.ts';
import { expandAbbreviation } from '../lexicon/abbreviations.ts';
import { buildNameSpellings, nameBySpelling, type NameSpellings } from '../lexicon/name-spellings.ts';
import { countryOfArabic, countryOfEnglish } from '../lexicon/countries.ts';
import { dialectNegatedStems, dialectStems, msaOf } from '../lexicon/dialect.ts';
import { DEFAULT_SENSE_WEIGHTS, weighSenses, type Agreement, type SenseWeights } from '../lexicon/senses.ts';
import { latinWordKey, NAME_GRAM_WEIGHT, nameWordFeatures } from '../names/key.ts';
import { tokenize } from '../tokenize.ts';
import { arabicFunctionPerson, arabicNegates, arabicWordPersons, englishNegates, englishPerson } from './grammar.ts';
import { englishNumberWord, readQuantity, valueFeature, type Quantity } from './quantities.ts';
import type { Encoder, Lang, SentenceStems, Vector } from '../types.ts';
import { sparseFromEntries } from '../vector.ts';
import { BoundedMemo } from '../memo.ts';
import { FeatureSums, type FeatureCounts } from './sums.ts';

/** What a sentence needs of one Arabic token, read once per distinct token. */
interface ArabicToken {
  /** As a phrase entry's second or later word. */
  canonical: string;
  /** As a phrase entry's first word (see `phraseHeads`). */
  heads: string[];
  /** The month it names when a number stands beside it (DATE_ONLY_MONTHS). */
  month: string | undefined;
  /** Whether an acronym spelled in letter names may start with it (see `readSpelledAcronym`). */
  letter: boolean;
  /** Its features outside any phrase, once computed (they hold feature ids: `forget` drops them). */
  occurrences?: Occurrences;
}


/** Receives one feature occurrence (by id) at a time; the sentence's weights are their sums, in the order given. */
type Sink = (id: number, w: number) => void;

/** A cached list of features with their weights (from the module's memos: the same list object for the same word). */
type FeatureList = readonly [string, number][];

/** A word's feature occurrences in order: replayed into each sentence that has the word (same sums, same order). */
interface Occurrences {
  ids: number[];
  weights: number[];
}

function replay(f: FeatureSums, occurrences: Occurrences): void {
  const { ids, weights } = occurrences;
  for (let t = 0; t < ids.length; t++) f.add(ids[t], weights[t]);
}

/** Lexicon keys to try for one Arabic word, best first: its MSA stems, then those of its dialect forms. */
function lookupCandidates(word: string): string[] {
  const msa = stemCandidates(word);
  const dialect = dialectStems(normalizeArabic(word)).flatMap((w) => stemCandidates(w));
  return [...new Set([...msa, ...dialect].map(canonicalArabicToken))];
}

/**
 * Whether the lexicon read `word` as `key` only through a negation written on the verb (لايشكل → يشكل, مبيقولش →
 * يقول): no MSA reading of the word gives that key. The word then says "not", as the separate لا would.
 */
function negatedOnVerb(word: string, key: string): boolean {
  const norm = normalizeArabic(word);
  const inner = dialectNegatedStems(norm);
  if (!inner.length || stemCandidates(word).some((c) => canonicalArabicToken(c) === key)) return false;
  return inner.some((s) => stemCandidates(s).some((c) => canonicalArabicToken(c) === key));
}

/**
 * A word in Latin letters inside Arabic text, with a joined conjunction or preposition if any (وApple, بCOVID,
 * Skyactiv): the Latin word, which the encoder reads as the English side would.
 */
function latinWord(word: string): string | undefined {
  return /^(?:[وفبل])?(\p{Script=Latin}[\p{Script=Latin}\p{N}'’.-]*)$/u.exec(word)?.[1];
}

function isNumber(token: string): boolean {
  return /^[\p{N}٫.,]+$/u.test(token);
}

function numberFeature(token: string): string {
  return 'd:' + asciiDigits(token).replace(/[.,](?=\d{3}\b)/g, '').replace(/,/g, '.');
}

/**
 * Total weight of a word's WordNet synset features ("s:"), against 1 for its stem. Measured on the dev sets:
 * 0.5 adds about a point of Tatoeba pairing (0.458 → 0.467) and 0.2 on TICO-19; 1.0 is no better.
 */
const SYNSET_WEIGHT = 0.5;

const tokenFeatureMemo = new BoundedMemo<[string, number][]>(200_000);

/** Features of one lower-case English content word: its stem, and its synsets unless it is a name (cached). */
function englishTokenFeatures(word: string, proper = false): [string, number][] {
  return tokenFeatureMemo.get((proper ? 'P' : 'w') + word, () => computeTokenFeatures(word, proper));
}

function computeTokenFeatures(word: string, proper: boolean): [string, number][] {
  if (!proper) word = englishLemma(americanSpelling(word));
  const out: [string, number][] = [['w:' + stemEnglish(word), 1]];
  // Names keep to their spelling: "Rose", "Hope" or "Salem" as words would pull in unrelated synonyms.
  if (SYNSET_WEIGHT > 0 && !proper) {
    const ids = synsets(word);
    for (const id of ids) out.push(['s:' + id, SYNSET_WEIGHT / ids.length]);
  }
  return out;
}

const phraseFeatureMemo = new BoundedMemo<[string, number][]>(200_000);

/** English words of a phrase → shared-space features (cached: lexicon translations recur in every sentence). */
function englishWordFeatures(phrase: string): [string, number][] {
  return phraseFeatureMemo.get(phrase, () => computeEnglishWordFeatures(phrase));
}

function computeEnglishWordFeatures(phrase: string): [string, number][] {
  const proper = isProperNoun(phrase);
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .flatMap((w) => (englishNumberWord(w) !== undefined ? [w] : w.split('-')));
  // A translation that is a phrasal verb (عاد "come back") also means its verb, as the sentence side reads it.
  const meanings = proper ? [] : words.map((_, k) => phrasalEndingAt(words, k)).filter((m): m is string => m !== undefined);
  return [...words, ...meanings]
    .map((w) => MODAL_AS_CONTENT.get(w) ?? w)
    .filter((w) => w && !EN_STOPWORDS.has(w))
    .flatMap((w): [string, number][] => {
      const n = englishNumberWord(w);
      return n !== undefined ? [[valueFeature(n), 1]] : englishTokenFeatures(w, proper);
    });
}

/** A translation sharing a word's weight with more than four others says too little of it to count as carried. */
const MIN_STEM_WEIGHT = 0.2;

/**
 * Stems of the words an English sentence uses as verbs, read from their form: a regular past or -ing form (opened,
 * hitting), or an irregular past or participle (swept → sweep, took → take), not an irregular plural (children).
 * Form alone: an -ed adjective (injured) or an -ing noun (building) is read as a verb too, which is what it tells.
 */
export function englishVerbStems(sentence: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(sentence, 'en')) {
    const w = t.text.toLowerCase().replace(/’/g, "'");
    if (EN_STOPWORDS.has(w) || !/^\p{L}+$/u.test(w)) continue;
    const lemma = englishLemma(americanSpelling(w));
    if ((/(?:ed|ing)$/.test(w) && w.length > 4) || isIrregularVerbForm(w)) out.push(stemEnglish(lemma));
  }
  return out;
}

/**
 * Modal verbs English writes as a stopword where Arabic has a content word (أستطيع, يمكنك, بإمكاني: "can", "be
 * able"): read as "able" on both sides, so the two meet.
 */
const MODAL_AS_CONTENT: ReadonlyMap<string, string> = new Map(
  ['can', 'cannot'].map((w): [string, string] => [w, 'able']),
);

/** A lower-case English word that is a stopword or a WordNet word (not only a name). */
function isCommonWord(lower: string): boolean {
  return EN_STOPWORDS.has(lower) || expandContraction(lower).length > 1 || synsets(englishLemma(lower)).length > 0;
}

function isProperNoun(en: string): boolean {
  return /^\p{Lu}/u.test(en);
}

/**
 * Month names that are first of all another word once normalised (آب August = أب father): the month only next to
 * a number (15 آب 2017), the word everywhere else.
 */
const DATE_ONLY_MONTHS: ReadonlyMap<string, string> = new Map([['اب', 'August']]);

/** Weight of the "two" (`d:2`) a dual ending adds to its noun's features. */
const DUAL_WEIGHT = 0.5;
/** ان only: ين is as often the masculine plural (المسؤولين officials), which would say "two" falsely. */
const DUAL_ENDINGS = ['ان'];

/**
 * Whether a normalised word is its lexicon stem with a dual ending (ان; تان on a stem in ة), the
 * proclitics and article before it aside: قطان = قط + ان. Only where the stem was read without the ending, so
 * a word known whole (انسان, بيان) is not one.
 */
function isDualOf(norm: string, key: string): boolean {
  for (const end of DUAL_ENDINGS) {
    const forms = [key + end];
    if (key.endsWith('ه')) forms.push(key.slice(0, -1) + 'ت' + end);
    if (forms.some((f) => norm.endsWith(f) && norm.length - f.length <= 3 && /^(و|ف)?(ب|ل|ك)?(ال)?$|^(و|ف)?لل$/.test(norm.slice(0, norm.length - f.length)))) return true;
  }
  return false;
}

/**
 * Weight of a person feature (`p:1s` for I / أنا / -ني …, see `grammar.ts`): weak, as it only tells
 * near-identical sentences apart.
 */
const PERSON_WEIGHT = 0.5;
/**
 * Third persons count half: Arabic ه / ها also stand for "it" (every feminine noun is ها), which English writes
 * as no person. Measured (docs/ENCODER-LEXICAL.md): full weight loses a comparable-news link, half keeps it.
 */
const THIRD_PERSON_SHARE = 0.5;
const personWeight = (p: string): number => PERSON_WEIGHT * (p.startsWith('3') ? THIRD_PERSON_SHARE : 1);
/** Weight of the negation feature (`x:not`: not, never, n't / لا, لم, لن, ليس). */
const NEGATION_WEIGHT = 0.5;

/** Weight of the country feature of a country's name or adjective (كوبي, Cuban, Cuba → c:CU). */
const COUNTRY_WEIGHT = 0.7;

/** Words after which "will" is the noun (his will, the will of the people), not the auxiliary. */
const WILL_NOUN_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'his', 'her', 'my', 'their', 'your', 'our', 'its', 'political', 'free', 'good', 'last', 'popular']);

/**
 * Weight of the name reading of an Arabic word the lexicon also knows. Measured on the dev sets: 0.6 lifts
 * Wikidata name pairing from 0.70 to 0.85 and leaves TICO/Tatoeba sentence pairing unchanged (±0.005).
 */
export const KNOWN_WORD_NAME_WEIGHT = 0.6;

/**
 * Share of a name's weight kept by the word as written against its clitic-stripped form (وليامز: Williams, not
 * "and Liams"). 0.7 against an even split: Wikidata names 0.880 → 0.887, sentence pairing unchanged.
 */
const AS_WRITTEN_SHARE = 0.7;

export interface LexicalOptions {
  /** A weaker lexicon (FreeDict) consulted only for words and phrases the main one does not know; pairs, or built (cached). */
  fallback?: Iterable<LexiconPair> | Lexicon;
  /** Weight of fuzzy name n-grams (see `nameWordFeatures`); 0 keeps exact key matches only. */
  nameGramWeight?: number;
  /** Weight of the name reading of Arabic words a lexicon knows (0: none). */
  knownWordNameWeight?: number;
  /** In how many FreeDict directions each fallback pair was found: corroborated senses count more. */
  agreement?: Agreement;
  /** How much FreeDict's senses count (see `weighSenses`). */
  senseWeights?: Partial<SenseWeights>;
  /**
   * Read a core-lexicon name spelled another way (بلومبرغ for بلومبيرغ, see `name-spellings.ts`); default on. (It
   * was off while one right reading, غالاكسي Galaxy, pushed a news pair over the aligner's clear-share threshold
   * for translations, `maxClearShare` in align/related.ts, now set from measured shares: docs/ENCODER-LEXICAL.md.)
   */
  nameSpellings?: boolean;
}

/**
 * The offline bilingual encoder: Arabic words are mapped through lexicons into English stems (and WordNet
 * synsets), so both languages share one sparse space; names meet through phonetic keys and their n-grams;
 * numbers meet as digits. Weights are TF-IDF, IDF taken per language over the sentences encoded together.
 * See docs/ENCODER-LEXICAL.md.
 */
export class LexicalEncoder implements Encoder {
  readonly name = 'lexical';
  /** Most trusted first: the project's lexicon with the user's approved pairs, then the fallback. */
  private readonly lexicons: Lexicon[];
  private readonly featureIds = new Map<string, number>();
  /** The sentence being encoded (one at a time). */
  private readonly sums = new FeatureSums();
  /** The feature of each id (ids are numbered from 0 as features are first met). */
  private readonly featureNames: string[] = [];
  private readonly nameGramWeight: number;
  /**
   * The first two tokens of every phrase entry, as first → second → most tokens of an entry starting so: most word
   * pairs start no phrase at all, and most that do start only short ones.
   */
  private readonly phraseStarts = new Map<string, Map<string, number>>();
  private readonly knownWordNameWeight: number;
  private readonly agreement: Agreement | undefined;
  private readonly senseWeights: SenseWeights;
  /** The core lexicon's names by spelling skeleton, for names written another way (built on first use). */
  private nameSpellings: NameSpellings | undefined;
  private readonly readNameSpellings: boolean;

  constructor(pairs: Iterable<LexiconPair>, opts: LexicalOptions = {}) {
    this.nameGramWeight = opts.nameGramWeight ?? NAME_GRAM_WEIGHT;
    this.knownWordNameWeight = opts.knownWordNameWeight ?? KNOWN_WORD_NAME_WEIGHT;
    this.agreement = opts.agreement;
    this.senseWeights = { ...DEFAULT_SENSE_WEIGHTS, ...opts.senseWeights };
    this.readNameSpellings = opts.nameSpellings ?? true;
    this.lexicons = [buildLexicon(pairs)];
    if (opts.fallback) this.lexicons.push('arToEn' in opts.fallback ? opts.fallback : buildLexicon(opts.fallback));
    for (const lex of this.lexicons) {
      for (const key of lex.arToEn.keys()) {
        if (!key.includes(' ')) continue;
        const tokens = key.split(' ');
        const [first, second] = tokens;
        let seconds = this.phraseStarts.get(first);
        if (!seconds) this.phraseStarts.set(first, (seconds = new Map()));
        seconds.set(second, Math.max(seconds.get(second) ?? 0, tokens.length));
      }
    }
  }

  /**
   * English translations of one Arabic word from the trusted lexicons (core + the user's approved pairs), or
   * undefined. The glossary builder uses this; FreeDict stays out of it, as it spells common names as
   * lower-case words (بوتين → "pooh", سوليفان → "sullivan") and would hide them from name pairing.
   */
  translateArabicWord(word: string): string[] | undefined {
    return this.lookupWord(word, 1);
  }

  /** English translations of an Arabic phrase of two or more words (its first word may carry clitics). */
  translateArabicPhrase(words: readonly string[]): string[] | undefined {
    return this.lookupPhrase(words, 1);
  }

  /** Per-word results of the Arabic analysis, computed once per distinct word (a bounded cache). */
  private readonly candidateMemo = new BoundedMemo<string[]>(200_000);
  private readonly canonicalMemo = new BoundedMemo<string>(200_000);
  private readonly headMemo = new BoundedMemo<string[]>(200_000);

  /** Lookup through the first `depth` lexicons, most trusted first: a weaker one only where the others miss. */
  private lookupWord(word: string, depth?: number): string[] | undefined {
    const candidates = this.candidateMemo.get(word, () => lookupCandidates(word));
    for (const lex of this.lexicons.slice(0, depth ?? this.lexicons.length)) {
      for (const c of candidates) {
        const hit = lex.arToEn.get(c);
        if (hit) return hit;
      }
    }
    // The glossary (a given depth) keeps to listed spellings; the encoder also reads a listed name spelled otherwise.
    return depth === undefined ? this.nameVariant(word)?.senses : undefined;
  }

  private readonly variantMemo = new BoundedMemo<{ key: string; senses: string[] } | null>(200_000);

  /**
   * A core-lexicon name this word spells another way (غالاكسي for جالاكسي Galaxy, بلومبرغ for بلومبيرغ), as
   * written or after a proclitic (لبلومبرغ): tried only where no lexicon knows the word.
   */
  private nameVariant(word: string): { key: string; senses: string[] } | undefined {
    if (!this.readNameSpellings) return undefined;
    const hit = this.variantMemo.get(word, () => {
      this.nameSpellings ??= buildNameSpellings(this.lexicons[0]);
      const norm = normalizeArabic(word);
      // The article is not removed, as lexicon keys have it removed: الاباما Alabama would be read as اوباما Obama.
      const forms = [...new Set([norm, stripProclitics(norm)])];
      return nameBySpelling(this.nameSpellings, forms) ?? null;
    });
    return hit ?? undefined;
  }

  /** Weighted senses of one Arabic word: the most trusted lexicon that knows it, FreeDict's senses weighed. */
  private lookupSenses(word: string): [string, number][] | undefined {
    return this.lookupKeyed(word)?.senses;
  }

  /** The senses, and the lexicon key that gave them (the stem the word was read as). */
  private lookupKeyed(word: string): { key: string; senses: [string, number][] } | undefined {
    const candidates = this.candidateMemo.get(word, () => lookupCandidates(word));
    const weak = this.lexicons[1];
    for (let d = 0; d < this.lexicons.length; d++) {
      for (const c of candidates) {
        const hit = this.lexicons[d].arToEn.get(c);
        if (!hit) continue;
        if (d === 0) return { key: c, senses: weighSenses(c, hit, weak?.arToEn.get(c), this.agreement, this.senseWeights) };
        return { key: c, senses: weighSenses(c, undefined, hit, this.agreement, this.senseWeights) };
      }
    }
    const variant = this.nameVariant(word);
    return variant && { key: variant.key, senses: weighSenses(variant.key, variant.senses, undefined, this.agreement, this.senseWeights) };
  }

  private canonical(word: string): string {
    return this.canonicalMemo.get(word, () => canonicalArabicToken(word));
  }

  /**
   * Canonical forms a phrase's first word may take: as written, and without its proclitics. Not its other stem
   * candidates (أعربت عن as أعرب عن): measured 2026-12-04, that cost TICO-19's merge row 0.9973 → 0.9956 and
   * comparable news one strong pair (docs/ENCODER-LEXICAL.md).
   */
  private phraseHeads(word: string): string[] {
    return this.headMemo.get(word, () => {
      const first = normalizeArabic(word);
      return [...new Set([first, stripProclitics(first)].map(canonicalArabicToken))];
    });
  }

  /** Most tokens of a lexicon phrase whose first word reads as one of `heads` and second as `second`, or 0. */
  private phraseReachOf(heads: readonly string[], second: string): number {
    let most = 0;
    for (const h of heads) most = Math.max(most, this.phraseStarts.get(h)?.get(second) ?? 0);
    return most;
  }

  private lookupPhrase(words: readonly string[], depth = this.lexicons.length): string[] | undefined {
    return this.lookupPhraseOf(this.phraseHeads(words[0]), words.slice(1).map((w) => this.canonical(w)), depth);
  }

  /** A phrase entry: its first word read as `heads`, the others as the canonical tokens `rest`. */
  private lookupPhraseOf(firstHeads: readonly string[], rest: readonly string[], depth = this.lexicons.length): string[] | undefined {
    const heads = firstHeads.filter((h) => this.phraseStarts.get(h)?.has(rest[0]) === true);
    if (!heads.length) return undefined;
    const tail = rest.join(' ');
    for (let d = 0; d < depth && d < this.lexicons.length; d++) {
      for (const head of heads) {
        const hit = this.lexicons[d].arToEn.get(head + ' ' + tail);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** The phrase entry longest first at word i of a sentence (its words' readings `info`): translations and length. */
  private phraseAt(info: readonly ArabicToken[], i: number): { hit: string[]; length: number } | undefined {
    if (i + 1 >= info.length) return undefined;
    const reach = this.phraseReachOf(info[i].heads, info[i + 1].canonical);
    if (!reach) return undefined;
    for (let n = Math.min(reach, info.length - i); n >= 2; n--) {
      const hit = this.lookupPhraseOf(info[i].heads, info.slice(i + 1, i + n).map((t) => t.canonical));
      if (hit) return { hit, length: n };
    }
    return undefined;
  }

  /** Readings of one Arabic token every sentence needs (one cache lookup per token, not one per reading). */
  private arabicToken(word: string): ArabicToken {
    return this.tokenMemo.get(word, () => ({ canonical: this.canonical(word), heads: this.phraseHeads(word), month: DATE_ONLY_MONTHS.get(normalizeArabic(word)), letter: mayStartSpelledAcronym(word) }));
  }

  private readonly tokenMemo = new BoundedMemo<ArabicToken>(200_000);

  /**
   * Content words of an Arabic sentence that no lexicon knows (stopwords, numbers and words inside a known phrase
   * excluded), with the number of content words: the coverage figure of the evaluation.
   */
  arabicUnknownWords(sentence: string): { content: number; unknown: string[] } {
    const tokens = tokenize(sentence, 'ar');
    const words = tokens.map((t) => t.text);
    const info = words.map((w) => this.arabicToken(w));
    const unknown: string[] = [];
    let content = 0;
    for (let i = 0; i < words.length; ) {
      const quantity = readQuantity(tokens, i, sentence, 'ar');
      if (quantity) {
        i += quantity.length;
        continue;
      }
      let matched = this.phraseAt(info, i)?.length ?? 0;
      matched ||= readSpelledAcronym(words, i)?.length ?? 0;
      if (matched) {
        content += matched;
        i += matched;
        continue;
      }
      const word = words[i++];
      const norm = normalizeArabic(word);
      if (isNumber(word) || isArabicStopword(norm) || isArabicStopword(stripProclitics(norm))) continue;
      // A word in Latin letters (Skyactiv, وApple) is no Arabic word: it meets the English as it is written.
      if (!isArabicWord(word) || latinWord(word)) continue;
      content++;
      if (!msaOf(norm) && !this.lookupWord(word)) unknown.push(word);
    }
    return { content, unknown };
  }

  arabicFeatures(sentence: string): FeatureCounts {
    const f = this.sums;
    const sink: Sink = (id, w) => f.add(id, w);
    const tokens = tokenize(sentence, 'ar');
    const words = tokens.map((t) => t.text);
    const info = words.map((w) => this.arabicToken(w));
    for (let i = 0; i < words.length; ) {
      const quantity = readQuantity(tokens, i, sentence, 'ar');
      if (quantity) {
        this.addQuantity(sink, quantity);
        i += quantity.length;
        continue;
      }
      // Every phrase tried at i shares its first two words: one check rules them all out, and says how long to try.
      const phrase = this.phraseAt(info, i);
      if (phrase) {
        // An entry's translations are the same each time it is met: their features are computed once.
        let known = this.phraseOccurrences.get(phrase.hit);
        if (!known) this.phraseOccurrences.set(phrase.hit, (known = this.recorded((s) => this.addTranslations(s, phrase.hit))));
        replay(f, known);
        i += phrase.length;
        continue;
      }
      // An acronym spelled out in letter names that no phrase entry reads (آر إن إيه RNA): read as the English side
      // reads the acronym; of its readings (B or P, a final V or "in"), those the abbreviation table knows if any,
      // else all, sharing 1.
      const spelled = info[i].letter ? readSpelledAcronym(words, i) : undefined;
      if (spelled) {
        const known = spelled.acronyms.filter((a) => expandAbbreviation(a) !== undefined);
        const readings = known.length ? known : spelled.acronyms;
        for (const acronym of readings) this.englishWordFeatures((id, w) => sink(id, w / readings.length), acronym);
        i += spelled.length;
        continue;
      }
      const month = info[i].month;
      const word = words[i++];
      if (month && (isNumber(words[i - 2] ?? '') || isNumber(words[i] ?? ''))) {
        this.addTranslations(sink, [month]);
        continue;
      }
      replay(f, (info[i - 1].occurrences ??= this.recorded((sink) => this.arabicWordFeatures(sink, word))));
    }
    return f.take();
  }

  /** Per-word feature occurrences, computed once per distinct word (bounded caches; Arabic's are in `tokenMemo`). */
  private readonly englishWordMemo = new BoundedMemo<Occurrences>(200_000);

  /**
   * The occurrences `fill` gives, with their feature ids. Ids are handed out as features are first met, sentence by
   * sentence, so a word recorded once and replayed numbers its features exactly as computing them in place would.
   */
  private recorded(fill: (sink: Sink) => void): Occurrences {
    const out: Occurrences = { ids: [], weights: [] };
    fill((id, w) => {
      out.ids.push(id);
      out.weights.push(w);
    });
    return out;
  }

  /** Features of phrase entries met (by their translation list), numbered: `forget` drops them. */
  private phraseOccurrences = new WeakMap<string[], Occurrences>();
  /** The ids of each feature list met, in its order (numbered as first met, as one by one would): `forget` drops them. */
  private listIds = new WeakMap<FeatureList, Int32Array>();

  /** Sends a cached feature list to `sink`, each weight times `scale`, looking up its ids once per list. */
  private sinkList(sink: Sink, list: FeatureList, scale: number): void {
    let ids = this.listIds.get(list);
    if (!ids) this.listIds.set(list, (ids = Int32Array.from(list, ([name]) => this.featureId(name))));
    for (let t = 0; t < ids.length; t++) sink(ids[t], scale * list[t][1]);
  }

  private addQuantity(sink: Sink, q: Quantity): void {
    for (const v of q.values) sink(this.featureId(v), 1);
    for (const word of q.words) this.sinkList(sink, englishWordFeatures(word), 1);
  }

  private addTranslations(sink: Sink, translations: string[]): void {
    this.addSenses(sink, translations.map((t) => [t, 1 / translations.length]));
  }

  private addSenses(sink: Sink, senses: readonly [string, number][]): void {
    for (const [t, w] of senses) {
      this.sinkList(sink, englishWordFeatures(t), w);
      if (isProperNoun(t)) for (const part of t.split(/\s+/)) sink(this.featureId('n:' + latinWordKey(part)), w);
    }
  }

  /** Features of one Arabic word outside any phrase. */
  private arabicWordFeatures(sink: Sink, word: string, dialect = false): void {
    if (isNumber(word)) {
      sink(this.featureId(numberFeature(word)), 1);
      return;
    }
    const latin = latinWord(word);
    if (latin) {
      this.englishWordFeatures(sink, latin);
      return;
    }
    const norm = normalizeArabic(word);
    const person = PERSON_WEIGHT > 0 ? arabicFunctionPerson(norm) : undefined;
    if (person) sink(this.featureId('p:' + person), personWeight(person));
    if (NEGATION_WEIGHT > 0 && arabicNegates(norm)) sink(this.featureId('x:not'), NEGATION_WEIGHT);
    if (isArabicStopword(norm) || isArabicStopword(stripProclitics(norm))) return;
    const msa = msaOf(norm);
    if (msa && !dialect) {
      for (const m of msa) this.arabicWordFeatures(sink, m, true);
      return;
    }
    const country = countryOfArabic(this.candidateMemo.get(word, () => lookupCandidates(word)));
    if (country) sink(this.featureId('c:' + country), COUNTRY_WEIGHT);
    const keyed = this.lookupKeyed(word);
    const hit = keyed?.senses;
    if (keyed && hit) {
      // A dual (قطان two cats, درسان two lessons, الطرفان the two sides) says "two", which English writes.
      if (DUAL_WEIGHT > 0 && isDualOf(norm, keyed.key)) sink(this.featureId(valueFeature(2)), DUAL_WEIGHT);
      if (NEGATION_WEIGHT > 0 && !arabicNegates(norm) && negatedOnVerb(word, keyed.key)) sink(this.featureId('x:not'), NEGATION_WEIGHT);
      this.addSenses(sink, hit);
      if (PERSON_WEIGHT > 0 && !person) for (const [p, w] of arabicWordPersons(norm, keyed.key, (k) => this.lexicons[0].arToEn.has(k))) sink(this.featureId('p:' + p), personWeight(p) * w);
      // Many names are also words (فيروز turquoise, محفوظ preserved): a weaker name reading too. A word the
      // lexicon knows only as a name (سامي Sami) keeps its full name reading, as spellings vary (Ahmed, Ahmad).
      const onlyName = hit.every(([t]) => isProperNoun(t));
      const nameWeight = onlyName ? 1 : this.knownWordNameWeight;
      if (nameWeight > 0) this.addNameFeatures(sink, [norm, stripProclitics(norm)], false, nameWeight);
    } else if (!person) {
      // Unknown word: most often a name. Both the word and its clitic-stripped form (بوتين vs لبيونغ).
      this.addNameFeatures(sink, [norm, stripProclitics(norm)]);
    }
  }

  englishFeatures(sentence: string): FeatureCounts {
    const f = this.sums;
    let previous = '';
    const tokens = tokenize(sentence, 'en');
    const lowerTokens = tokens.map((t) => t.text.toLowerCase());
    for (let i = 0; i < tokens.length; i++) {
      const quantity = readQuantity(tokens, i, sentence, 'en');
      if (quantity) {
        this.addQuantity((id, w) => f.add(id, w), quantity);
        i += quantity.length - 1;
        previous = tokens[i].text.toLowerCase();
        continue;
      }
      const text = tokens[i].text;
      const lower = text.toLowerCase();
      // "going to" is the future, which Arabic writes as سـ / سوف (stopwords): not the verb go.
      if (lower === 'going' && tokens[i + 1]?.text.toLowerCase() === 'to') {
        previous = lower;
        continue;
      }
      // "will" is a stopword as the auxiliary, a content word (testament, wish) after a determiner.
      if (lower === 'will' && WILL_NOUN_BEFORE.has(previous)) this.sinkList((id, w) => f.add(id, w), englishTokenFeatures('will'), 1);
      else if (!previous && tokens.length > 2 && isProperNoun(text) && lower !== text && isCommonWord(lower)) {
        // A sentence's first word is capitalised whatever it is: a common word there is read as one ("Give",
        // "Police"), with a weaker name reading in case it is a name after all ("Mark", "Bill"). A line of one or
        // two words is a name or a heading: it keeps its capitals.
        replay(f, this.englishWordMemo.get('^' + text, () => this.recorded((sink) => {
          this.englishWordFeatures(sink, lower);
          if (!EN_STOPWORDS.has(lower)) this.addNameFeatures(sink, [text], true, this.knownWordNameWeight);
        })));
      } else replay(f, this.englishWordMemo.get(text, () => this.recorded((sink) => this.englishWordFeatures(sink, text))));
      // A phrasal verb ending here (worked together, stepped down) also gives the verb it means.
      const meaning = phrasalEndingAt(lowerTokens, i);
      if (meaning) this.sinkList((id, w) => f.add(id, w), englishTokenFeatures(meaning), 1);
      previous = lower;
    }
    return f.take();
  }

  /** Features of one English token. */
  private englishWordFeatures(sink: Sink, text: string): void {
    if (isNumber(text)) {
      sink(this.featureId(numberFeature(text)), 1);
      return;
    }
    const expansion = expandAbbreviation(text);
    // The abbreviation's own features stay too: the Arabic text may keep it as written or transliterate it.
    if (expansion) this.sinkList(sink, englishWordFeatures(expansion), 1);
    for (const written of expandContraction(text.toLowerCase())) {
      const word = MODAL_AS_CONTENT.get(written) ?? written;
      const person = PERSON_WEIGHT > 0 ? englishPerson(word) : undefined;
      if (person) sink(this.featureId('p:' + person), personWeight(person));
      if (NEGATION_WEIGHT > 0 && englishNegates(written)) sink(this.featureId('x:not'), NEGATION_WEIGHT);
      if (EN_STOPWORDS.has(word)) continue;
      // Split as a lexicon translation is read (computeEnglishWordFeatures): at hyphens and inner apostrophes, so the
      // Xi’an of a text meets the Xi'an of a translation (both xi); a possessive ’s goes first.
      for (const part of word.replace(/['’]s$/u, '').split(/-|['’](?!$)/u)) if (part && !(EN_STOPWORDS.has(part) && /['’]/u.test(word))) this.sinkList(sink, englishTokenFeatures(part, isProperNoun(text)), 1);
    }
    if (isProperNoun(text)) {
      this.addNameFeatures(sink, text.replace(/['’]s$/, '').split('-'), true);
      const country = countryOfEnglish(text);
      if (country) sink(this.featureId('c:' + country), COUNTRY_WEIGHT);
    }
  }

  /**
   * Name features of one word, spelled one or more ways (`variants`, e.g. as written and without a clitic, or
   * the parts of a hyphenated name when `parts`): the variants share 1, the word as written taking the larger
   * share (names start with و ب ل ف more often than they carry one); parts add up.
   */
  private addNameFeatures(sink: Sink, variants: readonly string[], parts = false, scale = 1): void {
    const distinct = [...new Set(variants)].filter(Boolean);
    distinct.forEach((v, k) => {
      const share = distinct.length === 1 ? 1 : k === 0 ? AS_WRITTEN_SHARE : (1 - AS_WRITTEN_SHARE) / (distinct.length - 1);
      const w = (parts ? 1 : share) * scale;
      this.sinkList(sink, nameWordFeatures(v, this.nameGramWeight), w);
    });
  }

  async encode(texts: readonly string[], lang: Lang): Promise<Vector[]> {
    const feats = texts.map((t) => (lang === 'ar' ? this.arabicFeatures(t) : this.englishFeatures(t)));
    const df = new Int32Array(this.featureIds.size);
    for (const f of feats) for (const id of f.ids) df[id]++;
    const n = texts.length;
    return feats.map(({ ids, weights }) => {
      for (let t = 0; t < ids.length; t++) {
        const idf = Math.log((n + 1) / (df[ids[t]] + 1)) + 1;
        const tf = weights[t];
        // Sublinear TF; fractional counts (a word split across several senses) stay as they are.
        weights[t] = (tf > 1 ? 1 + Math.log(tf) : tf) * idf;
      }
      return sparseFromEntries(ids, weights);
    });
  }

  /**
   * Per text, its content stems (`w:` features; an Arabic word's translations from a weight of MIN_STEM_WEIGHT) and,
   * for English, those of its inflected verb forms (see `englishVerbStems`): what align/events.ts compares.
   */
  stems(texts: readonly string[], lang: Lang): SentenceStems[] {
    return texts.map((t) => {
      const f = lang === 'ar' ? this.arabicFeatures(t) : this.englishFeatures(t);
      const all = new Set<string>();
      for (let t = 0; t < f.ids.length; t++) {
        const name = this.featureNames[f.ids[t]];
        if (name.startsWith('w:') && f.weights[t] >= MIN_STEM_WEIGHT) all.add(name.slice(2));
      }
      const verbs = lang === 'en' ? new Set(englishVerbStems(t).filter((v) => all.has(v))) : new Set<string>();
      return { all, verbs };
    });
  }

  /**
   * Starts the feature numbering afresh (and the word memos that hold numbers): a text of a million lines with a
   * number on each would otherwise grow it by millions of features, and with it every table indexed by feature.
   */
  forget(): void {
    this.featureIds.clear();
    this.featureNames.length = 0;
    this.tokenMemo.clear();
    this.phraseOccurrences = new WeakMap();
    this.listIds = new WeakMap();
    this.englishWordMemo.clear();
  }

  private featureId(name: string): number {
    let id = this.featureIds.get(name);
    if (id === undefined) {
      id = this.featureIds.size;
      this.featureIds.set(name, id);
      this.featureNames.push(name);
    }
    return id;
  }
}
