/**
 * Evidence that survives paraphrase: the names, numbers and dates two sentences share. Two reports of one event
 * word their sentences differently, but the figure (19 killed, €222m), the day (Thursday, 26 July) and the names
 * (Manafort ↔ مانافورت) stay. Each shared item is weighted by its rarity within the document pair: a name in every
 * sentence (the story's subject) says little about which sentences match, a figure in one sentence of each says much.
 * Works on the texts alone, whatever the encoder.
 */
import { stemCandidates, stripProclitics } from '../arabic/clitics.ts';
import { asciiDigits, normalizeArabic } from '../arabic/normalize.ts';
import { isArabicStopword } from '../arabic/stopwords.ts';
import { EN_STOPWORDS } from '../english/stopwords.ts';
import { arabicWordKey, latinWordKey } from '../names/key.ts';

/** What two sentences share, and how much it weighs. */
export interface PairEvidence {
  /** Sum of the shared items' weights (see `evidenceWeights`). */
  weight: number;
  /** The largest of them: whether one item alone is specific. */
  strongest: number;
  /** The shared items as the English sentence writes them (Manafort, 26, July, Thursday), in its order. */
  shared: string[];
  /** Both sentences quote someone (see `quotes`). */
  quoted: boolean;
}

/**
 * Whether a sentence carries a quotation: double quotation marks or guillemets (single quotes are apostrophes as
 * often). Two reports of one event often render the same statement, each in its own words.
 */
export function quotes(text: string): boolean {
  return /["“”«»„]/u.test(text);
}

const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTHS_AR: string[][] = [
  ['يناير', 'كانون الثاني'],
  ['فبراير', 'شباط'],
  ['مارس', 'اذار'],
  ['ابريل', 'نيسان'],
  ['مايو', 'ايار'],
  ['يونيو', 'حزيران'],
  ['يوليو', 'تموز'],
  ['اغسطس', 'اب'],
  ['سبتمبر', 'ايلول'],
  ['اكتوبر', 'تشرين الاول'],
  ['نوفمبر', 'تشرين الثاني'],
  ['ديسمبر', 'كانون الاول'],
];
const DAYS_EN = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const DAYS_AR = ['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت'];

const EN_NUMBER_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100,
};
// "twice" is a count as "two times" is (مرتين).
EN_NUMBER_WORDS.twice = 2;
const SCALE_EN: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };
// Normalised forms (ة → ه, أ → ا). Only the unambiguous ones: ست (also "lady"), خمس ("a fifth"), عشر (in the teens)
// are left out.
const AR_NUMBER_WORDS: Record<string, number> = {
  اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاثه: 3, اربعه: 4, خمسه: 5, سته: 6, سبعه: 7, ثمانيه: 8, تسعه: 9, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50,
  // Before a feminine noun (ثلاث مرات "three times", أربع سنوات), and "twice".
  ثلاث: 3, اربع: 4, ثماني: 8, ثمان: 8, مرتين: 2, مرتان: 2,
};
// Normalised forms (ة → ه, أ → ا); with and without the dual/plural endings a number takes.
const SCALE_AR: Record<string, number> = { الف: 1e3, الاف: 1e3, الفا: 1e3, مليون: 1e6, ملايين: 1e6, مليار: 1e9, مليارات: 1e9, بليون: 1e9 };
// Duals that are a number on their own, also in a construct without their ن (ملياري شخص "two billion people").
const DUALS_AR: Record<string, number> = { الفين: 2e3, الفان: 2e3, الفي: 2e3, مليونين: 2e6, مليونان: 2e6, مليوني: 2e6, مليارين: 2e9, ملياران: 2e9, ملياري: 2e9 };

/** A number word after its noun carries the article (المستشارين الثلاثة); not الاثنين, which is Monday. */
function spelledNumber(w: string, bare: string): number | undefined {
  const direct = AR_NUMBER_WORDS[w] ?? AR_NUMBER_WORDS[bare];
  if (direct !== undefined) return direct;
  const m = /^(?:[وفب]?ال|لل)(.{3,})$/.exec(w);
  return m && !m[1].startsWith('اثن') ? AR_NUMBER_WORDS[m[1]] : undefined;
}

/*
 * Times of day, on a 12-hour clock (9pm, 9:19 pm ↔ الساعة التاسعة مساء): a report gives the hour of the event, and
 * the two languages write it differently (digits and am/pm; an ordinal after الساعة or before صباحا/مساء).
 */
