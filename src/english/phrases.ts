import { createRequire } from 'node:module';
import winkNLP, { type WinkMethods } from 'wink-nlp';
import type model from 'wink-eng-lite-web-model';
import { tokenize, type Token } from '../tokenize.ts';
import { americanSpelling } from './lemma.ts';
import { EN_STOPWORDS } from './stopwords.ts';
import { knownPlaceNames } from '../glossary/places.ts';
import { isCompoundNoun, isLemma, nounFamiliarity } from './wordnet.ts';

/** Universal POS tags as wink-nlp gives them. */
export type Pos = 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/** An English word of a sentence: its surface (a possessive 's split off), offsets and part of speech. */
export interface EnWord {
  text: string;
  start: number;
  end: number;
  pos: Pos;
  /** The word carried a possessive 's (Korea’s): a noun phrase ends there unless a name goes on. */
  possessive: boolean;
}

/** A span of words [from, to) and its surface text. */
export interface WordSpan {
  from: number;
  to: number;
  text: string;
}

let nlp: WinkMethods | undefined;
// The model loads in about half a second: only when a glossary is built (required here, not imported at the
// top, so that importing this module — as `align` does through the pipeline — does not load it).
function tagger(): WinkMethods {
  nlp ??= winkNLP(createRequire(import.meta.url)('wink-eng-lite-web-model') as typeof model);
  return nlp;
}

const POSSESSIVE = /['’]s$/;

/**
 * The sentence's words with their parts of speech. Words are the project tokenizer's (hyphenated names stay
 * one word); each takes the tag of the wink-nlp token that starts where it starts.
 */
export function englishWords(sentence: string): EnWord[] {
  const n = tagger();
  const doc = n.readDoc(sentence);
  const texts = doc.tokens().out();
  const tags = doc.tokens().out(n.its.pos) as string[];
  const tagAt = new Map<number, string>();
  let at = 0;
  texts.forEach((t, i) => {
    const found = sentence.indexOf(t, at);
    if (found < 0) return;
    tagAt.set(found, tags[i]);
    at = found + t.length;
  });
  const words = mergeDotted(sentence, tokenize(sentence, 'en')).map((raw) => {
    // A Python bytes literal's b' left at the start of a line by an export (b'COVID-19 apps are…): not the word's.
    const t = raw.start === 0 && /^b['"]\p{L}/u.test(raw.text) ? { ...raw, text: raw.text.slice(2), start: raw.start + 2 } : raw;
    const possessive = POSSESSIVE.test(t.text);
    const text = possessive ? t.text.replace(POSSESSIVE, '') : t.text;
    const pos = tagAt.get(t.start) ?? (/^\p{N}/u.test(text) ? 'NUM' : 'X');
    return { text, start: t.start, end: t.start + text.length, pos: pos as Pos, possessive };
  });
  return retag(sentence, words);
}

const PERSONS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'everyone', 'someone', 'anyone']);

/** Verbs whose simple past is their base form: "the virus spread fear" has its verb there. */
const SAME_PAST = new Set(['cut', 'put', 'set', 'spread', 'hit', 'cost', 'let', 'shut', 'hurt', 'quit', 'split', 'read', 'beat', 'bet', 'cast', 'broadcast', 'forecast', 'burst', 'upset', 'bid', 'rid', 'shed', 'thrust']);

/** Tags before a word that opens a noun phrase: the word can be no verb of a subject there. */
const PHRASE_OPENERS = new Set<Pos>(['DET', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'ADJ']);

/**
 * The tagger's verb readings inside noun phrases, corrected (each a shape no verb has):
 * - a gerund after an adjective, or after a noun when WordNet lists it as a noun, is the noun of a compound
 *   (social distancing, contact tracing app, difficulty breathing); so is a gerund noun that takes no object
 *   after a preposition or a conjunction (shortness of breath and vomiting);
 * - a base form WordNet lists as an adjective, before a noun, opening a phrase, is that adjective (live viruses);
 * - an untagged lowercase word WordNet lists is that word (transgenic mice);
 * - the numeral I after a capitalised name word, not followed by a verb, is part of the name (Phase I, Grant I).
 */
