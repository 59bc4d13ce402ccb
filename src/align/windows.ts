/**
 * Long texts aligned window by window. Neighbour search over a whole side grows faster than the text (a query
 * follows posting lists up to 10·√n long) and the vectors of a million sentences do not fit in 2 GB, so a pair with
 * more than `above` sentences a side is aligned in consecutive windows: each window's sentences are encoded and aligned
 * on their own, its links up to a cut well before its end are kept, and the next window starts at the cut. The tail
 * a window drops (where its end, guessed from the text lengths, may not match) is aligned again by the next.
 */
import type { Link } from '../types.ts';

export const WINDOW_DEFAULTS = {
  /** A pair with no more sentences a side than this is aligned whole (the 10,000-sentence benchmark stays whole). */
  above: 25_000,
  /** Arabic sentences per window: neighbour search in a window costs up to its size per query, so smaller is faster. */
  size: 10_000,
  /** Share of a window (each side) whose links are kept; the rest is aligned again in the next window. */
  keep: 0.8,
};

/** Running sums of lengths: sums[k] = lengths[0] + … + lengths[k − 1]. */
export function prefixSums(lengths: readonly number[]): Float64Array {
  const sums = new Float64Array(lengths.length + 1);
  for (let k = 0; k < lengths.length; k++) sums[k + 1] = sums[k] + lengths[k];
  return sums;
}

/**
 * End (exclusive) of the English window that matches the Arabic window [a0, a1): the same share of the English text
 * still to align as the window takes of the Arabic, by characters; at least one sentence, all of it when the Arabic
 * window reaches the end.
 */
export function englishEnd(arSums: Float64Array, enSums: Float64Array, a0: number, a1: number, e0: number): number {
  const n = arSums.length - 1;
  const m = enSums.length - 1;
  if (a1 >= n || e0 >= m) return m;
  const rest = arSums[n] - arSums[a0];
  const share = rest > 0 ? (arSums[a1] - arSums[a0]) / rest : (a1 - a0) / (n - a0);
  const target = enSums[e0] + share * (enSums[m] - enSums[e0]);
  // First e with enSums[e] >= target.
  let lo = e0 + 1;
  let hi = m;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (enSums[mid] >= target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The links of a window (indices local to it, `arCount` × `enCount` sentences) that are kept, and where the next
 * window starts: after the two-sided link that ends last while both its sides end within the kept share. Links past
 * the cut on either side are left to the next window; so are one-sided links (their sentences are completed at the
 * end). Without any such link the cut falls at the kept share itself, and the sentences before it stay unaligned.
 */
export function cutWindow(links: readonly Link[], arCount: number, enCount: number, keep = WINDOW_DEFAULTS.keep): { kept: Link[]; ar: number; en: number } {
  const arLimit = Math.max(1, Math.floor(arCount * keep));
  const enLimit = Math.floor(enCount * keep);
  let ar = 0;
  let en = 0;
  for (const l of links) {
    if (!l.ar.length || !l.en.length) continue;
    const a = Math.max(...l.ar) + 1;
    const e = Math.max(...l.en) + 1;
    if (a <= arLimit && e <= enLimit && (a > ar || (a === ar && e > en))) [ar, en] = [a, e];
  }
  if (ar === 0) [ar, en] = [arLimit, enLimit];
  const kept = links.filter((l) => l.ar.length && l.en.length && l.ar.every((i) => i < ar) && l.en.every((j) => j < en));
  return { kept, ar, en };
}
