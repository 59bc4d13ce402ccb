/** Aligner time and memory on synthetic translations of 1,000 to 50,000 sentences a side (lexical encoder). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure, Module } from '../harness.ts';

interface Run {
  sentences: number;
  mode: string;
  encodeMs: number;
  alignMs: number;
  alignCpuMs: number;
  links: number;
  peakRssMb: number;
  heapUsedMb: number;
}

export const alignmentBench: Module = {
  name: 'alignment',
  async run(ctx) {
    const title = 'Aligner time and memory (synthetic TICO-19 translations, lexical encoder, one process per run)';
    if (!existsSync(join(ctx.dataDir, 'tico19-en-ar/tico19.en-ar.tsv'))) return [{ title, figures: [], skipped: `${ctx.dataDir}/tico19-en-ar not found` }];
    const root = join(import.meta.dirname, '../..');
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const runs: [number, string][] = ctx.smoke
      ? [[1000, 'parallel'], [1000, 'comparable']]
      : [[1000, 'parallel'], [1000, 'comparable'], [10000, 'parallel'], [10000, 'comparable'], [50000, 'parallel']];
    const figures: Figure[] = [];
    for (const [n, mode] of runs) {
      ctx.log(`alignment bench: ${n} sentences, ${mode}`);
      const r = spawnSync(process.execPath, ['--import', tsx, join(root, 'scripts/bench/alignment-run.ts'), ctx.dataDir, String(n), mode], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (r.status !== 0) throw new Error(`alignment bench failed: ${r.stderr}`);
      const x = JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Run;
      figures.push({
        metric: `${n.toLocaleString('en')} × ~${n.toLocaleString('en')}, --mode ${mode}: align time`,
        value: `${(x.alignMs / 1000).toFixed(2)} s`,
        note: `CPU ${(x.alignCpuMs / 1000).toFixed(2)} s; encoding (not included) ${(x.encodeMs / 1000).toFixed(1)} s; peak RSS ${x.peakRssMb} MB (whole process, encoding included), heap after ${x.heapUsedMb} MB; ${x.links} links`,
      });
    }
    return [{ title, setting: `npm run bench -- --only alignment${ctx.smoke ? ' --smoke' : ''}`, figures }];
  },
};
