import { displayTerm } from '../arabic/normalize.ts';
import { pairKey, rowId, type GlossaryRow } from './csv.ts';
import { statusOf, typeRank } from './merge.ts';

/** One document's glossary rows, as its `<stem>.csv` holds them after this run. */
export interface DocumentGlossary {
  stem: string;
  rows: readonly GlossaryRow[];
}

const count = (r: GlossaryRow): number => Number(r.count) || 0;
const score = (r: GlossaryRow): number => Number(r.score) || 0;

/**
 * One list for the reviewers of a corpus: every pair found in this run by some document (a row's `seen` is "yes")
 * and not rejected there, counted across documents. A pair's cells are those of its best-scored sighting; its
 * type is the one most sentences gave it; `documents` names the documents it comes from. The rows are proposals:
 * the corpus file's own decisions are merged in by the same rules as a document's (`mergeGlossary`).
 */
export function consolidateGlossaries(docs: readonly DocumentGlossary[]): GlossaryRow[] {
  const groups = new Map<string, { stem: string; row: GlossaryRow }[]>();
  for (const d of docs) {
    for (const row of d.rows) {
      if (row.seen !== 'yes' || statusOf(row) === 'rejected' || !row.en.trim() || !row.ar.trim()) continue;
      const k = pairKey(row.en, row.ar);
      const g = groups.get(k);
      if (g) g.push({ stem: d.stem, row });
      else groups.set(k, [{ stem: d.stem, row }]);
    }
  }
  const out: GlossaryRow[] = [];
  for (const g of groups.values()) {
    // The best sighting, ties to the earlier document: the output does not depend on the order of equal rows.
    const best = g.reduce((a, b) => (score(b.row) > score(a.row) ? b : a)).row;
    const byType = new Map<string, number>();
    for (const { row } of g) byType.set(row.type, (byType.get(row.type) ?? 0) + Math.max(1, count(row)));
    const type = [...byType].sort((a, b) => b[1] - a[1] || typeRank(a[0]) - typeRank(b[0]) || a[0].localeCompare(b[0]))[0][0];
    const en = displayTerm(best.en);
    const ar = displayTerm(best.ar);
    out.push({
      id: rowId(en, ar),
      seen: 'yes',
      en,
      ar,
      type,
      score: score(best).toFixed(3),
      count: String(g.reduce((n, { row }) => n + count(row), 0)),
      status: 'proposed',
      en_context: best.en_context,
      ar_context: best.ar_context,
      proposed_en: en,
      proposed_ar: ar,
      documents: [...new Set(g.map((x) => x.stem))].sort().join('; '),
      extra: {},
    });
  }
  return out;
}
