import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { createHash } from 'node:crypto';
import { displayTerm, normalizeArabic } from '../arabic/normalize.ts';
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
  /**
   * The pair as first proposed (what a correction was corrected from), so a row is recognised even when a
   * spreadsheet mangled or dropped its id. Absent: not known (written as en/ar when the id says they are it).
   */
  proposed_en?: string;
  proposed_ar?: string;
  /** The documents a pair of the corpus glossary comes from ("a; b"); only `corpus.csv` has the column. */
  documents?: string;
  /** Columns beyond the fixed ones (e.g. `note`), in file order. */
  extra: Record<string, string>;
}

export const FIXED_COLUMNS = ['en', 'ar', 'type', 'score', 'count', 'status', 'en_context', 'ar_context'] as const;
/** Columns the tool keeps up to date after the fixed ones; a reviewer leaves them alone. */
export const TOOL_COLUMNS = ['id', 'seen', 'proposed_en', 'proposed_ar'] as const;
/** The tool's column of the corpus glossary alone, written after TOOL_COLUMNS when rows carry it. */
export const CORPUS_COLUMN = 'documents';
const OWN_COLUMNS: readonly string[] = [...FIXED_COLUMNS, ...TOOL_COLUMNS, CORPUS_COLUMN];
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

// Spreadsheets run cells that start with these as formulas; a leading apostrophe makes them text. Every line
// of a cell is guarded, not only its first: a program that splits rows at a line break must not meet a formula
// either. Lines already starting with apostrophes before such a character get one more, so reading back is exact.
const LINE_BREAK = /(\r\n|\n|\r)/;
// What a guarded line starts with: the cell's first line also counts a carriage return, as spreadsheets do.
const RISKY = { first: { bare: /^'*[=+\-@\t\r]/, guarded: /^'+[=+\-@\t\r]/ }, other: { bare: /^'*[=+\-@\t]/, guarded: /^'+[=+\-@\t]/ } };

/** Applies `f` to every line of a cell that starts (after any apostrophes) as a formula would. */
function eachLine(cell: string, which: 'bare' | 'guarded', f: (line: string) => string): string {
  if (!/[=+\-@\t\r]/.test(cell)) return cell; // most cells: nothing to look at
  const parts = cell.split(LINE_BREAK); // lines at even places, the breaks between them at odd ones
  for (let i = 0; i < parts.length; i += 2) {
    if (i === 0 ? RISKY.first[which].test(cell) : RISKY.other[which].test(parts[i])) parts[i] = f(parts[i]);
  }
  return parts.join('');
}

export function neutraliseFormula(cell: string): string {
  return eachLine(cell, 'bare', (line) => `'${line}`);
}

export function restoreFormula(cell: string): string {
  return eachLine(cell, 'guarded', (line) => line.slice(1));
}

/** Separators a glossary CSV may use: Excel and LibreOffice write `;` in many locales, "Unicode text" uses TAB. */
export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const DELIMITER_NAME: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

const sha12 = (s: string): string => createHash('sha1').update(s).digest('hex').slice(0, 12);

/** What identifies a pair: English case-folded, Arabic normalised, both without stray marks or doubled spaces. */
export function pairKey(en: string, ar: string): string {
  const tidy = (s: string): string => displayTerm(s).replace(/\s+/g, ' ');
  return `${tidy(en).toLowerCase()}\u0000${normalizeArabic(tidy(ar))}`;
}

/**
 * Identity of a proposal: "g" and 12 hex digits of SHA-1 over its pair key. The letter keeps a spreadsheet from
 * reading it as a number (5e6297513380 was saved back as 1.79769313486232E+308).
 */
export function rowId(en: string, ar: string): string {
  return 'g' + sha12(pairKey(en, ar));
}

/** The id of earlier versions (12 hex digits, no letter prefix): still recognised in older files. */
export function legacyRowId(en: string, ar: string): string {
  return sha12(`${en.trim().toLowerCase()}\u0000${normalizeArabic(ar.trim())}`);
}

const TOOL_ID = /^g[0-9a-f]{12}$/;
const LEGACY_ID = /^[0-9a-f]{12}$/;

/** An id this tool wrote (now or in an earlier version), not one a spreadsheet turned into a number. */
export function isToolId(id: string): boolean {
  return TOOL_ID.test(id) || LEGACY_ID.test(id);
}

/** True when `id` is the identity of the pair (en, ar), in either id format. */
export function idOfPair(id: string, en: string, ar: string): boolean {
  return id === rowId(en, ar) || (LEGACY_ID.test(id) && id === legacyRowId(en, ar));
}

