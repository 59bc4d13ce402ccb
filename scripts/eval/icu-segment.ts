import type { Lang, Sentence } from '../../src/types.ts';

/**
 * The alternative we measured against (docs/SEGMENTATION.md): Intl.Segmenter per line with corrections.
 * Lines are split first (a line break always ends a sentence: headlines, list items, paragraphs),
 * then each line by Intl.Segmenter, with its known mistakes corrected.
 */

const EN_ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'capt', 'rev', 'st', 'gen', 'gov', 'vs', 'prof', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'col', 'lt', 'sgt', 'rep', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'mt', 'ft', 'e.g', 'i.e', 'approx', 'dept', 'est', 'fig']);

const segmenters = new Map<Lang, Intl.Segmenter>();
function segmenter(lang: Lang): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when the piece ends with a word that cannot end a sentence (an abbreviation or an initial). */
function endsWithAbbreviation(piece: string, lang: Lang): boolean {
  const m = /(\S+)\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = m[1].replace(/^[("“‘'«]+/u, '');
  if (lang === 'en') {
    if (EN_ABBREV.has(word.toLowerCase())) return true;
    if (/^[A-Z]$/.test(word)) return true; // an initial: "Dionisio A. Lind"
    return false;
  }
  return /^(د|أ\.د|م|ص\.ب|ق\.م|هـ)$/u.test(word);
}

export function segmentIcuCorrected(text: string, lang: Lang): Sentence[] {
  const out: Sentence[] = [];
  const lineRe = /[^\r\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0];
    const base = m.index;
    let pending: { start: number; end: number } | null = null;
    const flush = (): void => {
      if (!pending) return;
      const raw = text.slice(pending.start, pending.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (trimmed) {
        out.push({ index: out.length, text: trimmed, start: pending.start + lead, end: pending.start + lead + trimmed.length });
      }
      pending = null;
    };
    for (const s of segmenter(lang).segment(line)) {
      const start = base + s.index;
      const end = start + s.segment.length;
      if (!pending) {
        pending = { start, end };
      } else if (!HAS_LETTER_OR_DIGIT.test(s.segment) || endsWithAbbreviation(text.slice(pending.start, pending.end), lang)) {
        // Stray punctuation (". .") joins the sentence before it; so does the text after an abbreviation.
        pending.end = end;
      } else {
        flush();
        pending = { start, end };
      }
    }
    flush();
  }
  return out;
}
