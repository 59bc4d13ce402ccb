import { describe, expect, it } from 'vitest';
import { decideMode } from '../src/align/auto.ts';
import { BEADS, bestPath, fullBand, type Bead, type BeadGain } from '../src/align/dp.ts';
import { align } from '../src/align/index.ts';
import { withUnaligned } from '../src/align/links.ts';
import { SimilarityIndex } from '../src/align/knn.ts';
import { mine } from '../src/align/mine.ts';
import { anchors, bandAround, DEFAULT_PARALLEL, zigzag as zigzag_ } from '../src/align/parallel.ts';
import { prepare, type AlignSide } from '../src/align/space.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { alignTexts } from '../src/pipeline.ts';
import type { Vector } from '../src/types.ts';
import { dot, sparseFromMap } from '../src/vector.ts';
import { corpus } from './helpers.ts';

/** A sparse vector from feature ids with weights. */
const vec = (features: Record<number, number>): Vector => sparseFromMap(new Map(Object.entries(features).map(([k, v]) => [Number(k), v])));
const side = (vectors: Vector[], lengths?: number[]): AlignSide => ({ vectors, lengths: lengths ?? vectors.map(() => 50) });

/** Gain from a table: "a0+ac/e0+ec" → gain; singles from a matrix; skips cost 0.2; unknown groups forbidden. */
function tableGain(single: number[][], groups: Record<string, number> = {}): BeadGain {
  return (a0, ac, e0, ec) => {
    if (ac === 0 || ec === 0) return -0.2;
    if (ac === 1 && ec === 1) return single[a0][e0];
    return groups[`${a0}+${ac}/${e0}+${ec}`] ?? -Infinity;
  };
}

const summary = (path: { ar: number; en: number; ar0: number; en0: number }[]): string[] => path.map((b) => `${b.ar0}+${b.ar}/${b.en0}+${b.en}`);