// Status words in the spellings reviewers use, English and Arabic; matched trimmed, case-folded, without a final dot.
const STATUS_WORDS: Record<Status, readonly string[]> = {
  approved: ['approved', 'approve', 'accepted', 'accept', 'yes', 'y', 'ok', 'okay', 'good', 'true', '✓', '✔', '✔️', '☑', '☑️', '✅', '👍', 'نعم', 'موافق', 'موافقة', 'مقبول', 'مقبولة', 'معتمد', 'معتمدة', 'صح', 'صحيح'],
  rejected: ['rejected', 'reject', 'declined', 'no', 'n', 'x', '✗', '✘', '×', '❌', '👎', 'false', 'wrong', 'لا', 'مرفوض', 'مرفوضة', 'خطأ', 'خطا'],
  proposed: ['', 'proposed', 'pending', '?', 'todo', 'مقترح', 'مقترحة'],
};
const STATUS_OF = new Map<string, Status>(Object.entries(STATUS_WORDS).flatMap(([s, words]) => words.map((w) => [w, s as Status] as const)));
const statusWord = (cell: string): string => displayTerm(cell).normalize('NFC').toLowerCase().replace(/[.!]+$/, '');

/** The decision a status cell stands for, in any of its spellings; undefined for a word not known. */
export function readStatus(cell: string): Status | undefined {
  return STATUS_OF.get(statusWord(cell));
}

export function rowFromTerm(t: TermPair): GlossaryRow {
  // Cells show the text's own spelling, without marks stranded at the edges by tokenising or clitic stripping.
  const en = displayTerm(t.en);
  const ar = displayTerm(t.ar);
  return {
    id: rowId(en, ar),
    seen: 'yes',
    en,
    ar,
    type: t.type,
    score: t.score.toFixed(3),
    count: String(t.count),
    status: 'proposed',
    en_context: t.enContext,
    ar_context: t.arContext,
    proposed_en: en,
    proposed_ar: ar,
    extra: {},
  };
}

/** The pair a row was first proposed as, when known. */
function origin(r: GlossaryRow): [string, string] | undefined {
  if (r.proposed_en !== undefined || r.proposed_ar !== undefined) return [r.proposed_en ?? '', r.proposed_ar ?? ''];
  return idOfPair(r.id, r.en, r.ar) ? [r.en, r.ar] : undefined;
}

/**
 * Serialises rows as RFC 4180 CSV, UTF-8 with a BOM (so Excel shows Arabic), CRLF line ends. Every cell holding
 * a line break (CR or LF alone too), a quote, a separator of any dialect (`,` `;` TAB) or edge spaces is quoted.
 */
export function writeGlossaryCsv(rows: readonly GlossaryRow[], extraColumns: readonly string[] = DEFAULT_EXTRA_COLUMNS, delimiter: Delimiter = ','): string {
  const corpus = rows.some((r) => r.documents !== undefined);
  const header = [...FIXED_COLUMNS, ...TOOL_COLUMNS, ...(corpus ? [CORPUS_COLUMN] : []), ...extraColumns];
  const records = rows.map((r) => {
    const from = origin(r);
    const tool = [r.id, r.seen, from?.[0] ?? '', from?.[1] ?? '', ...(corpus ? [r.documents ?? ''] : [])];
    return [...FIXED_COLUMNS.map((c) => r[c]), ...tool, ...extraColumns.map((c) => r.extra[c] ?? '')];
  });
  return spreadsheetCsv([header, ...records], delimiter);
}

