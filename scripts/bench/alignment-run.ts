/**
 * One alignment benchmark run in its own process, so peak memory is this run's alone:
 * `tsx scripts/bench/alignment-run.ts <dataDir> <sentences> <mode>` prints one JSON line.
 */
import { align, type ModeChoice } from '../../src/align/index.ts';
import { encodeSide } from '../../src/align/sides.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { syntheticTranslation } from './synthetic.ts';

const [dataDir, sizeArg, modeArg] = process.argv.slice(2);
const n = Number(sizeArg);
const mode = modeArg as ModeChoice;

const { ar, en, drawn } = syntheticTranslation(dataDir, n);
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
// Speed means little if the links are wrong: the share of two-sided links holding a drawn pair (a group around a
// dropped or repeated English sentence holds one; a link between unrelated sentences none).
const twoSided = a.links.filter((l) => l.ar.length && l.en.length);
const holding = twoSided.filter((l) => l.ar.some((i) => l.en.some((j) => en[j].text === drawn[i]))).length;
process.stdout.write(
  JSON.stringify({
    sentences: n,
    mode: a.mode,
    loadMs: Math.round(t0 - tLoad),
    encodeMs: Math.round(t1 - t0),
    alignMs: Math.round(t2 - t1),
    alignCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    links: twoSided.length,
    linksRight: twoSided.length ? holding / twoSided.length : 0,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    heapUsedMb: Math.round(mem.heapUsed / 2 ** 20),
    // Since the process started: Node and TypeScript loading, reading the data, the lexicon, encoding, aligning.
    wholeMs: Math.round(performance.now()),
  }) + '\n',
);
