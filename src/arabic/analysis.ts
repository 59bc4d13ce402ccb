/**
 * Dictionary-validated clitic analysis: a leading conjunction, preposition or article is taken off a word only
 * when what is left is better attested than the whole — by a word list (Debian's hunspell-ar, read at run time
 * like FreeDict, never bundled), by the lexicon, and by the document's own words. So وزارة, ولاية, فقدان, بنما
 * keep their letters (the whole is a word), while والصحة → الصحة, ولقاح → لقاح (the whole is not) and, in a
 * document that also writes ويكيميديا alone, وويكيميديا → ويكيميديا.
 */
import { existsSync, readFileSync } from 'node:fs';
import { stripProclitics } from './clitics.ts';
import { normalizeArabic } from './normalize.ts';

/** Where Debian's hunspell-ar puts its word list (`apt-get install hunspell-ar`). */
export const HUNSPELL_AR = '/usr/share/hunspell/ar.dic';

let wordList: ReadonlySet<string> | null | undefined;

/**
 * The normalised stems of the hunspell-ar word list, or null when it is not installed (the analysis then
 * relies on the lexicon and the document alone). `ARABIC_WORDLIST` names another file of the same format.
 */
export function arabicWordList(path = process.env.ARABIC_WORDLIST ?? HUNSPELL_AR): ReadonlySet<string> | null {
  if (wordList !== undefined) return wordList;
  if (!existsSync(path)) return (wordList = null);
  const set = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const w = line.split(/[/\s]/, 1)[0];
    if (w && /[\u0621-\u064A]/.test(w)) set.add(normalizeArabic(w));
  }
  return (wordList = set);
}

interface VerbEntries {
  /** Stems listed as a verb entry (with a root number), whatever else they are listed as. */
  verbs: ReadonlySet<string>;
  /** Stems listed as a noun or name entry. */
  others: ReadonlySet<string>;
}

let entries: VerbEntries | null | undefined;

/** hunspell-ar's stems split into verb entries (a root number after a tab: يظهر/229\t1315) and the rest. */
function verbEntries(path: string): VerbEntries | null {
  if (entries !== undefined) return entries;
  if (!existsSync(path)) return (entries = null);
  const verbs = new Set<string>();
  const others = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const w = line.split(/[/\s]/, 1)[0];
    if (!w || !/[\u0621-\u064A]/.test(w)) continue;
    (/\t\d+\s*$/.test(line) ? verbs : others).add(normalizeArabic(w));
  }
  return (entries = { verbs, others });
}

let verbForms: ReadonlySet<string> | null | undefined;

/**
 * The normalised words hunspell-ar lists only as conjugated verbs (its verb entries carry a root number after a
 * tab: يظهر/229\t1315), never as a noun or name entry (يمين/83, يوسف/63): what the list knows is a verb and
 * nothing else; a defective noun's tanween form (تفش of تفشي) is the noun. Null when the list is not installed.
 */
export function arabicVerbOnlyForms(path = process.env.ARABIC_WORDLIST ?? HUNSPELL_AR): ReadonlySet<string> | null {
  if (verbForms !== undefined) return verbForms;
  const e = verbEntries(path);
  if (!e) return (verbForms = null);
  const verbs = new Set(e.verbs);
  for (const w of e.others) verbs.delete(w);
  // A defective noun written without its final ي under tanween (تفشٍّ for تفشي "outbreak", محامٍ) is that noun.
  for (const w of [...verbs]) if (e.others.has(`${w}ي`)) verbs.delete(w);
  return (verbForms = verbs);
}

/**
 * A past-tense verb with its subject suffix, which the word list holds only as the bare stem and its affix
 * rules: ت "she, I, you" (قبضت "arrested", أطلقت "fired", أثارت "raised") or وا "they" (نقلوا, قتلوا) on a stem
 * listed as a verb entry, the whole word listed as no entry of its own (بيت, وقت, صوت are), and not the plural
 * ات (تحديات, آليات). Read over the dev documents' 5,050 word types, ت marks 94 words of which 91 are verbs (the
 * rest names: بوست, جرانت, فورت — capitalised on the English side, which the glossary rule leaves alone); وا
 * marks 29, all verbs. نا is left out: it is also "our" on nouns (عملنا "our work", نظرنا "our view").
 */
export function pastVerbForm(normalised: string, path = process.env.ARABIC_WORDLIST ?? HUNSPELL_AR): boolean {
  const e = verbEntries(path);
  if (!e || normalised.startsWith('ال') || e.others.has(normalised) || e.verbs.has(normalised)) return false;
  for (const suffix of ['ت', 'وا']) {
    if (!normalised.endsWith(suffix)) continue;
    const stem = normalised.slice(0, -suffix.length);
    if (stem.length < 3 || (suffix === 'ت' && stem.endsWith('ا'))) continue;
    if (e.verbs.has(stem)) return true;
  }
  return false;
}

/** Single-letter proclitics and their chains that may sit before a word (the article is handled apart). */
const PROCLITICS = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];

/** Inflected forms reduced to what a word list lists: plural and feminine endings, the article. */
function listForms(w: string): string[] {
  const out = [w];
  const bare = w.startsWith('ال') && w.length >= 5 ? w.slice(2) : w;
  if (bare !== w) out.push(bare);
  for (const b of [bare]) {
    if (b.endsWith('ات') && b.length >= 5) out.push(b.slice(0, -2) + 'ه', b.slice(0, -2));
    if (/(ون|ين|ان)$/.test(b) && b.length >= 5) out.push(b.slice(0, -2));
    if (b.endsWith('يه') && b.length >= 5) out.push(b.slice(0, -2), b.slice(0, -1));
    if (/[يه]$/.test(b) && b.length >= 4) out.push(b.slice(0, -1));
  }
  return out;
}

