/**
 * What a word before a full stop says about the stop: the abbreviation lists and the sentence-starter test.
 * English and Arabic words are told apart by script, so an English abbreviation inside Arabic text still works.
 */
import { EN_STOPWORDS } from '../english/stopwords.ts';

/** Titles and Latin connectives: the sentence always goes on after them ("Mr. Blinken", "e.g. China"). */
const EN_NEVER_FINAL = new Set(
  `mr mrs ms messrs mmes mme mlle dr prof sen rep gov gen capt col lt sgt maj cmdr adm rev hon pres supt insp
  cpl pvt amb atty fr e.g i.e cf viz vs v`.split(/\s+/),
);

/** Abbreviations that stand before a number ("No. 5", "Fig. 2", "Nov. 21"): final only before a sentence starter. */
const EN_BEFORE_NUMBER = new Set(
  `no nos nr fig figs p pp vol vols ch chap sec art para eq ref tab op jan feb mar apr jun jul aug sep sept oct nov
  dec`.split(/\s+/),
);

/**
 * Abbreviations that can also end a sentence ("in the U.S. The …", "Apple Inc. It …"): the stop ends the
 * sentence only when a sentence starter follows.
 */
const EN_AMBIGUOUS = new Set(
  `inc corp co ltd llc plc jr sr st mt ft ave blvd rd al bros dept est govt univ approx assn intl natl ph.d`.split(
    /\s+/,
  ),
);

/** Words that begin sentences and almost never follow an abbreviation inside one. */
const EN_STARTERS = new Set([
  ...EN_STOPWORDS,
  ...`however meanwhile although though because since despite until unless while today yesterday thus therefore
  hence moreover furthermore nevertheless instead indeed later earlier finally first still yet many several
  another every neither either one two three`.split(/\s+/),
]);

/** Arabic titles before a name: د. (doctor), أ.د. (professor), أ. (ustadh), م. (engineer, when not after a year). */
const AR_TITLES = new Set(['د', 'أ.د', 'ا.د', 'أ', 'ا', 'م', 'ص.ب', 'ج', 'ص', 'ت', 'ط']);
/** Era marks after a year (٦٣٢ م. / ١٤٤٥ هـ. / ٥٠٠ ق.م.): they do end sentences. */
const AR_ERAS = new Set(['م', 'ه', 'ق.م', 'ق.ه', 'ب.م']);
/**
 * Words that open Arabic sentences after a date ("وتوفي سنة ٦٣٢ م. وكان …", "… ٥٠٠ ق.م. في ذلك العهد …"): an
 * era mark ends the sentence only before one of them, so "قبل ٢٥٠٠ ق.م. تقريبًا" and "٥٧٠ م. إلى ٦٣٢ م." stay whole.
 */
const AR_STARTERS = new Set(
  `في كان كانت ثم لكن لكنه لكنها قال قالت أما بعد وبعد منذ هذا هذه تم لقد قد كما إن ولد توفي يعد تعد يعتبر
  وقد ومن وكان وكانت وفي وقال وقالت`.split(/\s+/),
);
/** A conjunction و or ف glued to a word of three letters or more: "وتوفي", "فقد" (not "وإلى", "وحتى"). */
const AR_CONJUNCT = /^[وف](?!إلى|الى|حتى)[\u0620-\u064A]{3,}$/u;