function retag(sentence: string, words: EnWord[]): EnWord[] {
  const glued = (a: EnWord, b: EnWord): boolean => /^[\s-]*$/.test(sentence.slice(a.end, b.start)) && !a.possessive;
  return words.map((w, k) => {
    const prev = k > 0 && glued(words[k - 1], w) ? words[k - 1] : undefined;
    const next = k + 1 < words.length && glued(w, words[k + 1]) ? words[k + 1] : undefined;
    const lower = w.text.toLowerCase();
    const listed = (pos: 'noun' | 'adj'): boolean => isLemma(lower, pos) || isLemma(americanSpelling(lower), pos);
    // A sentence's first word, capitalised by position, that WordNet lists only as an adjective is read as one
    // (Mathematical modelling has shown…), not as a name.
    const prevAdjective = !!prev && (prev.pos === 'ADJ' || (k === 1 && sentenceInitial(sentence, words, 0) && isLemma(prev.text.toLowerCase(), 'adj') && !isLemma(prev.text.toLowerCase(), 'noun')));
    if (w.pos === 'VERB' && /^\p{Ll}+ing$/u.test(w.text)) {
      if (prevAdjective && !/ly$/.test(prev!.text)) return { ...w, pos: 'NOUN' };
      // After a singular noun (a plural or a person is the verb's subject: people using apps), a gerund SemCor tags as a noun.
      if (prev?.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.text) && !PERSONS.has(prev.text) && nounFamiliarity(lower) >= 1) return { ...w, pos: 'NOUN' };
      const before = k > 0 ? words[k - 1].pos : 'PUNCT';
      const objectless = !next || !['DET', 'PRON', 'NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos);
      if (k > 0 && ['ADP', 'CCONJ'].includes(before) && objectless && listed('noun')) return { ...w, pos: 'NOUN' };
      // After a determiner and before a noun, a gerund modifies that noun: no verb stands between an article and
      // its noun (a geofencing app, the tracking data).
      if (prev?.pos === 'DET' && next?.pos === 'NOUN' && /^(a|an|the)$/i.test(prev.text)) return { ...w, pos: 'NOUN' };
    }
    // A base form between a singular noun and a noun, where WordNet has it as a noun: a compound's middle noun
    // (community grant recipients, school lunch programmes); a singular subject's verb would take -s. Verbs whose
    // past is their base form (the company cut jobs) are left to the tagger.
    if (w.pos === 'VERB' && /^\p{Ll}+$/u.test(w.text) && !/(ed|ing|s)$/.test(w.text) && !SAME_PAST.has(lower) && prev?.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.text) && !PERSONS.has(prev.text) && next?.pos === 'NOUN' && listed('noun') && nounFamiliarity(lower) >= 1) {
      return { ...w, pos: 'NOUN' };
    }
    if (w.pos === 'VERB' && /^\p{Ll}+$/u.test(w.text) && !/(ed|ing|s)$/.test(w.text) && next?.pos === 'NOUN' && listed('adj')) {
      const before = k > 0 ? words[k - 1] : undefined;
      if (!before || PHRASE_OPENERS.has(before.pos) || (before.pos === 'VERB' && /ing$/.test(before.text))) return { ...w, pos: 'ADJ' };
    }
    // A base form closing a compound after a singular noun, before punctuation or a conjunction, where WordNet has
    // it as a noun (spring break, fire drill): the noun, not a verb of that noun.
    if (w.pos === 'VERB' && /^\p{Ll}+$/u.test(w.text) && !/(ed|ing|s)$/.test(w.text) && prev?.pos === 'NOUN' && /^\p{Ll}+$/u.test(prev.text) && !/s$/.test(prev.text) && !PERSONS.has(prev.text)) {
      const after = words[k + 1];
      const closes = !after || ['PUNCT', 'CCONJ', 'ADP'].includes(after.pos) || !/^\s*$/.test(sentence.slice(w.end, after.start));
      if (closes && listed('noun') && nounFamiliarity(lower) >= 1) return { ...w, pos: 'NOUN' };
    }
    // After a hyphened -based adjective (home-based, network-based) comes its noun, never a verb: home-based
    // quarantines.
    if (w.pos === 'VERB' && /^\p{Ll}+$/u.test(w.text) && prev && /^[\p{L}\p{N}]+-based$/iu.test(prev.text) && (listed('noun') || isLemma(lower.replace(/s$/, ''), 'noun'))) return { ...w, pos: 'NOUN' };
    if (w.pos === 'X' && /^\p{Ll}+$/u.test(w.text)) {
      if (listed('adj') || next?.pos === 'NOUN') return { ...w, pos: 'ADJ' };
      if (listed('noun')) return { ...w, pos: 'NOUN' };
    }
    // (A name the tagger reads as a verb, Grant in "(Grant I, Heather W)", counts when it opens no sentence.)
    const nameBefore = prev && /^\p{Lu}\p{Ll}/u.test(prev.text) && (prev.pos === 'PROPN' || prev.pos === 'NOUN' || (prev.pos === 'VERB' && !sentenceInitial(sentence, words, k - 1)));
    if (w.text === 'I' && nameBefore && !(next && ['VERB', 'AUX'].includes(next.pos))) {
      const after = words[k + 1];
      if (!after || !['VERB', 'AUX'].includes(after.pos)) return { ...w, pos: 'PROPN' };
    }
    return w;
  });
}

