import { stripProclitics } from '../arabic/clitics.ts';
import { normalizeArabic } from '../arabic/normalize.ts';
import { nameKey } from '../names/key.ts';
import { tokenize } from '../tokenize.ts';
import type { Link, Sentence, TermPair, TermType } from '../types.ts';
import { arabicNameCandidates, capitalisedRuns, keySimilarity, subSpans } from './names.ts';

/** What the glossary builder needs to know of the lexicons. */
export interface TermLexicon {
  /** English translations of one Arabic word (clitics allowed), or undefined. */
  translateArabicWord(word: string): string[] | undefined;
  /** English translations of an Arabic phrase of 2+ words, or undefined. */
  translateArabicPhrase(words: readonly string[]): string[] | undefined;
}

export interface GlossaryInput {
  ar: readonly Sentence[];
  en: readonly Sentence[];
  links: readonly Link[];
  lexicon: TermLexicon;
}

/** One sighting of a candidate pair. */
interface Sighting {
  en: string;
  ar: string;
  sim: number;
  inLink: boolean;
  byName: boolean;
  arSentence: number;
  enSentence: number;
}

const ORG_WORDS = /\b(House|Council|Nations|Agency|Ministry|Office|Bank|Organi[sz]ation|Union|Party|Army|Forces|Department|Committee|Commission|Court|Parliament|Congress|Secretariat|Fund|Institute|University|News|Times|Post)\b/;
const MIN_NAME_SIMILARITY = 0.75;
const MIN_DOCUMENT_KEY = 4;

/**
 * A first glossary: names paired by their phonetic keys (inside aligned sentence pairs, and across the
 * whole document pair when the keys are identical), and lexicon phrases whose translation stands in the
 * linked English sentence.
 */
export function buildGlossary(input: GlossaryInput): TermPair[] {
  const { ar, en, links, lexicon } = input;
  const linked = new Set<string>();
  for (const l of links) for (const i of l.ar) for (const j of l.en) linked.add(`${i}:${j}`);
  const isCommonWord = (w: string): boolean => {
    const t = lexicon.translateArabicWord(w);
    return t !== undefined && !t.some((x) => /^\p{Lu}/u.test(x));
  };

  const enSpans = en.map((s) => {
    const words = tokenize(s.text, 'en').map((t) => t.text);
    return capitalisedRuns(s.text).flatMap((r) => subSpans(r, words));
  });
  const arSpans = ar.map((s) => arabicNameCandidates(s.text, isCommonWord));
  // Exact-key index of Arabic candidates, for document-wide pairing without a quadratic scan.
  const arByKey = new Map<string, { text: string; i: number }[]>();
  ar.forEach((_, i) => {
    for (const c of arSpans[i]) {
      const k = nameKey(c.text).replace(/ /g, '');
      if (k.length < 2) continue;
      const list = arByKey.get(k) ?? [];
      list.push({ text: c.text, i });
      arByKey.set(k, list);
    }
  });

  const isKnownName = (w: string): boolean => w.split(' ').every((x) => lexicon.translateArabicWord(x)?.some((t) => /^\p{Lu}/u.test(t)));
  const sightings: Sighting[] = [];
  en.forEach((_, j) => {
    for (const span of enSpans[j]) {
      const k = nameKey(span.text).replace(/ /g, '');
      for (const hit of arByKey.get(k) ?? []) {
        // Across unlinked sentences only long keys: "KR" (Korea) also spells أخرى.
        if (k.length < MIN_DOCUMENT_KEY && !linked.has(`${hit.i}:${j}`)) continue;
        if (keySimilarity(span.text, hit.text) < 1) continue;
        sightings.push({ en: span.text, ar: hit.text, sim: 1, inLink: linked.has(`${hit.i}:${j}`), byName: !isKnownName(hit.text), arSentence: hit.i, enSentence: j });
      }
    }
  });
  // Fuzzy name matches and lexicon phrases only inside linked sentence pairs.
  for (const l of links) {
    for (const i of l.ar) {
      for (const j of l.en) {
        for (const span of enSpans[j]) {
          for (const c of arSpans[i]) {
            const sim = keySimilarity(span.text, c.text);
            if (sim >= MIN_NAME_SIMILARITY && sim < 1) {
              sightings.push({ en: span.text, ar: c.text, sim, inLink: true, byName: !isKnownName(c.text), arSentence: i, enSentence: j });
            }
          }
        }
        sightings.push(...lexiconSightings(ar[i], en[j], lexicon));
      }
    }
  }
  return resolve(sightings, ar, en);
}

