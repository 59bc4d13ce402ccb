/**
 * The glossary command on inputs far past the per-pair bench: a presplit pair of 1 million short lines (Tatoeba's
 * 1,000 pairs, repeated) and a running-text pair of about 50 MB (TICO-19's documents as running text, repeated),
 * each built in a temporary folder (never committed), run as a user runs it under GNU time for peak RSS, with a
 * time limit. Records wall time, peak RSS, whether it finished, and whether progress lines came during the
 * glossary stage. `npm run bench -- --only large` (slow: minutes per input); `--smoke` uses 1% of each size.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { joinDocument, readTatoeba, ticoDocuments } from '../data.ts';
import type { Figure, Module } from '../harness.ts';

const LIMIT_S = Number(process.env.BENCH_LARGE_LIMIT_S ?? 900);

/** Writes lines to a file without holding them all in memory. */
async function writeLines(path: string, count: number, line: (k: number) => string): Promise<void> {
  const out = createWriteStream(path);
  for (let k = 0; k < count; k++) if (!out.write(line(k) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r, j) => out.end((e?: Error | null) => (e ? j(e) : r())));
}

interface Outcome {
  seconds: number;
  status: number | null;
  peakRssMb?: number;
  progressInGlossary: number;
  lastProgress: string;
  timedOut: boolean;
}

/** Runs a command under /usr/bin/time -v with a time limit, counting the glossary stage's progress lines on stderr. */
function runTimed(command: string[], cwd: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const t0 = process.hrtime.bigint();
    // Its own process group: at the limit the aligner under time must die too, not only time (it kept running).
    const child = spawn('/usr/bin/time', ['-v', ...command], { cwd, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let err = '';
    let progress = 0;
    let last = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d: string) => {
      err = (err + d).slice(-20000);
      for (const m of d.matchAll(/glossary \((\d+) of (\d+) sentence pairs\)/g)) {
        progress++;
        last = m[0];
      }
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    }, LIMIT_S * 1000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
      resolve({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, status, ...(kb ? { peakRssMb: Math.round(Number(kb[1]) / 1024) } : {}), progressInGlossary: progress, lastProgress: last, timedOut });
    });
  });
}

export const largeBench: Module = {
  name: 'large',
  async run(ctx) {
    const title = 'Glossary on very large inputs: 1 million presplit lines, a ~50 MB running-text pair (one process each, GNU time)';
    if (!existsSync('/usr/bin/time')) return [{ title, figures: [], skipped: 'GNU time (/usr/bin/time) not found: it measures peak RSS' }];
    const tatoeba = readTatoeba(ctx.dataDir);
    const docs = [...ticoDocuments(ctx.dataDir).values()];
    const root = join(import.meta.dirname, '../..');
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const cli = (args: string[]): string[] => [process.execPath, '--import', tsx, join(root, 'src/cli.ts'), 'glossary', ...args];
    const scale = ctx.smoke ? 0.01 : Number(process.env.BENCH_LARGE_SCALE ?? 1);
    const dir = mkdtempSync(join(os.tmpdir(), 'bench-large-'));
    const figures: Figure[] = [];
    const record = (label: string, size: string, r: Outcome, load: string): void => {
      const state = r.timedOut ? `stopped at the ${LIMIT_S} s limit` : r.status === 0 ? 'finished' : `failed (exit ${r.status})`;
      figures.push({
        metric: `${label}: glossary command`,
        value: `${state}, ${r.seconds.toFixed(1)} s, peak RSS ${r.peakRssMb ?? '?'} MB`,
        note: `${size}; ${r.progressInGlossary} progress lines within the glossary stage${r.lastProgress ? ` (last: ${r.lastProgress})` : ''}; 1-minute load average ${load} on ${os.cpus().length} cores`,
      });
    };
    try {
      const lines = Math.round(1_000_000 * scale);
      ctx.log(`large: ${lines} presplit lines`);
      // A line number keeps repeated lines apart, as in a real list (and gives each pair a shared number).
      await writeLines(join(dir, 'lines.ar.txt'), lines, (k) => `${tatoeba[k % tatoeba.length].ar.trim()} ${k}`);
      await writeLines(join(dir, 'lines.en.txt'), lines, (k) => `${tatoeba[k % tatoeba.length].en.trim()} ${k}`);
      let load = os.loadavg()[0].toFixed(2);
      record(`${lines.toLocaleString('en')} presplit lines`, `${(statSync(join(dir, 'lines.ar.txt')).size / 2 ** 20).toFixed(1)} + ${(statSync(join(dir, 'lines.en.txt')).size / 2 ** 20).toFixed(1)} MB`, await runTimed(cli(['--ar', 'lines.ar.txt', '--en', 'lines.en.txt', '--presplit', '--mode', 'parallel', '--out', 'lines.csv']), dir), load);
      // Running text: TICO-19's documents joined as the segmentation eval joins them, repeated to ~50 MB in all.
      const ar = docs.map((d) => joinDocument(d.map((s) => s.ar)).text).join('\n\n');
      const en = docs.map((d) => joinDocument(d.map((s) => s.en)).text).join('\n\n');
      const copies = Math.max(1, Math.round((50 * 2 ** 20 * scale) / (Buffer.byteLength(ar) + Buffer.byteLength(en))));
      await writeLines(join(dir, 'text.ar.txt'), copies, () => ar + '\n');
      await writeLines(join(dir, 'text.en.txt'), copies, () => en + '\n');
      const mb = (statSync(join(dir, 'text.ar.txt')).size + statSync(join(dir, 'text.en.txt')).size) / 2 ** 20;
      ctx.log(`large: running text, ${mb.toFixed(1)} MB`);
      load = os.loadavg()[0].toFixed(2);
      record(`running text, ${mb.toFixed(0)} MB (TICO-19 × ${copies})`, `${mb.toFixed(1)} MB both sides`, await runTimed(cli(['--ar', 'text.ar.txt', '--en', 'text.en.txt', '--mode', 'parallel', '--out', 'text.csv']), dir), load);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return [{ title, setting: `npm run bench -- --only large${ctx.smoke ? ' --smoke' : ''} (BENCH_LARGE_SCALE, BENCH_LARGE_LIMIT_S to scale sizes and the time limit)`, figures }];
  },
};
