import type { ArabicAnalysis } from '../arabic/analysis.ts';
import { stripProclitics } from '../arabic/clitics.ts';
import { asciiDigits, INVISIBLE, normalizeArabic } from '../arabic/normalize.ts';
import { isArabicStopword } from '../arabic/stopwords.ts';
import { englishWords, type EnWord } from '../english/phrases.ts';
import { stemEnglish } from '../english/stem.ts';
import { americanSpelling } from '../english/lemma.ts';
import { EN_STOPWORDS } from '../english/stopwords.ts';
import { tokenize, type Token } from '../tokenize.ts';
import type { TermLexicon } from './build.ts';
import { keyDistance, nameKey } from '../names/key.ts';
import { BoundedMemo } from '../memo.ts';
import { spelledLetters, spellsLetter, spellsLetterAfterProclitic } from '../names/letters.ts';

/** How a word link was found. */
export type LinkKind = 'lexicon' | 'phrase' | 'name' | 'number' | 'association' | 'embedding' | 'gap';

/** One word-alignment point: Arabic word `a` ↔ English word `e`, with a confidence in (0, 1]. */
export interface WordLink {
  a: number;
  e: number;
  weight: number;
  kind: LinkKind;
}

/** An Arabic sentence prepared once for every pairing: its words and what the lexicon says of them. */
export interface ArabicSide {
  text: string;
  words: Token[];
  /** Normalised, leading conjunction/preposition stripped. */
  norm: string[];
  stop: boolean[];
  /** Lexicon translations of each word (undefined: no lexicon knows it: a name, most often). */
  translations: (string[] | undefined)[];
  /** Multiword lexicon entries: Arabic words [from, to) → English translations. */
  phrases: { from: number; to: number; translations: string[] }[];
  /** Runs of words no lexicon knows, with their transliteration keys: name candidates. */
  nameRuns: NameRun[];
  /** Runs with a word some lexicon knows, that may still be a name (read only where no translation meets them). */
  readRuns?: NameRun[];
  /** The word without its leading conjunction/preposition is still a word a lexicon knows (وكوريا → كوريا). */
  strippedKnown: boolean[];
  /** The word carries a possessive pronoun (برنامجه "his programme", فريقنا "our team"): no term's form. */
  possessed: boolean[];
  /** A possessed noun's dictionary form with the article (برنامجه → البرنامج, سياستها → السياسة), for a term's head. */
  unpossessed?: (string | undefined)[];
  /** Each word as written, a clitic taken off only where the dictionary-validated analysis allows it. */
  display?: string[];
  /** A relational adjective's place (الأمريكية → America, United States; الصيني → China): the name the lexicon gives its base. */
  places?: (string[] | undefined)[];
}

/** A run of words [from, to) that may be a name, with its phonetic key (no spaces). */
export interface NameRun {
  from: number;
  to: number;
  key: string;
  /** Read with the first word as written, proclitic-looking letter kept: trusted only on an exact key. */
  asWritten?: boolean;
  /** An English run keyed by its spoken spelling (`spokenSpelling`): met only by words no lexicon knows. */
  spoken?: boolean;
}

/** An English sentence prepared once: words with tags, lowercase stems and content flags. */
export interface EnglishSide {
  text: string;
  words: EnWord[];
  stems: string[];
  content: boolean[];
  nameRuns: NameRun[];
}

/** Optional extra word links (e.g. token embeddings of a neural encoder): the seam for a later aligner. */
export type WordLinker = (ar: ArabicSide, en: EnglishSide) => WordLink[];

const MAX_PHRASE = 6;

