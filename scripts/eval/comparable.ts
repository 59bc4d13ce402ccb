/**
 * Comparable reports (comparable-news-dev): what two independent reports share. Scored at the sentence-pair level,
 * as issue #14 defines it: a link with Arabic set A and English set E asserts every pair in A×E; strong recall =
 * strong gold pairs asserted / strong gold pairs; precision = asserted pairs listed in gold (strong or partial) /
 * asserted pairs. Both modes and auto, per pair and pooled; each Arabic text against another event's English as the
 * false-link rate; and the sample pair's gold (test/fixtures/seoul-talks.gold.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModeChoice } from '../../src/align/index.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { alignTexts } from '../../src/pipeline.ts';
import type { Encoder, Link } from '../../src/types.ts';
import { MissingData, readComparableNews, type ComparableGoldLink, type ComparablePair } from '../data.ts';
import type { Figure, Module, RunContext, Section } from '../harness.ts';

export interface PairCounts {
  strongFound: number;
  strong: number;
  right: number;
  asserted: number;
  /** Asserted pairs that are strong in the gold (precision against strong only). */
  rightStrong: number;
}

const pairKey = (a: number, e: number): string => `${a}|${e}`;

/** The sentence pairs a set of links asserts (A×E of each link, each pair once). */
export function assertedPairs(links: readonly Link[]): Set<string> {
  const out = new Set<string>();
  for (const l of links) for (const a of l.ar) for (const e of l.en) out.add(pairKey(a, e));
  return out;
}

/** Pair-level counts of links against comparable gold. */
export function scorePairs(links: readonly Link[], gold: readonly ComparableGoldLink[]): PairCounts {
  const asserted = assertedPairs(links);
  const strong = new Set(gold.filter((g) => g.strength === 'strong').map((g) => pairKey(g.ar, g.en)));
  const any = new Set(gold.map((g) => pairKey(g.ar, g.en)));
  let right = 0;
  let rightStrong = 0;
  for (const p of asserted) {
    if (any.has(p)) right++;
    if (strong.has(p)) rightStrong++;
  }
  return { strongFound: rightStrong, strong: strong.size, right, asserted: asserted.size, rightStrong };
}

function add(a: PairCounts, b: PairCounts): PairCounts {
  return {
    strongFound: a.strongFound + b.strongFound,
    strong: a.strong + b.strong,
    right: a.right + b.right,
    asserted: a.asserted + b.asserted,
    rightStrong: a.rightStrong + b.rightStrong,
  };
}

const ZERO: PairCounts = { strongFound: 0, strong: 0, right: 0, asserted: 0, rightStrong: 0 };
const ratio = (x: number, n: number): string => (n ? x / n : 0).toFixed(3);

function describe(c: PairCounts): string {
  return `strong ${c.strongFound}/${c.strong}, precision ${c.right}/${c.asserted}`;
}

export interface ModeRun {
  total: PairCounts;
  perPair: { name: string; counts: PairCounts; mode: string; reason: string }[];
}

/** Aligns every pair in one mode and scores it. */
export async function runComparable(pairs: readonly ComparablePair[], encoder: Encoder, mode: ModeChoice): Promise<ModeRun> {
  const run: ModeRun = { total: ZERO, perPair: [] };
  for (const p of pairs) {
    const aligned = await alignTexts(p.arText, p.enText, { encoder, mode });
    const links = aligned.alignment.links.filter((l) => l.ar.length && l.en.length);
    const counts = scorePairs(links, p.links);
    run.total = add(run.total, counts);
    run.perPair.push({ name: p.name, counts, mode: aligned.alignment.mode, reason: aligned.alignment.reason });
  }
  return run;
}

function modeFigures(label: string, run: ModeRun): Figure[] {
  const t = run.total;
  const chosen = new Map<string, number>();
  for (const p of run.perPair) chosen.set(p.mode, (chosen.get(p.mode) ?? 0) + 1);
  const parallelPairs = run.perPair.filter((p) => p.mode === 'parallel').map((p) => p.name);
  return [
    { metric: `${label}: strong recall (pooled)`, value: ratio(t.strongFound, t.strong), note: `${t.strongFound} of ${t.strong} strong gold pairs` },
    { metric: `${label}: pair precision (pooled)`, value: ratio(t.right, t.asserted), note: `${t.right} of ${t.asserted} asserted pairs in the gold (strong or partial); ${t.rightStrong} strong` },
    {
      metric: `${label}: mode chosen`,
      value: [...chosen].map(([m, n]) => `${m} ${n}`).join(', '),
      note: parallelPairs.length ? `parallel for ${parallelPairs.join(', ')}` : '',
    },
    {
      metric: `${label}: per pair`,
      value: `${run.perPair.length} pairs`,
      note: run.perPair.map((p) => `${p.name} ${p.counts.strongFound}/${p.counts.strong} · ${p.counts.right}/${p.counts.asserted}`).join('; '),
    },
  ];
}

