/**
 * The aligner as a user runs it (`align --presplit --mode parallel`, a new process, files in and out) on the 10,000-
 * sentence synthetic translation, and hunalign on the same tokenised files with the FreeDict dictionary when a
 * `hunalign` binary is on PATH, in the same run: the speed ratio the parallel mode is held to.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadFreedictPairs } from '../../src/lexicon/freedict.ts';
import { tokenize } from '../../src/tokenize.ts';
import type { Figure, Module, Section } from '../harness.ts';
import { syntheticTranslation } from './synthetic.ts';

const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

interface Timed {
  seconds: number;
  rssMb?: number;
  cpu?: number;
  stdout: string;
}

/** Wall seconds and (with GNU time) peak RSS in MB and CPU seconds (user + system) of one command. */
function timed(command: string[], cwd: string, env: NodeJS.ProcessEnv): Timed {
  const t0 = process.hrtime.bigint();
  const opts = { cwd, env, encoding: 'utf8' as const, maxBuffer: 1 << 28 };
  const r = TIME ? spawnSync(TIME, ['-f', '%M %U %S', ...command], opts) : spawnSync(command[0], command.slice(1), opts);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0) throw new Error(`${command.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}`);
  const [kb, user, sys] = TIME ? (r.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, stdout: r.stdout, ...(Number.isFinite(kb) ? { rssMb: Math.round(kb / 1024), cpu: user + sys } : {}) };
}

