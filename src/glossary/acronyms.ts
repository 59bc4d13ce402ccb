import type { TermType } from '../types.ts';

/** How many words before "(ACR)" are kept as the place where its expansion may end. */
const BEFORE_WORDS = 12;

/**
 * Records where the text defines an acronym: "the European Centre for Disease Prevention and Control (ECDC)",
 * "the United Kingdom (UK)", "European Economic Area (EU/EEA)". For each acronym in the brackets (each part of a
 * slashed pair), the words right before the opening bracket, as written; `into` gathers them over a document.
 */
export function acronymDefinitions(text: string, into: Map<string, string[]>): void {
  for (const m of text.matchAll(/([^()]*?)\s*\(((?:\p{Lu}{2,}|(?:\p{Lu}\.){2,})(?:\/(?:\p{Lu}{2,}|(?:\p{Lu}\.){2,}))*)\)/gu)) {
    const before = m[1].trim().split(/\s+/).slice(-BEFORE_WORDS).join(' ');
    if (!before) continue;
    for (const acronym of m[2].split('/')) {
      const list = into.get(acronym) ?? [];
      list.push(before);
      into.set(acronym, list);
    }
  }
}

/**
 * The type an acronym takes from its expansion: a kept name of two or more words, typed other than TERM, that
 * the text writes right before the acronym in brackets (ECDC after "European Centre for Disease Prevention and
 * Control" is an ORG, UK after "United Kingdom" a PLACE). An acronym read by its letters alone has no evidence
 * of its own kind; the text's own definition is the best there is. Undefined when no typed expansion is kept.
 */
export function expansionType(acronym: string, definitions: ReadonlyMap<string, readonly string[]>, named: readonly { en: string; type: TermType }[]): TermType | undefined {
  const befores = definitions.get(acronym.replace(/\./g, '')) ?? definitions.get(acronym);
  if (!befores) return undefined;
  let best: { en: string; type: TermType } | undefined;
  for (const n of named) {
    if (n.type === 'TERM' || !n.en.includes(' ')) continue;
    const ends = befores.some((b) => b === n.en || b.endsWith(` ${n.en}`));
    // The longest expansion that ends there (European Centre for … Control, not Control).
    if (ends && (!best || n.en.length > best.en.length)) best = n;
  }
  return best?.type;
}