interface SampleGold {
  sure: { ar: number[]; en: number[] }[];
  possible: { ar: number[]; en: number[] }[];
}

/** The sample pair (corpus/seoul-talks), its gold links read as sentence pairs: sure ones as strong. */
async function samplePair(encoder: Encoder): Promise<Figure[]> {
  const root = join(import.meta.dirname, '../..');
  const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/seoul-talks.gold.json'), 'utf8')) as SampleGold;
  const read = (l: string): string => readFileSync(join(root, `corpus/seoul-talks.${l}.txt`), 'utf8');
  const asPairs = (ls: SampleGold['sure'], strength: 'strong' | 'partial'): ComparableGoldLink[] =>
    ls.flatMap((l) => l.ar.flatMap((ar) => l.en.map((en) => ({ ar, en, strength }))));
  const strong = asPairs(gold.sure, 'strong');
  const strongKeys = new Set(strong.map((g) => pairKey(g.ar, g.en)));
  const links = [...strong, ...asPairs(gold.possible, 'partial').filter((g) => !strongKeys.has(pairKey(g.ar, g.en)))];
  const aligned = await alignTexts(read('ar'), read('en'), { encoder, mode: 'auto' });
  const c = scorePairs(
    aligned.alignment.links.filter((l) => l.ar.length && l.en.length),
    links,
  );
  return [
    { metric: 'sample pair (seoul-talks), --mode auto: mode chosen', value: aligned.alignment.mode, note: aligned.alignment.reason },
    { metric: 'sample pair, --mode auto: sure-link pair recall', value: ratio(c.strongFound, c.strong), note: describe(c) },
    { metric: 'sample pair, --mode auto: pair precision (sure or possible)', value: ratio(c.right, c.asserted), note: `${c.right} of ${c.asserted}` },
  ];
}

/** Each Arabic text against the next pair's English (another event): links per sentence of the shorter text. */
async function mismatched(pairs: readonly ComparablePair[], encoder: Encoder, mode: ModeChoice): Promise<Figure> {
  let links = 0;
  let sentences = 0;
  for (let n = 0; n < pairs.length; n++) {
    const other = pairs[(n + 1) % pairs.length];
    const aligned = await alignTexts(pairs[n].arText, other.enText, { encoder, mode });
    links += aligned.alignment.links.filter((l) => l.ar.length && l.en.length).length;
    sentences += Math.min(pairs[n].ar.length, other.en.length);
  }
  return { metric: `mismatched pairs (each Arabic text with the next event's English), --mode ${mode}: links per sentence`, value: ratio(links, sentences), note: `${links} links over ${sentences} sentences (shorter side)` };
}

export const comparable: Module = {
  name: 'comparable',
  async run(ctx: RunContext): Promise<Section[]> {
    const title = 'Comparable reports (comparable-news-dev, lexical encoder), scored by sentence pair';
    let pairs: ComparablePair[];
    try {
      pairs = readComparableNews(ctx.dataDir);
    } catch (e) {
      if (e instanceof MissingData) return [{ title, figures: [], skipped: e.message }];
      throw e;
    }
    if (ctx.smoke) pairs = pairs.slice(0, 3);
    const encoder = createLexicalEncoder();
    const figures: Figure[] = [];
    for (const mode of ['auto', 'comparable', 'parallel'] as const) {
      ctx.log(`comparable: --mode ${mode}`);
      const run = await runComparable(pairs, encoder, mode);
      for (const p of run.perPair) ctx.log(`  ${p.name} [${p.mode}] ${describe(p.counts)} — ${p.reason}`);
      figures.push(...modeFigures(`--mode ${mode}`, run));
    }
    ctx.log('comparable: mismatched pairs');
    figures.push(await mismatched(pairs, encoder, 'auto'));
    figures.push(...(await samplePair(encoder)));
    return [{ title, setting: `npm run eval -- --only comparable${ctx.smoke ? ' --smoke' : ''}`, figures }];
  },
};