/** The first executable `name` in a PATH string, as a shell would find it. */
export function findOnPath(name: string, path: string): string | undefined {
  for (const dir of path.split(':')) {
    if (!dir) continue;
    try {
      accessSync(join(dir, name), constants.X_OK);
      return join(dir, name);
    } catch {
      // not here, or not executable: keep looking
    }
  }
  return undefined;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
/** hunalign reads one sentence a line, tokens separated by spaces. */
const tokenised = (s: string, lang: 'ar' | 'en'): string => tokenize(s, lang).map((t) => t.text.toLowerCase()).join(' ');
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Beads in hunalign's `-text` output: one `arabic<TAB>english<TAB>score` line each; anything else is not hunalign. */
export function countHunalignBeads(stdout: string): number {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  const bad = lines.find((l) => !/^[^\t]*\t[^\t]*\t-?\d+(\.\d+)?\s*$/.test(l));
  if (bad !== undefined) throw new Error(`hunalign printed a line that is not "arabic<TAB>english<TAB>score": ${JSON.stringify(bad.slice(0, 80))}`);
  return lines.length;
}

export interface Comparison {
  /** One sentence a side per entry, as the presplit files hold them. */
  ar: string[];
  en: string[];
  /** Interleaved runs of each (the medians are reported). */
  runs: number;
  /** The PATH hunalign is looked for on, and that both commands run with. */
  path: string;
  /** hunalign's dictionary pairs, [arabic, english] (FreeDict in the bench). */
  dictionary: () => ReadonlyArray<readonly [string, string]>;
  /** The command line the figure for the project is measured on (our `align`). */
  setting: string;
}

/**
 * Runs our `align` and, when hunalign is on `path`, hunalign on the same sentences: one section of figures, or
 * without hunalign our figure and a skipped section that says why the ratio is missing.
 */
export function compareWithHunalign(c: Comparison): Section[] {
  const title = 'Parallel mode end to end, as a user runs it, beside hunalign (synthetic TICO-19 translation, one process each)';
  const root = join(import.meta.dirname, '../..');
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const env = { ...process.env, PATH: c.path };
  const dir = mkdtempSync(join(os.tmpdir(), 'bench-hunalign-'));
  try {
    writeFileSync(join(dir, 'a.ar.txt'), c.ar.map(oneLine).join('\n') + '\n');
    writeFileSync(join(dir, 'a.en.txt'), c.en.map(oneLine).join('\n') + '\n');
    const loads: string[] = [];
    const ours = (): Timed => {
      loads.push(os.loadavg()[0].toFixed(2));
      return timed([process.execPath, '--import', tsx, join(root, 'src/cli.ts'), 'align', '--ar', 'a.ar.txt', '--en', 'a.en.txt', '--presplit', '--mode', 'parallel', '--format', 'tsv', '--out', 'a.tsv'], dir, env);
    };
    const size = `${c.ar.length.toLocaleString('en')} × ${c.en.length.toLocaleString('en')}`;
    const rss = (r: { rssMb?: number; cpu?: number }): string => (r.rssMb !== undefined ? `, peak RSS ${r.rssMb} MB, CPU ${r.cpu?.toFixed(2)} s` : '');
    const machine = (): string => `1-minute load average ${loads.join(', ')} on ${os.cpus().length} cores`;
    const hunalign = findOnPath('hunalign', c.path);
    const figures: Figure[] = [];
    if (!hunalign) {
      const r = ours();
      figures.push({ metric: `${size}: \`align --presplit --mode parallel\` wall time`, value: `${r.seconds.toFixed(2)} s`, note: `a new process: start-up, lexicon, reading, encoding, aligning, writing TSV${rss(r)}; ${machine()}` });
      // A section of its own, not buried in a note: the ratio the issue asks for was not measured.
      return [
        { title, setting: c.setting, figures },
        { title: 'hunalign comparison', figures: [], skipped: 'no executable `hunalign` on PATH, so the ratio was not measured (hunalign is not packaged in Debian: build it from upstream, put it on PATH and rerun)' },
      ];
    }
    // The same sentences tokenised, and the dictionary in hunalign's format ("English @ Arabic", target first).
    writeFileSync(join(dir, 'tok.ar.txt'), c.ar.map((s) => tokenised(oneLine(s), 'ar')).join('\n') + '\n');
    writeFileSync(join(dir, 'tok.en.txt'), c.en.map((s) => tokenised(oneLine(s), 'en')).join('\n') + '\n');
    writeFileSync(join(dir, 'dict.txt'), c.dictionary().map(([a, e]) => `${e.toLowerCase()} @ ${a}`).join('\n') + '\n');
    // Interleaved, so both see the same load.
    const mine: Timed[] = [];
    const theirs: Timed[] = [];
    for (let t = 0; t < c.runs; t++) {
      mine.push(ours());
      loads.push(os.loadavg()[0].toFixed(2));
      theirs.push(timed([hunalign, '-text', 'dict.txt', 'tok.ar.txt', 'tok.en.txt'], dir, env));
    }
    const beads = countHunalignBeads(theirs[theirs.length - 1].stdout);
    const m = median(mine.map((r) => r.seconds));
    const h = median(theirs.map((r) => r.seconds));
    figures.push(
      { metric: `${size}: ours / hunalign wall time`, value: (m / h).toFixed(2), note: `medians of ${c.runs} interleaved runs; ${machine()}` },
      { metric: `${size}: \`align --presplit --mode parallel\` wall time`, value: `${m.toFixed(2)} s`, note: `a new process: start-up, lexicon, reading, encoding, aligning, writing TSV${rss(mine[mine.length - 1])}` },
      { metric: `${size}: \`hunalign -text dict.txt\` wall time`, value: `${h.toFixed(2)} s`, note: `${hunalign}, same sentences tokenised and lowercased, ${beads} beads printed${rss(theirs[theirs.length - 1])}` },
    );
    return [{ title, setting: c.setting, figures }];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const hunalignBench: Module = {
  name: 'hunalign',
  async run(ctx) {
    const setting = `npm run bench -- --only hunalign${ctx.smoke ? ' --smoke' : ''}`;
    if (!existsSync(join(ctx.dataDir, 'tico19-en-ar/tico19.en-ar.tsv'))) return [{ title: 'Parallel mode beside hunalign', figures: [], skipped: `${ctx.dataDir}/tico19-en-ar not found` }];
    const { ar, en } = syntheticTranslation(ctx.dataDir, ctx.smoke ? 1000 : 10000);
    return compareWithHunalign({
      ar: ar.map((s) => s.text),
      en: en.map((s) => s.text),
      runs: ctx.smoke ? 1 : 3,
      path: process.env.PATH ?? '',
      dictionary: () => loadFreedictPairs(),
      setting,
    });
  },
};
