/** Aligner time and memory on synthetic translations of 1,000 to 50,000 sentences a side (lexical encoder). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure, Module } from '../harness.ts';
import { median } from '../measure.ts';

/** What one run prints (scripts/bench/alignment-run.ts), plus the 1-minute load average when it started. */
interface Run {
  sentences: number;
  mode: string;
  loadMs: number;
  encodeMs: number;
  alignMs: number;
  alignCpuMs: number;
  links: number;
  linksRight: number;
  peakRssMb: number;
  heapUsedMb: number;
  wholeMs: number;
  loadAverage: number;
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
const size = (n: number): string => `${n.toLocaleString('en')} × ~${n.toLocaleString('en')}`;

export const alignmentBench: Module = {
  name: 'alignment',
  async run(ctx) {
    const title = 'Aligner time and memory (synthetic TICO-19 translations, lexical encoder, one process per run)';
    if (!existsSync(join(ctx.dataDir, 'tico19-en-ar/tico19.en-ar.tsv'))) return [{ title, figures: [], skipped: `${ctx.dataDir}/tico19-en-ar not found` }];
    const root = join(import.meta.dirname, '../..');
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const configs: [number, string][] = ctx.smoke
      ? [[1000, 'parallel'], [1000, 'comparable']]
      : [[1000, 'parallel'], [1000, 'comparable'], [10000, 'parallel'], [10000, 'comparable'], [50000, 'parallel']];
    const once = (n: number, mode: string): Run => {
      const loadAverage = os.loadavg()[0];
      const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'scripts/bench/alignment-run.ts'), ctx.dataDir, String(n), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`alignment bench failed: ${r.stderr}`);
      return { ...(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Omit<Run, 'loadAverage'>), loadAverage };
    };
    const figures: Figure[] = [];
    let headline: Figure | undefined;
    for (const [n, mode] of configs) {
      // The machine is shared: medians of 3 runs (one for 50,000, which takes minutes).
      const count = ctx.smoke || n >= 50000 ? 1 : 3;
      const runs: Run[] = [];
      for (let t = 0; t < count; t++) {
        ctx.log(`alignment bench: ${n} sentences, ${mode}, run ${t + 1} of ${count}`);
        runs.push(once(n, mode));
      }
      const med = (f: (r: Run) => number): number => median(runs.map(f));
      const endToEnd = med((r) => r.encodeMs + r.alignMs);
      const runsNote = count > 1 ? `median of ${count} runs` : '1 run';
      const loads = runs.map((r) => r.loadAverage.toFixed(2)).join(', ');
      figures.push({
        metric: `${size(n)}, --mode ${mode}: align time`,
        value: s(med((r) => r.alignMs)),
        note:
          `${runsNote}; CPU ${s(med((r) => r.alignCpuMs))}; encoding (not included) ${s(med((r) => r.encodeMs))}, end to end ${s(endToEnd)}; ` +
          `peak RSS ${med((r) => r.peakRssMb)} MB (whole process, encoding included), heap after ${med((r) => r.heapUsedMb)} MB; ${runs[0].links} links, ${(100 * runs[0].linksRight).toFixed(1)}% of them holding the drawn pair; load average ${loads}`,
      });
      // Speed means little if the links are wrong: at 50,000 the link count alone hid 3 links in 4 being wrong.
      figures.push({
        metric: `${size(n)}, --mode ${mode}: share of links right`,
        value: `${(100 * runs[0].linksRight).toFixed(1)} %`,
        note: `${runs[0].links} two-sided links; right = holding the pair the synthetic text drew (an exact copy counts: past 3,071 sentences TICO-19 pairs repeat)`,
      });
      if (mode === 'parallel' && n === (ctx.smoke ? 1000 : 10000)) {
        headline = {
          metric: `${size(n)}, --mode parallel: end to end (encode + align)`,
          value: s(endToEnd),
          note:
            `${runsNote}; encode ${s(med((r) => r.encodeMs))} + align ${s(med((r) => r.alignMs))}; peak RSS ${med((r) => r.peakRssMb)} MB; ` +
            `lexicon loading (not included) ${s(med((r) => r.loadMs))}; whole process (Node and TypeScript start-up, data, lexicon, encode, align) ${s(med((r) => r.wholeMs))}; 1-minute load average at the start of each run ${loads} on ${os.cpus().length} cores`,
        };
      }
    }
    return [{ title, setting: `npm run bench -- --only alignment${ctx.smoke ? ' --smoke' : ''}`, figures: headline ? [headline, ...figures] : figures }];
  },
};
