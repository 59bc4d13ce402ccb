/**
 * A link's score as the probability that it is right. The aligner's own numbers (cosine, margin over the
 * neighbours' background, rank, length ratio) are evidence, not probabilities: a correct translation link may
 * have a cosine of 0.2. A logistic model per mode turns the evidence into a probability and an isotonic map
 * corrects what the logistic shape gets wrong; both are fitted on the development data (scripts/calibrate.ts,
 * measured by scripts/eval/calibration.ts, method in docs/ALIGNMENT.md) and shipped as calibration.json.
 */
import { readFileSync } from 'node:fs';
import { optionalShippedFile } from '../resources/shipped.ts';
import type { AlignMode, Link } from '../types.ts';
import type { ModeEvidence } from './auto.ts';
import { linkScore, type Space } from './space.ts';

/** What is known of one link when it is scored. */
export interface LinkEvidence {
  /** Cosine of the link's two groups: the raw similarity. */
  cos: number;
  /** Mean similarity of the link's sentences to their nearest neighbours. */
  bg: number;
  /** The score the aligner chose the link by ((cos − bg) / (1 − bg), or spelling for name lists). */
  raw: number;
  /** Best rank of a partner among a sentence's nearest neighbours (0 = best; k = not among them). */
  rank: number;
  /** Both sentences each other's best (1-1 links only). */
  mutual: boolean;
  /** Sentences in the link (2 for 1-1). */
  size: number;
  /** Squared standardised log length ratio, capped at 9. */
  lengthZ2: number;
  /** Numbers written on both sides: 1 they share one, −1 they share none, 0 one side has none. */
  numbers: number;
  /** Of the document: mutual-best pairs per sentence of the shorter text, and their share on one in-order chain. */
  coverage: number;
  monotone: number;
  /** Of the document: links per sentence of the shorter text, and their mean raw score. */
  density: number;
  meanRaw: number;
  /**
   * The rarest name, number or date its sentence pairs share (evidence.ts weight, 0 if none), and the rarest verb
   * told with a participant (events.ts; 0 when the verbs were not read: only for two reports). Two reports share
   * these where their wording differs: a pair that tells one action told nowhere else is right however low its cosine.
   */
  item: number;
  event: number;
}

/** What the document as a whole says: translations, shuffled translations, reports and unrelated texts differ here. */
export type DocEvidence = Pick<LinkEvidence, 'coverage' | 'monotone' | 'density' | 'meanRaw'>;

/** The document's evidence from its mode decision and the links the aligner proposed. */
export function docEvidence(mode: Pick<ModeEvidence, 'coverage' | 'monotone'>, links: readonly Link[], arCount: number, enCount: number): DocEvidence {
  const real = links.filter((l) => l.ar.length && l.en.length);
  const shorter = Math.max(1, Math.min(arCount, enCount));
  return {
    coverage: mode.coverage,
    monotone: mode.monotone,
    density: real.length / shorter,
    meanRaw: real.length ? real.reduce((s, l) => s + l.score, 0) / real.length : 0,
  };
}

/** The feature vector the models read (order matters: calibration.json's weights follow it). */
export function featureVector(e: LinkEvidence): number[] {
  const ratio = e.bg > 0 ? Math.log(Math.max(1e-3, e.cos / e.bg)) : 2;
  return [
    e.raw,
    e.cos,
    Math.min(3, Math.max(-3, ratio)),
    e.mutual ? 1 : 0,
    1 / (1 + e.rank),
    e.size > 2 ? 1 : 0,
    e.lengthZ2 / 9,
    e.numbers > 0 ? 1 : 0,
    e.numbers < 0 ? 1 : 0,
    Math.min(1, e.coverage),
    e.monotone,
    e.raw * Math.min(1, e.coverage),
    Math.min(1, e.density),
    e.meanRaw,
    e.raw * Math.min(1, e.density),
    Math.log(Math.max(0.01, Math.min(1, e.density))),
    Math.min(1, e.event / RARE_ITEM),
  ];
}

export const FEATURE_NAMES = ['raw', 'cos', 'log ratio', 'mutual', '1/(1+rank)', 'grouped', 'length z²/9', 'numbers shared', 'numbers differ', 'coverage', 'monotone', 'raw×coverage', 'density', 'mean raw', 'raw×density', 'ln density', 'shared event'];

/** Weight of an item (or verb) in one sentence of each text and no other (ln(1 + 24 / 2)): features read 0–1. */
const RARE_ITEM = Math.log(13);

/** A fitted model for one mode: logistic weights on standardised features, then an isotonic map. */
export interface ModeModel {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
  /** Isotonic map: increasing x (logistic output) → y (share right), interpolated linearly between knots. */
  iso: { x: number[]; y: number[] };
}

export interface Calibration {
  /** What the fit was made on, for the record. */
  about: string;
  features: string[];
  modes: Partial<Record<AlignMode, ModeModel>>;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function logistic(model: Pick<ModeModel, 'mean' | 'scale' | 'weights' | 'bias'>, x: readonly number[]): number {
  let z = model.bias;
  for (let t = 0; t < x.length; t++) z += model.weights[t] * ((x[t] - model.mean[t]) / model.scale[t]);
  return sigmoid(z);
}

export function isotonicAt(iso: ModeModel['iso'], p: number): number {
  const { x, y } = iso;
  if (!x.length) return p;
  if (p <= x[0]) return y[0];
  if (p >= x[x.length - 1]) return y[y.length - 1];
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (x[mid] <= p) lo = mid;
    else hi = mid;
  }
  const f = x[hi] === x[lo] ? 0 : (p - x[lo]) / (x[hi] - x[lo]);
  return y[lo] + f * (y[hi] - y[lo]);
}

