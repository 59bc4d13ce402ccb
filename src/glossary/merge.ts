import { normalizeArabic } from '../arabic/normalize.ts';
import { rowId, type GlossaryRow } from './csv.ts';

function key(r: Pick<GlossaryRow, 'en' | 'ar'>): string {
  return `${r.en.trim().toLowerCase()}\u0000${normalizeArabic(r.ar.trim())}`;
}

/** The status as a reviewer meant it: "Approved ", "APPROVED" and "approved" are one decision. */
export function statusOf(r: GlossaryRow): string {
  return r.status.trim().toLowerCase() || 'proposed';
}

/** en/ar no longer what was proposed: a reviewer corrected them. */
export function isEdited(r: GlossaryRow): boolean {
  return r.id !== '' && rowId(r.en, r.ar) !== r.id;
}

/** A row carries a reviewer's work when its status was changed, en/ar corrected, or a reviewer column filled. */
export function isReviewed(r: GlossaryRow): boolean {
  return statusOf(r) !== 'proposed' || isEdited(r) || Object.values(r.extra).some((v) => v.trim() !== '');
}

/**
 * Merges fresh proposals into an existing glossary without losing a reviewer's cell:
 * - reviewed rows stay exactly as they are, cell for cell; only `seen` says whether this run found them again
 *   (an approved pair not found stays, with seen = "no");
 * - a proposal matching a reviewed row, by its id (the pair as first proposed) or by what the row says now, is not
 *   added again: a rejected pair never comes back, nor does the original spelling of a corrected one;
 * - unreviewed proposals are replaced by this run's; new pairs are added.
 */
export function mergeGlossary(existing: readonly GlossaryRow[], proposals: readonly GlossaryRow[]): GlossaryRow[] {
  const reviewed = existing.filter(isReviewed);
  const ids = new Set(proposals.map((p) => p.id));
  const keys = new Set(proposals.map(key));
  const kept = reviewed.map((r) => ({ ...r, seen: ids.has(r.id) || keys.has(key(r)) ? 'yes' : 'no' }));
  const knownIds = new Set(kept.map((r) => r.id));
  const knownKeys = new Set(kept.map(key));
  const fresh = proposals.filter((p) => !knownIds.has(p.id) && !knownKeys.has(key(p)));
  return [...kept, ...fresh];
}

const TYPE_ORDER = ['PERSON', 'PLACE', 'ORG', 'TERM'];

/** Stable review order: by type, then score (highest first), then English, then Arabic. */
export function sortRows(rows: readonly GlossaryRow[]): GlossaryRow[] {
  const typeRank = (t: string): number => {
    const i = TYPE_ORDER.indexOf(t.trim().toUpperCase());
    return i < 0 ? TYPE_ORDER.length : i;
  };
  return [...rows].sort(
    (a, b) =>
      typeRank(a.type) - typeRank(b.type) ||
      (Number(b.score) || 0) - (Number(a.score) || 0) ||
      a.en.localeCompare(b.en, 'en') ||
      a.ar.localeCompare(b.ar, 'ar') ||
      a.id.localeCompare(b.id),
  );
}
