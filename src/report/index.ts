import { basename } from 'node:path';
import { writeGlossaryCsv, GlossaryCsvError, type GlossaryRow } from '../glossary/csv.ts';
import { EXIT, UserError } from '../errors.ts';
import type { AlignedPair } from '../pipeline.ts';
import { renderReportHtml } from './html.ts';
import { buildReportData, type GlossaryTable } from './model.ts';
import { readGlossaryTable } from './table.ts';

export { renderReportHtml } from './html.ts';
export { buildReportData } from './model.ts';

/** Where a report's glossary comes from: a CSV file's text (as reviewed so far), or fresh proposals. */
export type ReportGlossary = { csvText: string; file: string } | { proposals: readonly GlossaryRow[]; file: string };

/** `<stem>` of `<dir>/<stem>.ar.txt` (or of any file name, without its extensions). */
export function stemOf(path: string): string {
  return basename(path).replace(/\.(ar|en)\.txt$/, '').replace(/\.[^.]*$/, '');
}

function glossaryTable(g: ReportGlossary): GlossaryTable {
  const text = 'csvText' in g ? g.csvText : writeGlossaryCsv(g.proposals);
  try {
    return readGlossaryTable(text, g.file);
  } catch (e) {
    if (e instanceof GlossaryCsvError) throw new UserError(`${g.file}: ${e.message}`, EXIT.badInput);
    throw e;
  }
}

/** The review page of one aligned pair. */
export function buildReportHtml(pair: AlignedPair, files: { ar: string; en: string }, glossary: ReportGlossary | null, resources?: string): string {
  return renderReportHtml(
    buildReportData({
      title: stemOf(files.ar),
      arFile: basename(files.ar),
      enFile: basename(files.en),
      ar: pair.ar,
      en: pair.en,
      alignment: pair.alignment,
      glossary: glossary ? glossaryTable(glossary) : null,
      carried: pair.unmatched ?? [],
      ...(resources ? { resources } : {}),
    }),
  );
}
