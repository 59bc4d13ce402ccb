import { spreadsheetCsv } from './csv.ts';
import { DROP_RULES, type DroppedTerm, type DropRule } from './filters.ts';

const RULE_ORDER = Object.keys(DROP_RULES) as DropRule[];

/** The pairs left out, most telling first: by rule (in DROP_RULES order), then score, then English and Arabic. */
export function sortDropped(dropped: readonly DroppedTerm[]): DroppedTerm[] {
  return [...dropped].sort(
    (a, b) => RULE_ORDER.indexOf(a.rule) - RULE_ORDER.indexOf(b.rule) || b.score - a.score || a.en.localeCompare(b.en, 'en') || a.ar.localeCompare(b.ar, 'ar'),
  );
}

/**
 * The --explain file: one row per candidate pair left out, with its rule in a reviewer's words and the pair that won
 * over it. CSV as the glossary writes it (UTF-8 BOM, CRLF, formula-guarded cells), for the same spreadsheet.
 */
export function writeExplainCsv(dropped: readonly DroppedTerm[]): string {
  const header = ['en', 'ar', 'rule', 'why', 'because', 'score', 'count', 'en_context', 'ar_context'];
  const rows = sortDropped(dropped).map((d) => [d.en, d.ar, d.rule, DROP_RULES[d.rule], d.because ?? '', d.score.toFixed(3), String(d.count), d.enContext, d.arContext]);
  return spreadsheetCsv([header, ...rows]);
}

/** "412 pairs left out: 180 low-score, 95 another-reading, …": the stderr line beside the file. */
export function summariseDropped(dropped: readonly DroppedTerm[]): string {
  const counts = new Map<DropRule, number>();
  for (const d of dropped) counts.set(d.rule, (counts.get(d.rule) ?? 0) + 1);
  const parts = RULE_ORDER.filter((r) => counts.has(r)).map((r) => `${counts.get(r)} ${r}`);
  return `${dropped.length} candidate pair${dropped.length === 1 ? '' : 's'} left out${parts.length ? `: ${parts.join(', ')}` : ''}`;
}

/** Where --explain writes beside a glossary CSV: `x.csv` → `x.explain.csv`. */
export function explainPath(csvPath: string): string {
  return csvPath.replace(/(\.csv)?$/i, '.explain.csv');
}