export interface ArabicAnalysisOptions {
  /** A word list of normalised words (default: hunspell-ar when installed). */
  wordList?: ReadonlySet<string> | null;
  /** Lexicon lookup of one word (clitics allowed): what the lexicon knows. */
  lookup?: (word: string) => readonly string[] | undefined;
  /** Every word of the document, as written: its own frequencies are evidence too. */
  documentWords?: Iterable<string>;
}

export interface ArabicAnalysis {
  /** The normalised word with a validated leading clitic removed (the article stays: بالعملات → العملات). */
  strip(normalised: string): string;
  /** The same decision on the word as written (diacritics kept on what is left). */
  display(raw: string): string;
}

/** The word as written with its first `letters` base letters (after normalisation) cut off. */
function cutRaw(raw: string, letters: number): string {
  let seen = 0;
  let i = 0;
  while (i < raw.length && seen < letters) {
    if (!/[\u064B-\u065F\u0670\u0640]/.test(raw[i])) seen++;
    i++;
  }
  while (i < raw.length && /[\u064B-\u065F\u0670\u0640]/.test(raw[i])) i++;
  return raw.slice(i);
}

export function createArabicAnalysis(opts: ArabicAnalysisOptions = {}): ArabicAnalysis {
  const list = opts.wordList === undefined ? arabicWordList() : opts.wordList;
  const freq = new Map<string, number>();
  for (const w of opts.documentWords ?? []) {
    const n = normalizeArabic(w);
    freq.set(n, (freq.get(n) ?? 0) + 1);
  }
  const inList = (w: string): boolean => list !== null && listForms(w).some((f) => list.has(f));
  const lookup = opts.lookup;
  const memo = new Map<string, string>();

  /** The whole word is a word in its own right: listed, or known to the lexicon otherwise than through a cut. */
  const wholeKnown = (w: string, cuts: readonly string[]): boolean => {
    if (inList(w)) return true;
    if (!lookup) return false;
    const a = lookup(w);
    if (a === undefined) return false;
    const key = a.join('|');
    return cuts.every((c) => (lookup(c) ?? []).join('|') !== key);
  };
  /** Where a word may have been cut: after a single proclitic or a chain (لليندا = ل + ليندا), and the old rule's. */
  const cutsOf = (w: string): string[] =>
    [...new Set([stripProclitics(w), ...PROCLITICS.filter((p) => w.startsWith(p) && w.length - p.length >= 3).map((p) => w.slice(p.length))])].filter((c) => c !== w);
  // Known as itself: the lexicon strips clitics on its own, so its reading must not be that of a further cut.
  const restKnown = (r: string): boolean => inList(r) || wholeKnown(r, cutsOf(r));

  /**
   * ل + the article before a word that starts with ل writes one ل less (ل + اللقاح = للقاح, ل + اللجنة = للجنة), so
   * the old rule's ال + قاح, ال + جنة ("paradise") cut a letter of the word. Read ال + لقاح when the lexicon knows
   * لقاح as a word of its own (not through a cut) and knows no ال + قاح; a name takes no article, so للبنان is
   * ل + لبنان, never ال + بنان "fingertips".
   */
  const assimilated = (w: string): string | undefined => {
    const m = /^([وف]?)لل(..+)$/.exec(w);
    if (!m || !lookup) return undefined;
    const stem = 'ل' + m[2];
    const tr = lookup(stem);
    if (!tr || lookup('ال' + m[2]) !== undefined || !wholeKnown(stem, cutsOf(stem))) return undefined;
    return tr.some((t) => /^\p{Lu}/u.test(t)) ? stem : 'ال' + stem;
  };
  const merged = new Set<string>();

  const decide = (w: string): string => {
    const hit = memo.get(w);
    if (hit !== undefined) return hit;
    const old = stripProclitics(w);
    const cands = cutsOf(w);
    let out = w;
    const article = cands.length > 0 && !wholeKnown(w, cands) ? assimilated(w) : undefined;
    if (article) {
      out = article;
      if (article.startsWith('ال')) merged.add(w);
    } else if (cands.length > 0) {
      if (list === null && !lookup && freq.size === 0) out = old;
      else if (wholeKnown(w, cands)) out = w;
      else {
        const known = cands.filter(restKnown);
        // The least cut that is a word (وبيانات → بيانات, never يانات); the article stays (بالعملات → العملات).
        if (known.length) out = known.sort((a, b) => b.length - a.length || Number(b.startsWith('ال')) - Number(a.startsWith('ال')))[0];
        else {
          // A name no list knows: cut only when the document writes the remainder on its own as well.
          const seen = cands.filter((c) => (freq.get(c) ?? 0) > 0).sort((a, b) => (freq.get(b) ?? 0) - (freq.get(a) ?? 0) || b.length - a.length);
          out = seen[0] ?? (list === null ? old : w);
        }
      }
    }
    memo.set(w, out);
    return out;
  };

  return {
    strip: (n) => decide(n),
    display(raw) {
      const n = normalizeArabic(raw);
      const d = decide(n);
      if (d === n) return raw;
      // The article's alif written back before the merged لل (للقاح → اللقاح, وللقاح → اللقاح).
      if (merged.has(n)) return 'ا' + cutRaw(raw, n.length - d.length + 1);
      // The article kept by the old rule (بالعملات → العملات): the remainder starts with ال the word had after a proclitic.
      const cutLetters = n.length - d.length;
      if (d.startsWith('ال') && !n.slice(cutLetters).startsWith('ال')) return 'ال' + cutRaw(raw, cutLetters + 2);
      return cutRaw(raw, cutLetters);
    },
  };
}