/** Dotted acronyms and abbreviations stay one word as the text writes them (U.S., U.K., e.g.), not U + S. */
const DOTTED = /(?<![\p{L}.])(?:\p{L}\.){2,}/gu;

function mergeDotted(sentence: string, tokens: Token[]): Token[] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(DOTTED)) spans.push([m.index, m.index + m[0].length]);
  if (spans.length === 0) return tokens;
  const out: Token[] = [];
  for (const t of tokens) {
    const span = spans.find(([a, b]) => t.start >= a && t.start < b);
    if (!span) out.push(t);
    else if (t.start === span[0]) out.push({ text: sentence.slice(span[0], span[1]), start: span[0], end: span[1] });
  }
  return out;
}

const NOMINAL = new Set<Pos>(['NOUN', 'PROPN', 'ADJ']);
/** Most words of a name bridged by connectors (United States Army Medical Research and Materiel Command: 8). */
const NAME_MAX = 9;
// Tags wink gives capitalised words of names now and then (Democratic → ADJ, Tae-yong → X).
const isCapitalised = (w: EnWord): boolean => /^\p{Lu}/u.test(w.text);
const CONNECTORS = new Set(['of', 'for', 'on', 'and', 'without', 'de', 'al', 'bin', 'van', 'von', 'la', 'le', 'du', 'da', 'del']);
// Title case capitalises a long preposition inside a name (Reporters Without Borders, Mothers Against Drunk Driving).
const TITLE_CONNECTORS = new Set(['Without', 'Against', 'Beyond', 'Across']);
const isConnector = (w: EnWord): boolean => CONNECTORS.has(w.text) || TITLE_CONNECTORS.has(w.text);
const PLACE_ABBREVIATIONS = /^(St|Mt|Ft)$/;
const ACRONYM_WORD = /^\p{Lu}{2,5}$/u;
const MONTHS = /^(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

// Modifiers that make a phrase about this text, not a term: "new trilateral agreement" → "trilateral agreement".
// Evaluative and quantifying adjectives say something about this text's case, never name a concept.
const GENERIC = new Set(
  ('new last top former recent such other many several first second next current same own further major main key latest certain various whole entire ' +
    'different possible potential similar multiple important useful best better total past regular normal good great large small big little ' +
    'available additional particular overall full initial previous following future necessary right wrong strong heavy front ' +
    'appropriate significant considerable remarkable incredible evident likely critical relevant meaningful essential ' +
    'extra brief greater fewer broader wider limited widespread comfortable coherent exclusive partial dedicated ' +
    'persistent reduced established complete numerous enormous huge tremendous substantial ' +
    // Aspect, degree and the case at hand (sustained transmission, final candidate, affected regions): the text's
    // situation, not a kind of the noun — the term is the noun phrase without them.
    'sustained mandatory final effective increased increasing alternative published peak maximum minimum separate ' +
    'temporary affected infected specific protracted slight bad observed actual ongoing continued successful serious ' +
    // Deictic time words the tagger reads as nouns (fever today, fluids yesterday): adverbs of the sentence.
    'today yesterday tomorrow tonight')
    .split(' '),
);

// Scope, frequency, standing and rank of the case at hand (global access, daily expectations, official sources,
// active projects, sixth update): where, how often and in what standing the text's thing is, not a kind of it. They
// open no term (unless the language lists the whole: general election, global warming); as a last word they may
// be a name's or a title's (Director General).
const SCOPE = new Set(
  ('global worldwide nationwide official active daily weekly monthly annual yearly basic general core practical median extended ' +
    'third fourth fifth sixth seventh eighth ninth tenth')
    .split(' '),
);

/** The word opens a sentence (or a line's second sentence: "programmes.In Japan"), after any quote or bracket. */
function sentenceInitial(sentence: string, words: readonly EnWord[], i: number): boolean {
  const before = i === 0 ? sentence.slice(0, words[0].start) : sentence.slice(words[i - 1].end, words[i].start);
  return i === 0 ? /^[\s"“‘'(\[]*$/.test(before) : /[.!?:;]["”’')\]]*\s*["“‘'(\[]*$/.test(before) && !/^\p{Lu}\.?$/u.test(words[i - 1].text);
}

function nominal(w: EnWord): boolean {
  if (/^\p{Lu}{2,}$/u.test(w.text) || (w.text === 'I' && w.pos === 'PROPN')) return true;
  if (EN_STOPWORDS.has(w.text.toLowerCase())) return false;
  if (MONTHS.test(w.text)) return false;
  return NOMINAL.has(w.pos) || (isCapitalised(w) && (w.pos === 'X' || w.pos === 'VERB'));
}

const PARTICIPLE_BEFORE = new Set<Pos>(['DET', 'ADP', 'ADJ', 'CCONJ', 'PUNCT', 'NUM']);

/**
 * A participle the tagger reads as a verb that modifies the noun after it (confirmed cases, operating systems,
 * marginalised groups): an -ed or -ing word right before a noun, opening the phrase after a determiner, a
 * preposition, an adjective, a conjunction or punctuation — never after a subject ("officials announced closures").
 */
function participleModifier(sentence: string, words: readonly EnWord[], k: number): boolean {
  const w = words[k];
  if (w.pos !== 'VERB' || !/^\p{Ll}.*(ed|ing)$/u.test(w.text) || k + 1 >= words.length) return false;
  const next = words[k + 1];
  if (next.pos !== 'NOUN' || !/^[\s-]*$/.test(sentence.slice(w.end, next.start))) return false;
  // A participle that is also an adjective or a noun (operating, confirmed, coping), not a gerund taking an object
  // (allowing schools, cancelling field trips, including student debt). A past participle takes no object, so it
  // needs no listing (marginalised groups, compromised nutrition): its place before the noun decides.
  const lower = w.text.toLowerCase();
  if (!/ed$/.test(lower) && ![lower, americanSpelling(lower)].some((x) => isLemma(x, 'adj') || isLemma(x, 'noun'))) return false;
  // After a gerund taking an object (causing interrupted learning) a participle is no finite verb either.
  const gerundBefore = words[k - 1]?.pos === 'VERB' && /ing$/.test(words[k - 1].text);
  return k === 0 || PARTICIPLE_BEFORE.has(words[k - 1].pos) || gerundBefore || !/^\s*$/.test(sentence.slice(words[k - 1].end, w.start));
}

/** Only spaces or a hyphen between two words of one phrase: never a comma, a full stop or a quote. */
function adjacent(sentence: string, a: EnWord, b: EnWord): boolean {
  return /^[\s-]*$/.test(sentence.slice(a.end, b.start)) && !/['’]s$/.test(sentence.slice(a.start, b.start).trim());
}

/**
 * Maximal noun-phrase chunks: runs of adjectives, nouns and proper nouns (no determiner, no punctuation), joined
 * across "of" between capitalised words (Republic of Korea) and across a possessive inside a name
 * (Democratic People’s Republic).
 */
export function nounPhraseChunks(sentence: string, words: readonly EnWord[] = englishWords(sentence)): WordSpan[] {
  const out: WordSpan[] = [];
  const modifier = words.map((_, k) => participleModifier(sentence, words, k));
  // A capitalised The inside a sentence, glued to a capitalised name, is the name's own (The Guardian, The Hague):
  // a title writes it so, a determiner is lowercase there.
  const titleThe = (k: number): boolean =>
    words[k].text === 'The' && k + 1 < words.length && !sentenceInitial(sentence, words, k) && isCapitalised(words[k + 1]) && nominal(words[k + 1]) && adjacent(sentence, words[k], words[k + 1]);
  const isNominal = (k: number): boolean => nominal(words[k]) || modifier[k] || titleThe(k);
  let i = 0;
  while (i < words.length) {
    if (!isNominal(i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length) {
      const prev = words[j - 1];
      const w = words[j];
      const gap = sentence.slice(prev.end + (prev.possessive ? 2 : 0), w.start);
      // St. Louis, Mt. Everest, Ft. Detrick: the abbreviation's full stop is inside the name.
      // Two acronyms written with a slash name one thing said both ways or a pair of bodies as one (EU/EEA).
      const slashed = gap === '/' && ACRONYM_WORD.test(prev.text) && ACRONYM_WORD.test(w.text);
      const joined = /^[\s-]*$/.test(gap) || slashed || (PLACE_ABBREVIATIONS.test(prev.text) && /^\. $/.test(gap) && isCapitalised(w));
      // A possessive inside a name (Democratic People’s Republic) joins; a place's possessive is a genitive before
      // another name (India’s Health Ministry: the ministry is "Health Ministry").
      if (prev.possessive && !(isCapitalised(prev) && isCapitalised(w) && w.pos === 'PROPN' && !MONTHS.test(w.text) && joined && !knownPlaceNames().has(prev.text.toLowerCase()))) break;
      // The title's The opens its own chunk: "week The Guardian" is no phrase.
      if (titleThe(j)) break;
      if (isNominal(j) && joined) j++;
      // COVID-19, G-7: a number hyphened to a word belongs to it.
      else if (w.pos === 'NUM' && /^-$/.test(sentence.slice(prev.end, w.start)) && !prev.possessive) j++;
      else if (isConnector(w) && isCapitalised(prev) && joined && j + 1 < words.length && isCapitalised(words[j + 1]) && adjacent(sentence, w, words[j + 1])) j += 2;
      else break;
    }
    out.push(spanText(sentence, words, i, j));
    i = j;
  }
  return out;
}

function spanText(sentence: string, words: readonly EnWord[], from: number, to: number): WordSpan {
  return { from, to, text: sentence.slice(words[from].start, words[to - 1].end) };
}

/**
 * Every sub-span of the chunks that could be a term: up to `maxLen` words, starting with a nominal word and ending
 * with a noun or a capitalised word (never "security" + "cooperation and", never a trailing adjective).
 */
export function termCandidates(sentence: string, words: readonly EnWord[] = englishWords(sentence), maxLen = 6): WordSpan[] {
  const out: WordSpan[] = [];
  for (const c of nounPhraseChunks(sentence, words)) {
    for (let from = c.from; from < c.to; from++) {
      // A name bridged by of/for/and runs longer than a term (China Center for Disease Control and Prevention).
      const longest = c.to - from > maxLen && words.slice(from, c.to).every((w) => isCapitalised(w) || isConnector(w)) ? NAME_MAX : maxLen;
      for (let to = from + 1; to <= Math.min(c.to, from + longest); to++) {
        const first = words[from];
        const last = words[to - 1];
        if (isConnector(first) || isConnector(last) || last.text === 'The') continue;
        // A slashed pair is a term alone (EU/EEA); with a head after it, the head's phrase says the text's case
        // (EU/EEA countries, EU/EEA level).
        if (to - from > 2 && sentence.slice(first.start, last.end).includes('/')) continue;
        // "New" of New York, "First" of First Nations: a capitalised modifier before a capitalised word is the name's.
        const nameStart = isCapitalised(first) && to > from + 1 && isCapitalised(words[from + 1]);
        // Unless the language lists the whole as one noun (first aid, final exam, common cold): then it names a concept.
        const listed = (): boolean => isCompoundNoun(sentence.slice(first.start, last.end));
        const opener = first.text.toLowerCase();
        if (((GENERIC.has(opener) || SCOPE.has(opener)) && !nameStart && !listed()) || GENERIC.has(last.text.toLowerCase())) continue;
        // A name-internal possessive is not an end: "Democratic People’s" is a fragment of "…People’s Republic".
        if (last.possessive && to < c.to) continue;
        if (from > c.from && words[from - 1].possessive && to > from + 1) continue;
        if (!(last.pos === 'NOUN' || last.pos === 'PROPN' || isCapitalised(last) || (last.pos === 'NUM' && to > from + 1))) continue;
        if (first.pos === 'NUM' || first.text === 'I') continue;
        // A sentence's first word is capitalised by position, not as a name: an imperative opening an instruction
        // ("Implement measures", "Provide support") starts no term.
        if (first.pos === 'VERB' && sentenceInitial(sentence, words, from)) continue;
        out.push(spanText(sentence, words, from, to));
      }
    }
  }
  out.push(...ofPhrases(sentence, words));
  return out;
}

/**
 * A lowercase noun, "of", and a noun phrase of up to two words after it (shortness of breath, loss of smell): a
 * term's shape in English as often as a free phrase's (number of cases), so the builder keeps one only when it
 * recurs (build.ts, rule of-phrase).
 */
function ofPhrases(sentence: string, words: readonly EnWord[]): WordSpan[] {
  const out: WordSpan[] = [];
  const lowNoun = (w: EnWord | undefined): boolean => !!w && w.pos === 'NOUN' && /^\p{Ll}+$/u.test(w.text) && !GENERIC.has(w.text) && !EN_STOPWORDS.has(w.text);
  for (let k = 1; k + 1 < words.length; k++) {
    if (words[k].text !== 'of' || !lowNoun(words[k - 1]) || !adjacent(sentence, words[k - 1], words[k]) || !adjacent(sentence, words[k], words[k + 1])) continue;
    if (words[k - 2] && adjacent(sentence, words[k - 2], words[k - 1]) && NOMINAL.has(words[k - 2].pos)) continue;
    for (let to = k + 2; to <= Math.min(words.length, k + 3); to++) {
      const last = words[to - 1];
      if (!lowNoun(last) || (to > k + 2 && !(adjacent(sentence, words[to - 2], last) && NOMINAL.has(words[to - 2].pos)))) break;
      out.push(spanText(sentence, words, k - 1, to));
    }
  }
  return out;
}
