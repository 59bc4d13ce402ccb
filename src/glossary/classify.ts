import { normalizeArabic } from '../arabic/normalize.ts';
import type { TermType } from '../types.ts';

/** What is known of a pair when its type is decided. */
export interface TypeEvidence {
  en: string;
  /** The two English words before the term in one of its sentences (lowercase kept as written). */
  enBefore: string[];
  /** The two Arabic words before the term, normalised, clitics stripped. */
  arBefore: string[];
  /** Every word link came from transliteration keys: nothing a lexicon knows. */
  byName: boolean;
  /** A lexicon knows the Arabic side as a proper noun. */
  knownProper: boolean;
  /** The geography lexicon names the English side (or its head) as a place. */
  knownPlace: boolean;
}

const ORG_WORDS = /\b(House|Council|Nations|Agency|Ministry|Office|Bank|Organi[sz]ation|Union|Party|Army|Forces|Department|Committee|Commission|Court|Parliament|Congress|Secretariat|Fund|Institute|University|News|Times|Post|Company|Corporation|Group|Association|Alliance|NATO|Pentagon|Kremlin|Senate|Assembly|Authority|Service|Bureau|Centre|Center|Foundation)\b/;
const PLACE_WORDS = /\b(Republic|Kingdom|Emirates|Island|Islands|Sea|Gulf|River|Mountains?|Strait|Peninsula|City|Province|Region|Valley|Desert|Ocean|Coast|Bay|Lake|Canal)\b/;
const EN_TITLES = new Set(
  'president minister secretary chancellor king queen prince princess sheikh emir general colonel adviser advisor senator governor mayor ambassador envoy director chairman spokesman spokeswoman leader premier mr mrs ms dr sir lord pope commander chief'.split(' '),
);
const AR_TITLES = new Set(
  ['الرئيس', 'رئيس', 'وزير', 'الوزير', 'مستشار', 'المستشار', 'الزعيم', 'زعيم', 'الأمين', 'مدير', 'المدير', 'الملك', 'الأمير', 'الشيخ', 'السيد', 'السيدة', 'السفير', 'المبعوث', 'الجنرال', 'العقيد', 'المتحدث', 'قائد', 'القائد', 'رئيسة', 'الرئيسة']
    .map(normalizeArabic),
);

function capitalisedWords(en: string): boolean {
  return en.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(of|de|al|bin|the|and|for|van|von|la|le|du|da|del)$/.test(w));
}

/**
 * The type of a pair from evidence: organisation words, titles around or inside a name, place words, a lexicon
 * that knows the name (its proper nouns are mostly places), capitalisation.
 */
export function classify(ev: TypeEvidence): TermType {
  if (!capitalisedWords(ev.en)) return 'TERM';
  const words = ev.en.split(/\s+/);
  if (ORG_WORDS.test(ev.en)) return 'ORG';
  if (ev.knownPlace) return 'PLACE';
  const titled = words.slice(0, -1).some((w) => EN_TITLES.has(w.toLowerCase())) || ev.enBefore.some((w) => EN_TITLES.has(w.toLowerCase())) || ev.arBefore.some((w) => AR_TITLES.has(w));
  if (EN_TITLES.has(words[words.length - 1].toLowerCase())) return 'TERM';
  if (ORG_WORDS.test(ev.en) && !titled) return 'ORG';
  if (titled && !EN_TITLES.has(words[words.length - 1].toLowerCase())) return 'PERSON';
  if (PLACE_WORDS.test(ev.en) || ev.knownPlace) return 'PLACE';
  // A name no geography knows, met by its sound or known as a proper noun elsewhere: a person, most often.
  return 'PERSON';
}
