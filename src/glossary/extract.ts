import { stripProclitics } from '../arabic/clitics.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { WordSpan } from '../english/phrases.ts';
import { spelledLetters, spellsLetter, spellsLetterAfterProclitic } from '../names/letters.ts';
import type { CoCounts } from './association.ts';
import { keySimilarity } from './names.ts';
import { knownPlaceNames } from './places.ts';
import { expansionLinks, type ArabicSide, type EnglishSide, type LinkKind, type WordLink } from './wordalign.ts';

/** A phrase pair consistent with a word alignment, inside one sentence pair. */
export interface PhrasePair {
  /** English surface (a possessive 's left out). */
  en: string;
  /** Arabic surface, the leading conjunction/preposition of the first word stripped (بالعملات → العملات). */
  ar: string;
  enFrom: number;
  enTo: number;
  arFrom: number;
  arTo: number;
  /** Mean alignment confidence over the content words of both sides, in (0, 1]. */
  confidence: number;
  /** Every word link of the pair came from transliteration keys (nothing a lexicon knows). */
  byName: boolean;
  kinds: LinkKind[];
}

export const MAX_AR_WORDS = 6;

/** Only spaces (or a hyphen or tatweel) between two words of one Arabic phrase. */
function arabicJoined(ar: ArabicSide, a: number): boolean {
  return /^[\s\-\u0640]*$/.test(ar.text.slice(ar.words[a].end, ar.words[a + 1].start));
}

/** An inner word that opens with the conjunction و before an article or a known word (وكوريا, والاقتصادي): a
 * coordination, not a term. Words that merely start with و (واشنطن, وزير) are not. */
function isCoordination(ar: ArabicSide, a: number): boolean {
  const n = normalizeArabic(ar.words[a].text);
  return n.startsWith('و') && n.length > 3 && (n.startsWith('وال') || ar.strippedKnown[a]);
}

/**
 * The standard phrase-extraction rule, driven by the English term candidates: the Arabic side is the smallest span
 * covering the English words' links, and no link may leave the box. Stricter than SMT extraction, because a
 * reviewer reads the result: every content word on both sides must be linked (no unaligned inner word, no
 * unaligned edge), and the Arabic side may not cross punctuation or a coordination.
 */
export function extractPhrasePairs(ar: ArabicSide, en: EnglishSide, given: readonly WordLink[], candidates: readonly WordSpan[], counts?: CoCounts): PhrasePair[] {
  const byE = new Map<number, WordLink[]>();
  const byA = new Map<number, WordLink[]>();
  // Guesses from the sentence's holes, only where the document's counts stand behind the sentence pair (aligned
  // pairs of a long document): an acronym spelled by an Arabic phrase's translations (one its English spells out
  // beside it, Reporters Without Borders (RSF), is the English name's), and gap links.
  const mates = acronymMates(en);
  let links = given;
  if (counts) {
    links = [...links, ...expansionLinks(ar, en, links, new Set(mates.keys()))];
    links = [...links, ...gapLinks(ar, en, links, counts, candidates)];
    links = [...links, ...sandwichLinks(ar, en, links, counts, candidates)];
    links = [...links, ...compoundLinks(ar, en, links, counts, candidates)];
  }
  for (const l of links) {
    byE.set(l.e, [...(byE.get(l.e) ?? []), l]);
    byA.set(l.a, [...(byA.get(l.a) ?? []), l]);
  }
  const out: PhrasePair[] = [];
  for (const c of candidates) {
    const inE = (e: number): boolean => e >= c.from && e < c.to;
    // A name and its acronym beside it are one mention said twice: a link to the other half is no link leaving the box.
    // Only for the whole name or the acronym itself: Health Organization is no mention of WHO.
    const twin = new Set<number>();
    for (let e = c.from; e < c.to; e++) {
      for (const m of mates.get(e) ?? []) if (!inE(m) && (mates.get(m) ?? []).every(inE)) twin.add(m);
    }
    const enStems = new Set(en.stems.slice(c.from, c.to));
    // Every English content word needs a link; the Arabic words they reach are where the Arabic side can lie.
    let covered = true;
    const reach = new Set<number>();
    for (let e = c.from; e < c.to; e++) {
      const ls = byE.get(e);
      if (!ls) covered &&= !en.content[e];
      else for (const l of ls) reach.add(l.a);
    }
    if (!covered || reach.size === 0) continue;
    const positions = [...reach].sort((x, y) => x - y);
    const found: PhrasePair[] = [];
    for (const a1 of positions) {
      for (const last of positions) {
        const a2 = last + 1;
        if (a2 <= a1 || a2 - a1 > MAX_AR_WORDS) continue;
        const pair = boxed(ar, en, byA, byE, c, a1, a2, inE, enStems, twin, counts !== undefined);
        if (pair) found.push(pair);
      }
    }
    // The tightest boxes only: الأمن القومي, not الوطنية للأمن القومي around it.
    out.push(...found.filter((p) => !found.some((q) => q !== p && q.arFrom >= p.arFrom && q.arTo <= p.arTo)).map((p) => withAdjective(ar, en, byA, byE, withResumptive(ar, p))));
  }
  return out;
}

