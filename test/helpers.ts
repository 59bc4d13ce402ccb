import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_AR = join(ROOT, 'corpus/seoul-talks.ar.txt');
export const CORPUS_EN = join(ROOT, 'corpus/seoul-talks.en.txt');

export function corpus(lang: 'ar' | 'en'): string {
  return readFileSync(lang === 'ar' ? CORPUS_AR : CORPUS_EN, 'utf8');
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as a user would, in `cwd`. */
export function cli(args: string[], cwd: string = ROOT): CliResult {
  // The loader by path: a test may run the CLI from a temporary folder with no node_modules.
  const tsx = pathToFileURL(join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const r = spawnSync(process.execPath, ['--import', tsx, join(ROOT, 'src/cli.ts'), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
