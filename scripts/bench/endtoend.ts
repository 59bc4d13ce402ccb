import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Module } from '../harness.ts';
import { fmt, median } from '../measure.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** `run` on the sample corpus as a user starts it: a new process each time, fresh output folder. */
export const endToEnd: Module = {
  name: 'endtoend',
  async run(ctx) {
    const runs = ctx.smoke ? 1 : 5;
    const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const times: number[] = [];
    const rss: number[] = [];
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-run-'));
      cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
      const t0 = process.hrtime.bigint();
      const command = [process.execPath, '--import', tsx, join(ROOT, 'src/cli.ts'), 'run', 'corpus'];
      // GNU time reports the child's peak memory; without it, time only.
      const r = TIME ? spawnSync(TIME, ['-f', '%M', ...command], { cwd: dir, encoding: 'utf8' }) : spawnSync(command[0], command.slice(1), { cwd: dir, encoding: 'utf8' });
      times.push(Number(process.hrtime.bigint() - t0) / 1e9);
      rmSync(dir, { recursive: true, force: true });
      if (r.status !== 0) throw new Error(`run failed: ${r.stderr}`);
      const kb = Number(r.stderr.trim().split('\n').pop());
      if (TIME && Number.isFinite(kb)) rss.push(kb / 1024);
    }
    return [
      {
        title: 'End to end: `run corpus` on the sample pair',
        setting: `A new process per run (Node start-up and TypeScript loading included), median of ${runs}.`,
        figures: [
          { metric: 'wall time (s)', value: fmt(median(times)) },
          ...(rss.length ? [{ metric: 'peak RSS (MiB)', value: fmt(median(rss), 0) }] : []),
        ],
      },
    ];
  },
};
