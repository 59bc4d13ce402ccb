/** Glossary stage time and memory on 1,000 to 50,000 linked sentence pairs (TICO-19 in order, lexical lexicon). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure, Module } from '../harness.ts';

/** What one run prints (scripts/bench/glossary-run.ts), plus the 1-minute load average when it started. */
interface Run {
  pairs: number;
  loadMs: number;
  glossaryMs: number;
  glossaryCpuMs: number;
  terms: number;
  peakRssMb: number;
  loadAverage: number;
}

export const glossaryBench: Module = {
  name: 'glossary',
  async run(ctx) {
    const title = 'Glossary stage time and memory (TICO-19 pairs in order, repeated past 3,071, each linked 1-1; one process per run)';
    if (!existsSync(join(ctx.dataDir, 'tico19-en-ar/tico19.en-ar.tsv'))) return [{ title, figures: [], skipped: `${ctx.dataDir}/tico19-en-ar not found` }];
    const root = join(import.meta.dirname, '../..');
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const sizes = ctx.smoke ? [1000] : [1000, 10000, 50000];
    const figures: Figure[] = [];
    for (const n of sizes) {
      ctx.log(`glossary bench: ${n} sentence pairs`);
      const loadAverage = os.loadavg()[0];
      const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'scripts/bench/glossary-run.ts'), ctx.dataDir, String(n)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`glossary bench failed: ${r.stderr}`);
      const run: Run = { ...(JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Omit<Run, 'loadAverage'>), loadAverage };
      figures.push({
        metric: `${n.toLocaleString('en')} sentence pairs: glossary time per pair`,
        value: `${(run.glossaryMs / n).toFixed(2)} ms`,
        note:
          `CPU ${(run.glossaryCpuMs / n).toFixed(2)} ms per pair; stage ${(run.glossaryMs / 1000).toFixed(1)} s (lexicon loading, not included, ${(run.loadMs / 1000).toFixed(1)} s); ` +
          `peak RSS ${run.peakRssMb} MB (whole process); ${run.terms} terms; 1-minute load average at the start ${run.loadAverage.toFixed(2)} on ${os.cpus().length} cores`,
      });
    }
    return [{ title, setting: `npm run bench -- --only glossary${ctx.smoke ? ' --smoke' : ''} (\`scripts/bench/glossary-run.ts <data> <pairs>\` per run)`, figures }];
  },
};