/** The probability that a link is right, by the model of its mode; the raw score when there is none. */
export function probability(cal: Calibration | undefined, mode: AlignMode, e: LinkEvidence): number {
  const m = cal?.modes[mode];
  if (!m) return e.raw;
  const p = isotonicAt(m.iso, logistic(m, featureVector(e)));
  return Math.min(1, Math.max(0, p));
}

let shipped: Calibration | undefined | null = null;
/** The calibration shipped with the code (src/align/calibration.json), or undefined when there is none. */
export function shippedCalibration(): Calibration | undefined {
  if (shipped === null) {
    // Found through the resources module: a build that lost the file refuses, naming it, rather than run uncalibrated.
    const path = optionalShippedFile('align/calibration.json', 'the link-score calibration');
    shipped = path ? (JSON.parse(readFileSync(path, 'utf8')) as Calibration) : undefined;
  }
  return shipped;
}

// Digits of both scripts, read as one number (1,000 and ١٬٠٠٠ alike).
const NUMBER = /[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*/g;
function numbersOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[0]
      .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
      .replace(/[\u06F0-\u06F9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
      .replace(/[,\u066C]/g, '')
      .replace(/\u066B/g, '.');
    out.add(digits);
  }
  return out;
}

/** 1 when both texts write a number and share one, −1 when both write numbers and share none, else 0. */
export function numberAgreement(ar: string, en: string): number {
  const a = numbersOf(ar);
  const e = numbersOf(en);
  if (!a.size || !e.size) return 0;
  for (const x of a) if (e.has(x)) return 1;
  return -1;
}

/** Centre and spread of ln(English / Arabic length) over the document's mutual-best pairs. */
function lengthModel(space: Space): { mu: number; sigma: number } {
  const logs: number[] = [];
  for (let i = 0; i < space.ar.count; i++) {
    const nb = space.ar.nn[i];
    if (!nb.ids.length) continue;
    const j = nb.ids[0];
    if (space.en.nn[j].ids[0] !== i) continue;
    logs.push(Math.log(Math.max(1, space.en.lengths[j]) / Math.max(1, space.ar.lengths[i])));
  }
  logs.sort((a, b) => a - b);
  if (logs.length < 5) return { mu: 0.15, sigma: 0.35 };
  const mu = logs[logs.length >> 1];
  const mad = logs.map((x) => Math.abs(x - mu)).sort((a, b) => a - b)[logs.length >> 1];
  return { mu, sigma: Math.max(0.15, 1.4826 * mad) };
}

/** What two sentences share, when known (`LinkEvidence.item`, `event`). */
export interface SharedEvidence {
  items?: (i: number, j: number) => { strongest: number };
  events?: (i: number, j: number) => { strongest: number };
}

/** Evidence for each link with sentences on both sides (in order); other links get undefined. */
export function linkEvidence(space: Space, links: readonly Link[], doc: DocEvidence, texts?: { ar?: readonly string[]; en?: readonly string[] }, shared: SharedEvidence = {}): (LinkEvidence | undefined)[] {
  const { mu, sigma } = lengthModel(space);
  const rankOf = (ids: Int32Array, x: number): number => {
    const r = ids.indexOf(x);
    return r < 0 ? space.k : r;
  };
  return links.map((l) => {
    if (!l.ar.length || !l.en.length) return undefined;
    const contiguous = (xs: number[]): boolean => xs.every((x, t) => t === 0 || x === xs[t - 1] + 1);
    const a0 = Math.min(...l.ar);
    const e0 = Math.min(...l.en);
    const groupable = contiguous(l.ar) && contiguous(l.en) && l.ar.length <= 8 && l.en.length <= 8;
    let cos: number;
    let bg: number;
    if (groupable) {
      cos = space.sim(a0, l.ar.length, e0, l.en.length);
      bg = space.bg(a0, l.ar.length, e0, l.en.length);
    } else {
      // Scattered sentences: the best member pair stands for the link.
      cos = -1;
      bg = 0;
      for (const i of l.ar) for (const j of l.en) {
        const c = space.sim(i, 1, j, 1);
        if (c > cos) [cos, bg] = [c, (space.ar.bg[i] + space.en.bg[j]) / 2];
      }
    }
    let rank = space.k;
    for (const i of l.ar) for (const j of l.en) rank = Math.min(rank, rankOf(space.ar.nn[i].ids, j), rankOf(space.en.nn[j].ids, i));
    const mutual = l.ar.length === 1 && l.en.length === 1 && space.ar.nn[l.ar[0]].ids[0] === l.en[0] && space.en.nn[l.en[0]].ids[0] === l.ar[0];
    const la = l.ar.reduce((s, i) => s + space.ar.lengths[i], 0);
    const le = l.en.reduce((s, j) => s + space.en.lengths[j], 0);
    const z = (Math.log(Math.max(1, le) / Math.max(1, la)) - mu) / sigma;
    let item = 0;
    let event = 0;
    for (const i of l.ar) for (const j of l.en) {
      item = Math.max(item, shared.items?.(i, j).strongest ?? 0);
      event = Math.max(event, shared.events?.(i, j).strongest ?? 0);
    }
    const arText = texts?.ar ? l.ar.map((i) => texts.ar![i]).join(' ') : '';
    const enText = texts?.en ? l.en.map((j) => texts.en![j]).join(' ') : '';
    return {
      cos,
      bg,
      raw: Number.isFinite(l.score) ? l.score : linkScore(cos, bg),
      rank,
      mutual,
      size: l.ar.length + l.en.length,
      lengthZ2: Math.min(9, z * z),
      numbers: numberAgreement(arText, enText),
      item,
      event,
      ...doc,
    };
  });
}
