/**
 * The build: `tsc` compiles src/ to dist/ (JavaScript + declarations), then every file of src/ that is not
 * TypeScript — the lexicon's TSV files, the learned name costs, any data added later — is copied beside the
 * code, and dist/resources/shipped.json lists them so that a missing one is named at run time.
 * Run by `npm run build`, and by npm itself on install in a checkout (`prepare`) and before packing.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SRC = join(ROOT, 'src');
const DIST = join(ROOT, 'dist');

function dataFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return dataFiles(p);
    return e.name.endsWith('.ts') ? [] : [p];
  });
}

rmSync(DIST, { recursive: true, force: true });
// TypeScript exports only its package.json: its bin sits beside it.
const tsc = join(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin', 'tsc');
const r = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);

const shipped: string[] = [];
for (const f of dataFiles(SRC).sort()) {
  const rel = relative(SRC, f).split('\\').join('/');
  mkdirSync(dirname(join(DIST, rel)), { recursive: true });
  cpSync(f, join(DIST, rel));
  shipped.push(rel);
}
mkdirSync(join(DIST, 'resources'), { recursive: true });
writeFileSync(join(DIST, 'resources', 'shipped.json'), JSON.stringify(shipped, null, 1) + '\n');
chmodSync(join(DIST, 'cli.js'), 0o755);
console.log(`dist/: compiled, ${shipped.length} data files copied`);
