import type { Status } from '../glossary/csv.ts';
import type { AlignMode, Link, Sentence } from '../types.ts';

/** A score band of the alignment view: links scoring at least `min` (and under the next band's) get its colour. */
export interface ScoreBand {
  name: 'high' | 'medium' | 'low';
  min: number;
  label: string;
}

// Fixed bands of the probability that a link is right (the score is calibrated: docs/ALIGNMENT.md), so a colour
// means the same in every report: green is right at least 4 times in 5, red wrong more often than right.
export const SCORE_BANDS: readonly ScoreBand[] = [
  { name: 'high', min: 0.8, label: 'likely right (≥ 0.80)' },
  { name: 'medium', min: 0.5, label: 'probably right (0.50–0.80)' },
  { name: 'low', min: 0, label: 'doubtful (< 0.50)' },
];

/** One row of the alignment view: a link, or a sentence no link covers (score null). */
export interface ReportRow {
  ar: number[];
  en: number[];
  /** The probability that the link is right; null for a sentence alone. */
  score: number | null;
  similarity?: number;
  status?: 'proposed' | 'approved' | 'rejected';
  /** `related`: the two sides share content without saying the same thing (comparable mode); the sentences then also appear in other rows. */
  kind?: 'equivalent' | 'related';
}

/** A glossary CSV as a table: its header in file order and its cells (formula guards removed). */
export interface GlossaryTable {
  /** File name the page offers when downloading the reviewed CSV. */
  file: string;
  columns: string[];
  rows: string[][];
  /**
   * The decision each status cell of the file stands for ("Yes", "✓", "نعم" → approved), as the tool reads it,
   * so the page counts and filters a spreadsheet's spellings as the next run will; unknown words are undecided.
   */
  statuses?: Record<string, Status>;
}

/** Everything the page shows; embedded in it as JSON. */
export interface ReportData {
  title: string;
  arFile: string;
  enFile: string;
  mode: AlignMode;
  reason: string;
  ar: string[];
  en: string[];
  rows: ReportRow[];
  /** Row indices in reading order of each side (comparable mode lets the reviewer switch). */
  order: { ar: number[]; en: number[] };
  bands: readonly ScoreBand[];
  glossary: GlossaryTable | null;
  /** File names the page offers for the links it writes: `<stem>.links.jsonl`, and the TMX of approved links. */
  linksFile: string;
  tmxFile: string;
  /** BCP-47 codes of the two sides in the TMX. */
  tmxLangs: [string, string];
  /** Lines of the links file carried over as they are (decisions that matched no sentence). */
  carried: object[];
  /** What the run used (lexicon sizes, FreeDict, model), one line; see src/resources. */
  resources?: string;
}

export interface ReportInput {
  title: string;
  arFile: string;
  enFile: string;
  ar: readonly Sentence[];
  en: readonly Sentence[];
  alignment: { mode: AlignMode; reason: string; links: readonly Link[]; rejected?: readonly Link[] };
  glossary: GlossaryTable | null;
  carried?: readonly object[];
  tmxLangs?: [string, string];
  resources?: string;
}

/**
 * Rows of the alignment view: every link with sentences on both sides, plus one row per sentence that no such
 * link covers — whether or not the aligner listed it as a one-sided link — so nothing is left out of the page.
 * A sentence in several links (comparable mode's related links) is shown in each of their rows.
 */
export function reportRows(links: readonly Link[], arCount: number, enCount: number, rejected: readonly Link[] = []): ReportRow[] {
  const row = (l: Link): ReportRow => ({
    ar: [...l.ar].sort((a, b) => a - b),
    en: [...l.en].sort((a, b) => a - b),
    score: l.score,
    ...(l.similarity !== undefined ? { similarity: l.similarity } : {}),
    ...(l.status ? { status: l.status } : {}),
    ...(l.kind ? { kind: l.kind } : {}),
  });
  const rows: ReportRow[] = links.filter((l) => l.ar.length && l.en.length && l.status !== 'rejected').map(row);
  const usedAr = new Set(rows.flatMap((r) => r.ar));
  const usedEn = new Set(rows.flatMap((r) => r.en));
  // Rejected links stay in view (to undo), but their sentences count as unaligned.
  rows.push(...rejected.filter((l) => l.ar.length && l.en.length).map(row));
  for (let i = 0; i < arCount; i++) if (!usedAr.has(i)) rows.push({ ar: [i], en: [], score: null });
  for (let j = 0; j < enCount; j++) if (!usedEn.has(j)) rows.push({ ar: [], en: [j], score: null });
  return rows;
}

/**
 * Row order following one side's sentences. A row with no sentence on that side (an unaligned sentence of the
 * other side) is placed just after the row holding its nearest preceding sentence on its own side, so it stays
 * in place among its neighbours.
 */
export function rowOrder(rows: readonly ReportRow[], side: 'ar' | 'en'): number[] {
  const other = side === 'ar' ? 'en' : 'ar';
  const rowOfOther = new Map<number, number>();
  rows.forEach((r, k) => r[other].forEach((i) => rowOfOther.set(i, k)));
  const anchor = (k: number): number => {
    const r = rows[k];
    if (r[side].length) return r[side][0];
    // Walk back on the other side to a row that has sentences on this side.
    for (let i = r[other][0] - 1; i >= 0; i--) {
      const prev = rowOfOther.get(i);
      if (prev !== undefined && rows[prev][side].length) return rows[prev][side][0];
    }
    return -1;
  };
  const keys = rows.map((r, k) => ({
    k,
    main: anchor(k),
    // Rows anchored after a sentence come after that sentence's own row, in their own side's order.
    after: r[side].length ? 0 : 1,
    tie: r[side].length ? (r[other][0] ?? -1) : r[other][0],
  }));
  keys.sort((a, b) => a.main - b.main || a.after - b.after || a.tie - b.tie || a.k - b.k);
  return keys.map((x) => x.k);
}

export function buildReportData(input: ReportInput): ReportData {
  const rows = reportRows(input.alignment.links, input.ar.length, input.en.length, input.alignment.rejected ?? []);
  return {
    title: input.title,
    arFile: input.arFile,
    enFile: input.enFile,
    mode: input.alignment.mode,
    reason: input.alignment.reason,
    ar: input.ar.map((s) => s.text),
    en: input.en.map((s) => s.text),
    rows,
    order: { ar: rowOrder(rows, 'ar'), en: rowOrder(rows, 'en') },
    bands: SCORE_BANDS,
    glossary: input.glossary,
    linksFile: `${input.title}.links.jsonl`,
    tmxFile: `${input.title}.approved.tmx`,
    tmxLangs: input.tmxLangs ?? ['ar', 'en'],
    carried: [...(input.carried ?? [])],
    ...(input.resources ? { resources: input.resources } : {}),
  };
}