const ARABIC_LETTER = /[\u0620-\u064A\u0671-\u06D3\u06D5\u06FA-\u06FC]/u;
const CLOSING_END = /["'”’»)\]}]$/u;
const LATIN_LOWER = /^\p{Ll}/u;
const LATIN_UPPER = /^\p{Lu}/u;
const NUMBER = /^[0-9\u0660-\u0669\u06F0-\u06F9]+$/u;
const DIGIT_START = /^[0-9\u0660-\u0669\u06F0-\u06F9]/u;
/** Diacritics and tatweel: invisible to the lists ("هـ" is "ه", "دُ" is "د"). */
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;

/** The next word, as the judge needs it: its text and the punctuation that opened it. */
export interface NextWord {
  word: string;
  /** An opening bracket stood before it: "et al. (2020)". */
  bracketed: boolean;
}

/** True when the word starts like a sentence's first word in English: capitalised or camel-cased (mRNA, iPhone). */
function capitalised(word: string): boolean {
  return LATIN_UPPER.test(word) || (LATIN_LOWER.test(word) && /\p{Lu}/u.test(word.slice(1, 4)));
}

/** A lower-case continuation: "approx. five", '"Why?" he asked'. */
export function continuesLowercase(next: NextWord): boolean {
  return LATIN_LOWER.test(next.word) && !capitalised(next.word);
}

function isStarter(next: NextWord): boolean {
  if (next.bracketed) return false;
  const w = /^[\p{L}']+/u.exec(next.word)?.[0] ?? '';
  return LATIN_UPPER.test(w) && EN_STARTERS.has(w.toLowerCase());
}

/**
 * Does the full stop after `token` end the sentence? `token` is the word right before the stop (leading
 * brackets and quotes removed), `before` the word before that, `next` the word after the stop.
 * `atStart` says the token is the first thing in its sentence (a list number "1." or "a.").
 */
export function stopEndsSentence(token: string, before: string, next: NextWord, atStart: boolean): boolean {
  // Nothing before the stop (" ."), or a closing bracket or quote: "(A, B, C and D). Phylogenetic …".
  if (token === '' || CLOSING_END.test(token)) return !continuesLowercase(next);
  if (atStart && /^(?:[0-9\u0660-\u0669\u06F0-\u06F9]{1,3}|\p{L}|[ivxlcIVXLC]{1,4})$/u.test(token)) return false;
  if (ARABIC_LETTER.test(token)) return arabicStopEnds(token.replace(MARKS, ''), before, next);
  if (continuesLowercase(next)) return false;
  const lower = token.toLowerCase();
  if (EN_NEVER_FINAL.has(lower)) return false;
  // A Latin abbreviation or letter before an Arabic word ("بروتين S. وفقًا"): no Arabic name follows an English initial.
  if (ARABIC_LETTER.test(next.word[0] ?? '')) return true;
  // "vitamin D. Large …", "type B. The …": a letter after a common lower-case word is a label, not an initial.
  if (/^\p{Lu}$/u.test(token) && /^\p{Ll}+$/u.test(before) && !EN_STOPWORDS.has(before)) return capitalised(next.word);
  if (lower === 'al' && before === 'et') return capitalised(next.word) && !next.bracketed;
  const nextIsNumber = DIGIT_START.test(next.word);
  if (EN_BEFORE_NUMBER.has(lower)) return !nextIsNumber && isStarter(next);
  if (lower === 'etc') return capitalised(next.word);
  // Initials (A.), dotted acronyms (U.S., a.m., Ph.D.) and company or street abbreviations.
  if (EN_AMBIGUOUS.has(lower) || /^\p{Lu}$/u.test(token) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token)) {
    return isStarter(next);
  }
  return true;
}

function arabicStopEnds(token: string, before: string, next: NextWord): boolean {
  if (AR_ERAS.has(token) && NUMBER.test(before.replace(MARKS, ''))) {
    const w = next.word.replace(MARKS, '');
    return AR_STARTERS.has(w) || AR_CONJUNCT.test(w);
  }
  if (AR_TITLES.has(token)) return false;
  // Any other single letter is an initial ("ج. ر. ر. تولكين"): Arabic words are never one letter long.
  if (/^[\u0620-\u064A]$/u.test(token)) return false;
  return true;
}

/** Does a stop glued to the next word ("2.The", "النووية.وقال") end a sentence? Only between two real words. */
export function gluedStopEndsSentence(left: string, right: string): boolean {
  if (/[/@:\\]|www/iu.test(left) || /[/@:.\\]/u.test(right)) return false;
  const l = left.replace(MARKS, '');
  if (ARABIC_LETTER.test(l.slice(-1)) && ARABIC_LETTER.test(right[0] ?? '')) {
    const last = l.split('.').pop() ?? '';
    return last.length >= 2 && !AR_TITLES.has(last);
  }
  // English: "…SARS-CoV-2.The virus", "…Louis.The lockdown": a capitalised word after a word of two letters or more.
  const last = l.split('.').pop() ?? '';
  return /^\p{Lu}\p{Ll}/u.test(right) && last.length >= 2 && /[\p{Ll}0-9)]$/u.test(last) && stopEndsSentence(last, '', { word: right, bracketed: false }, false);
}
