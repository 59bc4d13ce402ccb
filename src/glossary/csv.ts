import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { createHash } from 'node:crypto';
import { normalizeArabic } from '../arabic/normalize.ts';
import type { TermPair } from '../types.ts';

/** Review status of a glossary row. */
export type Status = 'proposed' | 'approved' | 'rejected';

/** One row of the glossary CSV: the fixed columns plus any a reviewer added (kept as they are). */
export interface GlossaryRow {
  en: string;
  ar: string;
  type: string;
  score: string;
  count: string;
  status: string;
  en_context: string;
  ar_context: string;
  /** Stable identity: a hash of the pair as first proposed; it never changes when a reviewer corrects en/ar. */
  id: string;
  /** "yes" when this run found the pair, "no" when a kept (reviewed) row was not found this time. */
  seen: string;
  /** Columns beyond the fixed ones (e.g. `note`), in file order. */
  extra: Record<string, string>;
}

export const FIXED_COLUMNS = ['en', 'ar', 'type', 'score', 'count', 'status', 'en_context', 'ar_context'] as const;
/** Columns the tool keeps up to date after the fixed ones; a reviewer leaves them alone. */
export const TOOL_COLUMNS = ['id', 'seen'] as const;
const OWN_COLUMNS: readonly string[] = [...FIXED_COLUMNS, ...TOOL_COLUMNS];
/** Written when no reviewer column exists yet, so there is a place for remarks. */
export const DEFAULT_EXTRA_COLUMNS = ['note'];

/** Raised for a CSV that cannot be read back safely; carries the 1-based line of the problem. */
export class GlossaryCsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

// Spreadsheets run cells that start with these as formulas; a leading apostrophe makes them text.
// Cells already starting with apostrophes before such a character get one more, so reading back is exact.
const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return NEEDS_GUARD.test(cell) ? `'${cell}` : cell;
}

export function restoreFormula(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}

/** Identity of a proposal: 12 hex digits of SHA-1 over the case-folded English and the normalised Arabic. */
export function rowId(en: string, ar: string): string {
  return createHash('sha1').update(`${en.trim().toLowerCase()}\u0000${normalizeArabic(ar.trim())}`).digest('hex').slice(0, 12);
}

export function rowFromTerm(t: TermPair): GlossaryRow {
  return {
    id: rowId(t.en, t.ar),
    seen: 'yes',
    en: t.en,
    ar: t.ar,
    type: t.type,
    score: t.score.toFixed(3),
    count: String(t.count),
    status: 'proposed',
    en_context: t.enContext,
    ar_context: t.arContext,
    extra: {},
  };
}

/** Serialises rows as RFC 4180 CSV, UTF-8 with a BOM (so Excel shows Arabic), CRLF line ends. */
export function writeGlossaryCsv(rows: readonly GlossaryRow[], extraColumns: readonly string[] = DEFAULT_EXTRA_COLUMNS): string {
  const header = [...OWN_COLUMNS, ...extraColumns];
  const records = rows.map((r) => [...FIXED_COLUMNS.map((c) => r[c]), ...TOOL_COLUMNS.map((c) => r[c]), ...extraColumns.map((c) => r.extra[c] ?? '')].map(neutraliseFormula));
  return '\uFEFF' + stringify([header.map(neutraliseFormula), ...records], { record_delimiter: '\r\n', quoted_match: /^\s|\s$/ });
}

/** Parses a glossary CSV written by this tool or edited in a spreadsheet. */
export function readGlossaryCsv(text: string): { rows: GlossaryRow[]; extraColumns: string[] } {
  let records: string[][];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { relax_column_count: false, skip_empty_lines: true });
  } catch (e) {
    // The row that failed follows the complete ones csv-parse counted; for an unclosed quote its line
    // number is the end of the file, so the row is what points the reviewer to the problem.
    const err = e as { records?: number; lines?: number; code?: string };
    const row = (err.records ?? 0) + 1;
    const why = err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quote opened in this row is never closed' : (e as Error).message.split('\n')[0];
    throw new GlossaryCsvError(`malformed CSV at row ${row} (the header is row 1): ${why}`, err.lines ?? 0);
  }
  if (records.length === 0) throw new GlossaryCsvError('empty CSV: no header row', 1);
  const header = records[0].map((h) => restoreFormula(h.trim())); // a reviewer's column name can start with "=" too
  for (const c of ['en', 'ar', 'status']) {
    if (!header.includes(c)) throw new GlossaryCsvError(`header lacks the column "${c}"`, 1);
  }
  const extraColumns = header.filter((h) => !OWN_COLUMNS.includes(h));
  const rows = records.slice(1).map((rec) => {
    const get = (c: string): string => {
      const i = header.indexOf(c);
      return i >= 0 ? restoreFormula(rec[i] ?? '') : '';
    };
    const extra: Record<string, string> = {};
    for (const c of extraColumns) extra[c] = get(c);
    const en = get('en');
    const ar = get('ar');
    return {
      // A file from before ids (or a row a reviewer typed in) gets the id of what it says now.
      id: get('id') || rowId(en, ar),
      seen: get('seen'),
      en: get('en'),
      ar: get('ar'),
      type: get('type'),
      score: get('score'),
      count: get('count'),
      status: get('status') || 'proposed',
      en_context: get('en_context'),
      ar_context: get('ar_context'),
      extra,
    };
  });
  return { rows, extraColumns };
}
