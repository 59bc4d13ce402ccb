/** Fitting the calibration per mode, and measuring it by cross-validation with whole documents held out. */
import { FEATURE_NAMES, featureVector, type Calibration, type ModeModel } from '../src/align/calibration.ts';
import type { AlignMode } from '../src/types.ts';
import type { Sample } from './calibration-data.ts';
import { fitModel, predict, type Point } from './calibration-fit.ts';

// L2 penalty on the standardised weights. Pooled CV ECE on the dev data (2026-12-02): 0.1 → 0.0215, 1 → 0.0195,
// 10 → 0.0182, 30 → 0.0205, 100 → 0.0209 (stronger penalties help the comparable news, hurt unrelated texts).
export const LAMBDA = 10;

/**
 * Each set of texts weighs the same in a fit, whatever its number of links (TICO-19 translations have thousands,
 * the comparable news a few dozen): a kind of text with few links is still calibrated, not averaged away.
 */
function points(samples: readonly Sample[]): Point[] {
  const count = new Map<string, number>();
  for (const s of samples) count.set(s.set, (count.get(s.set) ?? 0) + 1);
  const mean = samples.length / Math.max(1, count.size);
  // Features from the evidence (not the stored vector), so a change of features needs no new alignment run.
  return samples.map((s) => ({ x: featureVector(s.evidence), y: s.y, w: mean / count.get(s.set)! }));
}

export function fitModes(samples: readonly Sample[]): Partial<Record<AlignMode, ModeModel>> {
  const out: Partial<Record<AlignMode, ModeModel>> = {};
  for (const mode of ['parallel', 'comparable'] as const) {
    const mine = samples.filter((s) => s.mode === mode);
    if (mine.length >= 20) out[mode] = fitModel(points(mine), LAMBDA);
  }
  return out;
}

export function fitCalibration(samples: readonly Sample[], about: string): Calibration {
  return { about, features: FEATURE_NAMES, modes: fitModes(samples) };
}

/** Held-out probability of every sample: documents dealt into `folds` folds, each predicted by a fit on the others. */
export function crossValidated(samples: readonly Sample[], folds = 5): number[] {
  const docs = [...new Set(samples.map((s) => s.doc))].sort();
  const foldOf = new Map(docs.map((d, t) => [d, t % folds]));
  const out = new Array<number>(samples.length).fill(NaN);
  for (let f = 0; f < folds; f++) {
    const models = fitModes(samples.filter((s) => foldOf.get(s.doc) !== f));
    samples.forEach((s, t) => {
      if (foldOf.get(s.doc) !== f) return;
      const m = models[s.mode];
      out[t] = m ? Math.min(1, Math.max(0, predict(m, featureVector(s.evidence)))) : s.evidence.raw;
    });
  }
  return out;
}
