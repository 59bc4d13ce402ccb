/**
 * Name lists: the similarity of a candidate pair becomes mostly how well the two names' spellings agree
 * (learned edit costs, src/names/agreement.ts), with a little of the encoder's cosine; neighbours and
 * backgrounds are recomputed on it, so mining runs unchanged on the rescored space.
 */
import type { NameAgreement } from '../names/agreement.ts';
import { background, type Neighbours } from './knn.ts';
import { mean, type AlignSide, type PreparedSide, type Space } from './space.ts';

export interface RescoreOptions {
  /** Weight of the spelling agreement; the cosine gets the rest. */
  nameWeight: number;
  /** Candidates per sentence, by cosine, that get rescored. */
  wide: number;
  /** Up to this many pairs (Arabic × English lines) every pair is rescored: the cosine can miss a spelling. */
  maxFullPairs: number;
}

// On 1000 dev names (scripts/eval/lexical.ts): spelling alone pairs 0.940 (Wikidata) / 0.982 (Google) right,
// vectors alone 0.72 / 0.77 through the aligner; the cosine's share breaks the spelling's near-ties.
export const DEFAULT_RESCORE: RescoreOptions = { nameWeight: 0.85, wide: 16, maxFullPairs: 4_000_000 };

/** Top `k` of scored candidates, best first (ties by lower index, as the neighbour search). */
function topK(ids: Iterable<number>, score: (id: number) => number, k: number): Neighbours {
  const scored = [...ids].map((id) => ({ id, s: score(id) })).sort((a, b) => b.s - a.s || a.id - b.id).slice(0, k);
  return { ids: Int32Array.from(scored.map((x) => x.id)), sims: Float32Array.from(scored.map((x) => x.s)) };
}

export function rescoreNames(space: Space, ar: AlignSide, en: AlignSide, agree: NameAgreement, opts: RescoreOptions = DEFAULT_RESCORE): Space {
  const n = space.ar.count;
  const m = space.en.count;
  const full = n * m <= opts.maxFullPairs;
  // Each pair is met from both sides: score it once.
  const table = full ? new Float32Array(n * m).fill(NaN) : undefined;
  const memo = new Map<number, number>();
  const score = (i: number, j: number): number => {
    const key = i * m + j;
    const hit = table ? table[key] : memo.get(key);
    if (hit !== undefined && !Number.isNaN(hit)) return hit;
    const s = (1 - opts.nameWeight) * space.sim(i, 1, j, 1) + opts.nameWeight * agree(i, j);
    if (table) table[key] = s;
    else memo.set(key, s);
    return s;
  };
  const all = (count: number): number[] => Array.from({ length: count }, (_, t) => t);
  const allEn = full ? all(m) : [];
  const allAr = full ? all(n) : [];
  const arNn = ar.vectors.map((v, i) => topK(full ? allEn : space.en.index.nearest(v, opts.wide).ids, (j) => score(i, j), space.k));
  const enNn = en.vectors.map((v, j) => topK(full ? allAr : space.ar.index.nearest(v, opts.wide).ids, (i) => score(i, j), space.k));
  const side = (s: PreparedSide, nn: Neighbours[]): PreparedSide => ({ ...s, nn, bg: Float32Array.from(nn.map((x) => background(x, space.k))) });
  const pa = side(space.ar, arNn);
  const pe = side(space.en, enNn);
  return {
    ar: pa,
    en: pe,
    k: space.k,
    // A name line is a whole unit: groups get no similarity, so mining never merges two lines.
    sim: (a0, ac, e0, ec) => (ac === 1 && ec === 1 ? score(a0, e0) : 0),
    bg: (a0, ac, e0, ec) => (mean(pa.bg, a0, ac) + mean(pe.bg, e0, ec)) / 2,
  };
}