describe('the bead DP (parallel mode)', () => {
  it('follows the diagonal of a clean 1-1 translation', () => {
    const s = [
      [0.9, 0.1, 0.0],
      [0.2, 0.8, 0.1],
      [0.0, 0.1, 0.7],
    ];
    expect(summary(bestPath(3, 3, tableGain(s)))).toEqual(['0+1/0+1', '1+1/1+1', '2+1/2+1']);
  });

  it('merges two Arabic sentences translated as one English sentence (2-1) when together they match better', () => {
    // ar 1 and ar 2 are the two halves of en 1: each alone matches it weakly, together strongly.
    const s = [
      [0.9, 0.0, 0.0],
      [0.0, 0.3, 0.0],
      [0.0, 0.3, 0.0],
      [0.0, 0.0, 0.8],
    ];
    const path = bestPath(4, 3, tableGain(s, { '1+2/1+1': 0.85 }));
    expect(summary(path)).toEqual(['0+1/0+1', '1+2/1+1', '3+1/2+1']);
  });

  it('keeps three weak 1-1 pairs rather than a 1-2 merge straight back by a 2-1 merge, unless the pair clearly earns it', () => {
    // The middle pair is weak (a hard translation, e.g. "Hourly folks will be fully paid." ↔ "يحصل الزملاء العاملون
    // بالساعة على أجورهم كاملة."); merging it into its neighbours both ways lands back on the diagonal.
    const s = [
      [0.3, 0.0, 0.0],
      [0.0, -0.3, 0.0],
      [0.0, 0.0, 0.3],
    ];
    const zigzag = { '0+1/0+2': 0.1, '1+2/2+1': 0.45 };
    const turn = (p: Bead, b: Bead): number => (zigzag_(p, b) ? DEFAULT_PARALLEL.turnCost : 0);
    expect(summary(bestPath(3, 3, tableGain(s, zigzag)))).toEqual(['0+1/0+2', '1+2/2+1']);
    expect(summary(bestPath(3, 3, tableGain(s, zigzag), fullBand(3, 3), BEADS, turn))).toEqual(['0+1/0+1', '1+1/1+1', '2+1/2+1']);
    // A real merge followed by 1-1 pays no turn cost; and a much stronger zigzag still wins.
    expect(summary(bestPath(3, 3, tableGain(s, { '0+1/0+2': 0.1, '1+2/2+1': 0.8 }), fullBand(3, 3), BEADS, turn))).toEqual(['0+1/0+2', '1+2/2+1']);
    expect(zigzag_({ ar: 2, en: 1 }, { ar: 1, en: 1 })).toBe(false);
    expect(zigzag_({ ar: 1, en: 0 }, { ar: 1, en: 2 })).toBe(false);
    expect(zigzag_({ ar: 3, en: 1 }, { ar: 1, en: 3 })).toBe(true);
  });

  it('leaves out a sentence the translation dropped (1-0) instead of forcing a wrong pair', () => {
    const s = [
      [0.9, 0.0],
      [-0.1, -0.3],
      [0.0, 0.8],
    ];
    expect(summary(bestPath(3, 2, tableGain(s)))).toEqual(['0+1/0+1', '1+1/1+0', '2+1/1+1']);
  });

  it('stays inside the band: a better path outside it is not taken', () => {
    // Best full path pairs ar 0 with en 3; a band around the diagonal forbids it.
    const s: number[][] = Array.from({ length: 4 }, (_, i) => Array.from({ length: 4 }, (_, j) => (i === j ? 0.5 : 0)));
    s[0][3] = 5;
    const free = summary(bestPath(4, 4, tableGain(s)));
    expect(free).toContain('0+1/3+1');
    const band = bandAround([], 4, 4, 1);
    const banded = summary(bestPath(4, 4, tableGain(s), band));
    expect(banded).toEqual(['0+1/0+1', '1+1/1+1', '2+1/2+1', '3+1/3+1']);
  });

  it('builds a band whose area grows linearly: 10,000 × 10,000 sentences take a few hundred thousand cells', () => {
    const n = 10_000;
    const pts = Array.from({ length: 100 }, (_, t) => ({ ar: t * 100 + 5, en: t * 100 + 7 }));
    const { lo, hi } = bandAround(pts, n, n, 16);
    let area = 0;
    for (let i = 0; i <= n; i++) area += hi[i] - lo[i] + 1;
    expect(area).toBeLessThan(50 * (n + 1));
    expect(lo[0]).toBe(0);
    expect(hi[n]).toBe(n);
    for (let i = 1; i <= n; i++) expect(lo[i] <= hi[i - 1] + 1 && lo[i] >= lo[i - 1]).toBe(true);
  });

  it('finds anchors only among in-order mutual best pairs', () => {
    // ar 0↔en 0, ar 1↔en 2, ar 2↔en 1 (crossed), ar 3↔en 3.
    const ar = [vec({ 1: 1 }), vec({ 2: 1 }), vec({ 3: 1 }), vec({ 4: 1 })];
    const en = [vec({ 1: 1 }), vec({ 3: 1 }), vec({ 2: 1 }), vec({ 4: 1 })];
    const chain = anchors(prepare(side(ar), side(en), 2));
    expect(chain).toHaveLength(3);
    expect(chain[0]).toEqual({ ar: 0, en: 0 });
    expect(chain[2]).toEqual({ ar: 3, en: 3 });
  });

  it('aligns a translation with a merge end to end through align()', () => {
    // en 1 = ar 1 + ar 2 (features 2 and 3), lengths agree with the merge.
    const ar = [vec({ 1: 1 }), vec({ 2: 1 }), vec({ 3: 1 }), vec({ 4: 1 }), vec({ 5: 1 })];
    const en = [vec({ 1: 1 }), vec({ 2: 1, 3: 1 }), vec({ 4: 1 }), vec({ 5: 1 })];
    const a = align(side(ar, [40, 30, 30, 40, 40]), side(en, [48, 72, 48, 48]), { mode: 'parallel' });
    expect(a.links.map((l) => [l.ar, l.en])).toEqual([
      [[0], [0]],
      [[1, 2], [1]],
      [[3], [2]],
      [[4], [3]],
    ]);
    for (const l of a.links) expect(l.score).toBeGreaterThan(0.5);
  });

  it('keeps two neighbouring sentences on one topic as two 1-1 links, not one 2-2 bead', async () => {
    // TICO-19 (PubMed): sentences 3 and 4 both speak of bat coronaviruses; pooled, they match each other as a block
    // a little better than one by one, but the translator kept both sentence ends.
    const pairs = [
      ['من الجدير بالملاحظة أن سارس كوف-2 يشارك المستقبِل الخلوي نفسه الموجود في سارس-كوف.', 'It is noteworthy that SARS-CoV-2 shares the same cellular receptor with SARS-CoV.'],
      ['نشوء فيروسات كورونا البشرية المستجدة: العودة إلى نقطة البداية', 'Emergence of novel HCoVs: back to ground zero'],
      ['إن تنوع فيروسات كورونا في الخفافيش يقدم فرصًا وفيرة لنشوء فيروسات كورونا البشرية المستجدة.', 'The diversity of bat CoVs provides ample opportunities for the emergence of novel HCoVs.'],
      ['وانطلاقًا من هذا المنطق، تكون فيروسات كورونا في الخفافيش مجمعًا وراثيًا لفيروسات كورونا البشرية.', 'In this sense, bat CoVs serve as the gene pool of HCoVs.'],
      ['حُدِّدت أيضًا مواقع إعادة التركيب في nsp9، ومعظم nsp10، وأجزاء من nsp14.', 'Recombination locations were also identified in the nsp9, most of nsp10, and parts of nsp14.'],
      ['أظهرت أن الخفافيش تكيفت بشكل مناسب مع فيروسات كورونا تشريحيًا وفسيولوجيًا.', 'It appeared that bats are well adapted to CoVs anatomically and physiologically.'],
    ];
    const pair = await alignTexts(pairs.map(([a]) => a).join('\n'), pairs.map(([, e]) => e).join('\n'), {
      encoder: createLexicalEncoder(),
      presplit: true,
      mode: 'parallel',
    });
    expect(pair.alignment.links.map((l) => `${l.ar}/${l.en}`)).toEqual(['0/0', '1/1', '2/2', '3/3', '4/4', '5/5']);
  });
});

