/**
 * Name lists: the similarity of a candidate pair becomes mostly how well the two names' spellings agree
 * (learned edit costs, src/names/agreement.ts), with a little of the encoder's cosine, and never less than the
 * cosine; neighbours and backgrounds are recomputed on it, so mining runs unchanged on the rescored space.
 */
import type { NameAgreement } from '../names/agreement.ts';
import { background, type Neighbours } from './knn.ts';
import { mean, type AlignSide, type PreparedSide, type Space } from './space.ts';

export interface RescoreOptions {
  /** Weight of the spelling agreement; the cosine gets the rest. */
  nameWeight: number;
  /** Candidates per sentence that get rescored (by cosine, unless every pair is), and neighbours kept for mining. */
  wide: number;
  /** Up to this many pairs (Arabic × English lines) every pair is rescored: the cosine can miss a spelling. */
  maxFullPairs: number;
}

// On 1000 dev names through the aligner (scripts/eval/lexical.ts) the encoder alone pairs 0.72 (Wikidata) / 0.77
// (Google) right; spelling is the better signal, and a small share of cosine breaks its near-ties:
// weight 0.85 → 0.950 / 0.982, 0.95 → 0.956 / 0.989, 1 → 0.953 / 0.987.
export const DEFAULT_RESCORE: RescoreOptions = { nameWeight: 0.95, wide: 16, maxFullPairs: 4_000_000 };

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
    const cos = space.sim(i, 1, j, 1);
    // Never below the cosine: a list may mix spelled names with translated ones (Germany ~ ألمانيا).
    const s = Math.max(cos, (1 - opts.nameWeight) * cos + opts.nameWeight * agree(i, j));
    if (table) table[key] = s;
    else memo.set(key, s);
    return s;
  };
  const all = (count: number): number[] => Array.from({ length: count }, (_, t) => t);
  const allEn = full ? all(m) : [];
  const allAr = full ? all(n) : [];
  const arNn = ar.vectors.map((v, i) => topK(full ? allEn : space.en.index.nearest(v, opts.wide).ids, (j) => score(i, j), opts.wide));
  const enNn = en.vectors.map((v, j) => topK(full ? allAr : space.ar.index.nearest(v, opts.wide).ids, (i) => score(i, j), opts.wide));
  // Mining may pair a name with its 16th neighbour (the better ones taken by others); the background stays the top k's.
  const bg = (x: Neighbours): number => background({ ids: x.ids.subarray(0, space.k), sims: x.sims.subarray(0, space.k) }, space.k);
  const side = (s: PreparedSide, nn: Neighbours[]): PreparedSide => ({ ...s, nn, bg: Float32Array.from(nn.map(bg)) });
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