export function prepareArabic(text: string, lexicon: TermLexicon, analysis?: ArabicAnalysis): ArabicSide {
  const words = tokenize(text, 'ar');
  const raw = words.map((w) => w.text);
  const norm = raw.map((w) => (analysis ? analysis.strip(normalizeArabic(w)) : stripProclitics(normalizeArabic(w))));
  const display = analysis ? raw.map((w) => analysis.display(w)) : undefined;
  const stop = raw.map((w, i) => isArabicStopword(normalizeArabic(w)) || isArabicStopword(norm[i]));
  const translations = raw.map((w, i) => (stop[i] || isNumber(w) ? undefined : lexicon.translateArabicWord(w)));
  const phrases: ArabicSide['phrases'] = [];
  for (let i = 0; i < raw.length; i++) {
    if (stop[i]) continue;
    for (let n = Math.min(MAX_PHRASE, raw.length - i); n >= 2; n--) {
      if (stop[i + n - 1]) continue;
      const hit = lexicon.translateArabicPhrase(raw.slice(i, i + n));
      if (hit) phrases.push({ from: i, to: i + n, translations: hit });
    }
  }
  const unknown = (a: number): boolean => !stop[a] && !isNumber(raw[a]) && (translations[a] === undefined || translations[a]!.some((t) => /^\p{Lu}/u.test(t)));
  // A known name with a short key (طوكيو: TK) meets its own translation, never a look-alike (Takeo).
  const shortKnown = (a: number): boolean => translations[a] !== undefined && nameKey(norm[a]).replace(/ /g, '').length <= 3;
  const joined = (a: number): boolean => /^[\s\-\u0640]*$/.test(text.slice(words[a].end, words[a + 1].start));
  // An unknown name after the conjunction of a list (وسياتل in "… وسان فرانسيسكو وسياتل"): its first word is also
  // read without a one-letter proclitic; the English sound then decides (extract.ts's arabicHead).
  const bareFirst = (a: number): string => {
    const n = normalizeArabic(raw[a]);
    return /^[وفبلك]/.test(n) && n.length >= 5 ? n.slice(1) : norm[a];
  };
  // And as written: a name's first letter is no proclitic where the cut is a guess (بروكلين is Brooklyn, not ب + روكلين).
  const writtenFirst = (a: number): string => normalizeArabic(raw[a]);
  const nameRuns: NameRun[] = [];
  for (const first of [(a: number) => norm[a], bareFirst, writtenFirst]) {
    for (const r of runs(raw.length, (a) => unknown(a) && !shortKnown(a), (a1, a2) => [first(a1), ...raw.slice(a1 + 1, a2).map(normalizeArabic)].join(' '), joined)) {
      if (!nameRuns.some((q) => q.from === r.from && q.to === r.to && q.key === r.key)) nameRuns.push(r);
    }
  }
  // Names a lexicon reads as common words (ريك "irrigation", وآمي "illiterate"): every run of content words, its
  // first word also without a one-letter proclitic; used only where the words meet no translation in the pair.
  const readRuns: NameRun[] = [];
  const content = (a: number): boolean => !stop[a] && !isNumber(raw[a]) && !unknown(a);
  const anyContent = (a: number): boolean => !stop[a] && !isNumber(raw[a]);
  // The word as written is tried too: a name's first letter is no proclitic (بينس is Pence, not ب + ينس).
  const written = (a: number): string => normalizeArabic(raw[a]);
  for (const first of [(a: number) => norm[a], bareFirst, written]) {
    for (const r of runs(raw.length, anyContent, (a1, a2) => [first(a1), ...raw.slice(a1 + 1, a2).map(normalizeArabic)].join(' '), joined)) {
      let known = false;
      for (let a = r.from; a < r.to; a++) known ||= content(a);
      if (known && !readRuns.some((q) => q.from === r.from && q.to === r.to && q.key === r.key)) readRuns.push(first === written ? { ...r, asWritten: true } : r);
    }
  }
  const strippedKnown = raw.map((w) => {
    const s = stripProclitics(w);
    return s !== w && s.length >= 2 && lexicon.translateArabicWord(s) !== undefined;
  });
  // A name keeps its letters: هافانا is Havana, not "our thousand" (هافا + نا).
  const unpossessed = raw.map((w, a) => (translations[a] !== undefined && !translations[a]!.some((t) => /^\p{Lu}/u.test(t)) ? possessedStem(w, lexicon, analysis) : undefined));
  const possessed = unpossessed.map((u) => u !== undefined);
  const places = norm.map((n, a) => (translations[a]?.some((t) => /^\p{Lu}/u.test(t)) ? nisbaPlace(n, lexicon) : undefined));
  return { text, words, norm, stop, translations, phrases, nameRuns, readRuns, strippedKnown, possessed, unpossessed, display, places };
}

