import { normalizeArabic } from '../arabic/normalize.ts';
import type { TermType } from '../types.ts';
import { arabicNameKind, knownOrgNames } from './places.ts';

/** What is known of a pair when its type is decided. */
export interface TypeEvidence {
  en: string;
  /** The Arabic side as proposed; its first word is the head of an Arabic name (وزارة الصحة, مدينة إثاكا). */
  ar?: string;
  /** The two English words before the term in one of its sentences (lowercase kept as written). */
  enBefore: string[];
  /** The two English words after it (a verb of saying: "Maher said"). */
  enAfter?: string[];
  /** The two Arabic words before the term, normalised, clitics stripped. */
  arBefore: string[];
  /** Every word link came from transliteration keys: nothing a lexicon knows. */
  byName: boolean;
  /** A lexicon knows the Arabic side as a proper noun. */
  knownProper: boolean;
  /** The geography lexicon names the English side (or its head) as a place. */
  knownPlace: boolean;
}

const ORG_WORDS = /\b(House|Council|Nations|Agency|Ministry|Office|Bank|Organi[sz]ation|Union|Party|Army|Forces|Department|Committee|Commission|Court|Parliament|Congress|Secretariat|Fund|Institutes?|Institut|University|College|School|Academy|Laborator(y|ies)|Hospital|Clinic|News|Times|Post|Guardian|Journal|Herald|Tribune|Press|Company|Corporation|Inc|Ltd|Group|Association|Alliance|Coalition|Federation|Society|Network|Foundation|Board|Team|Club|NATO|Pentagon|Kremlin|Senate|Assembly|Authority|Service|Bureau|Centre|Center|Administration|Police)\b/;
const PLACE_WORDS = /\b(Fort|Mount|Port|Republic|Kingdom|Emirates|Island|Islands|Sea|Gulf|River|Mountains?|Strait|Peninsula|City|County|Province|State|Region|Valley|Desert|Ocean|Coast|Bay|Lake|Canal|Street|Square|Airport)\b/;
// Events, contests and awards are terms, however capitalised (Hurricane Rosa, Champions League, UEFA Cup).
const EVENT_WORDS = /\b(Hurricane|Storm|Typhoon|Cyclone|War|Cup|Cups|League|Games|Olympics|Championships?|Award|Prize|Summit|Conference|Festival|Day|Act|Treaty|Protocol)\b/;
const EN_TITLES = new Set(
  'president minister secretary chancellor king queen prince princess sheikh emir general colonel adviser advisor senator governor mayor ambassador envoy director chairman spokesman spokeswoman leader premier mr mrs ms dr sir lord pope commander chief professor prof judge officer'.split(' '),
);
const AR_TITLES = new Set(
  ['الرئيس', 'رئيس', 'وزير', 'الوزير', 'مستشار', 'المستشار', 'الزعيم', 'زعيم', 'الأمين', 'مدير', 'المدير', 'الملك', 'الأمير', 'الشيخ', 'السيد', 'السيدة', 'السفير', 'المبعوث', 'الجنرال', 'العقيد', 'المتحدث', 'قائد', 'القائد', 'رئيسة', 'الرئيسة', 'الدكتور', 'الدكتورة', 'البروفيسور', 'القاضي']
    .map(normalizeArabic),
);
// Verbs of saying after a name: people speak, places and organisations mostly do not (in English news style
// they do, "the ministry said": so only with no organisation or place evidence).
const SAYING = /^(said|says|told|wrote|writes|added|explained|announced|stated|asked|argued|noted|tweeted)$/;
// Head words of Arabic names: the kind is in the first word (وزارة الصحة, منظمة الصحة العالمية, مدينة إثاكا).
const AR_ORG_HEADS = new Set(
  ['وزارة', 'منظمة', 'هيئة', 'شركة', 'مؤسسة', 'جامعة', 'معهد', 'المعاهد', 'مركز', 'المركز', 'مجلس', 'لجنة', 'وكالة', 'اتحاد', 'الاتحاد', 'ائتلاف', 'تحالف', 'جمعية', 'حزب', 'بنك', 'البنك', 'مصرف', 'صندوق', 'كلية', 'مستشفى', 'فريق', 'إدارة', 'محكمة', 'المحكمة', 'برلمان', 'البرلمان', 'نادي', 'مختبر', 'مختبرات', 'الحكومة', 'حكومة', 'قيادة', 'دائرة', 'مكتب', 'صحيفة', 'مجلة']
    .map(normalizeArabic),
);
const AR_PLACE_HEADS = new Set(['مدينة', 'ولاية', 'جزيرة', 'جزر', 'إقليم', 'مقاطعة', 'محافظة', 'منطقة', 'نهر', 'بحر', 'جبل', 'جبال', 'خليج', 'بلدة', 'قرية', 'العاصمة', 'عاصمة', 'شارع', 'ميدان', 'مطار'].map(normalizeArabic));

function capitalisedWords(en: string): boolean {
  return en.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || /^(of|de|al|bin|the|and|for|on|van|von|la|le|du|da|del|without)$/.test(w));
}

const LOWER_ORG_HEADS = /^(government|ministry|police|army|parliament|council|authorities|university|agency)$/;
const LOWER_PLACE_HEADS = /^(county|state|province|city|region|island|district)$/;
const COMPASS = /^(northern|southern|eastern|western|central|north|south|east|west|north-east|north-west|south-east|south-west)$/i;

