import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { EXIT, UserError } from '../errors.ts';

/** Size and modification time of a file, or null when there is none: enough to tell that someone saved it. */
export type FileStamp = { mtimeMs: number; size: number } | null;

export function stampOf(path: string): FileStamp {
  try {
    const st = statSync(path);
    return { mtimeMs: st.mtimeMs, size: st.size };
  } catch {
    return null;
  }
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean => (a === null || b === null ? a === b : a.mtimeMs === b.mtimeMs && a.size === b.size);

/** Temporary files a killed run left beside `path` (`<name>.<pid>.tmp` of a process no longer running, or a day old). */
function removeStaleTemps(path: string): void {
  const name = basename(path);
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const e of entries) {
    const m = e.startsWith(name + '.') ? /^\.(\d+)\.tmp$/.exec(e.slice(name.length)) : null;
    if (!m || Number(m[1]) === process.pid) continue;
    const tmp = join(dirname(path), e);
    if (!isRunning(Number(m[1])) || Date.now() - (stampOf(tmp)?.mtimeMs ?? 0) > 86_400_000) rmSync(tmp, { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // someone else's process: running
  }
}

/** An output path that cannot be a file, in one line (exit 6). */
export function checkOutputPath(path: string): void {
  if (/[/\\]$/.test(path)) throw new UserError(`${path}: ends with a slash, so names a folder: give a file name (e.g. ${path}out.csv)`, EXIT.output);
  const st = statOrUndefined(path);
  if (st?.isDirectory()) throw new UserError(`${path}: is a folder: give a file name inside it (e.g. ${join(path, 'out.csv')})`, EXIT.output);
  if (st) return;
  // The nearest part of the path that exists must be a folder the file can go in.
  for (let d = dirname(path); ; d = dirname(d)) {
    const up = statOrUndefined(d);
    if (up) {
      if (!up.isDirectory()) throw new UserError(`${path}: ${d} is a file, not a folder`, EXIT.output);
      return;
    }
    if (dirname(d) === d) return;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

const WHY: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  EROFS: 'read-only file system',
};

/**
 * Writes a file atomically: a temporary file beside it, then a rename, so no reader sees half a file. With
 * `unchangedSince`, the rename happens only if the file is still as it was then (size and modification time):
 * returns false, writing nothing, when someone saved it in the meantime.
 */
export function writeFileAtomic(path: string, content: string, unchangedSince?: FileStamp): boolean {
  checkOutputPath(path);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    removeStaleTemps(path);
    writeFileSync(tmp, content);
    if (unchangedSince !== undefined && !sameStamp(stampOf(path), unchangedSince)) {
      rmSync(tmp, { force: true });
      return false;
    }
    renameSync(tmp, path);
    return true;
  } catch (e) {
    rmSync(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    throw new UserError(`${path}: cannot write (${code ?? (e as Error).message}${code && WHY[code] ? `: ${WHY[code]}` : ''})`, EXIT.output);
  }
}