export function prepareEnglish(text: string): EnglishSide {
  const words = englishWords(text);
  const stems = words.map((w) => stemEnglish(w.text.toLowerCase()));
  // The numeral I of a name (Phase I) is a word to link, not the pronoun.
  const content = words.map((w) => isAcronym(w.text) || (w.text === 'I' && w.pos === 'PROPN') || (!EN_STOPWORDS.has(w.text.toLowerCase()) && w.pos !== 'PUNCT'));
  const cap = (e: number): boolean => /^\p{Lu}/u.test(words[e].text) && content[e];
  // St./Mt./Ft. keep their full stop inside a name (St. Louis), as the candidates do.
  const joined = (e: number): boolean => /^[\s-]*$/.test(text.slice(words[e].end, words[e + 1].start)) || (ABBREVIATED.has(words[e].text) && /^\.\s+$/.test(text.slice(words[e].end, words[e + 1].start)));
  const nameRuns = runs(words.length, cap, (e1, e2) => words.slice(e1, e2).map((w) => w.text).join(' '), joined);
  // A name's spelling read by its own language's rules as well (Xinmo as "Shinmo", Levallois as "Levalloi"): the
  // Arabic writes the sound.
  for (const r of runs(words.length, cap, (e1, e2) => words.slice(e1, e2).map((w) => spokenSpelling(w.text)).join(' '), joined)) {
    // Two consonants leave the guess to chance (Calais as "Calai": KL).
    if (r.key.length >= 3 && !nameRuns.some((q) => q.from === r.from && q.to === r.to && q.key === r.key)) nameRuns.push({ ...r, spoken: true });
  }
  return { text, words, stems, content, nameRuns };
}

/**
 * A Latin name's letters as its language says them, where English letter values mislead: a pinyin x before a vowel
 * is "sh" (Xinmo ↔ شينمو, Xi ↔ شي), and the silent final consonants of French spelling are dropped (Levallois ↔
 * ليفالوا, Perret ↔ بيريه, Renault ↔ رينو, Peugeot ↔ بيجو).
 */
export function spokenSpelling(word: string): string {
  const full = ABBREVIATED.get(word);
  if (full) return full;
  return word
    // A brand's inner capital starts a word Arabic writes apart (WeWork ↔ وي ورك): its sound is not run together.
    .replace(/(?<=\p{Ll})(?=\p{Lu}\p{Ll})/gu, ' ')
    .split('-')
    .map((w) => w.replace(/^X(?=[aeiouy])/, 'Sh').replace(/^x(?=[aeiouy])/, 'sh').replace(/(?<=\p{L}{3})(ois|ais|oix)$/u, (m) => m.slice(0, -1)).replace(/(?<=\p{L}{2})(ault)$/u, 'o').replace(/(?<=\p{L}{2}[^aeiou])(et|ot)$/u, (m) => m[0]).replace(/(?<=\p{L}{2})(eaux|aux|eux)$/u, (m) => m.slice(0, -1)))
    .join('-');
}

/** Abbreviations a place's name opens with, said in full (St. Louis ↔ سانت لويس "Saint Louis"). */
const ABBREVIATED = new Map([['St', 'Saint'], ['Mt', 'Mount'], ['Ft', 'Fort']]);

/** Harakat, tatweel and invisible format characters (a ZWNJ after every word must not hide a suffix). */
const MARKS = new RegExp(`[\\u064B-\\u0652\\u0640${INVISIBLE}]`, 'g');
const PRONOUN_SUFFIX = /(هما|ها|هم|هن|كم|كن|نا|ه)$/;

/**
 * A noun with a possessive pronoun suffix whose bare stem a lexicon knows (the article never takes one): that stem
 * with the article, the form a glossary lists (برنامجه النووي "its nuclear programme" → البرنامج النووي).
 */
function possessedStem(word: string, lexicon: TermLexicon, analysis?: ArabicAnalysis): string | undefined {
  const bare = word.replace(MARKS, '');
  // The analysis says whether a first letter is a proclitic (ووالده) or the word's own (برنامجه).
  const own = analysis ? normalizeArabic(analysis.display(bare)) === normalizeArabic(bare) : false;
  for (const w of [stripProclitics(bare), bare]) {
    // The word's letters with a proclitic left on (ووالده read whole) give no dictionary form: no article then.
    const form = w === bare && stripProclitics(bare) !== bare && !own ? '' : 'ال';
    const m = PRONOUN_SUFFIX.exec(w);
    if (!m || w.startsWith('ال')) continue;
    // A lone ه ends too many words of their own (شبه, وجه): only long words.
    if (m[1] === 'ه' && w.length < 6) continue;
    let stem = w.slice(0, -m[1].length);
    if (stem.length < 3) continue;
    if (stem.endsWith('ت')) stem = stem.slice(0, -1) + 'ة';
    if (lexicon.translateArabicWord(stem) !== undefined) return form && form + stem;
  }
  return undefined;
}

