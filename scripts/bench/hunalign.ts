/**
 * The aligner as a user runs it (`align --presplit --mode parallel`, a new process, files in and out) on the 10,000-
 * sentence synthetic translation, and hunalign on the same tokenised files with the FreeDict dictionary when a
 * `hunalign` binary is on PATH, in the same run: the speed ratio the parallel mode is held to.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFreedictPairs } from '../../src/lexicon/freedict.ts';
import { tokenize } from '../../src/tokenize.ts';
import type { Figure, Module } from '../harness.ts';
import { syntheticTranslation } from './synthetic.ts';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall seconds and (with GNU time) peak RSS in MB and CPU seconds (user + system) of one command. */
function timed(command: string[], cwd: string): { seconds: number; rssMb?: number; cpu?: number; stdout: string } {
  const t0 = process.hrtime.bigint();
  const r = TIME ? spawnSync(TIME, ['-f', '%M %U %S', ...command], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 }) : spawnSync(command[0], command.slice(1), { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
  const [kb, user, sys] = TIME ? (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, stdout: r.stdout, ...(Number.isFinite(kb) ? { rssMb: Math.round(kb / 1024), cpu: user + sys } : {}) };
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** hunalign reads one sentence a line, tokens separated by spaces. */
const tokenised = (s: string, lang: 'ar' | 'en'): string => tokenize(s, lang).map((t) => t.text.toLowerCase()).join(' ');

export const hunalignBench: Module = {
  name: 'hunalign',
  async run(ctx) {
    const title = 'Parallel mode end to end, as a user runs it, beside hunalign (synthetic TICO-19 translation, one process each)';
    if (!existsSync(join(ctx.dataDir, 'tico19-en-ar/tico19.en-ar.tsv'))) return [{ title, figures: [], skipped: `${ctx.dataDir}/tico19-en-ar not found` }];
    const n = ctx.smoke ? 1000 : 10000;
    const root = join(import.meta.dirname, '../..');
    const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const dir = mkdtempSync(join(os.tmpdir(), 'bench-hunalign-'));
    try {
      const { ar, en } = syntheticTranslation(ctx.dataDir, n);
      writeFileSync(join(dir, 'a.ar.txt'), ar.map((s) => oneLine(s.text)).join('\n') + '\n');
      writeFileSync(join(dir, 'a.en.txt'), en.map((s) => oneLine(s.text)).join('\n') + '\n');
      const loads: string[] = [];
      const ours = (): { seconds: number; rssMb?: number; cpu?: number } => {
        loads.push(os.loadavg()[0].toFixed(2));
        return timed([process.execPath, '--import', tsx, join(root, 'src/cli.ts'), 'align', '--ar', 'a.ar.txt', '--en', 'a.en.txt', '--presplit', '--mode', 'parallel', '--format', 'tsv', '--out', 'a.tsv'], dir);
      };
      const size = `${n.toLocaleString('en')} × ~${n.toLocaleString('en')}`;
      const rss = (r: { rssMb?: number; cpu?: number }): string => (r.rssMb !== undefined ? `, peak RSS ${r.rssMb} MB, CPU ${r.cpu?.toFixed(2)} s` : '');
      const hunalign = onPath('hunalign');
      const figures: Figure[] = [];
      if (!hunalign) {
        const r = ours();
        figures.push({
          metric: `${size}: \`align --presplit --mode parallel\` wall time`,
          value: `${r.seconds.toFixed(2)} s`,
          note: `a new process: start-up, lexicon, reading, encoding, aligning, writing TSV${rss(r)}; hunalign: skipped (no \`hunalign\` on PATH; it is not packaged in Debian: build it from upstream to measure the ratio); 1-minute load average ${loads.join(', ')} on ${os.cpus().length} cores`,
        });
        return [{ title, setting: `npm run bench -- --only hunalign${ctx.smoke ? ' --smoke' : ''}`, figures }];
      }
      // The same sentences tokenised, and FreeDict as hunalign's dictionary ("English @ Arabic", target first).
      writeFileSync(join(dir, 'tok.ar.txt'), ar.map((s) => tokenised(oneLine(s.text), 'ar')).join('\n') + '\n');
      writeFileSync(join(dir, 'tok.en.txt'), en.map((s) => tokenised(oneLine(s.text), 'en')).join('\n') + '\n');
      writeFileSync(join(dir, 'dict.txt'), loadFreedictPairs().map(([a, e]) => `${e.toLowerCase()} @ ${a}`).join('\n') + '\n');
      // Interleaved, so both see the same load; medians of 3.
      const mine: number[] = [];
      const theirs: number[] = [];
      let lastOurs: { rssMb?: number; cpu?: number } = {};
      let lastTheirs: { rssMb?: number; cpu?: number } = {};
      for (let t = 0; t < (ctx.smoke ? 1 : 3); t++) {
        const r = ours();
        mine.push(r.seconds);
        lastOurs = r;
        loads.push(os.loadavg()[0].toFixed(2));
        const h = timed([hunalign, '-text', 'dict.txt', 'tok.ar.txt', 'tok.en.txt'], dir);
        theirs.push(h.seconds);
        lastTheirs = h;
      }
      const med = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];
      figures.push(
        { metric: `${size}: ours / hunalign wall time`, value: (med(mine) / med(theirs)).toFixed(2), note: `medians of ${mine.length} interleaved runs; 1-minute load average ${loads.join(', ')} on ${os.cpus().length} cores` },
        { metric: `${size}: \`align --presplit --mode parallel\` wall time`, value: `${med(mine).toFixed(2)} s`, note: `a new process: start-up, lexicon, reading, encoding, aligning, writing TSV${rss(lastOurs)}` },
        { metric: `${size}: \`hunalign -text dict.txt\` wall time`, value: `${med(theirs).toFixed(2)} s`, note: `${hunalign}, same sentences tokenised and lowercased, FreeDict as its dictionary${rss(lastTheirs)}` },
      );
      return [{ title, setting: `npm run bench -- --only hunalign${ctx.smoke ? ' --smoke' : ''}`, figures }];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
