import type { Lang, Sentence } from '../types.ts';
import { continuesLowercase, gluedStopEndsSentence, stopEndsSentence, type NextWord } from './abbreviations.ts';

/**
 * Sentence segmentation with offsets into the original text, by rules (docs/SEGMENTATION.md says why not
 * Intl.Segmenter). A line break always ends a sentence (headlines, list items); inside a line, a run of final
 * punctuation with its closing quotes and brackets ends one when the words around it say so; pieces with no
 * letter or digit (". .") join the sentence before them and never stand alone.
 */

const TERMINALS = new Set(['.', '!', '?', '؟', '۔', '…', '‼', '⁇', '⁈', '⁉']);
const STRONG = /[!?؟۔‼⁇⁈⁉]/u;
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '}']);
const OPENERS = new Set(['"', "'", '“', '‘', '«', '‹', '(', '[', '{', '¿', '¡', '„', '‚']);
const BRACKETS = new Set(['(', '[', '{']);
const CANDIDATE = /[.!?؟۔…‼⁇⁈⁉]/gu;
const LINE_BREAK = /\r\n?|[\n\u2028\u2029]/gu;
const CITATION = /\[[0-9]{1,3}\]/y;
const HAS_CONTENT = /[\p{L}\p{N}]/u;
/**
 * Whitespace (JavaScript's \s), and the invisible marks that behave like it at sentence edges: zero-width
 * space, bidi controls, word joiner, BOM. By code, not by regular expression: it runs on every character looked at.
 */
function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200f) || c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202f) ||
    c === 0x205f || c === 0x2060 || (c >= 0x2066 && c <= 0x2069) || c === 0x3000 || c === 0xfeff
  );
}

/** Where the word ending at `end` (exclusive) starts, not before `from`. */
function wordStart(text: string, end: number, from: number): number {
  let i = end;
  while (i > from && !isSpace(text[i - 1])) i--;
  return i;
}

function stripOpeners(word: string): string {
  let a = 0;
  while (a < word.length && OPENERS.has(word[a])) a++;
  return word.slice(a);
}

/** The word after the spaces at `from`, with any opening quotes or brackets skipped. */
function nextWord(text: string, from: number, end: number): NextWord {
  let i = from;
  let bracketed = false;
  while (i < end && OPENERS.has(text[i])) {
    if (BRACKETS.has(text[i])) bracketed = true;
    i++;
  }
  let j = i;
  while (j < end && j - i < 40 && !isSpace(text[j])) j++;
  return { word: text.slice(i, j), bracketed };
}

interface Piece {
  start: number;
  end: number;
  paragraph: number;
}

/** Cuts one line [ls, le) into raw pieces (untrimmed). */
function cutLine(text: string, ls: number, le: number, paragraph: number, out: Piece[]): void {
  let pieceStart = ls;
  CANDIDATE.lastIndex = ls;
  for (let m = CANDIDATE.exec(text); m && m.index < le; m = CANDIDATE.exec(text)) {
    const i = m.index;
    let j = i;
    while (j < le && TERMINALS.has(text[j])) j++;
    const run = text.slice(i, j);
    const runEnd = j;
    // Closing quotes and brackets (and citation marks) after the stop belong to the sentence: 'said." Next'.
    for (;;) {
      if (j < le && (CLOSERS.has(text[j]) || TERMINALS.has(text[j]))) j++;
      else if (text[j] === '[' && ((CITATION.lastIndex = j), CITATION.test(text)) && CITATION.lastIndex <= le) j = CITATION.lastIndex;
      else break;
    }
    CANDIDATE.lastIndex = j;
    if (j >= le) break;
    const ts = wordStart(text, i, pieceStart);
    let cut: boolean;
    if (isSpace(text[j])) {
      let k = j;
      while (k < le && isSpace(text[k])) k++;
      if (k >= le) break;
      const next = nextWord(text, k, le);
      if (STRONG.test(run)) {
        // '"Why?" he asked' goes on; "?" followed by anything else ends the sentence.
        cut = !(j > runEnd && continuesLowercase(next));
      } else if (run.length > 1 || run === '…') {
        cut = !continuesLowercase(next);
      } else {
        const token = stripOpeners(text.slice(ts, i));
        const bs = wordStart(text, Math.max(pieceStart, ts - 1), pieceStart);
        const before = text.slice(bs, Math.max(bs, ts - 1)).trim();
        let first = pieceStart;
        while (first < ts && isSpace(text[first])) first++;
        const atStart = first === ts;
        cut = stopEndsSentence(token, before, next, atStart);
      }
    } else {
      // Glued to the next word: "2.The virus", "النووية.وقال"; never "2.5", "U.S.", "example.com", "٢.٥".
      if (run.length > 1 && !STRONG.test(run)) continue;
      let k = j;
      while (k < le && !isSpace(text[k])) k++;
      cut = gluedStopEndsSentence(text.slice(ts, i), text.slice(j, k));
    }
    if (cut) {
      out.push({ start: pieceStart, end: j, paragraph });
      pieceStart = j;
    }
  }
  out.push({ start: pieceStart, end: le, paragraph });
}

/**
 * Splits `text` into sentences. `lang` is part of the contract (the pipeline passes it), but the rules need not
 * ask: each word is judged by its own script, so English abbreviations work inside Arabic text and back.
 */
export function segment(text: string, lang: Lang): Sentence[] {
  void lang;
  const pieces: Piece[] = [];
  let paragraph = 0;
  let ls = 0;
  const lineEnds: [number, number][] = [];
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    lineEnds.push([m.index, m.index + m[0].length]);
  }
  lineEnds.push([text.length, text.length]);
  for (const [le, next] of lineEnds) {
    let a = ls;
    while (a < le && isSpace(text[a])) a++;
    if (a === le) paragraph++; // a blank line: a new paragraph
    else cutLine(text, ls, le, paragraph, pieces);
    ls = next;
  }

  // Trim, drop empty pieces, and attach content-less ones (". .", a lone "." after a quote) to a neighbour.
  const kept: Piece[] = [];
  let orphan: Piece | null = null;
  for (const p of pieces) {
    let { start, end } = p;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (start === end) continue;
    const piece = { start, end, paragraph: p.paragraph };
    if (orphan && orphan.paragraph !== piece.paragraph) {
      kept.push(orphan);
      orphan = null;
    }
    if (!HAS_CONTENT.test(text.slice(start, end))) {
      const prev = kept.at(-1);
      if (prev && prev.paragraph === piece.paragraph && !orphan) prev.end = end;
      else if (orphan) orphan.end = end;
      else orphan = piece;
      continue;
    }
    if (orphan) {
      piece.start = orphan.start;
      orphan = null;
    }
    kept.push(piece);
  }
  if (orphan) kept.push(orphan);
  return kept.map((p, index) => ({ index, text: text.slice(p.start, p.end), start: p.start, end: p.end }));
}
