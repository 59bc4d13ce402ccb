import { arabicVerbOnlyForms, pastVerbForm } from '../arabic/analysis.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { EnWord } from '../english/phrases.ts';
import { isLemma, nounCategory, nounFamiliarity } from '../english/wordnet.ts';
import { knownPlaceNames } from './places.ts';

/** Why a pair is left out of the glossary: each rule named, so a reviewer (or --explain) can be told. */
export type DropReason = 'latin-arabic' | 'nationality-adjective' | 'generic-word' | 'accusative-form' | 'verb-form' | 'cut-complement';

/** Every rule that leaves a candidate pair out, surface rules (`dropReason`) and the builder's own. */
export type DropRule =
  | DropReason
  | 'low-score'
  | 'written-in-latin'
  | 'no-arabic-letters'
  | 'another-reading'
  | 'adjective'
  | 'month-or-weekday'
  | 'single-sighting'
  | 'everyday-noun'
  | 'name-fragment'
  | 'of-phrase'
  | 'name-with-noun'
  | 'quantity-word'
  | 'capitalised-word'
  | 'title-or-direction'
  | 'fragment'
  | 'titled-duplicate';

/** Each rule in a reviewer's words, for --explain and the README. */
export const DROP_RULES: Record<DropRule, string> = {
  'low-score': 'scored under the minimum (confidence × association × recurrence)',
  'no-arabic-letters': 'no Arabic letters on the Arabic side (IgM, 19): nothing translated',
  'latin-arabic': 'the Arabic side holds Latin letters: a copied name, not a translation',
  'written-in-latin': 'a name the Arabic text writes in Latin letters (Google وApple), paired by sound with an Arabic word (بلو): a look-alike, not its translation',
  'nationality-adjective': 'a lone nationality adjective (Canadian ↔ الكندية), not a name',
  'generic-word': 'one everyday lowercase noun (week, world): the document\'s words, not its terms',
  'accusative-form': 'the Arabic head is written in the indefinite accusative (مشروعًا بحثيًّا): the sentence\'s object or count, not a term\'s form',
  'verb-form': 'the Arabic side holds a conjugated verb (يسعل الأشخاص "people cough", تزيد الحمى "fever increases", فاز "won"): a clause, not a headword',
  'cut-complement': 'the Arabic side ends on a participle whose complement it leaves out (لقاح قائم "vaccine based [on …]", ألم الصدر الناجم "chest pain resulting [from …]")',
  'another-reading': 'one side is already paired with a better-scored translation',
  adjective: 'adjectives only, without the noun they qualify',
  'month-or-weekday': 'a month or weekday name, or a lone capitalised adjective',
  'single-sighting': 'a one-word common term seen in too few linked sentence pairs, and not a specialised word',
  'quantity-word': 'one lowercase noun of amount or measure (half, billions, kilometres): a number\'s word, not a term',
  'name-with-noun': 'a name with a common noun after it (Cornell University students, UNESCO estimates): the name is kept on its own',
  'of-phrase': 'a lowercase "noun of noun" seen in fewer than two linked sentence pairs (number of cases): a term only when it recurs (shortness of breath)',
  'name-fragment': 'a piece of a longer capitalised name in its sentence, without the name\'s head (International Monetary of International Monetary Fund; Disease Control and Prevention after "Centers for")',
  'everyday-noun': 'in a long document, one everyday noun for people, groups, times, food or the body (teachers, universities, months): any text\'s words, not its terms',
  'capitalised-word': 'a capitalised common word that no lexicon knows as a name (State in Secretary of State)',
  'title-or-direction': 'a lone title or compass word (President, North)',
  fragment: 'part of a longer pair that was kept and seen as often (North inside North Korea), and said no more often on its own',
  'titled-duplicate': 'a titled name beside the same name kept alone (Russian President Vladimir Putin beside Vladimir Putin)',
};

/** A candidate pair left out, and the rule that did it: what --explain lists. */
export interface DroppedTerm {
  en: string;
  ar: string;
  score: number;
  count: number;
  rule: DropRule;
  /** The pair that won, for another-reading, fragment and titled-duplicate. */
  because?: string;
  enContext: string;
  arContext: string;
}

/** Everyday nouns (SemCor-tagged in this many WordNet senses or more) are no glossary entry on their own. */
export const GENERIC_FAMILIARITY = 3;

/**
 * Rules on the pair's surface alone:
 * - latin-arabic: the Arabic side carries Latin letters (شركة BioNTech, لـ Generex): a copied name, no translation;
 * - nationality-adjective: a lone nationality adjective (Canadian ↔ الكندية, Cuban ↔ الكوبيين), not a name;
 * - generic-word: one everyday lowercase noun (week, world, support): the document's words, not its terms.
 */
