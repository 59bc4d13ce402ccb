/**
 * Countries, their names and their peoples' adjectives in both languages, as one feature per country (`c:CU`),
 * so that الكوبي meets Cuba, البريطانية meets Britain and Dutch meets هولندا. Country names come from the
 * runtime's ICU data (Intl.DisplayNames, CLDR: no file of ours); Arabic adjectives are derived by the nisba rule
 * (كوبا → كوبي, بريطانيا → بريطاني, مصر → مصري), English ones by the usual endings (Cuban, Egyptian, Iraqi,
 * Chinese, British) plus a short list of irregular ones (Dutch, French, Swiss).
 */
import { normalizeArabic } from '../arabic/normalize.ts';
import { canonicalArabicToken } from './lexicon.ts';

/** Names the display names do not give, or give differently from the news: common short forms. */
const ARABIC_ALIASES: Record<string, string> = {
  بريطانيا: 'GB', إنجلترا: 'GB', انجلترا: 'GB', أمريكا: 'US', أميركا: 'US', هولندا: 'NL', روسيا: 'RU', سوريا: 'SY',
  سورية: 'SY', كوريا: 'KR', إيران: 'IR', الكونغو: 'CD', التشيك: 'CZ', فلسطين: 'PS', الإمارات: 'AE', أفغانستان: 'AF',
  الفلبين: 'PH', النمسا: 'AT', تركيا: 'TR', ميانمار: 'MM', بورما: 'MM', الصين: 'CN', إسرائيل: 'IL', اليونان: 'GR',
  السعودية: 'SA',
};
/** Names and adjectives that are first of all common words (مالي financial, بنين sons, جورجي George's). */
const ARABIC_NOT_COUNTRIES = new Set(['مالي', 'بنين', 'جورجي', 'نيجري', 'قطرات'].map((w) => canonicalArabicToken(w)));
/** Arabic adjectives the nisba rule does not give. */
const ARABIC_ADJECTIVES: Record<string, string> = {
  أمريكي: 'US', أميركي: 'US', إنجليزي: 'GB', انجليزي: 'GB', أفغاني: 'AF', نمساوي: 'AT', إماراتي: 'AE', فلبيني: 'PH',
  تشيكي: 'CZ', كونغولي: 'CD', إسرائيلي: 'IL', سعودي: 'SA', فرنسي: 'FR', يوناني: 'GR', صيني: 'CN', بورمي: 'MM',
};
const ENGLISH_ALIASES: Record<string, string> = {
  britain: 'GB', england: 'GB', scotland: 'GB', wales: 'GB', uk: 'GB', us: 'US', usa: 'US', america: 'US',
  holland: 'NL', netherlands: 'NL', russia: 'RU', korea: 'KR', iran: 'IR', czech: 'CZ', burma: 'MM', emirates: 'AE',
  palestine: 'PS', syria: 'SY', vietnam: 'VN', turkey: 'TR', congo: 'CD',
};
const ENGLISH_ADJECTIVES: Record<string, string> = {
  american: 'US', british: 'GB', english: 'GB', scottish: 'GB', welsh: 'GB', dutch: 'NL', french: 'FR',
  german: 'DE', swiss: 'CH', greek: 'GR', filipino: 'PH', afghan: 'AF', thai: 'TH', saudi: 'SA', czech: 'CZ',
  danish: 'DK', swedish: 'SE', finnish: 'FI', irish: 'IE', spanish: 'ES', turkish: 'TR', polish: 'PL',
  norwegian: 'NO', belgian: 'BE', cypriot: 'CY', moroccan: 'MA', mexican: 'MX', peruvian: 'PE', chilean: 'CL',
  argentine: 'AR', argentinian: 'AR', uzbek: 'UZ', kazakh: 'KZ', tajik: 'TJ', congolese: 'CD', icelandic: 'IS',
  emirati: 'AE', israeli: 'IL', iraqi: 'IQ', kuwaiti: 'KW', qatari: 'QA', yemeni: 'YE', omani: 'OM',
  bahraini: 'BH', pakistani: 'PK', bangladeshi: 'BD', somali: 'SO', ukrainian: 'UA', venezuelan: 'VE',
  brazilian: 'BR', egyptian: 'EG', iranian: 'IR', nigerian: 'NG', lebanese: 'LB', sudanese: 'SD', chinese: 'CN',
  japanese: 'JP', vietnamese: 'VN', portuguese: 'PT', senegalese: 'SN', taiwanese: 'TW', nepalese: 'NP',
  algerian: 'DZ', tunisian: 'TN', libyan: 'LY', jordanian: 'JO', palestinian: 'PS', syrian: 'SY', cuban: 'CU',
  korean: 'KR', russian: 'RU', indian: 'IN', italian: 'IT', australian: 'AU', canadian: 'CA', ethiopian: 'ET',
  kenyan: 'KE', ghanaian: 'GH', hungarian: 'HU', austrian: 'AT', serbian: 'RS', croatian: 'HR', bosnian: 'BA',
  romanian: 'RO', bulgarian: 'BG', albanian: 'AL', georgian: 'GE', armenian: 'AM', indonesian: 'ID',
  malaysian: 'MY', colombian: 'CO', bolivian: 'BO', ecuadorian: 'EC', haitian: 'HT', jamaican: 'JM',
  zimbabwean: 'ZW', ugandan: 'UG', tanzanian: 'TZ', rwandan: 'RW', malian: 'ML', chadian: 'TD', mauritanian: 'MR',
  eritrean: 'ER', nigerien: 'NE', cameroonian: 'CM', angolan: 'AO', mozambican: 'MZ', zambian: 'ZM',
  estonian: 'EE', latvian: 'LV', lithuanian: 'LT', belarusian: 'BY', slovak: 'SK', slovenian: 'SI',
  macedonian: 'MK', montenegrin: 'ME', maltese: 'MT', azerbaijani: 'AZ', turkmen: 'TM', kyrgyz: 'KG',
  mongolian: 'MN', cambodian: 'KH', laotian: 'LA', singaporean: 'SG', burmese: 'MM', sri: 'LK', zealander: 'NZ',
};

