/**
 * `npm run calibrate`: fits the link score calibration on the development data (../shared/data, or --data DIR)
 * and writes src/align/calibration.json, shipped with the code. Measure it with `npm run eval -- --only calibration`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitCalibration } from './calibration-cv.ts';
import { calibrationSamples } from './eval/calibration.ts';

const args = process.argv.slice(2);
const at = args.indexOf('--data');
const dataDir = at >= 0 ? args[at + 1] : join(import.meta.dirname, '../../shared/data');
const samples = await calibrationSamples({ dataDir, smoke: false, log: (l) => process.stderr.write(l + '\n') });
const sets = [...new Set(samples.map((s) => s.set))].sort().join(', ');
const cal = fitCalibration(samples, `fitted by npm run calibrate on ${samples.length} links of the development data (${sets}), lexical encoder, mode auto`);
const out = join(import.meta.dirname, '../src/align/calibration.json');
writeFileSync(out, JSON.stringify(cal, null, 1) + '\n');
process.stderr.write(`${out}: modes ${Object.keys(cal.modes).join(', ')}\n`);
