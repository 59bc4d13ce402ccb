import { conflictingPairs, idOfPair, legacyRowId, pairKey, readStatus, rowId, type GlossaryRow } from './csv.ts';

/**
 * The status as a reviewer meant it: "Approved ", "APPROVED", "yes", "✓" and "نعم" are one decision
 * (csv.ts lists the spellings). A word not known comes back as written, lower-cased.
 */
export function statusOf(r: GlossaryRow): string {
  return readStatus(r.status) ?? r.status.trim().toLowerCase();
}

/**
 * en/ar no longer what was proposed: a reviewer corrected them. Against the proposal's own spelling, letter for
 * letter: أكيبا corrected to آكيبا is a correction, though both match as one word.
 */
export function isEdited(r: GlossaryRow): boolean {
  if (r.proposed_en !== undefined || r.proposed_ar !== undefined) return (r.proposed_en ?? '').trim() !== r.en.trim() || (r.proposed_ar ?? '').trim() !== r.ar.trim();
  return r.id !== '' && !idOfPair(r.id, r.en, r.ar);
}

/**
 * A row carries a reviewer's work when its status says anything but "proposed" (a status not understood too:
 * it is theirs to settle), en/ar were corrected, or a reviewer column holds text.
 */
export function isReviewed(r: GlossaryRow): boolean {
  return readStatus(r.status) !== 'proposed' || isEdited(r) || Object.values(r.extra).some((v) => v.trim() !== '');
}

/**
 * Merges fresh proposals into an existing glossary without losing a reviewer's cell:
 * - reviewed rows stay exactly as they are, cell for cell; only the tool's columns change: `seen` says whether
 *   this run found them again (an approved pair not found stays, with seen = "no"), an id of an older version
 *   becomes this version's, and a row whose proposal is found learns it (proposed_en/proposed_ar);
 * - a proposal matching a reviewed row, by its id (the pair as first proposed, in either id format) or by what
 *   the row says now, is not added again: a rejected pair never comes back, nor does the original spelling of a
 *   corrected one;
 * - unreviewed proposals are replaced by this run's; new pairs are added.
 */
export function mergeGlossary(existing: readonly GlossaryRow[], proposals: readonly GlossaryRow[]): GlossaryRow[] {
  const byId = new Map<string, GlossaryRow>();
  for (const p of proposals) {
    byId.set(legacyRowId(p.en, p.ar), p);
    byId.set(p.id, p);
  }
  const byKey = new Map(proposals.map((p) => [pairKey(p.en, p.ar), p]));
  const kept = existing.filter(isReviewed).map((r) => {
    const same = byId.get(r.id);
    const out: GlossaryRow = { ...r, seen: same || byKey.has(pairKey(r.en, r.ar)) ? 'yes' : 'no' };
    if (same) {
      out.id = same.id;
      if (same.documents !== undefined) out.documents = same.documents;
      if (r.proposed_en === undefined && r.proposed_ar === undefined) Object.assign(out, { proposed_en: same.en, proposed_ar: same.ar });
    } else if (!r.id.startsWith('g') && idOfPair(r.id, r.en, r.ar)) {
      out.id = rowId(r.en, r.ar);
    }
    return out;
  });
  const knownIds = new Set(kept.map((r) => r.id));
  const knownKeys = new Set(kept.flatMap((r) => [pairKey(r.en, r.ar), ...(r.proposed_en !== undefined || r.proposed_ar !== undefined ? [pairKey(r.proposed_en ?? '', r.proposed_ar ?? '')] : [])]));
  const fresh = proposals.filter((p) => !knownIds.has(p.id) && !knownIds.has(legacyRowId(p.en, p.ar)) && !knownKeys.has(pairKey(p.en, p.ar)));
  return [...kept, ...fresh];
}

/** Rows whose decision counts: those of a pair that other rows decide the other way are left out until settled. */
export function settledRows(rows: readonly GlossaryRow[]): GlossaryRow[] {
  const conflicts = conflictingPairs(rows);
  return conflicts.size ? rows.filter((r) => !conflicts.has(pairKey(r.en, r.ar))) : [...rows];
}

const TYPE_ORDER = ['PERSON', 'PLACE', 'ORG', 'TERM'];

/** A type's place in review order (PERSON first, an unknown type last). */
export function typeRank(t: string): number {
  const i = TYPE_ORDER.indexOf(t.trim().toUpperCase());
  return i < 0 ? TYPE_ORDER.length : i;
}

/** Stable review order: by type, then score (highest first), then English, then Arabic. */
export function sortRows(rows: readonly GlossaryRow[]): GlossaryRow[] {
  return [...rows].sort(
    (a, b) =>
      typeRank(a.type) - typeRank(b.type) ||
      (Number(b.score) || 0) - (Number(a.score) || 0) ||
      a.en.localeCompare(b.en, 'en') ||
      a.ar.localeCompare(b.ar, 'ar') ||
      a.id.localeCompare(b.id),
  );
}
