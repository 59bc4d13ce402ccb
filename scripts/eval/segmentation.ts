/**
 * Sentence segmentation: boundary precision / recall / F1 on the 31 TICO-19 documents joined into running text
 * (`joinDocument`), for our segmenter, the Intl.Segmenter-with-corrections alternative, and plain Intl.Segmenter.
 */
import { segment } from '../../src/segment/index.ts';
import { segmentIcuCorrected } from './icu-segment.ts';
import type { Lang } from '../../src/types.ts';
import { joinDocument, ticoDocuments, type TicoSegment } from '../data.ts';
import type { Module, Section } from '../harness.ts';

/** A segmenter seen from outside: the end offsets of its sentences in the text. */
export type SentenceEnds = (text: string, lang: Lang) => number[];

export const ours: SentenceEnds = (text, lang) => segment(text, lang).map((s) => s.end);
export const icuCorrected: SentenceEnds = (text, lang) => segmentIcuCorrected(text, lang).map((s) => s.end);

/** Plain ICU: each segment's end with its trailing whitespace trimmed. */
export const icuPlain: SentenceEnds = (text, lang) => {
  const out: number[] = [];
  for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const t = s.segment.trimEnd();
    if (t) out.push(s.index + t.length);
  }
  return out;
};

export interface BoundaryCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface BoundaryError {
  doc: string;
  lang: Lang;
  kind: 'fp' | 'fn';
  /** The text around the boundary, with "⟂" at the place. */
  context: string;
}

export interface DocumentScores {
  /** Against the segment ends as given. */
  raw: Record<Lang, BoundaryCounts>;
  /**
   * Against the segment ends plus the boundaries a segmenter finds inside a segment when it finds as many inside
   * its translation: TICO segments are often several sentences, and the translation confirms them independently.
   */
  confirmed: Record<Lang, BoundaryCounts>;
}

const zero = (): BoundaryCounts => ({ tp: 0, fp: 0, fn: 0 });

/** Each segmenter's boundaries inside the document's text, and those of them falling inside a gold segment. */
interface Predicted {
  all: Set<number>;
  /** Segment index → the predicted boundaries strictly inside that segment. */
  inner: Map<number, number[]>;
}

function predict(text: string, boundaries: number[], f: SentenceEnds, lang: Lang): Predicted {
  const gold = new Set(boundaries);
  const p: Predicted = { all: new Set(), inner: new Map() };
  let seg = 0;
  for (const b of f(text, lang)) {
    if (b >= text.length) continue;
    p.all.add(b);
    while (boundaries[seg] < b) seg++;
    if (!gold.has(b)) p.inner.set(seg, [...(p.inner.get(seg) ?? []), b]);
  }
  return p;
}

/**
 * Scores segmenters' boundaries inside each document (the end of the document is left out: every segmenter gets
 * it right, and it would only inflate the figures). Confirmed gold: a segmenter's k boundaries inside a segment
 * count as gold when the translation of that segment has k boundaries inside it too, by whichever segmenter finds
 * the most there. `errors` (one list per segmenter) collects the errors against confirmed gold.
 */
export function scoreDocuments(docs: Map<string, TicoSegment[]>, fs: readonly SentenceEnds[], errors?: BoundaryError[][]): DocumentScores[] {
  const out: DocumentScores[] = fs.map(() => ({ raw: { ar: zero(), en: zero() }, confirmed: { ar: zero(), en: zero() } }));
  const langs = ['ar', 'en'] as const;
  for (const [doc, segs] of docs) {
    const joined = { ar: joinDocument(segs.map((s) => s.ar)), en: joinDocument(segs.map((s) => s.en)) };
    const preds = fs.map((f) => ({
      ar: predict(joined.ar.text, joined.ar.boundaries, f, 'ar'),
      en: predict(joined.en.text, joined.en.boundaries, f, 'en'),
    }));
    const witness = (lang: Lang, seg: number): number => Math.max(...preds.map((p) => p[lang].inner.get(seg)?.length ?? 0));
    preds.forEach((pred, sys) => {
      for (const lang of langs) {
        const { text, boundaries } = joined[lang];
        const other = lang === 'ar' ? 'en' : 'ar';
        const gold = new Set(boundaries.filter((b) => b < text.length));
        const confirmedGold = new Set(gold);
        for (const [seg, bs] of pred[lang].inner) if (witness(other, seg) === bs.length) for (const b of bs) confirmedGold.add(b);
        for (const [counts, g, keep] of [
          [out[sys].raw[lang], gold, false],
          [out[sys].confirmed[lang], confirmedGold, true],
        ] as const) {
          const note = (kind: 'fp' | 'fn', b: number): void => {
            if (keep) errors?.[sys]?.push({ doc, lang, kind, context: `${text.slice(Math.max(0, b - 60), b)}⟂${text.slice(b, b + 40)}`.replace(/\n/g, '↵') });
          };
          for (const b of pred[lang].all) {
            if (g.has(b)) counts.tp++;
            else {
              counts.fp++;
              note('fp', b);
            }
          }
          for (const b of g) {
            if (!pred[lang].all.has(b)) {
              counts.fn++;
              note('fn', b);
            }
          }
        }
      }
    });
  }
  return out;
}

