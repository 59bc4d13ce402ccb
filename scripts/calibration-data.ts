/**
 * Link evidence with its truth, from the development data: what the score calibration is fitted on
 * (scripts/calibrate.ts) and measured on (scripts/eval/calibration.ts). A link's truth is the share of its
 * sentence pairs the gold links (1 or 0 for a 1-1 link; ½ for a 1-2 link of which one pair is gold).
 */
import { alignDetailed } from '../src/align/index.ts';
import { featureVector, type LinkEvidence } from '../src/align/calibration.ts';
import { encodeSide } from '../src/align/sides.ts';
import { presplit } from '../src/segment/presplit.ts';
import type { AlignMode, Encoder, Sentence } from '../src/types.ts';
import { readComparableNews, ticoDocuments } from './data.ts';
import { shuffled, withMerges, type GoldLink } from './eval/alignment.ts';

export interface Sample {
  /** Which kind of text: the sets are reported apart. */
  set: string;
  /** Document identity: cross-validation folds never split one document (nor its variants). */
  doc: string;
  mode: AlignMode;
  evidence: LinkEvidence;
  x: number[];
  /** Share of the link's sentence pairs that are gold. */
  y: number;
}

export interface Pair {
  set: string;
  doc: string;
  ar: Sentence[];
  en: Sentence[];
  gold: GoldLink[];
  /** The mode asked for (default auto, as a user runs it). */
  mode?: AlignMode;
}

const clean = (s: string): string => s.replace(/[\r\n]+/g, ' ').trim() || '.';

/** The texts: TICO-19 documents as translated, with merges, shuffled, partly shuffled, unrelated; comparable news. */
export function calibrationPairs(dataDir: string, smoke: boolean): Pair[] {
  let docs = [...ticoDocuments(dataDir).entries()].map(([id, segs]) => ({ id, ar: segs.map((s) => clean(s.ar)), en: segs.map((s) => clean(s.en)) }));
  if (smoke) docs = docs.slice(0, 4);
  const lines = (xs: readonly string[]): Sentence[] => presplit(xs.join('\n'));
  const out: Pair[] = [];
  docs.forEach((d, n) => {
    out.push({ set: 'TICO-19 translated', doc: d.id, ar: lines(d.ar), en: lines(d.en), gold: d.ar.map((_, t) => ({ ar: [t], en: [t] })) });
    const m = withMerges(d.ar, d.en);
    out.push({ set: 'TICO-19 with merges', doc: d.id, ar: lines(m.ar), en: lines(m.en), gold: m.gold });
    const order = shuffled(d.en.map((_, t) => t), n + 1);
    const pos = new Map(order.map((t, p) => [t, p]));
    out.push({ set: 'TICO-19 shuffled', doc: d.id, ar: lines(d.ar), en: lines(order.map((t) => d.en[t])), gold: d.ar.map((_, t) => ({ ar: [t], en: [pos.get(t)!] })) });
    // Both sides 80%, shuffled: sentences without partners on both sides.
    const keptEn = d.en.map((_, t) => t).filter((t) => t % 5 !== 2);
    const keptAr = d.ar.map((_, t) => t).filter((t) => t % 5 !== 4);
    const pOrder = shuffled(keptEn, n + 7);
    const enPos = new Map(pOrder.map((t, p) => [t, p]));
    const arPos = new Map(keptAr.map((t, p) => [t, p]));
    out.push({
      set: 'TICO-19 partial overlap',
      doc: d.id,
      ar: lines(keptAr.map((t) => d.ar[t])),
      en: lines(pOrder.map((t) => d.en[t])),
      gold: keptAr.filter((t) => enPos.has(t)).map((t) => ({ ar: [arPos.get(t)!], en: [enPos.get(t)!] })),
    });
    const other = docs[(n + 1) % docs.length];
    out.push({ set: 'TICO-19 unrelated', doc: d.id, ar: lines(d.ar), en: lines(other.en), gold: [] });
    // A user may force a mode: each model also sees texts of the other kind.
    if (n % 2 === 0) out.push({ set: 'TICO-19 shuffled, --mode parallel', doc: d.id, ar: lines(d.ar), en: lines(order.map((t) => d.en[t])), gold: d.ar.map((_, t) => ({ ar: [t], en: [pos.get(t)!] })), mode: 'parallel' });
    else out.push({ set: 'TICO-19 translated, --mode comparable', doc: d.id, ar: lines(d.ar), en: lines(d.en), gold: d.ar.map((_, t) => ({ ar: [t], en: [t] })), mode: 'comparable' });
  });
  let news = readComparableNews(dataDir);
  if (smoke) news = news.slice(0, 4);
  for (const p of news) {
    const gold = p.links.map((l) => ({ ar: [l.ar], en: [l.en] }));
    out.push({ set: 'comparable news', doc: `news:${p.name}`, ar: p.ar, en: p.en, gold });
    out.push({ set: 'comparable news, --mode parallel', doc: `news:${p.name}`, ar: p.ar, en: p.en, gold, mode: 'parallel' });
  }
  return out;
}

/** Aligns every pair (mode auto, as a user runs it) and labels each link with the share of its pairs in gold. */
export async function collectSamples(pairs: readonly Pair[], encoder: Encoder, log: (line: string) => void): Promise<Sample[]> {
  const out: Sample[] = [];
  let done = 0;
  for (const p of pairs) {
    const sa = await encodeSide(encoder, p.ar, 'ar');
    const se = await encodeSide(encoder, p.en, 'en');
    const { alignment, evidence } = alignDetailed(sa, se, { calibration: null, ...(p.mode ? { mode: p.mode } : {}) });
    const gold = new Set(p.gold.flatMap((g) => g.ar.flatMap((i) => g.en.map((j) => `${i},${j}`))));
    alignment.links.forEach((l, t) => {
      const ev = evidence[t];
      if (!ev || !l.ar.length || !l.en.length) return;
      let hit = 0;
      for (const i of l.ar) for (const j of l.en) if (gold.has(`${i},${j}`)) hit++;
      out.push({ set: p.set, doc: p.doc, mode: alignment.mode, evidence: ev, x: featureVector(ev), y: hit / (l.ar.length * l.en.length) });
    });
    if (++done % 25 === 0) log(`calibration: ${done} of ${pairs.length} texts aligned`);
  }
  return out;
}
