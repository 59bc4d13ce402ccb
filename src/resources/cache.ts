/**
 * A version-stamped cache of resources that are slow to build from their sources (FreeDict's dictionaries,
 * WordNet's index): built once, stored compactly under `~/.cache/aligner/resources`, and rebuilt whenever the
 * stamp — the package version, the cache format, the size and content (or date) of every source and builder file —
 * changes. `ALIGNER_RESOURCE_CACHE=DIR` puts it elsewhere, `=off` turns it off.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CODE_ROOT } from './shipped.ts';
import { PACKAGE_VERSION } from './version.ts';

/** Bumped when the layout of cached files changes. */
const CACHE_FORMAT = 1;

/** The cache folder, or undefined when turned off. */
export function resourceCacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const set = env.ALIGNER_RESOURCE_CACHE;
  if (set === 'off' || set === '0') return undefined;
  if (set) return set;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'aligner', 'resources');
}

/** Files up to this size are fingerprinted by content (code, a rebuild must not invalidate), larger ones by date. */
const HASHED_BYTES = 256 * 1024;

/** Sources smaller than this in all build about as fast as a cache reads (a test's tiny dictionary): not cached. */
const MIN_CACHED_BYTES = 256 * 1024;

function pathOf(f: string | URL): string {
  return f instanceof URL || f.startsWith('file:') ? fileURLToPath(f) : f;
}

function totalBytes(files: readonly (string | URL)[]): number {
  let n = 0;
  for (const f of files) {
    try {
      n += statSync(pathOf(f)).size;
    } catch {
      // absent: counts nothing
    }
  }
  return n;
}

/**
 * Each file (a file URL or a path) with its size and its content hash (small files: code) or modification time
 * (large ones: dictionaries); "-" for one that is absent.
 */
export function fingerprint(files: readonly (string | URL)[]): string {
  return files
    .map((f) => {
      const path = pathOf(f);
      try {
        const s = statSync(path);
        const mark = s.size <= HASHED_BYTES ? createHash('sha1').update(readFileSync(path)).digest('hex').slice(0, 12) : String(Math.round(s.mtimeMs));
        return `${path}:${s.size}:${mark}`;
      } catch {
        return `${path}:-`;
      }
    })
    .join('|');
}

export interface Codec<T> {
  encode(value: T): string;
  decode(text: string): T;
}

/**
 * `build()`'s value, from the cache when its stamp matches `sources`, else built and stored. A cache that cannot
 * be read or written is skipped silently: it only saves time.
 */
export function cachedResource<T>(name: string, sources: readonly (string | URL)[], build: () => T, codec: Codec<T>): T {
  const dir = resourceCacheDir();
  if (!dir || totalBytes(sources) < MIN_CACHED_BYTES) return build();
  // One file per installation (src/ of a checkout, dist/ of a build, each installed copy): they would
  // otherwise overwrite each other's stamps and rebuild at every switch.
  const file = join(dir, `${name}-${createHash('sha1').update(CODE_ROOT).digest('hex').slice(0, 8)}.txt`);
  const stamp = `aligner ${PACKAGE_VERSION} cache ${CACHE_FORMAT} ${fingerprint(sources)}`;
  try {
    const text = readFileSync(file, 'utf8');
    const nl = text.indexOf('\n');
    if (nl > 0 && text.slice(0, nl) === stamp) return codec.decode(text.slice(nl + 1));
  } catch {
    // no cache yet
  }
  const value = build();
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, stamp + '\n' + codec.encode(value));
    renameSync(tmp, file);
  } catch {
    rmSync(tmp, { force: true });
  }
  return value;
}

/** Lines of `a<TAB>b`: the compact form of a pair list. */
export const pairsCodec: Codec<(readonly [string, string])[]> = {
  encode: (pairs) => pairs.map(([a, b]) => `${a}\t${b}`).join('\n'),
  decode: (text) =>
    text
      ? text.split('\n').map((line) => {
          const tab = line.indexOf('\t');
          return [line.slice(0, tab), line.slice(tab + 1)] as const;
        })
      : [],
};
