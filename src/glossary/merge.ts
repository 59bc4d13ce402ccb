import { normalizeArabic } from '../arabic/normalize.ts';
import type { GlossaryRow } from './csv.ts';

function key(r: Pick<GlossaryRow, 'en' | 'ar'>): string {
  return `${r.en.trim().toLowerCase()}\u0000${normalizeArabic(r.ar.trim())}`;
}

/** A row carries a reviewer's work when its status was changed or a reviewer column was filled. */
export function isReviewed(r: GlossaryRow): boolean {
  return r.status !== 'proposed' || Object.values(r.extra).some((v) => v.trim() !== '');
}

/**
 * Merges fresh proposals into an existing glossary without losing a reviewer's cell:
 * reviewed rows stay exactly as they are (approved ones even when not found again), rejected pairs are
 * not proposed again, unreviewed proposals are replaced by this run's, new pairs are added.
 */
export function mergeGlossary(existing: readonly GlossaryRow[], proposals: readonly GlossaryRow[]): GlossaryRow[] {
  const reviewed = existing.filter(isReviewed);
  const known = new Set(reviewed.map(key));
  const fresh = proposals.filter((p) => !known.has(key(p)));
  return [...reviewed, ...fresh];
}

const TYPE_ORDER = ['PERSON', 'PLACE', 'ORG', 'TERM'];

/** Stable review order: by type, then score (highest first), then English, then Arabic. */
export function sortRows(rows: readonly GlossaryRow[]): GlossaryRow[] {
  const typeRank = (t: string): number => {
    const i = TYPE_ORDER.indexOf(t);
    return i < 0 ? TYPE_ORDER.length : i;
  };
  return [...rows].sort(
    (a, b) =>
      typeRank(a.type) - typeRank(b.type) ||
      (Number(b.score) || 0) - (Number(a.score) || 0) ||
      a.en.localeCompare(b.en, 'en') ||
      a.ar.localeCompare(b.ar, 'ar'),
  );
}
