/**
 * Dialect Arabic read as Modern Standard Arabic, so that Egyptian, Levantine and Gulf lines are not noise: a list
 * of common dialect words with their MSA equivalent (src/lexicon/data/dialect-msa.txt, ours: ده → هذا, مش → ليس,
 * عايز → يريد, شو → ماذا, الحين → الآن), and the dialect verb forms MSA lookup misses: the future prefix ه / ح
 * (هيقول, حنشوف), the negation circumfix ما…ش (مبيقولش), لا written joined to its verb (لايشكل) and the question prefix أ (أتعرف).
 */
import { readFileSync } from 'node:fs';
import { shippedFile } from '../resources/shipped.ts';
import { normalizeArabic } from '../arabic/normalize.ts';


/** Parses `dialect<TAB>MSA` lines (# comments) into normalised dialect word → normalised MSA words. */
export function parseDialectTable(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [dialect, msa] = line.split('\t');
    const words = (msa ?? '').split(/\s+/).filter(Boolean).map(normalizeArabic);
    if (dialect?.trim() && words.length) out.set(normalizeArabic(dialect.trim()), words);
  }
  return out;
}

let table: Map<string, string[]> | undefined;

function dialectTable(): Map<string, string[]> {
  return (table ??= parseDialectTable(readFileSync(shippedFile('lexicon/data/dialect-msa.txt', 'the dialect table'), 'utf8')));
}

/** The MSA words of a normalised dialect word (also after و or ف: وعايز), or undefined. */
export function msaOf(norm: string): string[] | undefined {
  const t = dialectTable();
  const hit = t.get(norm);
  if (hit) return hit;
  if (/^[وف]/.test(norm) && norm.length > 3) return t.get(norm.slice(1));
  return undefined;
}

/**
 * Forms of a normalised word with a dialect verb affix removed (هيقول → يقول, مبيقولش → بيقول, لايشكل → يشكل):
 * candidates for lookup after the MSA ones, so a word MSA already reads is never changed.
 */
export function dialectStems(norm: string): string[] {
  const out: string[] = [];
  if (norm.length >= 4 && /^[هح][يتنا]/.test(norm)) out.push(norm.slice(1));
  out.push(...dialectNegatedStems(norm));
  // The question prefix أ on a present-tense verb (أتعرف → تعرف), MSA as much as dialect.
  if (norm.length >= 5 && /^ا[تين]/.test(norm)) out.push(norm.slice(1));
  return out;
}

/**
 * The verb inside a negation written on it (مبيقولش → بيقول, لايشكل → يشكل), a subset of `dialectStems`: the
 * word says "not" as MSA's separate لا / ما would.
 */
export function dialectNegatedStems(norm: string): string[] {
  const out: string[] = [];
  const neg = /^ما?(.{3,})ش$/.exec(norm);
  if (neg) out.push(neg[1]);
  if (norm.length >= 5 && /^لا[يتنا]/.test(norm)) out.push(norm.slice(2));
  return out;
}
