/**
 * English phrasal verbs and idioms read as the verb they mean (worked together ~ cooperate, stepped down ~ resign,
 * shed light on ~ clarify): Arabic says them in one word (تعاون, استقال, أوضح), which the lexicon translates as that
 * verb. The table is ours: src/lexicon/data/phrasal-en.txt. The phrase's own words keep their features; the
 * meaning is added.
 */
import { readFileSync } from 'node:fs';
import { shippedFile } from '../resources/shipped.ts';
import { englishLemma } from './lemma.ts';

export interface Phrasal {
  /** The phrase's words, the verb first in its base form. */
  words: string[];
  meaning: string;
}

/** Parses `verb particle… = meaning` lines (# comments). */
export function parsePhrasals(text: string): Phrasal[] {
  const out: Phrasal[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [phrase, meaning] = line.split('=').map((s) => s.trim().toLowerCase());
    if (!phrase || !meaning) throw new Error(`phrasal verbs: no "=" in "${line}"`);
    out.push({ words: phrase.split(/\s+/), meaning });
  }
  return out;
}

/** Whether a lower-case token is an inflection of the base form `verb` (works, worked, working, ran, shed). */
export function inflects(token: string, verb: string): boolean {
  if (token === verb || englishLemma(token) === verb) return true;
  const stems = [verb, verb.replace(/e$/, ''), verb + verb.slice(-1), verb.replace(/y$/, 'i')];
  return stems.some((s) => ['s', 'es', 'ed', 'd', 'ing'].some((end) => token === s + end)) && token.length > verb.length;
}

/** An object pronoun may stand between the verb and its particle (sent them back, turned it down). */
const BETWEEN: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me', 'you']);

let table: Map<string, Phrasal[]> | undefined;

function phrasals(): Map<string, Phrasal[]> {
  table ??= phrasalTable(readFileSync(shippedFile('lexicon/data/phrasal-en.txt', 'the English phrasal verbs'), 'utf8'));
  return table;
}

/**
 * The meaning of a phrasal verb ending at lower-case token `end` of `tokens`, or undefined: the particle is looked
 * up first (few tokens are one), then the verb's inflection before it.
 */
export function phrasalEndingAt(tokens: readonly string[], end: number, entries: Map<string, Phrasal[]> = phrasals()): string | undefined {
  for (const p of entries.get(tokens[end]) ?? []) {
    const n = p.words.length;
    const middle = p.words.slice(1, n - 1);
    const fits = (verbAt: number): boolean =>
      verbAt >= 0 && inflects(tokens[verbAt], p.words[0]) && middle.every((w, k) => tokens[verbAt + 1 + k] === w);
    const start = end - n + 1;
    if (fits(start)) return p.meaning;
    if (n === 2 && start - 1 >= 0 && BETWEEN.has(tokens[start]) && fits(start - 1)) return p.meaning;
  }
  return undefined;
}

/** The phrases of a table's text, by their last word. */
export function phrasalTable(text: string): Map<string, Phrasal[]> {
  const out = new Map<string, Phrasal[]>();
  for (const p of parsePhrasals(text)) {
    const last = p.words[p.words.length - 1];
    out.set(last, [...(out.get(last) ?? []), p]);
  }
  return out;
}