/**
 * The box English [c.from, c.to) × Arabic [a1, a2) as a pair, when consistent: every content word on both sides
 * linked inside the box, no link leaving it — except to another occurrence of a word inside (a sentence that says
 * "security" twice must not block "national security").
 */
function boxed(
  ar: ArabicSide,
  en: EnglishSide,
  byA: Map<number, WordLink[]>,
  byE: Map<number, WordLink[]>,
  c: WordSpan,
  a1: number,
  a2: number,
  inE: (e: number) => boolean,
  enStems: Set<string>,
  twin: ReadonlySet<number>,
  aligned: boolean,
): PhrasePair | undefined {
  const inA = (a: number): boolean => a >= a1 && a < a2;
  const arForms = new Set(ar.norm.slice(a1, a2));
  const enAnd = oneNameWithAnd(en, c);
  let innerStops = 0;
  let innerPreps = 0;
  for (let a = a1; a < a2; a++) {
    const ls = byA.get(a);
    if (!ls) {
      const inner = a > a1 && a < a2 - 1;
      if (inner && ar.stop[a]) {
        innerStops++;
        if (headPrepositionModifier(ar, byA, c, a, inE)) innerPreps++;
      } else return undefined;
    } else {
      if (!ls.some((l) => inE(l.e))) return undefined;
      if (ls.some((l) => !inE(l.e) && !enStems.has(en.stems[l.e]) && !twin.has(l.e) && near(l.e, c.from, c.to))) return undefined;
    }
    // An English pair written with a slash (EU/EEA) may have its Arabic written so (الاتحاد الأوروبي/المنطقة …).
    if (a + 1 < a2 && !arabicJoined(ar, a) && !(c.text.includes('/') && /^\s*\/\s*$/.test(ar.text.slice(ar.words[a].end, ar.words[a + 1].start)))) return undefined;
    // A possessive pronoun belongs to the sentence, not the term: only on the head, before adjectives with the
    // article (برنامجه النووي), and the term then takes the head's dictionary form (البرنامج النووي).
    // A word read by its sound is no possessed noun (سلاحها is not Seoul).
    if (ar.possessed[a] && !(a === a1 && ar.unpossessed?.[a] && ar.norm.slice(a1 + 1, a2).every((n) => n.startsWith('ال')) && !(ls ?? []).some((l) => l.kind === 'name'))) return undefined;
    // A coordination inside is the term's own only when the English one has its "and" (Disease Control and Prevention).
    if (a > a1 && isCoordination(ar, a) && !enAnd) return undefined;
  }
  const enInnerStops = en.content.slice(c.from, c.to).filter((x) => !x).length;
  // An English compound (no inner stopword) may take one Arabic preposition between head and modifier, in an aligned
  // sentence pair of a long document (a short news pair's chance co-occurrences would pair across phrases).
  const compound = c.to - c.from >= 2 && enInnerStops === 0;
  if (innerStops > enInnerStops && !(aligned && compound && innerStops === 1 && innerPreps === 1)) return undefined;
  const weights: number[] = [];
  const kinds = new Set<LinkKind>();
  for (let e = c.from; e < c.to; e++) {
    const ls = byE.get(e);
    if (!ls) continue;
    const inside = ls.filter((l) => inA(l.a));
    if (inside.length === 0) return undefined;
    // Another occurrence of a word inside may lie outside, but a spelled letter not right beside the box (سي of إي سي دي سي).
    const spelled = spelledLetters(en.words[e].text) !== undefined;
    if (ls.some((l) => !inA(l.a) && (!arForms.has(ar.norm[l.a]) || (spelled && (l.a === a2 || l.a === a1 - 1))) && near(l.a, a1, a2))) return undefined;
    weights.push(Math.max(...inside.map((l) => l.weight)));
    for (const l of inside) kinds.add(l.kind);
  }
  for (let a = a1; a < a2; a++) {
    const inside = (byA.get(a) ?? []).filter((l) => inE(l.e));
    if (inside.length) weights.push(Math.max(...inside.map((l) => l.weight)));
  }
  const raw = ar.words.slice(a1, a2).map((w) => w.text);
  const head = (ar.possessed[a1] && ar.unpossessed?.[a1]) || letterHead(raw[0], c.to - c.from === 1 ? c.text : '');
  const byName = kinds.size === 1 && kinds.has('name');
  return {
    en: c.text,
    ar: arabicSurface(ar, a1, a2, head ?? arabicHead(raw[0], ar.translations[a1] !== undefined && !(byA.get(a1) ?? []).some((l) => l.kind === 'name'), ar.strippedKnown[a1], c.text, raw.slice(1), ar.display?.[a1])),
    enFrom: c.from,
    enTo: c.to,
    arFrom: a1,
    arTo: a2,
    confidence: weights.reduce((s, w) => s + w, 0) / weights.length,
    byName,
    kinds: [...kinds].sort(),
  };
}