/** Lexicon entries (multiword, or proper nouns) of the Arabic sentence whose translation occurs in the English one. */
function lexiconSightings(arS: Sentence, enS: Sentence, lexicon: TermLexicon): Sighting[] {
  const words = tokenize(arS.text, 'ar').map((t) => t.text);
  const enLower = ` ${tokenize(enS.text, 'en').map((t) => t.text.toLowerCase()).join(' ')} `;
  const out: Sighting[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(6, words.length - i); n >= 1; n--) {
      const w = words.slice(i, i + n);
      const tr = n === 1 ? lexicon.translateArabicWord(w[0]) : lexicon.translateArabicPhrase(w);
      if (!tr) continue;
      const found = tr.find((t) => (n > 1 || /^\p{Lu}/u.test(t)) && enLower.includes(` ${t.toLowerCase()} `));
      if (found) {
        const surface = enS.text.match(new RegExp(`\\b${escapeRegExp(found)}\\b`, 'i'))?.[0] ?? found;
        out.push({ en: surface, ar: [stripProclitics(w[0]), ...w.slice(1)].join(' '), sim: 1, inLink: true, byName: false, arSentence: arS.index, enSentence: enS.index });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function resolve(sightings: Sighting[], ar: readonly Sentence[], en: readonly Sentence[]): TermPair[] {
  const groups = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const key = `${s.en}\u0000${normalizeArabic(s.ar)}`;
    const g = groups.get(key) ?? [];
    g.push(s);
    groups.set(key, g);
  }
  const scored = [...groups.values()].map((g) => {
    const best = g.reduce((a, b) => (score(b) > score(a) ? b : a));
    const pairs = new Set(g.map((s) => `${s.arSentence}:${s.enSentence}`));
    return { best, count: pairs.size, score: Math.min(1, score(best) * (0.85 + 0.05 * Math.min(3, pairs.size))) };
  });
  // Longest and best first: an English span already paired inside a longer pair is not listed again.
  scored.sort((a, b) => b.best.en.length - a.best.en.length || b.score - a.score || a.best.en.localeCompare(b.best.en));
  const takenEn = new Set<string>();
  const taken: { en: string; ar: string }[] = [];
  const out: TermPair[] = [];
  for (const s of scored) {
    const { best } = s;
    const arNorm = normalizeArabic(best.ar);
    // A pair that contradicts a longer one already taken (Takeo ↔ طوكيو beside Takeo Akiba ↔ تاكيو أكيبا) is dropped;
    // One inside a longer pair (Sullivan ↔ سوليفان inside Jake Sullivan ↔ جيك سوليفان) adds nothing for a reviewer.
    const inside = taken.some((t) => t.en.includes(best.en));
    if (takenEn.has(best.en) || inside) continue;
    takenEn.add(best.en);
    taken.push({ en: best.en, ar: arNorm });
    out.push({
      en: best.en,
      ar: best.ar,
      type: termType(best),
      score: round(s.score),
      count: s.count,
      enContext: mark(en[best.enSentence].text, best.en),
      arContext: mark(ar[best.arSentence].text, best.ar),
    });
  }
  return out;
}

function score(s: Sighting): number {
  return s.sim * (s.inLink ? 1 : 0.85);
}

function termType(s: Sighting): TermType {
  if (ORG_WORDS.test(s.en)) return 'ORG';
  if (!/^\p{Lu}/u.test(s.en)) return 'TERM';
  if (s.byName) return 'PERSON';
  return 'PLACE';
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The sentence with the first occurrence of the term wrapped in [[ ]]. */
export function mark(sentence: string, term: string): string {
  const at = sentence.indexOf(term);
  if (at < 0) return sentence;
  return `${sentence.slice(0, at)}[[${term}]]${sentence.slice(at + term.length)}`;
}

