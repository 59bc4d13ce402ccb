/**
 * Start-up: the built `aligner` bin (dist/cli.js, what an installed package runs) against `node -e 0`, all in
 * the same run, interleaved, each a new process: `--help`, `segment` of a one-line file, and `align` of a
 * 10-line pair. The resource cache (FreeDict, WordNet) is warm, as after the first use; one run with an empty
 * cache shows that first use.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { segment } from '../../src/segment/index.ts';
import type { Module } from '../harness.ts';
import { fmt, median } from '../measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Sample {
  seconds: number;
  rssMiB?: number;
}

function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Sample {
  const t0 = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', env }) : spawnSync(process.execPath, args, { encoding: 'utf8', env });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
  const kb = Number(r.stderr.trim().split('\n').pop());
  return { seconds, ...(TIME && Number.isFinite(kb) ? { rssMiB: kb / 1024 } : {}) };
}

export const startupBench: Module = {
  name: 'startup',
  async run(ctx) {
    const runs = ctx.smoke ? 3 : 9;
    const loadBefore = loadavg()[0];
    ctx.log('startup: building dist/');
    const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts')], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed: ${built.stderr}`);
    const cli = join(ROOT, 'dist/cli.js');
    const dir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
    const lines = (lang: 'ar' | 'en'): string[] => segment(readFileSync(join(ROOT, `corpus/seoul-talks.${lang}.txt`), 'utf8'), lang).map((s) => s.text.replace(/\s+/g, ' '));
    const ar = join(dir, 'ten.ar.txt');
    const en = join(dir, 'ten.en.txt');
    const one = join(dir, 'one.en.txt');
    writeFileSync(ar, lines('ar').slice(0, 10).join('\n') + '\n');
    writeFileSync(en, lines('en').slice(0, 10).join('\n') + '\n');
    writeFileSync(one, lines('en')[0] + '\n');
    const commands: Record<string, string[]> = {
      'node -e 0': ['-e', '0'],
      'aligner --help': [cli, '--help'],
      'aligner segment (one line)': [cli, 'segment', one],
      'aligner align (10-line pair)': [cli, 'align', '--ar', ar, '--en', en],
    };
    const first = timed(commands['aligner align (10-line pair)'], { ...process.env, ALIGNER_RESOURCE_CACHE: join(dir, 'empty-cache') });
    // One untimed run warms the resource cache and the file system cache.
    timed(commands['aligner align (10-line pair)']);
    const samples = new Map<string, Sample[]>(Object.keys(commands).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) for (const [name, args] of Object.entries(commands)) samples.get(name)!.push(timed(args));
    rmSync(dir, { recursive: true, force: true });
    const med = (name: string): number => median(samples.get(name)!.map((s) => s.seconds));
    const base = med('node -e 0');
    const figures = Object.keys(commands).map((name) => {
      const rss = samples.get(name)!.flatMap((s) => (s.rssMiB === undefined ? [] : [s.rssMiB]));
      return {
        metric: `${name}: wall time (s)`,
        value: fmt(med(name), 3),
        note: `${name === 'node -e 0' ? 'the baseline' : `${fmt(med(name) / base, 1)}× node -e 0`}${rss.length ? `, peak RSS ${fmt(median(rss), 0)} MiB` : ''}`,
      };
    });
    figures.push({ metric: 'aligner align (10-line pair), first use: wall time (s)', value: fmt(first.seconds, 3), note: `empty resource cache: FreeDict and WordNet parsed and cached (${fmt(first.seconds / base, 1)}× node -e 0), one run` });
    return [
      {
        title: 'Start-up of the built bin',
        setting: `\`node dist/cli.js …\` after \`npm run build\`, a new process each time, the commands interleaved, median of ${runs} runs each; 1-minute load average ${loadBefore.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end, on ${cpus().length} cores.`,
        figures,
      },
    ];
  },
};
