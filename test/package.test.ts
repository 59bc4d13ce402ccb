/**
 * The package as a user gets it: `npm pack`, then `npm install ./x.tgz` into an empty project with no overrides
 * (from npm's cache, offline where it can), where plain Node imports the library by its name, `tsc` type-checks
 * a program using it, and the `aligner` bin runs. Slow (a build, a pack, an install): one setup for all.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_AR, CORPUS_EN, ROOT } from './helpers.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
let app = '';

function run(cmd: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
}

const bin = (): string => join(app, 'node_modules/.bin/aligner');

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'aligner-pack-'));
  const packed = run('npm', ['pack', '--pack-destination', dir, '--silent'], ROOT);
  expect(packed.status, packed.stderr).toBe(0);
  const tgz = join(dir, packed.stdout.trim().split('\n').pop() as string);
  app = join(dir, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  const installed = run('npm', ['install', tgz, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], app);
  expect(installed.status, installed.stderr).toBe(0);
  copyFileSync(CORPUS_AR, join(app, 'pair.ar.txt'));
  copyFileSync(CORPUS_EN, join(app, 'pair.en.txt'));
}, 300_000);

describe('the installed package', () => {
  it('plain Node imports align and glossary by the package name and aligns the sample pair', () => {
    writeFileSync(
      join(app, 'use.mjs'),
      `import { readFileSync } from 'node:fs';
import { align, glossary, segment, AlignerError } from '${pkg.name}';
const ar = readFileSync('pair.ar.txt', 'utf8');
const en = readFileSync('pair.en.txt', 'utf8');
const a = await align(ar, en);
const g = await glossary(ar, en);
let kind;
try { await align(en, ar); } catch (e) { kind = e instanceof AlignerError ? e.kind : String(e); }
console.log(JSON.stringify({ mode: a.mode, ar: a.ar.length, en: a.en.length, links: a.links.filter((l) => l.ar.length && l.en.length).length,
  sullivan: g.some((r) => r.en === 'Jake Sullivan' && r.ar === 'جيك سوليفان'), rows: g.length, sentences: segment('Hello there. Bye now.', 'en').length, kind }));
`,
    );
    const r = run(process.execPath, ['use.mjs'], app);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ ar: 19, en: 14, sullivan: true, sentences: 2, kind: 'wrongLanguage' });
    expect(out.links).toBeGreaterThan(3);
    expect(out.rows).toBeGreaterThan(20);
  });

  it("runs the README's library example as it stands", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /```js\n(\/\/ example\.mjs[^]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    writeFileSync(join(app, 'example.mjs'), example as string);
    copyFileSync(CORPUS_AR, join(app, 'seoul-talks.ar.txt'));
    copyFileSync(CORPUS_EN, join(app, 'seoul-talks.en.txt'));
    const r = run(process.execPath, ['example.mjs'], app);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('جيك سوليفان');
    expect(r.stdout).toMatch(/wrongLanguage .*are --ar and --en swapped\?/);
  });

  it('type-checks in a consumer: tsc with strict settings, its declarations and nothing else', () => {
    writeFileSync(
      join(app, 'use.ts'),
      `import { align, glossary, type AlignResult, type GlossaryEntry, type Link } from '${pkg.name}';
const a: AlignResult = await align('قال سوليفان.', 'Sullivan said.', { mode: 'parallel', minScore: 0.1, freedict: 'off' });
const links: Link[] = a.links;
const rows: GlossaryEntry[] = await glossary('قال سوليفان.', 'Sullivan said.');
export const n: number = links.length + rows.length;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['use.ts'] }),
    );
    const r = run(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('installs the bin, which prints the version and aligns', () => {
    const v = run(bin(), ['--version'], app);
    expect(v.stdout.trim()).toBe(pkg.version);
    const r = run(bin(), ['align', '--ar', 'pair.ar.txt', '--en', 'pair.en.txt', '--format', 'tsv'], app);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/resources: lexicon \d+ core \+ 0 approved pairs, FreeDict (no|\d+ pairs \(.+\)), model none/);
  });

  it('leaves the neural encoder out unless asked for, and then says what to install', () => {
    const r = run(bin(), ['align', '--ar', 'pair.ar.txt', '--en', 'pair.en.txt', '--encoder', 'transformers'], app);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^error: .*optional package @xenova\/transformers.*npm install @xenova\/transformers/)]);
  });

  it.each([
    ['lexicon/data/core-geo.tsv', 'the shipped lexicon'],
    ['names/costs.json', 'the learned name costs'],
    ['align/calibration.json', 'the link-score calibration'],
  ])('refuses to run without its shipped data (%s), with one line naming the file', (rel, what) => {
    const file = join(app, 'node_modules', pkg.name, 'dist', rel);
    renameSync(file, file + '.away');
    try {
      const r = run(bin(), ['align', '--ar', 'pair.ar.txt', '--en', 'pair.en.txt'], app);
      expect(r.status).toBe(3);
      const lines = r.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(`error: ${file}: missing (${what})`);
    } finally {
      renameSync(file + '.away', file);
    }
  });
});
