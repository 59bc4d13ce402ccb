import { GlossaryCsvError, parseCsvRecords, readStatus, restoreFormula, type Status } from '../glossary/csv.ts';
import type { GlossaryTable } from './model.ts';

/**
 * Reads a glossary CSV generically, by header name: every column is kept in file order (including ones this
 * version does not know), so the page can write the same file back with only the reviewer's changes.
 */
export function readGlossaryTable(text: string, file: string): GlossaryTable {
  // Any separator a spreadsheet saves with (`,` `;` TAB), as the tool reads it; the page writes commas back.
  const { records } = parseCsvRecords(text);
  if (records.length === 0) throw new GlossaryCsvError('empty CSV: no header row', 1);
  const columns = records[0].map((h) => restoreFormula(h.trim())); // the page guards them again when it writes
  for (const c of ['en', 'ar', 'status']) {
    if (!columns.includes(c)) throw new GlossaryCsvError(`header lacks the column "${c}"`, 1);
  }
  const rows = records.slice(1).map((r) => r.map(restoreFormula));
  const at = columns.indexOf('status');
  const statuses: Record<string, Status> = {};
  for (const r of rows) {
    const cell = r[at] ?? '';
    if (!(cell in statuses)) statuses[cell] = readStatus(cell) ?? 'proposed';
  }
  return { file, columns, rows, statuses };
}
