import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { isotonicAt, numberAgreement, probability, shippedCalibration, type LinkEvidence } from '../src/align/calibration.ts';
import { reportRows, rowOrder, type ReportRow } from '../src/report/model.ts';
import { ece, fitModel, isotonic, reliability } from '../scripts/calibration-fit.ts';
import { ROOT } from './helpers.ts';

describe('calibration: scores as probabilities', () => {
  it('isotonic regression pools violators into an increasing map', () => {
    const iso = isotonic([0.1, 0.2, 0.3, 0.4], [0, 1, 0, 1], [1, 1, 1, 1]);
    expect(iso.y).toEqual([0, 0.5, 1]);
    expect(isotonicAt(iso, 0.25)).toBeCloseTo(0.5);
    expect(isotonicAt(iso, 0)).toBe(0);
    expect(isotonicAt(iso, 1)).toBe(1);
  });

  it('expected calibration error: 0 when each bin’s mean score is its share right, the gap otherwise', () => {
    expect(ece([0.25, 0.25, 0.25, 0.25], [1, 0, 0, 0])).toBeCloseTo(0);
    expect(ece([0.9, 0.9], [0, 0])).toBeCloseTo(0.9);
    const bins = reliability([0.05, 0.95, 0.97], [0, 1, 0]);
    expect(bins[0]).toMatchObject({ n: 1, shareRight: 0 });
    expect(bins[9]).toMatchObject({ n: 2, shareRight: 0.5 });
  });

  it('a fitted model gives the share right where the evidence separates right from wrong links', () => {
    // Links with evidence 0.8 are right 3 times in 4; with evidence 0.2, 1 in 4.
    const points = [0.8, 0.8, 0.8, 0.8, 0.2, 0.2, 0.2, 0.2].map((x, t) => ({ x: [x], y: [1, 1, 1, 0, 1, 0, 0, 0][t], w: 1 }));
    const m = fitModel(points, 0.01);
    expect(isotonicAt(m.iso, 1 / (1 + Math.exp(-(m.bias + m.weights[0] * ((0.8 - m.mean[0]) / m.scale[0])))))).toBeCloseTo(0.75, 2);
  });

  it('numbers in either script agree or differ', () => {
    expect(numberAgreement('في 21 نوفمبر', 'on Nov. 21')).toBe(1);
    expect(numberAgreement('في ٢١ نوفمبر', 'on Nov. 21')).toBe(1);
    expect(numberAgreement('عام 2023', 'in 2019')).toBe(-1);
    expect(numberAgreement('في الصيف', 'in 2019')).toBe(0);
  });

  it('the shipped calibration makes a clear mutual-best translation link likely and a weak link of unrelated texts unlikely', () => {
    const cal = shippedCalibration();
    expect(cal?.modes.parallel && cal.modes.comparable).toBeTruthy();
    const base: LinkEvidence = { cos: 0.5, bg: 0.1, raw: 0.45, rank: 0, mutual: true, size: 2, lengthZ2: 0.2, numbers: 0, coverage: 0.8, monotone: 0.95, density: 0.95, meanRaw: 0.4, item: 0, event: 0 };
    expect(probability(cal, 'parallel', base)).toBeGreaterThan(0.9);
    const weak: LinkEvidence = { ...base, cos: 0.15, bg: 0.12, raw: 0.03, rank: 2, mutual: false, coverage: 0.05, monotone: 0.3, density: 0.03, meanRaw: 0.05 };
    expect(probability(cal, 'comparable', weak)).toBeLessThan(0.3);
  });

});

describe('the page orders edited rows as the server does', () => {
  const lib = runInNewContext(`${readFileSync(`${ROOT}/src/report/assets/lib.js`, 'utf8')}\nReportLib`) as { rowOrder(rows: ReportRow[], side: 'ar' | 'en'): number[] };
  it('rowOrder in lib.js equals src/report/model.ts', () => {
    const rows = reportRows([{ ar: [0], en: [2], score: 0.5 }, { ar: [1, 2], en: [0], score: 0.4 }, { ar: [4], en: [3], score: 0.9 }], 6, 5);
    for (const side of ['ar', 'en'] as const) expect(lib.rowOrder(rows, side)).toEqual(rowOrder(rows, side));
  });
});
