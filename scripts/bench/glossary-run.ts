/**
 * One glossary benchmark run in its own process, so peak memory is this run's alone:
 * `tsx scripts/bench/glossary-run.ts <dataDir> <sentence pairs>` prints one JSON line.
 */
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { buildGlossary } from '../../src/glossary/build.ts';
import type { Link, Sentence } from '../../src/types.ts';
import { readTico } from '../data.ts';

const [dataDir, sizeArg] = process.argv.slice(2);
const n = Number(sizeArg);

/** n TICO-19 pairs in document order (repeated past 3,071), each linked 1-1: the glossary stage alone. */
function pairs(count: number): { ar: Sentence[]; en: Sentence[]; links: Link[] } {
  const tico = readTico(dataDir);
  const sent = (text: string, index: number): Sentence => ({ index, text, start: 0, end: text.length });
  const ar: Sentence[] = [];
  const en: Sentence[] = [];
  const links: Link[] = [];
  for (let k = 0; k < count; k++) {
    const p = tico[k % tico.length];
    ar.push(sent(p.ar.replace(/\s+/g, ' ').trim(), k));
    en.push(sent(p.en.replace(/\s+/g, ' ').trim(), k));
    links.push({ ar: [k], en: [k], score: 1 });
  }
  return { ar, en, links };
}

const input = pairs(n);
const tLoad = performance.now();
const lexicon = createLexicalEncoder();
const t0 = performance.now();
const c0 = process.cpuUsage();
const terms = buildGlossary({ ...input, lexicon });
const t1 = performance.now();
const cpu = process.cpuUsage(c0);
process.stdout.write(
  JSON.stringify({
    pairs: n,
    loadMs: Math.round(t0 - tLoad),
    glossaryMs: Math.round(t1 - t0),
    glossaryCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    terms: terms.length,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }) + '\n',
);