/** US, UN, EU: capitals, never the pronoun "us". */
export function isAcronym(w: string): boolean {
  return /^\p{Lu}{2,}$/u.test(w) || /^(\p{Lu}\.){2,}$/u.test(w);
}

/** The English word is this acronym, dotted or not (U.S. is US). */
const sameAcronym = (word: string, acronym: string): boolean => word === acronym || (word.includes('.') && word.replace(/\./g, '') === acronym);

function isNumber(w: string): boolean {
  return /^[\p{N}٫.,]+$/u.test(w) && /\p{N}/u.test(w);
}

function numberValue(w: string): string {
  return asciiDigits(w).replace(/[.,](?=\d{3}\b)/g, '').replace(/,/g, '.');
}

/** Stems of a translation's content words ("money laundering" → money, launder). */
function translationStems(t: string): readonly string[] {
  return translationStemMemo.get(t, () =>
    t
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !EN_STOPWORDS.has(w))
      .map(stemEnglish),
  );
}
const translationStemMemo = new BoundedMemo<readonly string[]>(100_000);

/** English words a one-word translation stands for: same stem, or a part of a compound (crypto → cryptocurrency). */
function matchWord(t: string, en: EnglishSide): number[] {
  const out: number[] = [];
  const stems = translationStems(t);
  if (stems.length === 1) {
    const lower = t.toLowerCase();
    en.words.forEach((w, j) => {
      if (!en.content[j] || isAcronym(w.text)) return;
      const wl = w.text.toLowerCase();
      if (en.stems[j] === stems[0]) out.push(j);
      else if (lower.length >= 5 && wl.length >= lower.length + 3 && (wl.startsWith(lower) || wl.endsWith(lower))) out.push(j);
      // A four-letter head closes an English compound (health + care → healthcare, child + care → childcare).
      else if (lower.length === 4 && wl.length >= 8 && wl.endsWith(lower)) out.push(j);
      else if (wl.includes('-') && wl.split('-').some((p) => p && stemEnglish(p) === stems[0])) out.push(j);
    });
    return out;
  }
  return matchSequence(stems, en);
}

/** Positions of the English content words spelling `stems` in order (gaps of stopwords allowed). */
function matchSequence(stems: readonly string[], en: EnglishSide): number[] {
  if (stems.length === 0) return [];
  const out: number[] = [];
  for (let j = 0; j < en.words.length; j++) {
    if (en.stems[j] !== stems[0] || !en.content[j]) continue;
    const hit = [j];
    let k = j + 1;
    for (let s = 1; s < stems.length && k < en.words.length; k++) {
      if (!en.content[k]) continue;
      if (en.stems[k] !== stems[s]) break;
      hit.push(k);
      s++;
    }
    if (hit.length === stems.length) out.push(...hit);
  }
  return out;
}

/** Arabic ordinals (masculine and feminine, without the article) ↔ the Roman numeral English writes: Phase I ↔ المرحلة الأولى. */
const ORDINALS = new Map(
  [
    ['أول أولى', 'I'],
    ['ثاني ثانية', 'II'],
    ['ثالث ثالثة', 'III'],
    ['رابع رابعة', 'IV'],
    ['خامس خامسة', 'V'],
    ['سادس سادسة', 'VI'],
    ['سابع سابعة', 'VII'],
    ['ثامن ثامنة', 'VIII'],
    ['تاسع تاسعة', 'IX'],
    ['عاشر عاشرة', 'X'],
  ].flatMap(([forms, roman]) => forms.split(' ').map((f) => [normalizeArabic(f), roman] as const)),
);

const MIN_NAME = 0.8;
const MAX_NAME_WORDS = 4;

/**
 * Word alignment of one sentence pair: lexicon translations (through clitics: stems and compounds), multiword
 * lexicon entries, numbers, and names by transliteration key for words no lexicon knows.
 */
