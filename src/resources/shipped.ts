/**
 * Where the data the package ships lives (the lexicon's TSV files, the learned name costs), found next to the
 * code in src/ or dist/. Missing data is a broken installation, not something to work around: every lookup
 * throws a ResourceMissingError naming the file, which the CLI shows as one line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ResourceMissingError } from '../errors.ts';

/** The folder the code runs from: src/ with tsx, dist/ when built. */
export const CODE_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Written by scripts/build.ts: every data file copied into dist/, relative to it. */
const MANIFEST = join(CODE_ROOT, 'resources', 'shipped.json');

let manifest: string[] | undefined | null;

function shippedList(): string[] | undefined {
  if (manifest === undefined) manifest = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as string[]) : null;
  return manifest ?? undefined;
}

/** The path of one shipped file (relative to src/ or dist/), or a ResourceMissingError naming it. */
export function shippedFile(rel: string, what: string): string {
  const path = join(CODE_ROOT, rel);
  if (!existsSync(path)) throw new ResourceMissingError(path, what);
  return path;
}

/**
 * The path of a shipped file the code can do without (a calibration not fitted yet): undefined when there is none,
 * but a ResourceMissingError when a build lists it and it is gone.
 */
export function optionalShippedFile(rel: string, what: string): string | undefined {
  const path = join(CODE_ROOT, rel);
  if (existsSync(path)) return path;
  if (shippedList()?.includes(rel)) throw new ResourceMissingError(path, what);
  return undefined;
}

/**
 * The shipped files of a folder ending in `ext`, in name order. A build checks them against its manifest (so one
 * lost file is named); from source, the folder must hold at least one.
 */
export function shippedFiles(relDir: string, ext: string, what: string): string[] {
  const dir = join(CODE_ROOT, relDir);
  const listed = shippedList()
    ?.filter((f) => f.startsWith(relDir + '/') && f.endsWith(ext))
    .map((f) => join(CODE_ROOT, f));
  if (listed?.length) {
    for (const f of listed) if (!existsSync(f)) throw new ResourceMissingError(f, what);
  }
  if (!existsSync(dir)) throw new ResourceMissingError(listed?.[0] ?? dir, what);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
  if (!files.length) throw new ResourceMissingError(join(dir, `*${ext}`), what);
  return files;
}