describe('margin mining (comparable mode)', () => {
  it('links true pairs in any order and passes over a decoy that is close to everything', () => {
    // Feature 9 is a hub (think "said", "the three countries"). The decoy en 2 is made of hub and a little of
    // everyone's topic: its cosine with ar 0 (0.76) beats ar 0's true partner en 1 (0.70), but it is as close
    // to every other sentence, so its margin is low.
    const ar = [vec({ 1: 1, 9: 0.8 }), vec({ 2: 1, 9: 0.8 }), vec({ 3: 1, 9: 0.8 })];
    const en = [vec({ 2: 1, 6: 0.5 }), vec({ 1: 1, 5: 0.5 }), vec({ 9: 1, 1: 0.3, 2: 0.3, 3: 0.3 }), vec({ 3: 1, 7: 0.5 })];
    const space = prepare(side(ar), side(en), 2);
    expect(space.sim(0, 1, 2, 1)).toBeGreaterThan(space.sim(0, 1, 1, 1));
    expect(mine(space).map((l) => [l.ar, l.en])).toEqual([
      [[0], [1]],
      [[1], [0]],
      [[2], [3]],
    ]);
  });

  it('gives unrelated texts no links', () => {
    const ar = [vec({ 1: 1 }), vec({ 2: 1 })];
    const en = [vec({ 3: 1 }), vec({ 4: 1 })];
    expect(mine(prepare(side(ar), side(en), 2))).toEqual([]);
  });

  it('joins a second adjacent sentence when the two together match better (1-2)', () => {
    // ar 0 says both things en 0 and en 1 say separately.
    const ar = [vec({ 1: 1, 2: 1 }), vec({ 5: 1 })];
    const en = [vec({ 1: 1, 6: 0.2 }), vec({ 2: 1, 7: 0.2 }), vec({ 5: 1 })];
    const links = mine(prepare(side(ar), side(en), 2));
    expect(links.map((l) => [l.ar, l.en])).toEqual([
      [[0], [0, 1]],
      [[1], [2]],
    ]);
  });
});