/** Prepositions an Arabic rendering of an English compound puts between head and modifier (human testing ↔
 * الاختبارات في البشر, community transmission ↔ انتقال العدوى إلى المجتمع). */
const INNER_PREPOSITIONS = new Set(['في', 'إلى', 'على', 'من', 'عن'].map(normalizeArabic));

/**
 * The preposition at `a` joins the Arabic head and modifier of the English compound `c`: the word before links the
 * English head (its last word) by evidence, not a gap guess (year period ↔ الفترة من العام), and is a noun, not a
 * feminine or plural nisba (Brazilian investment ↔ الاستثمارية في البرازيل cuts a phrase); the word after links
 * only words before the head (not "controlling influenza" ↔ السيطرة على الإنفلونزا, a verb and its object).
 */
function headPrepositionModifier(ar: ArabicSide, byA: Map<number, WordLink[]>, c: WordSpan, a: number, inE: (e: number) => boolean): boolean {
  if (!INNER_PREPOSITIONS.has(ar.norm[a])) return false;
  const head = c.to - 1;
  const before = (byA.get(a - 1) ?? []).filter((l) => inE(l.e));
  const after = (byA.get(a + 1) ?? []).filter((l) => inE(l.e));
  const nisba = adjectiveShaped(ar.norm[a - 1]) && /(يه|يون|يين)$/.test(ar.norm[a - 1]);
  return before.some((l) => l.e === head && l.kind !== 'gap') && !nisba && after.length > 0 && after.every((l) => l.e < head);
}

/** Words that only join a name's capitalised words and give its acronym no letter (Bank of England: BE). */
const ACRONYM_GLUE = new Set(['of', 'for', 'and', 'on', 'the', 'in', '&', '&amp;']);

/**
 * A name and its acronym in brackets right after it (World Health Organization (WHO)), or the acronym first with
 * the name in brackets: each word of the one ↔ the word(s) of the other, when the name's capitalised words'
 * initials spell the acronym.
 */