export function alignWords(ar: ArabicSide, en: EnglishSide, ...extra: (WordLinker | undefined)[]): WordLink[] {
  const links: WordLink[] = [];
  ar.words.forEach((w, a) => {
    if (ar.stop[a]) return;
    if (isNumber(w.text)) {
      en.words.forEach((ew, e) => {
        if (isNumber(ew.text) && numberValue(ew.text) === numberValue(w.text)) links.push({ a, e, weight: 1, kind: 'number' });
      });
      return;
    }
    const roman = ORDINALS.get(ar.norm[a].replace(/^ال/, ''));
    if (roman) en.words.forEach((ew, e) => ew.text === roman && links.push({ a, e, weight: 1, kind: 'number' }));
    const tr = ar.translations[a];
    if (!tr) return;
    // The first sense gets full weight: later ones are rarer readings.
    tr.forEach((t, rank) => {
      // An acronym (US, UN) stands only for the same capitals, never for a word (Kim Jong Un).
      if (/^\p{Lu}{2,}$/u.test(t)) {
        en.words.forEach((ew, e) => {
          if (sameAcronym(ew.text, t)) links.push({ a, e, weight: rank === 0 ? 1 : 0.9, kind: 'lexicon' });
        });
        return;
      }
      for (const e of matchWord(t, en)) links.push({ a, e, weight: rank === 0 ? 1 : 0.9, kind: 'lexicon' });
    });
  });
  for (const p of ar.phrases) {
    for (const t of p.translations) {
      // A name's acronym writes it too: المملكة المتحدة "United Kingdom" ↔ UK.
      const acronym = !isAcronym(t) && t.includes(' ') ? initials(t) : '';
      const hit = isAcronym(t) ? en.words.flatMap((w, e) => (sameAcronym(w.text, t) ? [e] : [])) : matchSequence(translationStems(t), en);
      if (acronym.length >= 2 && hit.length === 0) en.words.forEach((w, e) => sameAcronym(w.text, acronym) && hit.push(e));
      if (hit.length === 0) continue;
      // Words of the entry that already meet their own translation keep just that link (حرب–war, أوكرانيا–Ukraine
      // inside "war in Ukraine"); the entry links only what is left, so it never glues a name to a common word.
      const inner = (a: number, e: number): boolean => links.some((l) => l.a === a && l.e === e && l.kind !== 'phrase');
      const arLeft: number[] = [];
      for (let a = p.from; a < p.to; a++) if (!ar.stop[a] && !hit.some((e) => inner(a, e))) arLeft.push(a);
      const enLeft = hit.filter((e) => !Array.from({ length: p.to - p.from }, (_, k) => p.from + k).some((a) => inner(a, e)));
      for (const a of arLeft) for (const e of enLeft.length ? enLeft : hit) links.push({ a, e, weight: 1, kind: 'phrase' });
    }
  }
  links.push(...affixLinks(ar, en, links));
  links.push(...nisbaLinks(ar, en, links));
  links.push(...nameLinks(ar, en));
  links.push(...nameReadingLinks(ar, en, links));
  links.push(...letterLinks(ar, en, links));
  for (const x of extra) if (x) links.push(...x(ar, en));
  return dedupe(links);
}

/**
 * The place a relational adjective (nisba) is made from, by the lexicon's reading of its base: الأمريكية → أمريكا
 * (America, United States), الصيني → الصين (China). Only capitalised readings: a name, not a common noun.
 */
function nisbaPlace(norm: string, lexicon: TermLexicon): string[] | undefined {
  const m = /^(?:ال)?(..+?)(?:يون|يين|يات|يه|ي)$/.exec(norm);
  if (!m) return undefined;
  for (const base of [m[1] + 'ا', m[1], 'ال' + m[1], m[1] + 'ه']) {
    const tr = lexicon.translateArabicWord(base)?.filter((t) => /^\p{Lu}/u.test(t));
    if (tr?.length) return tr;
  }
  return undefined;
}

/** The capitals of a name's words (United States → US), for an English acronym that writes the place. */
const initials = (name: string): string => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');

/**
 * English names a place where Arabic says its relational adjective (the US government ↔ الحكومة الأمريكية, China
 * Center ↔ المركز الصيني): the adjective meets the place's name, or its acronym (US, U.S. ↔ United States), when it
 * meets no word of its own in the pair (an "American" in the English keeps its link).
 */
function nisbaLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[]): WordLink[] {
  if (!ar.places) return [];
  const out: WordLink[] = [];
  ar.places.forEach((names, a) => {
    if (!names || links.some((l) => l.a === a)) return;
    for (const name of names) {
      const acronym = name.includes(' ') ? initials(name) : '';
      const hit = name.includes(' ') ? matchSequence(translationStems(name), en) : en.words.flatMap((w, e) => (w.text === name ? [e] : []));
      if (acronym.length >= 2) en.words.forEach((w, e) => sameAcronym(w.text, acronym) && hit.push(e));
      for (const e of hit) if (/^\p{Lu}/u.test(en.words[e].text)) out.push({ a, e, weight: 0.9, kind: 'lexicon' });
    }
  });
  return out;
}

/** Arabic particles that say an English prefix as a word of their own, before the word the prefix is on. */
const AFFIX_PARTICLES: ReadonlyMap<string, RegExp> = new Map([
  // غير الرسمي "informal", غير الصيدلانية "non-pharmaceutical", غير كاملة "incomplete"
  [normalizeArabic('غير'), /^(?:non-?|un|in|im|il|ir|dis|a)(\p{Ll}[\p{Ll}-]{3,})$/u],
  // قبل السريرية "preclinical", بعد الجراحة "post-operative"
  [normalizeArabic('قبل'), /^pre-?(\p{Ll}[\p{Ll}-]{3,})$/u],
  [normalizeArabic('بعد'), /^post-?(\p{Ll}[\p{Ll}-]{3,})$/u],
]);

/**
 * A prefix Arabic says with a particle before the word: غير الرسمي ↔ informal, قبل السريرية ↔ preclinical. The
 * particle is a function word (no lexicon links it), so a box around the term would leave it out or refuse it; it
 * meets the prefixed English word when the word after it is that English word's base (its translation, or already
 * linked to it through the hyphen: الصيدلانية ↔ non-pharmaceutical).
 */
function affixLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[]): WordLink[] {
  const out: WordLink[] = [];
  for (let a = 0; a + 1 < ar.words.length; a++) {
    const prefix = AFFIX_PARTICLES.get(normalizeArabic(ar.words[a].text));
    if (!prefix || ar.stop[a + 1] || !/^\s+$/.test(ar.text.slice(ar.words[a].end, ar.words[a + 1].start))) continue;
    const tr = ar.translations[a + 1] ?? [];
    en.words.forEach((w, e) => {
      const m = prefix.exec(w.text);
      if (!m || !en.content[e]) return;
      const base = stemEnglish(americanSpelling(m[1].replace(/^-/, '')));
      const linked = links.some((l) => l.a === a + 1 && l.e === e);
      const read = tr.some((t) => !t.includes(' ') && stemEnglish(americanSpelling(t.toLowerCase())) === base);
      if (!linked && !read) return;
      out.push({ a, e, weight: 1, kind: 'lexicon' });
      if (!linked) out.push({ a: a + 1, e, weight: 1, kind: 'lexicon' });
    });
  }
  return out;
}

/**
 * Every run of up to MAX_NAME_WORDS consecutive words passing `ok`, with its key; a run never crosses punctuation
 * (`joined` says whether only spaces or a hyphen lie between words i and i + 1): "Singapore, Australia" are two names.
 */
function runs(n: number, ok: (i: number) => boolean, text: (from: number, to: number) => string, joined: (i: number) => boolean = () => true): NameRun[] {
  const out: NameRun[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j <= Math.min(n, i + MAX_NAME_WORDS) && ok(j - 1) && (j === i + 1 || joined(j - 2)); j++) {
      const t = text(i, j);
      const key = nameKey(t).replace(/ /g, '');
      // شن (XN) is not China: a name of two letters leaves too much to chance.
      if (key.length >= 2 && t.replace(/[\s-]/g, '').length >= 3) out.push({ from: i, to: j, key });
    }
  }
  return out;
}

/** Same rule as `keySimilarity`, on precomputed keys. */
function keySim(a: string, b: string): number {
  if (Math.min(a.length, b.length) <= 3) return a === b ? 1 : 0;
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) * (1 - MIN_NAME)) return 0;
  return 1 - keyDistance(a, b) / Math.max(a.length, b.length);
}

