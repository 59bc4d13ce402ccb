/**
 * Do link scores mean probability? Expected calibration error (10 equal-width bins) of the score, cross-validated
 * by document (5 folds: a document and its variants are never both fitted and judged), pooled and per kind of
 * text, with the reliability table; the raw similarity-based score beside it.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { calibrationPairs, collectSamples, type Sample } from '../calibration-data.ts';
import { crossValidated } from '../calibration-cv.ts';
import { ece, reliability } from '../calibration-fit.ts';
import { MissingData } from '../data.ts';
import type { Figure, Module, RunContext } from '../harness.ts';

/** The labelled links of the development data (CALIBRATION_CACHE=file keeps them between runs while developing). */
export async function calibrationSamples(ctx: RunContext): Promise<Sample[]> {
  const cache = process.env.CALIBRATION_CACHE;
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, 'utf8')) as Sample[];
  const samples = await collectSamples(calibrationPairs(ctx.dataDir, ctx.smoke), createLexicalEncoder(), ctx.log);
  if (cache) writeFileSync(cache, JSON.stringify(samples));
  return samples;
}

export const calibration: Module = {
  name: 'calibration',
  async run(ctx) {
    let samples: Sample[];
    try {
      samples = await calibrationSamples(ctx);
    } catch (e) {
      if (e instanceof MissingData) return [{ title: 'Link score calibration', figures: [], skipped: e.message }];
      throw e;
    }
    const p = crossValidated(samples);
    const y = samples.map((s) => s.y);
    const raw = samples.map((s) => s.evidence.raw);
    const figures: Figure[] = [
      { metric: 'expected calibration error, pooled (5-fold CV by document)', value: ece(p, y).toFixed(4), note: `${samples.length} links; raw similarity score: ${ece(raw, y).toFixed(4)}` },
    ];
    const auto = samples.map((s, t) => (s.set.includes('--mode') ? -1 : t)).filter((t) => t >= 0);
    figures.push({
      metric: 'expected calibration error, texts in mode auto only',
      value: ece(auto.map((t) => p[t]), auto.map((t) => y[t])).toFixed(4),
      note: `${auto.length} links; raw similarity score: ${ece(auto.map((t) => raw[t]), auto.map((t) => y[t])).toFixed(4)}`,
    });
    const groups = (key: (s: Sample) => string): string[] => [...new Set(samples.map(key))].sort();
    for (const [label, key] of [['set', (s: Sample) => s.set], ['mode', (s: Sample) => s.mode]] as const) {
      for (const g of groups(key)) {
        const idx = samples.map((s, t) => (key(s) === g ? t : -1)).filter((t) => t >= 0);
        const ps = idx.map((t) => p[t]);
        const ys = idx.map((t) => y[t]);
        const mean = (xs: number[]): number => xs.reduce((s, v) => s + v, 0) / Math.max(1, xs.length);
        figures.push({
          metric: `ECE, ${label} ${g}`,
          value: ece(ps, ys).toFixed(4),
          note: `${idx.length} links; mean score ${mean(ps).toFixed(3)}, share right ${mean(ys).toFixed(3)}; raw score ECE ${ece(idx.map((t) => raw[t]), ys).toFixed(4)}`,
        });
      }
    }
    for (const b of reliability(p, y)) {
      figures.push({ metric: `reliability ${b.lo.toFixed(1)}–${b.hi.toFixed(1)}`, value: b.n ? b.shareRight.toFixed(3) : '–', note: `${b.n} links, mean score ${b.n ? b.meanScore.toFixed(3) : '–'}` });
    }
    return [{ title: 'Link scores as probabilities (calibration, cross-validated by document)', setting: `npm run eval -- --only calibration${ctx.smoke ? ' --smoke' : ''}`, figures }];
  },
};