/** Records as the tool writes every CSV a reviewer opens: BOM, CRLF, formula-guarded cells, quoted as any dialect needs. */
export function spreadsheetCsv(records: readonly (readonly string[])[], delimiter: Delimiter = ','): string {
  return '\uFEFF' + stringify(records.map((r) => r.map(neutraliseFormula)), { delimiter, record_delimiter: '\r\n', quoted_match: /[\r\n",;\t]|^\s|\s$/ });
}

/** A remark about how a glossary CSV was read: a note (how), or a warning (something the reviewer should look at). */
export interface CsvNotice {
  level: 'note' | 'warning';
  text: string;
}

/** The separator of a CSV: the one whose header has the glossary's columns, else the commonest in the first line. */
function detectDelimiter(firstLine: string): Delimiter {
  const cells = (d: Delimiter): string[] => firstLine.split(d).map((h) => restoreFormula(h.trim().replace(/^"(.*)"$/, '$1')).trim().toLowerCase());
  const fit = DELIMITERS.find((d) => ['en', 'ar', 'status'].every((c) => cells(d).includes(c)));
  if (fit) return fit;
  const count = (d: Delimiter): number => firstLine.split(d).length;
  return DELIMITERS.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/** csv-parse's complaint in a reviewer's words. */
function plainParseError(e: unknown, delimiter: Delimiter, width: number): GlossaryCsvError {
  const err = e as { records?: number; lines?: number; code?: string; record?: unknown[] };
  // The row that failed follows the complete ones csv-parse counted; for an unclosed quote its line
  // number is the end of the file, so the row is what points the reviewer to the problem.
  const row = (err.records ?? 0) + 1;
  const sep = DELIMITER_NAME[delimiter];
  const why =
    err.code === 'CSV_QUOTE_NOT_CLOSED'
      ? 'a quote opened in this row is never closed'
      : err.code === 'CSV_INVALID_CLOSING_QUOTE'
        ? 'a quote inside a quoted cell is not doubled (write "" for a quote inside quotes)'
        : err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH'
          ? `${err.record?.length ?? 'a different number of'} cells where the header has ${width} (cells separated by ${sep}s; a cell with a ${sep} or a line break that lost its quotes?)`
          : (e as Error).message.split('\n')[0];
  return new GlossaryCsvError(`malformed CSV at row ${row} (the header is row 1): ${why}`, err.lines ?? 0);
}

/** The records of a glossary CSV in any of its dialects: separator detected, an Excel `sep=` line honoured. */
export function parseCsvRecords(text: string): { records: string[][]; delimiter: Delimiter; notices: CsvNotice[] } {
  let body = text.replace(/^\uFEFF/, '');
  let delimiter: Delimiter | undefined;
  const sep = /^sep=([,;\t])\r?\n/i.exec(body);
  if (sep) {
    delimiter = sep[1] as Delimiter;
    body = body.slice(sep[0].length);
  }
  const firstLine = body.split(/\r\n|\n|\r/, 1)[0] ?? '';
  delimiter ??= detectDelimiter(firstLine);
  const width = firstLine.split(delimiter).length;
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: false, skip_empty_lines: true, skip_records_with_empty_values: true });
  } catch (e) {
    throw plainParseError(e, delimiter, width);
  }
  const notices: CsvNotice[] = delimiter === ',' ? [] : [{ level: 'note', text: `read as ${DELIMITER_NAME[delimiter]}-separated; written back the same way` }];
  return { records, delimiter, notices };
}

const rowList = (rows: readonly number[]): string => {
  const shown = rows.slice(0, 8).join(', ');
  return rows.length > 8 ? `${shown} and ${rows.length - 8} more` : shown;
};

/** Parses a glossary CSV written by this tool or edited in a spreadsheet (any separator, statuses in any spelling). */
export function readGlossaryCsv(text: string): { rows: GlossaryRow[]; extraColumns: string[]; delimiter: Delimiter; notices: CsvNotice[] } {
  const { records, delimiter, notices } = parseCsvRecords(text);
  if (records.length === 0) throw new GlossaryCsvError('empty CSV: no header row', 1);
  // A reviewer's column name can start with "=" too; the tool's own columns are found whatever their case.
  const header = records[0].map((h) => restoreFormula(h.trim()));
  const own = header.map((h) => (OWN_COLUMNS.includes(h.toLowerCase()) ? h.toLowerCase() : h));
  for (const c of ['en', 'ar', 'status']) {
    if (!own.includes(c)) throw new GlossaryCsvError(`header lacks the column "${c}"`, 1);
  }
  const extraColumns = header.filter((_, i) => !OWN_COLUMNS.includes(own[i]));
  const hasIds = own.includes('id');
  const hasOrigin = own.includes('proposed_en') && own.includes('proposed_ar');
  const mangled: number[] = [];
  const synonyms = new Map<string, { status: Status; rows: number }>();
  const unknown: number[] = [];
  const resolved = new Set<number>();
  const rows = records.slice(1).map((rec, n) => {
    const line = n + 2; // the header is row 1
    const get = (c: string): string => {
      const i = own.indexOf(c);
      return i >= 0 ? restoreFormula(rec[i] ?? '') : '';
    };
    const extra: Record<string, string> = {};
    for (const c of extraColumns) extra[c] = restoreFormula(rec[header.indexOf(c)] ?? '');
    const en = get('en');
    const ar = get('ar');
    const status = get('status');
    const read = readStatus(status);
    if (read === undefined) unknown.push(line);
    else if (statusWord(status) !== read && statusWord(status) !== '') {
      const s = synonyms.get(status.trim()) ?? { status: read, rows: 0 };
      s.rows++;
      synonyms.set(status.trim(), s);
    }
    const pe = get('proposed_en');
    const pa = get('proposed_ar');
    const known = pe.trim() !== '' || pa.trim() !== '';
    let id = get('id').trim();
    if (!isToolId(id)) {
      if (id !== '') mangled.push(line);
      // A row typed in by hand, or one whose id a spreadsheet lost: the pair it was proposed as, else what it says.
      id = known ? rowId(pe, pa) : rowId(en, ar);
      resolved.add(line);
    }
    const row: GlossaryRow = {
      id,
      seen: get('seen'),
      en,
      ar,
      type: get('type'),
      score: get('score'),
      count: get('count'),
      status: status === '' ? 'proposed' : status,
      en_context: get('en_context'),
      ar_context: get('ar_context'),
      extra,
    };
    if (known) Object.assign(row, { proposed_en: pe, proposed_ar: pa });
    if (own.includes(CORPUS_COLUMN)) row.documents = get(CORPUS_COLUMN);
    return row;
  });
  if (synonyms.size) {
    const list = [...synonyms].map(([w, s]) => `"${w}" as ${s.status} (${s.rows} row${s.rows > 1 ? 's' : ''})`);
    notices.push({ level: 'note', text: `statuses read: ${list.join(', ')}` });
  }
  for (const line of unknown.slice(0, 10)) {
    notices.push({ level: 'warning', text: `row ${line}: status "${rows[line - 2].status}" is not approved, rejected or proposed (nor yes/no, ✓/✗, نعم/لا): row kept as it is, treated as undecided` });
  }
  if (unknown.length > 10) notices.push({ level: 'warning', text: `${unknown.length - 10} more rows with a status not known (rows ${rowList(unknown.slice(10))})` });
  const by = hasOrigin ? 'proposed_en/proposed_ar' : 'en/ar only (a corrected spelling cannot be told from a new pair)';
  if (mangled.length) notices.push({ level: 'warning', text: `rows ${rowList(mangled)}: id not one this tool wrote (a spreadsheet read it as a number?): matched by ${by}` });
  if (!hasIds && rows.length) notices.push({ level: 'warning', text: `no id column: rows matched by ${by}` });
  notices.push(...duplicateNotices(rows, resolved));
  return { rows, extraColumns, delimiter, notices };
}

/** Pair keys that rows of one pair decide both ways (one approved, one rejected): settled by neither. */
export function conflictingPairs(rows: readonly GlossaryRow[]): Set<string> {
  const seen = new Map<string, Set<Status>>();
  for (const r of rows) {
    const s = readStatus(r.status);
    if (s !== 'approved' && s !== 'rejected') continue;
    const k = pairKey(r.en, r.ar);
    seen.set(k, (seen.get(k) ?? new Set()).add(s));
  }
  return new Set([...seen].filter(([, s]) => s.size > 1).map(([k]) => k));
}

/** Conflicting duplicates, and rows that lost their id and match one proposal together (ambiguous). */
function duplicateNotices(rows: readonly GlossaryRow[], resolved: ReadonlySet<number>): CsvNotice[] {
  const out: CsvNotice[] = [];
  const byId = new Map<string, number[]>();
  rows.forEach((r, i) => byId.set(r.id, [...(byId.get(r.id) ?? []), i + 2]));
  for (const lines of byId.values()) {
    if (lines.length < 2 || !lines.some((l) => resolved.has(l))) continue;
    const r = rows[lines[0] - 2];
    out.push({ level: 'warning', text: `rows ${rowList(lines)} match one proposal (${r.proposed_en ?? r.en} ↔ ${r.proposed_ar ?? r.ar}) and have no id to tell them apart: all kept` });
  }
  const conflicts = conflictingPairs(rows);
  for (const k of conflicts) {
    const lines = rows.flatMap((r, i) => (pairKey(r.en, r.ar) === k ? [i + 2] : []));
    const r = rows[lines[0] - 2];
    out.push({ level: 'warning', text: `rows ${rowList(lines)} are one pair (${r.en} ↔ ${r.ar}) but are both approved and rejected: all kept, none used until you settle it` });
  }
  return out;
}