/** A name with a lowercase head or modifier: the Canadian government (ORG), Tompkins county, western Maryland (PLACE). */
function lowercaseHead(words: string[], knownPlace: boolean): TermType {
  const last = words[words.length - 1];
  const named = words.slice(0, -1).some((w) => /^\p{Lu}/u.test(w));
  if (named && words.length <= 3 && LOWER_ORG_HEADS.test(last)) return 'ORG';
  if (named && words.length <= 3 && LOWER_PLACE_HEADS.test(last)) return 'PLACE';
  if (words.length === 2 && COMPASS.test(words[0]) && /^\p{Lu}/u.test(last) && knownPlace) return 'PLACE';
  return 'TERM';
}

/** A single capital, or one with a dot: the initial of a name (Amanda K, Joel L.). */
const INITIAL = /^\p{Lu}\.?$/u;

/**
 * The type of a pair from evidence: organisation words on either side, a gazetteer, place words and Arabic place
 * classifiers, event words, then PERSON only with person evidence — a title around the name, a verb of saying
 * after it, an initial, or a name of two or more words met by its sound. A capitalised word with none of these
 * (COVID-19, Ebola, Annual Planning) is a TERM: PERSON is no fallback.
 */
export function classify(ev: TypeEvidence): TermType {
  const words = ev.en.split(/\s+/);
  if (!capitalisedWords(ev.en)) return lowercaseHead(words, ev.knownPlace);
  const last = words[words.length - 1];
  const arFirst = ev.ar ? normalizeArabic(ev.ar.split(/[\s-]+/)[0]) : '';
  const gazetteer = ev.ar ? arabicNameKind(ev.ar) : undefined;
  if (/\p{N}/u.test(ev.en) && !ev.knownPlace) return 'TERM';
  if (EN_TITLES.has(last.toLowerCase())) return 'TERM';
  if (ORG_WORDS.test(ev.en)) return 'ORG';
  // The lexicon's organisations section also lists a few states by their formal names (…Republic of Korea).
  if ((knownOrgNames().has(ev.en.toLowerCase()) || gazetteer === 'ORG') && !PLACE_WORDS.test(ev.en)) return 'ORG';
  if (ev.knownPlace || gazetteer === 'PLACE') return 'PLACE';
  if (AR_ORG_HEADS.has(arFirst)) return 'ORG';
  if (EVENT_WORDS.test(ev.en)) return 'TERM';
  // St./Mt./Ft. open a place's name (St. Louis, Mt. Everest); a saint's church or school has its organisation word.
  if (PLACE_WORDS.test(ev.en) || /^(St|Mt|Ft)\. \p{Lu}/u.test(ev.en) || AR_PLACE_HEADS.has(arFirst)) return 'PLACE';
  // The Arabic classifier right before the name (مدينة إثاكا, ولاية ماريلاند), or "the Mayor of …": a place.
  const arPrev = ev.arBefore[ev.arBefore.length - 1];
  const ofTitle = ev.enBefore.length === 2 && ev.enBefore[1] === 'of' && EN_TITLES.has(ev.enBefore[0].toLowerCase()) && /^(mayor|governor)$/i.test(ev.enBefore[0]);
  if ((arPrev !== undefined && AR_PLACE_HEADS.has(arPrev)) || ofTitle) return 'PLACE';
  const titled = words.slice(0, -1).some((w) => EN_TITLES.has(w.toLowerCase())) || ev.enBefore.some((w) => EN_TITLES.has(w.toLowerCase().replace(/\.$/, ''))) || ev.arBefore.some((w) => AR_TITLES.has(w));
  if (titled) return 'PERSON';
  if (/^\p{Lu}{2,}$/u.test(ev.en)) return 'TERM';
  // A numbered stage read by the dictionary, not by sound (Phase I ↔ المرحلة الأولى), is a term; Grant I is a name.
  if (words.length >= 2 && /^(I|II|III|IV|V|VI)$/.test(last) && !ev.byName) return 'TERM';
  const initialled = words.length >= 2 && words.slice(1).some((w) => INITIAL.test(w));
  const said = (ev.enAfter ?? []).slice(0, 1).some((w) => SAYING.test(w));
  if (initialled || said) return 'PERSON';
  // A proper noun a lexicon knows that no gazetteer lists as a place or organisation is a person (Kim, Putin).
  if ((ev.byName && words.length >= 2) || (ev.knownProper && words.length === 1)) return 'PERSON';
  // And an organisation's classifier before a name met by its sound (لشركة وي ورك "of the company WeWork"; a full name met by its sound stays a person's: بقيادة "led by" reads قيادة "command"): an ORG.
  if (ev.byName && arPrev !== undefined && (AR_ORG_HEADS.has(arPrev) || AR_ORG_HEADS.has(arPrev.replace(/^ل/, '')))) return 'ORG';
  return 'TERM';
}

/**
 * A lone capitalised word that is the first or last word of a kept person's name, rendered by the same Arabic
 * word (Katherine ↔ كاثرين beside Katherine Maher ↔ كاثرين ماهر, Bryan ↔ براين beside Bryan Judan ↔ براين جودن):
 * the document's own person evidence for the name said alone, which a TERM reading of it lacks.
 */
export function loneNameOf(en: string, ar: string, persons: readonly { en: string; ar: string }[]): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(en)) return false;
  const a = normalizeArabic(ar);
  return persons.some((p) => {
    const enW = p.en.split(' ');
    const arW = normalizeArabic(p.ar).split(' ');
    if (enW.length < 2 || enW.length !== arW.length) return false;
    const at = enW[0] === en ? 0 : enW[enW.length - 1] === en ? enW.length - 1 : -1;
    return at >= 0 && arW[at] === a;
  });
}