export function acronymMates(en: Pick<EnglishSide, 'words' | 'text'>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  const words = en.words;
  const pair = (acr: number, from: number, to: number): void => {
    const letters = words[acr].text.replace(/\./g, '');
    const initials = words.slice(from, to).filter((w) => !ACRONYM_GLUE.has(w.text.toLowerCase())).map((w) => w.text[0]);
    if (initials.join('') !== letters) return;
    for (let e = from; e < to; e++) {
      if (ACRONYM_GLUE.has(words[e].text.toLowerCase())) continue;
      out.set(e, [...(out.get(e) ?? []), acr]);
      out.set(acr, [...(out.get(acr) ?? []), e]);
    }
  };
  const capital = (e: number): boolean => e >= 0 && e < words.length && /^\p{Lu}/u.test(words[e].text);
  for (let e = 0; e < words.length; e++) {
    const text = words[e].text;
    if (e === 0 || !/^\p{Lu}{2,8}$/u.test(text.replace(/\./g, '')) || !/^\s*\(\s*$/.test(en.text.slice(words[e - 1].end, words[e].start))) continue;
    const n = text.replace(/\./g, '').length;
    // Name (ACR): the name's words end right before the bracket.
    let from = e;
    let caps = 0;
    while (caps < n && from - 1 >= 0 && (capital(from - 1) || (ACRONYM_GLUE.has(words[from - 1].text.toLowerCase()) && capital(from - 2)))) {
      from--;
      if (!ACRONYM_GLUE.has(words[from].text.toLowerCase())) caps++;
    }
    if (caps === n) pair(e, from, e);
  }
  return out;
}

/** The candidate has an inner "and" that is part of one name, not a list of places (Australia and New Zealand). */
function oneNameWithAnd(en: EnglishSide, c: WordSpan): boolean {
  const words = en.words.slice(c.from, c.to).map((w) => w.text);
  const at = words.indexOf('and');
  if (at <= 0 || at >= words.length - 1) return false;
  const places = knownPlaceNames();
  const after = words.slice(at + 1).join(' ').toLowerCase();
  return !places.has(after) && !places.has(words.slice(0, at).join(' ').toLowerCase());
}

/** A preposition with a pronoun that refers back inside the term (الوقاية منها "prevention of it"). */
const RESUMPTIVE = new Set(['منها', 'منه', 'منهم', 'عنها', 'عنه', 'لها', 'له', 'لهم', 'فيها', 'فيه', 'بها', 'به'].map(normalizeArabic));

/** The preposition and pronoun after a passive participle (المبلغ عنها, المشار إليها, المتفق عليها). */
const PARTICIPLE_RESUMPTIVE = new Set([...RESUMPTIVE, ...['إليها', 'إليه', 'إليهم', 'عليها', 'عليه', 'عليهم', 'عنهم'].map(normalizeArabic)]);

/**
 * A term whose last word is a coordinated noun keeps the resumptive pronoun after it, which the Arabic needs
 * (مكافحة الأمراض والوقاية منها for Disease Control and Prevention), as does one ending on a passive participle (الحالات
 * المبلغ عنها); the pronoun links to nothing, so no box has it.
 */
function withResumptive(ar: ArabicSide, p: PhrasePair): PhrasePair {
  const next = p.arTo;
  if (next >= ar.words.length || p.arTo - p.arFrom < 2 || !arabicJoined(ar, next - 1)) return p;
  const pronoun = normalizeArabic(ar.words[next].text);
  const last = normalizeArabic(ar.words[next - 1].text);
  // A definite passive participle whose verb takes a preposition needs it with the pronoun of the noun it
  // qualifies (الحالات المبلغ عنها "the cases reported about them", النقاط المشار إليها).
  const participle = /^الم/.test(last) && last.length >= 5 && !adjectiveShaped(last) && PARTICIPLE_RESUMPTIVE.has(pronoun);
  if (!participle && (!RESUMPTIVE.has(pronoun) || !last.startsWith('و'))) return p;
  return { ...p, ar: `${p.ar} ${ar.words[next].text}`, arTo: next + 1 };
}

/** An Arabic relational adjective (nisba: البشرية, الجامعي, أمريكي), article dropped; not أخرى "other". */
function adjectiveShaped(norm: string): boolean {
  const w = norm.replace(/^ال/, '');
  return w.length >= 4 && /(ي|يه|يون|يين)$/.test(w) && !/^[وفب]/.test(norm) && !EVALUATIVE_AR.test(w);
}

/** Evaluative nisbas (other, current, next, necessary, real, main, additional…): the sentence's, never a term's. */
const EVALUATIVE_AR = /^(اخر|حالي|تالي|ضروري|حقيقي|معني|اساسي|رئيسي|اضافي|فعلي|ماضي|عادي|كافي|نهائي|جزئي|كلي|مبدئي|فوري|يومي|سنوي|شهري)/;

/**
 * The adjective the Arabic needs where the English says it inside one word or not at all (HR ↔ الموارد البشرية,
 * adenovirus ↔ الفيروس الغدي, USD ↔ دولار أمريكي): the word after the term, agreeing with its last word in
 * definiteness, shaped as an adjective, linked to nothing — and no English content word near the term left
 * unlinked that it could translate (effective vaccine ↔ لقاح فعال keeps فعال for "effective").
 */
function withAdjective(ar: ArabicSide, en: EnglishSide, byA: Map<number, WordLink[]>, byE: Map<number, WordLink[]>, p: PhrasePair): PhrasePair {
  const next = p.arTo;
  if (next >= ar.words.length || p.enTo - p.enFrom !== 1 || p.arTo - p.arFrom >= MAX_AR_WORDS || byA.has(next) || ar.stop[next] || !arabicJoined(ar, next - 1)) return p;
  const last = ar.norm[next - 1];
  const adj = ar.norm[next];
  // The word as written, no proclitic (بمبلغ is ب + مبلغ, no adjective).
  if (normalizeArabic(ar.words[next].text) !== adj || !/^[\u0621-\u064A]+$/.test(adj) || last.startsWith('ال') !== adj.startsWith('ال') || !adjectiveShaped(adj) || ar.possessed[next]) return p;
  for (let e = Math.max(0, p.enFrom - 3); e < Math.min(en.words.length, p.enTo + 3); e++) if (en.content[e] && !byE.has(e) && /^\p{L}/u.test(en.words[e].text)) return p;
  // Nor is the English word inside a longer noun phrase whose modifier the adjective may be (heart disease ↔ مرض
  // قلبي, other countries ↔ الدول الأخرى).
  const before = en.words[p.enFrom - 1];
  if (before && (['ADJ', 'NOUN', 'PROPN'].includes(before.pos) || (!byE.has(p.enFrom - 1) && ['VERB', 'ADV'].includes(before.pos)))) return p;
  return { ...p, ar: `${p.ar} ${ar.words[next].text}`, arTo: next + 1 };
}

/** Weight of a gap link: below any evidence, so a pair that needs one ranks under one that does not. */
export const GAP_WEIGHT = 0.7;

/** An Arabic word a guessed link may take: in the sentence, linked to nothing, no stopword or number, Arabic letters. */
function guessable(ar: ArabicSide, aLinked: ReadonlySet<number>): (a: number) => boolean {
  return (a) => a >= 0 && a < ar.words.length && !aLinked.has(a) && !ar.stop[a] && !/\p{N}/u.test(ar.words[a].text) && /[\u0621-\u064A]/.test(ar.words[a].text);
}

/**
 * The document refutes a guessed link when the two words meet in under half the aligned sentence pairs holding the
 * Arabic word or under a third of those holding the English one.
 */
function refuted(n: ReturnType<CoCounts>): boolean {
  return 2 * n.both < n.ar || 3 * n.both < n.en;
}

/**
 * Links for the words no lexicon, name key or association reaches, from their neighbours: an English content word
 * with no link, beside a linked word of its phrase, meets the Arabic word beside that word's partner when that
 * Arabic word meets nothing either (high cholesterol ↔ ارتفاع الكوليسترول: ارتفاع reads "rise"; oral vaccine ↔
 * لقاح فموي). The two words stand where the other's translation leaves a hole, which is what a translator's
 * choice of a word the dictionaries lack looks like. Where both Arabic neighbours are free the usual order
 * decides: an English modifier (first word) follows its head in Arabic, an English head precedes its modifier.
 * Both words are of one phrase (a term candidate holds them: never an adverb beside a verb, "thus | taking"), and a
 * neighbour that meets the same word twice in the sentence (care ↔ العناية … والعناية) offers a place beside each.
 * The document must not contradict the guess: the Arabic word meets the English one in at least half its sentence
 * pairs, and the English word meets it in at least a third of its own ("significant" beside كبيرة once, apart five
 * times, is no pair) — a translator varies the Arabic for one English word more than the reverse (control ↔ مراقبة
 * here, ضبط there), so the English side's other sentences refute less.
 */
function gapLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[], counts: CoCounts, candidates: readonly WordSpan[]): WordLink[] {
  const aLinked = new Set(links.map((l) => l.a));
  const eLinks = new Map<number, WordLink[]>();
  for (const l of links) eLinks.set(l.e, [...(eLinks.get(l.e) ?? []), l]);
  const enJoined = (e: number): boolean => /^[\s-]*$/.test(en.text.slice(en.words[e].end, en.words[e + 1].start)) && !en.words[e].possessive;
  // Two words of one phrase: some term candidate holds both (never "thus | taking", an adverb beside a verb).
  const onePhrase = (x: number, y: number): boolean => candidates.some((c) => c.from <= Math.min(x, y) && c.to > Math.max(x, y));
  const free = guessable(ar, aLinked);
  const out: WordLink[] = [];
  const taken = new Set<number>();
  for (let e = 0; e < en.words.length; e++) {
    if (eLinks.has(e) || !en.content[e] || !/^\p{L}/u.test(en.words[e].text)) continue;
    const choices: { a: number; kind: WordLink['kind']; preferred: boolean }[] = [];
    for (const [n, modifier] of [[e + 1, true], [e - 1, false]] as const) {
      if (n < 0 || n >= en.words.length || !(modifier ? enJoined(e) : enJoined(n)) || !onePhrase(e, n)) continue;
      // The neighbour may meet the same word twice in the sentence (care ↔ العناية … والعناية): each is a place.
      for (const p of eLinks.get(n) ?? []) {
        if (p.kind === 'number') continue;
        for (const a of [p.a + 1, p.a - 1]) {
          if (!free(a) || !arabicJoined(ar, Math.min(a, p.a)) || choices.some((c) => c.a === a)) continue;
          // English modifier before its head ↔ Arabic after it (لقاح فموي); English head after its modifier ↔ before.
          choices.push({ a, kind: p.kind === 'name' ? 'name' : 'gap', preferred: modifier === a > p.a });
        }
      }
    }
    const best = choices.filter((c) => c.preferred).length === 1 ? choices.filter((c) => c.preferred) : choices.length === 1 ? choices : [];
    if (best.length !== 1 || taken.has(best[0].a)) continue;
    const n = counts(ar, best[0].a, en, e);
    if (refuted(n)) continue;
    taken.add(best[0].a);
    out.push({ a: best[0].a, e, weight: GAP_WEIGHT, kind: best[0].kind });
  }
  return out;
}

