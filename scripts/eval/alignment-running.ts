/**
 * Sentence alignment of running text with the translators' own 1-n: each TICO-19 document joined into running
 * text on both sides, split by our segmenter (not presplit), aligned, and scored strictly against the TICO
 * segments mapped onto our sentences. Where a translator wrote one English sentence as two Arabic ones (or the
 * reverse), the gold link is 1-2 / 2-1: these are real merges, not made by us.
 */
import type { ModeChoice } from '../../src/align/index.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { alignTexts } from '../../src/pipeline.ts';
import type { Encoder, Lang, Sentence } from '../../src/types.ts';
import { joinDocument, MissingData, ticoDocuments } from '../data.ts';
import type { Figure, Module, Section } from '../harness.ts';
import { type GoldLink, realLinks, strictCounts } from './alignment.ts';

/** The index of the segment holding offset `pos` (segment k ends at boundaries[k]). */
function segmentAt(boundaries: readonly number[], pos: number): number {
  let lo = 0;
  let hi = boundaries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boundaries[mid] > pos) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * Gold links over our sentences: the sentences of each TICO segment, on both sides. A sentence running over a
 * segment end (the segmenter missed it) joins those segments into one gold link, so gold never splits a sentence.
 * Equal counts on both sides become 1-1 links, in order.
 */
export function goldOverSentences(sides: Record<Lang, { sentences: readonly Sentence[]; boundaries: readonly number[] }>): GoldLink[] {
  const n = sides.ar.boundaries.length;
  // joined[k]: segment k is joined with segment k + 1.
  const joined = new Uint8Array(n);
  const spans: Record<Lang, [number, number][]> = { ar: [], en: [] };
  for (const lang of ['ar', 'en'] as const) {
    const { sentences, boundaries } = sides[lang];
    for (const s of sentences) {
      const a = segmentAt(boundaries, s.start);
      const b = segmentAt(boundaries, s.end - 1);
      for (let k = a; k < b; k++) joined[k] = 1;
      spans[lang].push([a, b]);
    }
  }
  // Group id of each segment: runs of joined segments share one.
  const group = new Int32Array(n);
  for (let k = 1; k < n; k++) group[k] = group[k - 1] + (joined[k - 1] ? 0 : 1);
  const links = new Map<number, GoldLink>();
  for (const lang of ['ar', 'en'] as const) {
    spans[lang].forEach(([a], i) => {
      const g = group[a];
      const l = links.get(g) ?? { ar: [], en: [] };
      l[lang].push(i);
      links.set(g, l);
    });
  }
  // k sentences on each side of a segment: k 1-1 links in order (the translation confirms each sentence end, as
  // in the segmentation eval's confirmed gold); only unequal counts are the translator's merges.
  return [...links.values()]
    .filter((l) => l.ar.length && l.en.length)
    .flatMap((l) => (l.ar.length === l.en.length && l.ar.length > 1 ? l.ar.map((a, t) => ({ ar: [a], en: [l.en[t]] })) : [l]));
}

const isMerge = (l: GoldLink): boolean => l.ar.length > 1 || l.en.length > 1;

interface Tally {
  tp: number;
  pred: number;
  gold: number;
  mergeTp: number;
  mergePred: number;
  mergeGold: number;
}

async function run(docs: readonly { ar: string[]; en: string[] }[], encoder: Encoder, mode: ModeChoice): Promise<Tally> {
  const t: Tally = { tp: 0, pred: 0, gold: 0, mergeTp: 0, mergePred: 0, mergeGold: 0 };
  for (const d of docs) {
    const ar = joinDocument(d.ar);
    const en = joinDocument(d.en);
    const pair = await alignTexts(ar.text, en.text, { encoder, mode });
    const gold = goldOverSentences({ ar: { sentences: pair.ar, boundaries: ar.boundaries }, en: { sentences: pair.en, boundaries: en.boundaries } });
    const pred = realLinks(pair.alignment.links).map((l) => ({ ar: l.ar, en: l.en }));
    const all = strictCounts(pred, gold);
    const merges = strictCounts(pred.filter(isMerge), gold.filter(isMerge));
    t.tp += all.tp;
    t.pred += all.pred;
    t.gold += all.gold;
    t.mergePred += merges.pred;
    t.mergeGold += merges.gold;
    // A gold merge found counts whatever else was predicted: the strict match is the same.
    t.mergeTp += merges.tp;
  }
  return t;
}

const ratio = (a: number, b: number): string => (b ? a / b : 0).toFixed(4);

function figures(label: string, t: Tally): Figure[] {
  const p = t.pred ? t.tp / t.pred : 0;
  const r = t.gold ? t.tp / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [
    { metric: `${label}: strict F1, all links`, value: f.toFixed(4), note: `P ${p.toFixed(4)}, R ${r.toFixed(4)}, ${t.gold} gold links` },
    {
      metric: `${label}: n-m gold links (translator merges) found exactly (recall)`,
      value: ratio(t.mergeTp, t.mergeGold),
      note: `${t.mergeTp} of ${t.mergeGold}; precision of the n-m links made ${ratio(t.mergeTp, t.mergePred)} (${t.mergeTp} of ${t.mergePred})`,
    },
  ];
}

export const alignmentRunning: Module = {
  name: 'alignment-running',
  async run(ctx): Promise<Section[]> {
    const title = 'Alignment of running text with real 1-n merges (TICO-19, segmented, lexical encoder)';
    let docsMap;
    try {
      docsMap = ticoDocuments(ctx.dataDir);
    } catch (e) {
      if (e instanceof MissingData) return [{ title, figures: [], skipped: e.message }];
      throw e;
    }
    let docs = [...docsMap.values()].map((segs) => ({ ar: segs.map((s) => s.ar), en: segs.map((s) => s.en) }));
    if (ctx.smoke) docs = docs.slice(0, 3);
    const encoder = createLexicalEncoder();
    const out: Figure[] = [];
    for (const mode of ['parallel', 'auto'] as const) {
      ctx.log(`alignment-running: --mode ${mode}`);
      out.push(...figures(`--mode ${mode}`, await run(docs, encoder, mode)));
    }
    return [
      {
        title,
        setting:
          `npm run eval -- --only alignment-running${ctx.smoke ? ' --smoke' : ''}. ${docs.length} documents joined into running text as in the ` +
          "segmentation eval, split by `segment`, aligned by `alignTexts`; gold: each TICO segment's sentences on both sides " +
          '(segments a sentence runs across are one gold link; k sentences on each side are k 1-1 links in order). Where the translator split or merged sentences the gold link is 1-n or n-m: the Wikipedia documents have most.',
        figures: out,
      },
    ];
  },
};