/** Runs of unknown Arabic words ↔ runs of capitalised English words whose transliteration keys agree. */
function nameLinks(ar: ArabicSide, en: EnglishSide): WordLink[] {
  const out: WordLink[] = [];
  for (const r of en.nameRuns) {
    for (const q of ar.nameRuns) {
      const sim = keySim(r.key, q.key);
      if (sim < MIN_NAME) continue;
      for (let a = q.from; a < q.to; a++) for (let e = r.from; e < r.to; e++) out.push({ a, e, weight: sim, kind: 'name' });
    }
  }
  return out;
}

/**
 * An English acronym no lexicon knows, spelled by the translations of an Arabic phrase (CRT ↔ فريق الاستجابة للأزمات:
 * team, response, crisis; MERS ↔ متلازمة الشرق الأوسط التنفسية: syndrome, East, middle, respiratory; FDA ↔ إدارة
 * الغذاء والدواء): a run of Arabic words that meet nothing in the pair, each with a translation whose initial is a
 * letter of the acronym among its two commonest senses, no letter used twice, the run as long as the acronym.
 * Arabic orders the words its own way (head first), so three letters or more are matched in any order, two only in
 * the reverse one; the only such run in the sentence.
 */
export function expansionLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[], spelledOut: ReadonlySet<number> = new Set()): WordLink[] {
  const aLinked = new Set(links.map((l) => l.a));
  const eLinked = new Set(links.map((l) => l.e));
  const out: WordLink[] = [];
  const free = (a: number): boolean => !aLinked.has(a) && !ar.stop[a] && (ar.translations[a]?.length ?? 0) > 0;
  const joined = (a: number): boolean => /^[\s\-\u0640]*$/.test(ar.text.slice(ar.words[a].end, ar.words[a + 1].start));
  en.words.forEach((w, e) => {
    const letters = w.text.replace(/\./g, '');
    if (eLinked.has(e) || spelledOut.has(e) || !/^\p{Lu}{2,6}$/u.test(letters)) return;
    const found: [number, number][] = [];
    const len = letters.length;
    for (let a1 = 0; a1 + len <= ar.words.length; a1++) {
      let ok = true;
      for (let a = a1; a < a1 + len && ok; a++) ok = free(a) && (a === a1 || joined(a - 1));
      if (!ok) continue;
      // The words' commonest senses only; two letters are too few unless Arabic says them in its own order, head
      // first (HR ↔ الموارد البشرية: resources, human).
      const senses = ar.translations.slice(a1, a1 + len).map((t) => (t ?? []).slice(0, 2));
      const reversed = senses.every((ts, k) => ts.some((t) => t.trim()[0]?.toUpperCase() === letters[len - 1 - k]));
      if (len >= 3 ? spells(letters, senses) : reversed) found.push([a1, a1 + len]);
    }
    if (found.length !== 1) return;
    for (let a = found[0][0]; a < found[0][1]; a++) out.push({ a, e, weight: 0.8, kind: 'phrase' });
  });
  return out;
}

/** Each word's translations give a distinct letter of the acronym as an initial (any order). */
function spells(letters: string, translations: readonly (readonly string[])[]): boolean {
  const used = new Array<boolean>(letters.length).fill(false);
  const upper = letters.toUpperCase();
  const go = (k: number): boolean => {
    if (k === translations.length) return true;
    const initials = new Set(translations[k].map((t) => t.trim()[0]?.toUpperCase()));
    for (let i = 0; i < upper.length; i++) {
      if (used[i] || !initials.has(upper[i])) continue;
      used[i] = true;
      if (go(k + 1)) return true;
      used[i] = false;
    }
    return false;
  };
  return go(0);
}

/**
 * Letters spelled out in Arabic: an English initial after a name (Amanda K ↔ آماندا كيه, where the Arabic letter
 * name follows the word the name links to), and an acronym spelled letter by letter (ECDC ↔ إي سي دي سي). Letter
 * names are often function words (في, أو, إن), so an initial is only linked right after a linked name.
 */
function letterLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[]): WordLink[] {
  const out: WordLink[] = [];
  const normAll = ar.words.map((w) => normalizeArabic(w.text));
  en.words.forEach((w, e) => {
    const letters = spelledLetters(w.text);
    if (!letters) return;
    if (letters.length === 1) {
      if (e === 0) return;
      for (const l of links) {
        // After a name, matched by its sound or known to a lexicon (أماندا ↔ Amanda): the English is capitalised.
        if (l.e !== e - 1 || (l.kind !== 'name' && !/^\p{Lu}/u.test(en.words[e - 1].text)) || l.a + 1 >= normAll.length) continue;
        const a = l.a + 1;
        if (spellsLetter(normAll[a], letters[0]) && /^\s+$/.test(ar.text.slice(ar.words[l.a].end, ar.words[a].start))) out.push({ a, e, weight: 0.9, kind: 'name' });
      }
      return;
    }
    for (let a = 0; a + letters.length <= normAll.length; a++) {
      // The first letter's name may carry the conjunction or a preposition (وآي أو إس "and iOS"), as any word does.
      const spells = (k: number): boolean => spellsLetter(normAll[a + k], letters[k]) || (k === 0 && spellsLetterAfterProclitic(normAll[a], letters[0]));
      // Three letters or more spelled in order are no chance agreement: as sure as a dictionary's word, and surer
      // than a sound-alike of a part (بي بي تي for PEPP-PT).
      const weight = letters.length >= 3 ? 1 : 0.9;
      if (letters.every((_, k) => spells(k))) for (let k = 0; k < letters.length; k++) out.push({ a: a + k, e, weight, kind: 'name' });
    }
  });
  return out;
}

function transliterationShaped(ar: ArabicSide, q: NameRun, en?: string): boolean {
  for (let a = q.from; a < q.to; a++) {
    const n = normalizeArabic(ar.words[a].text);
    // The article's letters are the name's own where the English spells them (Altria ↔ ألتريا).
    if ((n.startsWith('ال') && !(a === q.from && en !== undefined && /^Al/.test(en))) || n.endsWith('ه') || n.endsWith('ات')) return false;
  }
  return true;
}

/** Minimum key similarity for a name reading of words a lexicon knows: stricter than for unknown words. */
const MIN_READ_NAME = 0.85;

/**
 * Capitalisation and transliteration agreement beat a common-word reading: a run of Arabic words that meet no
 * translation in this sentence pair, whose key agrees with a run of capitalised English words that meet nothing
 * either, is that name (ريك بيري ↔ Rick Perry, where ريك reads "irrigation").
 */
function nameReadingLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[]): WordLink[] {
  if (!ar.readRuns?.length) return [];
  const aLinked = new Set(links.map((l) => l.a));
  const eLinked = new Set(links.map((l) => l.e));
  const out: WordLink[] = [];
  for (const r of en.nameRuns) {
    // A spoken-spelling key is a second guess: against a word a lexicon reads only with a long key (Levallois-Perret
    // ↔ ليفالوا-بيريه, where بيريه reads "well").
    if (r.spoken && r.key.length < 4) continue;
    let free = true;
    for (let e = r.from; e < r.to; e++) free &&= !eLinked.has(e);
    if (!free) continue;
    for (const q of ar.readRuns) {
      let qFree = true;
      for (let a = q.from; a < q.to; a++) qFree &&= !aLinked.has(a);
      if (!qFree) continue;
      // A short key leaves much to chance: then the Arabic must look like a transliteration, neither with the
      // article nor with the feminine ending of a common noun (اسلحة "weapons" is not Seoul).
      if (Math.min(r.key.length, q.key.length) < 4 && !transliterationShaped(ar, q, en.words[r.from].text)) continue;
      const sim = keySim(r.key, q.key);
      if (sim < (q.asWritten ? 1 : MIN_READ_NAME) || (q.asWritten && q.key.length < 3)) continue;
      for (let a = q.from; a < q.to; a++) for (let e = r.from; e < r.to; e++) out.push({ a, e, weight: sim, kind: 'name' });
    }
  }
  return out;
}

function dedupe(links: WordLink[]): WordLink[] {
  const best = new Map<string, WordLink>();
  for (const l of links) {
    const k = `${l.a}:${l.e}`;
    const b = best.get(k);
    if (!b || l.weight > b.weight) best.set(k, l);
  }
  return [...best.values()].sort((x, y) => x.a - y.a || x.e - y.e);
}