describe('auto mode', () => {
  const diagonal = (n: number): { ar: Vector[]; en: Vector[] } => ({
    ar: Array.from({ length: n }, (_, i) => vec({ [i]: 1, [100 + (i % 3)]: 0.2 })),
    en: Array.from({ length: n }, (_, i) => vec({ [i]: 1, [100 + (i % 2)]: 0.2 })),
  });

  it('chooses parallel when the best links run along the diagonal', () => {
    const { ar, en } = diagonal(12);
    const d = decideMode(prepare(side(ar), side(en), 4));
    expect(d.mode).toBe('parallel');
    expect(d.reason).toMatch(/12 sentence pairs that are each other's best match, 100% of them in the same order/);
  });

  it('chooses comparable when the same sentences come in another order', () => {
    const { ar, en } = diagonal(12);
    const order = [7, 2, 10, 0, 5, 11, 3, 8, 1, 9, 6, 4];
    const d = decideMode(prepare(side(ar), side(order.map((t) => en[t])), 4));
    expect(d.mode).toBe('comparable');
    expect(d.monotone).toBeLessThan(0.7);
  });

  it('records the choice and its reason in the alignment', () => {
    const { ar, en } = diagonal(6);
    const a = align(side(ar), side(en));
    expect(a.mode).toBe('parallel');
    expect(a.reason).toMatch(/^a translation: 6 sentence pairs that are each other's best match/);
    expect(align(side(ar), side(en), { mode: 'comparable' })).toMatchObject({ mode: 'comparable', reason: expect.stringMatching(/^requested; every sentence paired, best match first/) });
  });
});

describe('scores and --min-score', () => {
  it('keeps every score in [0, 1] and shows links under the threshold as unaligned sentences', () => {
    const ar = [vec({ 1: 1 }), vec({ 2: 1, 8: 1 }), vec({ 3: 1 })];
    const en = [vec({ 1: 1 }), vec({ 2: 1, 9: 3 }), vec({ 3: 1 })];
    // The raw score (no calibration) on these toy vectors: the threshold's mechanics, not the probabilities.
    const all = align(side(ar), side(en), { mode: 'parallel', calibration: null });
    const weak = all.links.find((l) => l.ar[0] === 1);
    expect(weak?.en).toEqual([1]);
    for (const l of all.links) expect(l.score >= 0 && l.score <= 1).toBe(true);
    const kept = align(side(ar), side(en), { mode: 'parallel', calibration: null, minScore: (weak?.score ?? 0) + 0.01 });
    expect(kept.links).toContainEqual({ ar: [1], en: [], score: 0, status: 'proposed' });
    expect(kept.links).toContainEqual({ ar: [], en: [1], score: 0, status: 'proposed' });
    expect(kept.links.filter((l) => l.ar.length && l.en.length)).toHaveLength(2);
  });
});

describe('withUnaligned', () => {
  it('lists every sentence left out as a one-sided link', () => {
    const links = withUnaligned([{ ar: [1], en: [0], score: 0.5 }], 2, 2);
    expect(links).toEqual([
      { ar: [0], en: [], score: 0 },
      { ar: [1], en: [0], score: 0.5 },
      { ar: [], en: [1], score: 0 },
    ]);
  });
});

describe('alignment of the sample corpus', () => {
  it('treats the two reports as comparable and links the Arabic sentence on munitions for Putin to both English sentences that tell it', async () => {
    const pair = await alignTexts(corpus('ar'), corpus('en'), { encoder: createLexicalEncoder() });
    expect(pair.alignment.mode).toBe('comparable');
    const arI = pair.ar.findIndex((s) => s.text.includes('الذخائر'));
    const enI = pair.en.findIndex((s) => s.text.includes('munitions'));
    const enFavour = pair.en.findIndex((s) => s.text.includes('returned the favor'));
    const link = pair.alignment.links.find((l) => l.ar.includes(arI) && l.kind === 'equivalent');
    expect(link?.ar).toEqual([arI]);
    expect(link?.en).toEqual([enI, enFavour]);
    expect(link?.evidence).toEqual(expect.arrayContaining(['Putin', 'Ukraine']));
    // Every sentence appears, at most once outside related links; related links add pairs, never repeat one.
    const all = (side: 'ar' | 'en'): number[] => [...new Set(pair.alignment.links.flatMap((l) => l[side]))].sort((a, b) => a - b);
    expect(all('ar')).toEqual(pair.ar.map((s) => s.index));
    expect(all('en')).toEqual(pair.en.map((s) => s.index));
    const oneToOne = pair.alignment.links.filter((l) => l.kind !== 'related').flatMap((l) => l.en);
    expect(new Set(oneToOne).size).toBe(oneToOne.length);
    const pairs = pair.alignment.links.flatMap((l) => l.ar.flatMap((a) => l.en.map((e) => `${a}|${e}`)));
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

describe('neighbour search without a similarity matrix', () => {
  /** Deterministic pseudo-random numbers. */
  const rng = (seed: number): (() => number) => () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);

  it('finds the same nearest neighbours as comparing every pair, for sparse and dense vectors', () => {
    const r = rng(7);
    const sparse = (): Vector => vec(Object.fromEntries(Array.from({ length: 4 }, () => [Math.floor(r() * 30), r() + 0.1])));
    const dense = (): Vector => {
      const v = Float32Array.from({ length: 8 }, () => r() - 0.5);
      const n = Math.hypot(...v);
      return { kind: 'dense', values: v.map((x) => x / n) };
    };
    // A feature every target carries (a common word): with 700 targets its postings exceed the pruning limit,
    // so candidates come from the rarer features and are rescored exactly; a target sharing nothing but the
    // common word may be missed (documented), so the reference only counts targets sharing a rarer feature.
    const common = (): Vector => vec({ 999: 0.5, ...Object.fromEntries(Array.from({ length: 3 }, () => [Math.floor(r() * 300), r() + 0.1])) });
    for (const [make, count] of [[sparse, 40], [dense, 40], [common, 700]] as const) {
      const targets = Array.from({ length: count }, make);
      const index = new SimilarityIndex(targets);
      for (let q = 0; q < 10; q++) {
        const query = make();
        const sharesRare = (t: Vector): boolean =>
          t.kind !== 'sparse' || query.kind !== 'sparse' || [...t.ids].some((id) => id !== 999 && query.ids.includes(id));
        const brute = targets
          .map((t, j) => ({ j, s: dot(query, t), t }))
          .filter((x) => x.s > 0 && sharesRare(x.t))
          .sort((a, b) => b.s - a.s || a.j - b.j)
          .slice(0, 3);
        const nb = index.nearest(query, 3);
        expect([...nb.ids]).toEqual(brute.map((x) => x.j));
        nb.ids.forEach((j, t) => expect(nb.sims[t]).toBeCloseTo(dot(query, targets[j]), 5));
      }
    }
  });

  it('aligns dense vectors (a neural encoder) the same way as sparse ones', () => {
    const dense = (hot: number, noise: number): Vector => {
      const v = new Float32Array(8).fill(noise);
      v[hot] = 1;
      const n = Math.hypot(...v);
      return { kind: 'dense', values: v.map((x) => x / n) };
    };
    const ar = [0, 1, 2, 3, 4, 5].map((h) => dense(h, 0.1));
    const en = [0, 1, 2, 3, 4, 5].map((h) => dense(h, 0.15));
    const a = align(side(ar), side(en));
    expect(a.mode).toBe('parallel');
    expect(a.links.map((l) => [l.ar, l.en])).toEqual([0, 1, 2, 3, 4, 5].map((t) => [[t], [t]]));
  });
});