export function dropReason(en: string, enWords: readonly EnWord[], ar: string): DropReason | undefined {
  if (/[A-Za-z]/.test(ar)) return 'latin-arabic';
  if (accusativeHead(ar)) return 'accusative-form';
  if (verbInArabic(en, ar)) return 'verb-form';
  if (cutComplement(ar)) return 'cut-complement';
  if (enWords.length === 1 && ar.split(/\s+/).length === 1) {
    const w = enWords[0].text;
    if (nationalityShaped(w) && isNisba(ar)) return 'nationality-adjective';
    if (/^\p{Ll}+$/u.test(en) && nounFamiliarity(en) >= GENERIC_FAMILIARITY) return 'generic-word';
  }
  return undefined;
}

/**
 * Every word of the English name (three letters or more) is written in Latin letters somewhere in the Arabic text,
 * as a translator copies a brand or a handle (Google وApple, Google Play): that is how this text renders the name,
 * so an Arabic word met by its sound (بلو for Apple, بلا for Play) is a look-alike. `latin` holds the Latin words of
 * the Arabic text.
 */
export function writtenInLatin(en: string, latin: ReadonlySet<string>): boolean {
  const words = en.split(/\s+/).filter((w) => /^[A-Za-z][A-Za-z'-]{2,}$/.test(w));
  return words.length > 0 && words.every((w) => latin.has(w));
}

/** The Latin words of an Arabic text (three letters or more): names it copies as written. */
export function latinWords(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'-]{2,}/g)) into.add(m[0]);
}

/**
 * The first Arabic word carries the tanween of the indefinite accusative as the text writes it (مشروعًا, جهدًا,
 * اختبارًا): the noun is the sentence's object, adverb or the counted noun after a number (١٥٠ مشروعًا), and the
 * words after it describe that one mention ("a research project" said once), not a term a glossary lists in its
 * citation form. An inner word may carry it (التواصل وجهًا لوجه "face-to-face"); a text without vowel marks never
 * triggers the rule.
 */
export function accusativeHead(ar: string): boolean {
  const first = ar.trim().split(/\s+/)[0] ?? '';
  return /(\u064B\u0627|\u0627\u064B|\u0629\u064B|\u0649\u064B|\u0621\u064B)$/.test(first.replace(/[\u0640\u200B-\u200F]/g, ''));
}

/**
 * A word of the Arabic side is a conjugated verb (يسعل, تزيد, تحتاج, فاز, أصيب): the Arabic word list knows it
 * only as a verb form, never as a noun (يمين, ينبوع, قرض, and the verbal nouns تتبع, تطعيم, تفشٍّ) or a name (يوسف),
 * and it has no article. A glossary lists nouns and names in citation form; a pair holding a verb is the
 * sentence's clause (people cough ↔ يسعل الأشخاص, fever increases ↔ تزيد الحمى, victory ↔ فاز "won"). A
 * capitalised English side is a name's pair (Yulia ↔ يوليا, Tony S ↔ توني إس) and is left alone; without the word
 * list the rule never fires. A past verb with its subject suffix (قبضت "arrested", أطلقت النار "opened fire"),
 * which the list holds only through its affix rules, counts too (`pastVerbForm`).
 */
export function verbInArabic(en: string, ar: string, verbs: ReadonlySet<string> | null = arabicVerbOnlyForms()): boolean {
  if (!verbs || /\p{Lu}/u.test(en)) return false;
  return ar
    .trim()
    .split(/\s+/)
    .map(normalizeArabic)
    .some((w) => !w.startsWith('ال') && w.length >= 3 && (verbs.has(w) || pastVerbForm(w)));
}

/** Participles of relation that need their preposition's complement: based (on), resulting (from), related (to). */
// Normalised spelling (ئ → ي, ة → ه).
const RELATION_PARTICIPLE = /^(ال)?(قايم|ناجم|ناتج|مترتب|متعلق|مرتبط)(ه|ين|ون|ات)?$/;

/**
 * The Arabic side's last word is a participle of relation (قائم "based", الناجم "resulting", المرتبطة "related")
 * without the complement it governs (على …, عن …, ب …): the box stopped inside a clause (DNA-based vaccine
 * candidate ↔ لقاح مرشح قائم, where the text goes on قائم على الحمض النووي). A term keeps the complement or
 * does without the participle.
 */
export function cutComplement(ar: string): boolean {
  const words = ar.trim().split(/\s+/);
  return words.length >= 2 && RELATION_PARTICIPLE.test(normalizeArabic(words[words.length - 1]));
}

/**
 * An English nationality adjective's shape: -an, -ian, -ese, -ish, -ic (Canadian, Chinese, British), or -i after a
 * country's name (Iraqi, Israeli, Pakistani). A name ending in -i is no adjective (Rouhani ↔ روحاني, Spiteri).
 */
function nationalityShaped(w: string): boolean {
  if (/^\p{Lu}\p{Ll}+(an|ian|ese|ish|ic)$/u.test(w)) return true;
  if (!/^\p{Lu}\p{Ll}+i$/u.test(w)) return false;
  const stem = w.slice(0, -1).toLowerCase();
  const places = knownPlaceNames();
  return places.has(stem) || places.has(`${stem}a`) || places.has(w.toLowerCase()) || [...places].some((p) => p.startsWith(`${w.toLowerCase()} `));
}

/** An Arabic relational adjective (nisba): -ي, -ية, plurals -يون/-يين, with or without the article. */
function isNisba(ar: string): boolean {
  return /..(ي|يه|يون|يين|يات)$/.test(normalizeArabic(ar));
}

/** Documents of fewer sentences than this are short reports: a term is said once there, recurrence tells little. */
export const SHORT_DOCUMENT = 40;

/**
 * A one-word lowercase term seen once is still kept in a short document when it names a specialised concept
 * (WordNet tags at most one everyday sense: munitions, summit) and its link is the lexicon's first sense.
 */
export function strongSingle(en: string, confidence: number, sentences: number): boolean {
  return sentences < SHORT_DOCUMENT && /^\p{Ll}+$/u.test(en) && en.length >= 4 && nounFamiliarity(en) <= 1 && confidence >= 0.99;
}

/** Kinds of thing (WordNet lexicographer files) every long text names in everyday words, whatever its domain. */
const EVERYDAY_KINDS = new Set(['person', 'group', 'time', 'food', 'body', 'possession', 'Tops']);

/**
 * A one-word lowercase term that any long text has (teachers, patients, universities, months, meals, chest): a noun
 * whose commonest sense names a person, a group, a time, food, a body part, a possession or a top category, and
 * that SemCor tags as everyday (familiarity ≥ 1; stakeholders and workforce, 0, stay). In a short report the
 * event's people are its vocabulary (spokesman, prisoners), so the rule is for long documents only.
 */
export function everydayNoun(en: string, sentences: number): boolean {
  if (sentences < SHORT_DOCUMENT || !/^\p{Ll}+$/u.test(en)) return false;
  const kind = nounCategory(en);
  return kind !== undefined && EVERYDAY_KINDS.has(kind) && nounFamiliarity(en) >= 1;
}

const NAME_CONNECTORS = new Set(['of', 'for', 'on']);

/**
 * A capitalised candidate cut out of a longer name in its sentence, without that name's head: the name goes on to
 * the right with a capitalised word while the candidate ends on a common word (International Monetary | Fund,
 * Cambridge International | Examinations), or it starts after the name's of/for/on (Centers for | Disease Control
 * and Prevention). A place (Washington of Washington University, England of Bank of England) and a title before a
 * name (Russian President | Vladimir Putin) are names of their own.
 */
export function nameFragment(sentence: string, words: readonly EnWord[], from: number, to: number, isPlace: (en: string) => boolean, isTitle: (w: string) => boolean): boolean {
  const span = words.slice(from, to);
  if (!/^\p{Lu}/u.test(span[0].text) || span.some((w) => isTitle(w.text)) || isPlace(span.map((w) => w.text).join(' '))) return false;
  const glued = (a: EnWord, b: EnWord): boolean => /^[\s-]*$/.test(sentence.slice(a.end, b.start)) && !a.possessive;
  const next = words[to];
  const last = span[span.length - 1].text.toLowerCase();
  // Cut on the right: only a name of capitalised words (State Department spokeswoman is no name), and not before a
  // place that follows a name (Imperial College | London).
  const allCapitalised = span.length > 1 && span.every((w) => /^\p{Lu}/u.test(w.text) || NAME_CONNECTORS.has(w.text) || w.text === 'and');
  const placeNext = next && (isPlace(next.text) || (words[to + 1] && isPlace(`${next.text} ${words[to + 1].text}`)));
  if (allCapitalised && next && !placeNext && glued(span[span.length - 1], next) && /^\p{Lu}\p{Ll}/u.test(next.text) && !/^\p{Lu}+$/u.test(span[span.length - 1].text) && (isLemma(last, 'noun') || isLemma(last, 'adj'))) return true;
  const before = words[from - 1];
  const head = words[from - 2];
  // The head is a name's word, not one capitalised by opening the sentence (Shares of Altria Group).
  const nameHead = head && /^\p{Lu}/u.test(head.text) && !(from - 2 === 0 && nounFamiliarity(head.text) >= 1);
  return !!(before && nameHead && NAME_CONNECTORS.has(before.text) && glued(head, before) && glued(before, span[0]));
}

/**
 * One lowercase noun whose commonest WordNet sense is an amount or a unit (half, billions, kilometres, percent); a
 * currency is an economy text's term (the pound ↔ الجنيه), not a measure.
 */
export function quantityWord(en: string): boolean {
  return /^\p{Ll}+$/u.test(en) && !CURRENCY.test(en) && nounCategory(en) === 'quantity';
}
const CURRENCY = /^(dollar|pound|euro|yen|yuan|renminbi|rouble|ruble|rupee|dinar|dirham|riyal|rial|franc|peso|lira|shekel|won|krona|krone)s?$/;
