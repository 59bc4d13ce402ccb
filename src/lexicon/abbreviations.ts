/**
 * English abbreviations read as what they stand for (UN → United Nations, CEO → chief executive, IOC →
 * International Olympic Committee), since the Arabic text spells them out (الأمم المتحدة, الرئيس التنفيذي).
 * The table is ours: src/lexicon/data/abbreviations-en.txt.
 */
import { readFileSync } from 'node:fs';
import { shippedFile } from '../resources/shipped.ts';


/** Parses `abbreviation<TAB>expansion` lines (# comments). */
export function parseAbbreviations(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [abbr, expansion] = line.split('\t');
    if (abbr?.trim() && expansion?.trim()) out.set(abbr.trim(), expansion.trim());
  }
  return out;
}

let table: Map<string, string> | undefined;

/** What an English token as written abbreviates (case-sensitive: "US" is the country, "us" a pronoun), or undefined. */
export function expandAbbreviation(token: string): string | undefined {
  table ??= parseAbbreviations(readFileSync(shippedFile('lexicon/data/abbreviations-en.txt', 'the abbreviations table'), 'utf8'));
  return table.get(token) ?? table.get(token.replace(/\./g, ''));
}