export function prf(c: BoundaryCounts): { p: number; r: number; f1: number } {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const fmt = (x: number): string => x.toFixed(4);

/** A TICO document's source family: its id without the number (Wikinews_3 → Wikinews). */
export const family = (docId: string): string => docId.replace(/_?\d+$/, '');

/** The Wikipedia documents, whose English lost its citation marks ("SARS-CoV-2.The virus") and whose segments often hold several sentences. */
const isWikipedia = (docId: string): boolean => /^(wiki|Wikipedia)/.test(docId);

export const segmentation: Module = {
  name: 'segmentation',
  async run(ctx): Promise<Section[]> {
    const title = 'Sentence segmentation (TICO-19 boundaries)';
    let docs: Map<string, TicoSegment[]> = ticoDocuments(ctx.dataDir);
    if (ctx.smoke) docs = new Map([...docs].slice(0, 3));
    const systems: [string, SentenceEnds][] = [
      ['ours (rules)', ours],
      ['Intl.Segmenter + corrections', icuCorrected],
      ['Intl.Segmenter plain', icuPlain],
    ];
    const figures = [];
    const all = scoreDocuments(docs, systems.map(([, f]) => f));
    const scores = systems.map(([name], i) => [name, all[i]] as const);
    for (const gold of ['confirmed', 'raw'] as const) {
      for (const lang of ['ar', 'en'] as const) {
        for (const [name, sc] of scores) {
          const c = sc[gold][lang];
          const { p, r, f1 } = prf(c);
          figures.push({
            metric: `${lang} F1, ${gold} gold — ${name}`,
            value: fmt(f1),
            note: `P ${fmt(p)} R ${fmt(r)}; ${c.fp} false, ${c.fn} missed of ${c.tp + c.fn}`,
          });
        }
      }
    }
    // Raw gold per source family: where TICO's segments are single sentences (news, PubMed, …) raw gold is a fair
    // judge; the Wikipedia documents are where segments hold several sentences.
    const groups = new Map<string, Map<string, TicoSegment[]>>();
    const put = (name: string, doc: string, segs: TicoSegment[]): void => {
      groups.set(name, (groups.get(name) ?? new Map()).set(doc, segs));
    };
    for (const [doc, segs] of [...docs].sort(([a], [b]) => a.localeCompare(b))) {
      put(family(doc), doc, segs);
      if (!isWikipedia(doc)) put('all but the Wikipedia documents', doc, segs);
    }
    const bySource = [];
    for (const [name, group] of groups) {
      const sc = scoreDocuments(group, [ours, icuPlain]);
      const segments = [...group.values()].reduce((n, s) => n + s.length, 0);
      for (const lang of ['ar', 'en'] as const) {
        const [o, i] = [prf(sc[0].raw[lang]), prf(sc[1].raw[lang])];
        const c = sc[0].raw[lang];
        bySource.push({
          metric: `${lang} F1, raw gold, ${name} (${group.size} ${group.size === 1 ? 'document' : 'documents'}, ${segments} segments) — ours / Intl.Segmenter plain`,
          value: `${fmt(o.f1)} / ${fmt(i.f1)}`,
          note: `ours: ${c.fp} false, ${c.fn} missed of ${c.tp + c.fn}`,
        });
      }
    }
    return [
      {
        title,
        setting:
          `${docs.size} TICO-19 documents, each joined into running text (a line break after a segment without final ` +
          'punctuation, a space otherwise); raw gold: segment ends (the end of each document excluded); confirmed gold: ' +
          'raw gold plus the k boundaries a segmenter finds inside a segment when its translation has k inside too (by the segmenter finding most there).',
        figures,
      },
      {
        title: `${title}: raw gold by source`,
        setting:
          'The same documents and raw gold, grouped by TICO source (document id without its number); Wikinews is the news text. ' +
          'The Wikipedia documents (wiki_*, Wikipedia_handpicked_*) are where segments hold several sentences.',
        figures: bySource,
      },
    ];
  },
};
