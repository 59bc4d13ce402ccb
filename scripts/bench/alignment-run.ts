/**
 * One alignment benchmark run in its own process, so peak memory is this run's alone:
 * `tsx scripts/bench/alignment-run.ts <dataDir> <sentences> <mode>` prints one JSON line.
 */
import { align, type ModeChoice } from '../../src/align/index.ts';
import { encodeSide } from '../../src/align/sides.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import type { Sentence } from '../../src/types.ts';
import { readTico } from '../data.ts';

const [dataDir, sizeArg, modeArg] = process.argv.slice(2);
const n = Number(sizeArg);
const mode = modeArg as ModeChoice;

/**
 * Synthetic translation of n sentences a side: TICO-19 pairs drawn in a scrambled order (with repeats past 3,071),
 * every 10th pair's English dropped and every 10th (offset 5) English sentence duplicated, so the path has skips.
 */
function synthetic(count: number): { ar: Sentence[]; en: Sentence[] } {
  const tico = readTico(dataDir);
  const ar: string[] = [];
  const en: string[] = [];
  for (let k = 0; k < count; k++) {
    const p = tico[(k * 7919) % tico.length];
    ar.push(p.ar.trim());
    if (k % 10 !== 3) en.push(p.en.trim());
    if (k % 10 === 5) en.push(p.en.trim());
  }
  const sent = (xs: string[]): Sentence[] => xs.map((text, index) => ({ index, text, start: 0, end: text.length }));
  return { ar: sent(ar), en: sent(en) };
}

const { ar, en } = synthetic(n);
const tLoad = performance.now();
const encoder = createLexicalEncoder();
const t0 = performance.now();
const sa = await encodeSide(encoder, ar, 'ar');
const se = await encodeSide(encoder, en, 'en');
const t1 = performance.now();
const c1 = process.cpuUsage();
const a = align(sa, se, { mode });
const t2 = performance.now();
const cpu = process.cpuUsage(c1);
const mem = process.memoryUsage();
process.stdout.write(
  JSON.stringify({
    sentences: n,
    mode: a.mode,
    loadMs: Math.round(t0 - tLoad),
    encodeMs: Math.round(t1 - t0),
    alignMs: Math.round(t2 - t1),
    alignCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    links: a.links.filter((l) => l.ar.length && l.en.length).length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: Math.round(mem.heapUsed / 2 ** 20),
  }) + '\n',
);
