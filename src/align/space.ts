import type { SentenceStems, Vector } from '../types.ts';
import { dot, dotScattered } from '../vector.ts';
import { groupVectors, type GroupVector } from './groups.ts';
import { background, SimilarityIndex, type Neighbours } from './knn.ts';

/** What the aligner gets for one text: a vector and a length (characters) per sentence. */
export interface AlignSide {
  vectors: readonly Vector[];
  lengths: readonly number[];
  /** Vector of `count` consecutive sentences from `start` (e.g. the encoder on their joined text); default: combined. */
  group?: GroupVector;
  /** The sentences themselves, when known: a list of names is then mined by spelling (rescore.ts). */
  texts?: readonly string[];
  /**
   * Per sentence, the stems it carries and uses as verbs (`Encoder.stems`), when the encoder reads words: read on
   * first call, as only two reports compare them (events.ts) and reading them costs about a second encoding.
   */
  stems?: () => readonly SentenceStems[];
}

/** One side, prepared: its nearest neighbours on the other side and its margin background. */
export interface PreparedSide {
  count: number;
  vectors: readonly Vector[];
  /** True when `group` combines the sentence vectors (`combineVectors`) rather than coming from the encoder. */
  combined: boolean;
  lengths: readonly number[];
  group: GroupVector;
  /** Nearest sentences of the other side, per sentence. */
  nn: Neighbours[];
  /** Mean similarity to those k neighbours (missing ones count 0). */
  bg: Float32Array;
  /** Search over this side's sentences. */
  index: SimilarityIndex;
}

export interface Space {
  ar: PreparedSide;
  en: PreparedSide;
  k: number;
  /** Cosine of two groups. */
  sim(a0: number, aCount: number, e0: number, eCount: number): number;
  /** Mean background of the sentences of two groups. */
  bg(a0: number, aCount: number, e0: number, eCount: number): number;
}

/** Mean of xs[start .. start + count). */
export function mean(xs: Float32Array, start: number, count: number): number {
  let s = 0;
  for (let t = start; t < start + count; t++) s += xs[t];
  return s / count;
}

/** How many scattered Arabic groups to keep: the DP asks about at most four per row (beads up to 4-1). */
const SCATTER_SLOTS = 8;

/**
 * Cosine of an Arabic group with an English group. The DP asks, row by row, about a handful of Arabic groups
 * against dozens of English ones each, so a sparse Arabic group is scattered once into a dense array and each
 * product then costs only the English group's features (a merge join costs both sides', with a branch a step).
 */
function groupSimilarity(arGroup: GroupVector, enGroup: GroupVector, capacity: number): Space['sim'] {
  const slots: { key: number; vector: Vector; dense: Float64Array }[] = [];
  let size = 0;
  const scattered = (a0: number, ac: number): Float64Array | undefined => {
    const key = a0 * 8 + ac;
    const hit = slots.find((s) => s.key === key);
    if (hit) return hit.dense;
    const v = arGroup(a0, ac);
    if (v.kind !== 'sparse') return undefined;
    const needed = v.ids.length ? v.ids[v.ids.length - 1] + 1 : 0;
    let slot = slots.length < SCATTER_SLOTS ? undefined : slots.shift();
    if (slot) {
      // Zero only what the evicted vector set.
      const old = slot.vector;
      if (old.kind === 'sparse') for (const id of old.ids) slot.dense[id] = 0;
    }
    size = Math.max(size, needed);
    // Sized for every sentence's features at once: grown to each new largest id, the slots were reallocated (and
    // zeroed) over and over, most of the time of scoring a 10,000-link alignment's links.
    const dense = slot && slot.dense.length >= needed ? slot.dense : new Float64Array(Math.max(size, capacity, 1024));
    for (let t = 0; t < v.ids.length; t++) dense[v.ids[t]] = v.values[t];
    slots.push({ key, vector: v, dense });
    return dense;
  };
  return (a0, ac, e0, ec) => {
    const e = enGroup(e0, ec);
    const dense = e.kind === 'sparse' ? scattered(a0, ac) : undefined;
    if (!dense || e.kind !== 'sparse') return dot(arGroup(a0, ac), e);
    return dotScattered(dense, e);
  };
}

/** Where sentence x of a side of n sentences would fall on the other side of m, were the two in proportion. */
export function diagonal(x: number, n: number, m: number): number {
  return n > 1 ? Math.round((x * (m - 1)) / (n - 1)) : 0;
}

/** One more than the largest feature id of a side's sparse vectors (0 for dense ones). */
function featureCount(vectors: readonly Vector[]): number {
  let n = 0;
  for (const v of vectors) if (v.kind === 'sparse' && v.ids.length) n = Math.max(n, v.ids[v.ids.length - 1] + 1);
  return n;
}

/** Indexes both sides and finds every sentence's k nearest neighbours both ways: O((n + m)·k) memory. */
export function prepare(ar: AlignSide, en: AlignSide, k: number): Space {
  const arIndex = new SimilarityIndex(ar.vectors);
  const enIndex = new SimilarityIndex(en.vectors);
  // Ties (a sentence repeated word for word) go to the copy nearest the diagonal of a translation, where a partner
  // would be; by lowest index, every copy's best was the first copy, and only first copies paired up.
  const arNn = ar.vectors.map((v, i) => enIndex.nearest(v, k, diagonal(i, ar.vectors.length, en.vectors.length)));
  const enNn = en.vectors.map((v, j) => arIndex.nearest(v, k, diagonal(j, en.vectors.length, ar.vectors.length)));
  const side = (s: AlignSide, nn: Neighbours[], index: SimilarityIndex): PreparedSide => ({
    count: s.vectors.length,
    vectors: s.vectors,
    combined: s.group === undefined,
    lengths: s.lengths,
    group: groupVectors(s.vectors, s.lengths, s.group),
    nn,
    bg: Float32Array.from(nn.map((x) => background(x, k))),
    index,
  });
  const pa = side(ar, arNn, arIndex);
  const pe = side(en, enNn, enIndex);
  return {
    ar: pa,
    en: pe,
    k,
    sim: groupSimilarity(pa.group, pe.group, featureCount(ar.vectors)),
    bg: (a0, ac, e0, ec) => (mean(pa.bg, a0, ac) + mean(pe.bg, e0, ec)) / 2,
  };
}

/**
 * The score every link carries, in [0, 1]: how far the pair's cosine rises above the typical similarity of
 * its sentences to their k nearest neighbours, as a share of the way to a perfect match:
 * (cos − bg) / (1 − bg), clamped. 0 = no better than a typical near neighbour; 1 = identical vectors.
 */
export function linkScore(cos: number, bg: number): number {
  if (bg >= 1) return cos >= 1 ? 1 : 0;
  return Math.min(1, Math.max(0, (cos - bg) / (1 - bg)));
}

/** Mutual nearest neighbours (ar i's best is en j and en j's best is ar i), in Arabic order. */
export function mutualBest(space: Space): { ar: number; en: number; sim: number }[] {
  const out = [];
  for (let i = 0; i < space.ar.count; i++) {
    const nb = space.ar.nn[i];
    if (nb.ids.length === 0) continue;
    const j = nb.ids[0];
    const back = space.en.nn[j];
    if (back.ids.length && back.ids[0] === i) out.push({ ar: i, en: j, sim: nb.sims[0] });
  }
  return out;
}