/** The most Arabic words one English word is rendered by between its linked neighbours (stakeholders ↔ الأطراف المعنية). */
const MAX_SANDWICH = 3;

/**
 * Links for a lone English word rendered by an Arabic phrase whose words each read as something else (stakeholders
 * ↔ الأطراف المعنية "the concerned parties", deadlines ↔ المواعيد النهائية): the English word is the only content
 * word between two linked words (discussions with | stakeholders | to examine), and between those words' partners,
 * in the same order, the Arabic holds one run of 1–3 content words that meet nothing (مناقشات مع | الأطراف المعنية
 * | لدراسة). The hole on both sides is one translation choice; the English word meets every word of the run, so the
 * box extraction can pair the whole phrase. The document must not refute it (the gap links' test, on the run's
 * first word), and the English word must be a one-word term candidate.
 */
function sandwichLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[], counts: CoCounts, candidates: readonly WordSpan[]): WordLink[] {
  const aLinked = new Set(links.map((l) => l.a));
  const eLinks = new Map<number, number[]>();
  for (const l of links) if (l.kind !== 'number') eLinks.set(l.e, [...(eLinks.get(l.e) ?? []), l.a]);
  const free = guessable(ar, aLinked);
  const out: WordLink[] = [];
  for (let e = 1; e < en.words.length - 1; e++) {
    if (eLinks.has(e) || !en.content[e] || !/^\p{Ll}+$/u.test(en.words[e].text)) continue;
    if (links.some((l) => l.e === e) || !candidates.some((c) => c.from === e && c.to === e + 1)) continue;
    let eL = e - 1;
    while (eL >= 0 && !en.content[eL]) eL--;
    let eR = e + 1;
    while (eR < en.words.length && !en.content[eR]) eR++;
    if (eL < 0 || eR >= en.words.length || /[.;:!?]/.test(en.text.slice(en.words[eL].end, en.words[eR].start))) continue;
    // No other unlinked English noun or adjective near that the Arabic run could translate (multiple attempts | in progress ↔
    // محاولات عديدة جارية: عديدة is "multiple").
    let alone = true;
    for (let x = Math.max(0, eL - 2); x <= Math.min(en.words.length - 1, eR + 2); x++) alone &&= x === e || !en.content[x] || eLinks.has(x) || !['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(en.words[x].pos);
    if (!alone) continue;
    const runs: number[][] = [];
    for (const aL of eLinks.get(eL) ?? []) {
      for (const aR of eLinks.get(eR) ?? []) {
        if (aR - aL < 2) continue;
        const inner: number[] = [];
        for (let a = aL + 1; a < aR; a++) if (!ar.stop[a]) inner.push(a);
        if (inner.length === 0 || inner.length > MAX_SANDWICH || !inner.every(free)) continue;
        // One phrase: adjacent words, none after the first opening on a preposition or conjunction (المحادثة
        // لمعرفة is "the chat | to know").
        if (inner.some((a, i) => i > 0 && (a !== inner[i - 1] + 1 || !arabicJoined(ar, a - 1) || normalizeArabic(ar.words[a].text) !== ar.norm[a]))) continue;
        if (/[.;:!?،؛]/.test(ar.text.slice(ar.words[aL].end, ar.words[aR].start))) continue;
        if (!runs.some((r) => r[0] === inner[0])) runs.push(inner);
      }
    }
    if (runs.length !== 1) continue;
    const n = counts(ar, runs[0][0], en, e);
    if (refuted(n)) continue;
    for (const a of runs[0]) out.push({ a, e, weight: GAP_WEIGHT, kind: 'gap' });
  }
  return out;
}

/** The shortest English word a closed compound's part may be (phones of cellphones, computer of supercomputers). */
const MIN_PART = 4;

/**
 * Links for a closed English compound no lexicon knows, written as two words in Arabic (cellphones ↔ الهواتف
 * الخلوية, preschools ↔ المدارس التحضيرية): the English word's head — its end, at least four letters, the rest at
 * least three — is a translation of exactly one Arabic word of the sentence, and the free word right after it, where
 * an Arabic modifier stands, renders the first part. Only the head: a word's first letters spell a common verb by
 * chance (check of checklists, work of workstream). The English word meets nothing else and is a one-word term
 * candidate; the document must not refute the free word (the gap links' test).
 */
function compoundLinks(ar: ArabicSide, en: EnglishSide, links: readonly WordLink[], counts: CoCounts, candidates: readonly WordSpan[]): WordLink[] {
  const aLinked = new Set(links.map((l) => l.a));
  const eLinked = new Set(links.map((l) => l.e));
  const free = guessable(ar, aLinked);
  const out: WordLink[] = [];
  for (let e = 0; e < en.words.length; e++) {
    const word = en.words[e].text.toLowerCase();
    if (eLinked.has(e) || !en.content[e] || !/^\p{Ll}+$/u.test(en.words[e].text) || word.length < 2 * MIN_PART - 1) continue;
    if (!candidates.some((c) => c.from === e && c.to === e + 1)) continue;
    const singular = word.replace(/s$/, '');
    const found: { a: number; f: number }[] = [];
    for (let a = 0; a < ar.words.length; a++) {
      if (ar.stop[a]) continue;
      for (const t of ar.translations[a] ?? []) {
        if (!/^\p{Ll}+$/u.test(t) || t.length < MIN_PART) continue;
        if (![word, singular].some((w) => w.endsWith(t) && w.length - t.length >= 3)) continue;
        const f = a + 1;
        if (free(f) && arabicJoined(ar, Math.min(a, f)) && !found.some((x) => x.a === a)) found.push({ a, f });
      }
    }
    if (found.length !== 1) continue;
    const { a, f } = found[0];
    const n = counts(ar, f, en, e);
    if (refuted(n)) continue;
    out.push({ a, e, weight: GAP_WEIGHT, kind: 'gap' }, { a: f, e, weight: GAP_WEIGHT, kind: 'gap' });
    // A free construct-state noun right before a head written with its own article (أجهزة الكمبيوتر "computers",
    // literally "devices of the computer") is the head's, not the sentence's: no preposition parts them (للمدارس).
    const c = a - 1;
    const cNorm = c >= 0 ? normalizeArabic(ar.words[c].text) : '';
    if (free(c) && arabicJoined(ar, c) && normalizeArabic(ar.words[a].text).startsWith('ال') && !cNorm.startsWith('ال') && cNorm === ar.norm[c] && !adjectiveShaped(cNorm) && !/[\u064B\u064C\u064D]/.test(ar.words[c].text)) {
      const m = counts(ar, c, en, e);
      if (!refuted(m)) out.push({ a: c, e, weight: GAP_WEIGHT, kind: 'gap' });
    }
  }
  return out;
}

/**
 * The first letter's name with the conjunction or preposition the sentence put on it (وآي of وآي أو إس "and
 * iOS"): the acronym's own spelling starts after it.
 */
function letterHead(word: string, en: string): string | undefined {
  const first = spelledLetters(en)?.[0];
  if (!first || spellsLetter(normalizeArabic(word), first)) return undefined;
  return spellsLetterAfterProclitic(normalizeArabic(word), first) ? word.slice(1) : undefined;
}

/** Words [a1, a2) as the text writes them: a hyphen between two words stays (كوفيد-19), other gaps are one space. */
function arabicSurface(ar: ArabicSide, a1: number, a2: number, head: string): string {
  let out = head;
  for (let a = a1 + 1; a < a2; a++) {
    const gap = ar.text.slice(ar.words[a - 1].end, ar.words[a].start);
    out += (gap.includes('-') ? '-' : gap.includes('/') ? '/' : ' ') + ar.words[a].text;
  }
  return out;
}

/** Within two words of the span [from, to): a link there means the span cut a phrase in two. */
function near(i: number, from: number, to: number): boolean {
  return i >= from - 2 && i < to + 2;
}

/**
 * The first Arabic word for display: a leading conjunction or preposition stripped (بالعملات → العملات,
 * وكوريا → كوريا). A word no lexicon knows (a name) keeps its letters unless stripping brings its sound closer to
 * the English (لبيونغ يانغ → بيونغ يانغ, but فلاديمير stays).
 */
function arabicHead(word: string, known: boolean, strippedKnown: boolean, enText: string, rest: string[], analysed?: string): string {
  // The whole name's sound, or its first word's alone where the rest is spelled letters (Heather W ↔ هيثر دبليو).
  const simOf = (w: string): number => Math.max(keySimilarity(enText, [w, ...rest].join(' ')), rest.length ? keySimilarity(enText.split(' ')[0], w) : 0);
  if (analysed !== undefined) {
    if (known) return analysed;
    // A name no list knows, which the text never writes bare (لليندا بيلمز for Linda Bilmes): the sound of the
    // English decides whether one proclitic letter is the name's or a preposition's.
    const letter = /^[وفبلك]/.test(word) && word.length >= 4 ? word.slice(1) : analysed;
    const best = simOf(letter) > simOf(analysed) + 0.05 ? letter : analysed;
    // And the word as written, where the analysis took a name's own first letter (بينس for Pence, not ينس).
    return simOf(word) > simOf(best) + 0.05 ? word : best;
  }
  const stripped = stripProclitics(word);
  if (stripped === word) return word;
  // برنامجه is a word, not ب + رنامجه: strip only what leaves the article or a known word.
  if (known) return normalizeArabic(stripped).startsWith('ال') || strippedKnown ? stripped : word;
  return simOf(stripped) > simOf(word) ? stripped : word;
}