/** ISO 3166 codes of real countries and territories: two letters, no private-use or grouping codes. */
function countryCodes(): string[] {
  const out: string[] = [];
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const c = String.fromCharCode(a, b);
      if (/^(Q[M-Z]|X.|ZZ|EU|EZ|UN|AA|FX|CS|YD|DD|BU|TP|ZR|NT|EA|IC|DG|CP|AC|TA)$/.test(c)) continue;
      out.push(c);
    }
  }
  return out;
}

/** Arabic country adjective by the nisba rule: كوبا → كوبي, بريطانيا → بريطاني, السعودية → سعودي, مصر → مصري. */
export function arabicNisba(canonicalName: string): string {
  if (canonicalName.endsWith('يا') && canonicalName.length > 4) return canonicalName.slice(0, -2) + 'ي';
  if (/[اه]$/.test(canonicalName)) return canonicalName.slice(0, -1) + 'ي';
  return canonicalName + 'ي';
}

interface Tables {
  arabic: Map<string, string>;
  english: Map<string, string>;
}

let tables: Tables | undefined;

function build(): Tables {
  const arabic = new Map<string, string>();
  const english = new Map<string, string>();
  const setAr = (word: string, code: string): void => {
    const key = canonicalArabicToken(word);
    if (key.length >= 3 && !arabic.has(key) && !ARABIC_NOT_COUNTRIES.has(key)) arabic.set(key, code);
  };
  const setEn = (word: string, code: string): void => {
    if (word.length >= 3 && !english.has(word)) english.set(word, code);
  };
  for (const [w, c] of Object.entries(ARABIC_ALIASES)) setAr(w, c);
  for (const [w, c] of Object.entries(ARABIC_ADJECTIVES)) setAr(w, c);
  for (const [w, c] of Object.entries(ENGLISH_ALIASES)) english.set(w, c);
  for (const [w, c] of Object.entries(ENGLISH_ADJECTIVES)) english.set(w, c);
  for (const w of Object.keys(ARABIC_ALIASES)) setAr(arabicNisba(canonicalArabicToken(w)), ARABIC_ALIASES[w]);
  let ar: Intl.DisplayNames | undefined;
  let en: Intl.DisplayNames | undefined;
  try {
    ar = new Intl.DisplayNames(['ar'], { type: 'region', fallback: 'none' });
    en = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  } catch {
    return { arabic, english };
  }
  for (const code of countryCodes()) {
    const arName = ar.of(code);
    const enName = en.of(code);
    if (!arName || !enName || arName === code) continue;
    // One-word names only: the lexicon's phrase entries read الولايات المتحدة, كوريا الجنوبية.
    if (!/\s/.test(arName)) {
      const canon = canonicalArabicToken(arName);
      setAr(canon, code);
      setAr(arabicNisba(canon), code);
    }
    if (!/\s/.test(enName)) setEn(enName.toLowerCase(), code);
  }
  return { arabic, english };
}

function get(): Tables {
  return (tables ??= build());
}

/** The country an Arabic word names or describes (كوبا, الكوبي, الكوبية, البريطانيون), given its lookup keys. */
export function countryOfArabic(candidates: readonly string[]): string | undefined {
  const t = get().arabic;
  for (const c of candidates) {
    const hit = t.get(c);
    if (hit) return hit;
  }
  return undefined;
}

/** The country a capitalised English word names or describes (Cuba, Cuban, British, Dutch), or undefined. */
export function countryOfEnglish(word: string): string | undefined {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  const t = get().english;
  return t.get(w) ?? (w.endsWith('s') ? t.get(w.slice(0, -1)) : undefined);
}

/** Whether a normalised Arabic word is spelled like a country's name or adjective (for tests and docs). */
export function isArabicCountryWord(word: string): boolean {
  return get().arabic.has(canonicalArabicToken(normalizeArabic(word)));
}