const EN_TIME = /\b(\d{1,2})(?:[:.](\d{2}))?\s*(?:[ap]\.?\s?m\b\.?|o'clock|o’clock)/giu;
// Normalised (ة → ه).
const AR_HOURS: Record<string, number> = {
  الواحده: 1, الثانيه: 2, الثالثه: 3, الرابعه: 4, الخامسه: 5, السادسه: 6, السابعه: 7, الثامنه: 8, التاسعه: 9, العاشره: 10,
  الحاديه: 11,
};
const AR_DAY_PARTS = new Set(['صباحا', 'صباح', 'مساء', 'مساءا', 'ليلا', 'ظهرا', 'فجرا', 'عصرا']);

function timeItem(hour: number): string | undefined {
  return hour >= 1 && hour <= 24 ? `time:${((hour - 1) % 12) + 1}` : undefined;
}

/** Hours named in a normalised Arabic text: الساعة ٩, الساعة التاسعة, التاسعة (و20 دقيقة) مساء. */
function arabicTimes(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((w, t) => {
    const bare = stripProclitics(w);
    const afterHour = /^(?:[وفب]?ال|لل)?ساعه$/.test(w) || bare === 'الساعه';
    if (afterHour && /^\d{1,2}$/.test(words[t + 1] ?? '')) {
      const it = timeItem(Number(words[t + 1]));
      if (it) out.push(it);
      return;
    }
    let hour = AR_HOURS[w] ?? AR_HOURS[bare];
    if (hour === undefined) return;
    // الثانية عشرة: twelve; الحادية alone is no hour.
    if (words[t + 1] === 'عشره' || words[t + 1] === 'عشر') hour = hour === 2 ? 12 : hour === 11 ? 11 : hour;
    else if (hour === 11) return;
    const before = words[t - 1] ?? '';
    const timed = /ساعه$/.test(before) || words.slice(t + 1, t + 5).some((x) => AR_DAY_PARTS.has(x));
    const it = timed ? timeItem(hour) : undefined;
    if (it) out.push(it);
  });
  return out;
}

/** One number as written, thousands separators removed, trailing zero decimals dropped: `60,000` → 60000. */
function parseNumber(digits: string): number | undefined {
  const s = digits.replace(/[,،](?=\d{3}(\D|$))/g, '').replace(/,/g, '.');
  const x = Number(s);
  return Number.isFinite(x) ? x : undefined;
}

function numberItem(x: number): string {
  return `number:${Math.round(x * 1000) / 1000}`;
}

/**
 * Items of an English sentence: numbers (with scale words), months, weekdays, and names by their phonetic key;
 * each with the word that carries it, for a reader.
 */
export function englishItems(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const put = (item: string, word: string): void => void (out.has(item) || out.set(item, word));
  for (const m of text.matchAll(EN_TIME)) {
    const it = timeItem(Number(m[1]));
    if (it) put(it, m[0].trim());
  }
  const words = text.match(/[\p{L}\p{M}]+(?:['’][\p{L}]+)?|\d+(?:[.,]\d+)*/gu) ?? [];
  words.forEach((w, t) => {
    const lower = w.toLowerCase();
    if (/^\d/.test(w)) {
      const x = parseNumber(w);
      if (x === undefined) return;
      // The word after a number may scale it: 1.5 million, $222m (the tokens split 222|m), 3bn.
      const scale = SCALE_EN[(words[t + 1] ?? '').toLowerCase()];
      // A scaled number stands for its value only (222 million ↔ 222 مليون), not also for 222.
      if (scale) put(numberItem(x * scale), `${w} ${words[t + 1]}`);
      else put(numberItem(x), w);
      return;
    }
    const n = EN_NUMBER_WORDS[lower];
    // A number word is scaled as digits are: two billion ↔ ملياري.
    const wordScale = n !== undefined ? SCALE_EN[(words[t + 1] ?? '').toLowerCase()] : undefined;
    if (n !== undefined) put(numberItem(wordScale ? n * wordScale : n), wordScale ? `${w} ${words[t + 1]}` : w);
    const month = MONTHS_EN.indexOf(lower);
    // "may" the verb is lower case; the month is capitalised.
    if (month >= 0 && (month !== 4 || w[0] === 'M')) put(`month:${month + 1}`, w);
    const day = DAYS_EN.indexOf(lower);
    if (day >= 0) put(`day:${day}`, w);
    if (/^\p{Lu}/u.test(w) && !EN_STOPWORDS.has(lower) && w.length >= 3 && month < 0 && day < 0 && n === undefined) {
      const key = latinWordKey(lower.replace(/['’]s$/, ''));
      if (nameKeyUsable(key, w.length)) put(`name:${key}`, w);
    }
  });
  return out;
}

/** A key says something only with enough consonants: two-letter keys (Rouhani RN) only for long words. */
function nameKeyUsable(key: string, wordLength: number): boolean {
  return key.length >= 3 || (key.length === 2 && wordLength >= 6);
}

/** Items of an Arabic sentence, in the same terms as `englishItems`. */
export function arabicItems(text: string): Set<string> {
  const out = new Set<string>();
  const norm = normalizeArabic(asciiDigits(text));
  const words = norm.match(/[\u0621-\u064A]+|\d+(?:[.,،]\d+)*/g) ?? [];
  for (const it of arabicTimes(words)) out.add(it);
  words.forEach((w, t) => {
    if (/^\d/.test(w)) {
      const x = parseNumber(w);
      if (x === undefined) return;
      const next = words[t + 1] ?? '';
      const scale = SCALE_AR[next] ?? SCALE_AR[stripProclitics(next)];
      out.add(numberItem(scale ? x * scale : x));
      return;
    }
    const bare = stripProclitics(w);
    const forms = [w, bare, ...stemCandidates(w)];
    const spelled = spelledNumber(w, bare) ?? DUALS_AR[w] ?? DUALS_AR[bare];
    if (spelled !== undefined) out.add(numberItem(spelled));
    MONTHS_AR.forEach((names, m) => {
      for (const name of names) {
        const parts = name.split(' ');
        if (parts.length === 1 ? forms.includes(name) : forms.includes(parts[0]) && words[t + 1] === parts[1]) out.add(`month:${m + 1}`);
      }
    });
    const day = DAYS_AR.findIndex((d) => forms.includes(d) || forms.includes(d.replace(/^ال/, 'يوم ')));
    if (day >= 0) out.add(`day:${day}`);
    if (isArabicStopword(w) || isArabicStopword(bare) || w.length < 3) return;
    for (const form of new Set([w, bare])) {
      const key = arabicWordKey(form);
      if (nameKeyUsable(key, form.length + 1)) out.add(`name:${key}`);
    }
  });
  // A name an Arabic report keeps in Latin letters ("سكاي اكتيف-إكس" Skyactiv-X) is read as English writes it.
  const latin = text.match(/[A-Za-z][A-Za-z0-9'’-]*/g);
  if (latin) for (const it of englishItems(latin.join(' ')).keys()) out.add(it);
  return out;
}

/**
 * Weight of each item shared by sentence pairs of two texts: ln(1 + RARE / df), df the sentences of both texts
 * carrying the item, so an item in one sentence of each text weighs most (2.56), one in 5 + 5 sentences 1.22,
 * one in 20 + 20 (SARS-CoV-2 through a long medical text) 0.47. A constant rather than the texts' length:
 * what makes an item specific is how few sentences carry it, and a long text would otherwise inflate every
 * weight. Small numbers (under 10) count half: they recur by chance (two, 7 days). So do weekdays: a report tells
 * the event's day in several of its statements about different things (the attack on Saturday, roads closed on
 * Saturday), while a figure or a name is told where its fact is.
 */
const RARE = 24;

export function evidenceWeights(arItems: readonly Set<string>[], enItems: readonly ReadonlyMap<string, string>[]): Map<string, number> {
  const df = new Map<string, [number, number]>();
  for (const s of arItems) for (const it of s) (df.get(it) ?? df.set(it, [0, 0]).get(it)!)[0]++;
  for (const s of enItems) for (const it of s.keys()) (df.get(it) ?? df.set(it, [0, 0]).get(it)!)[1]++;
  const out = new Map<string, number>();
  for (const [it, [a, e]] of df) {
    if (!a || !e) continue;
    const small = /^number:\d$/.test(it) || it.startsWith('day:');
    out.set(it, Math.log(1 + RARE / (a + e)) * (small ? 0.5 : 1));
  }
  return out;
}

/** Evidence for every sentence pair of two texts, computed once per text: `(i, j) => PairEvidence`. */
export function pairEvidence(ar: readonly string[], en: readonly string[]): (i: number, j: number) => PairEvidence {
  const arItems = ar.map(arabicItems);
  const enItems = en.map(englishItems);
  const weights = evidenceWeights(arItems, enItems);
  const arQuotes = ar.map(quotes);
  const enQuotes = en.map(quotes);
  return (i, j) => {
    const shared: string[] = [];
    let weight = 0;
    let strongest = 0;
    for (const [it, word] of enItems[j]) {
      const w = weights.get(it);
      if (w !== undefined && arItems[i].has(it)) {
        if (!shared.includes(word)) shared.push(word);
        weight += w;
        strongest = Math.max(strongest, w);
      }
    }
    return { weight, strongest, shared, quoted: arQuotes[i] && enQuotes[j] };
  };
}
