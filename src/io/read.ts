import { readFileSync, statSync } from 'node:fs';
import { EXIT, UserError } from '../errors.ts';
import type { Lang } from '../types.ts';
import { decodeBytes } from './decode.ts';
import { checkLanguage } from './language.ts';
import { stripMarkup } from './markup.ts';

export { checkLanguage } from './language.ts';

/** Largest input accepted, in bytes: far above any real document pair, low enough to fail early on a wrong file. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

function cannot(path: string, e: unknown): UserError {
  const code = (e as NodeJS.ErrnoException).code;
  const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : `cannot read (${code ?? (e as Error).message})`;
  return new UserError(`${path}: ${why}`, EXIT.fileMissing);
}

/** The bytes of a file, refusing folders and files over the size limit before reading them. */
export function readBytes(path: string): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path}: is a folder, not a text file`, EXIT.fileMissing);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw cannot(path, e);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UserError(`${path}: ${(size / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit; split the text into smaller files`, EXIT.badInput);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw cannot(path, e);
  }
}

/** A text as read from a file, with what it took to read it. */
export interface ReadResult {
  /** Decoded, line ends as "\n", markup removed: sentence offsets refer to this text. */
  text: string;
  encoding: string;
  markup: 'plain' | 'html' | 'markdown';
  /** One line for the user when the file was not plain UTF-8 text (the encoding chosen, markup removed). */
  note?: string;
}

/** Reads a text file in the role of one language: decoded, line ends unified, markup removed, checked. */
export function readTextFile(path: string, lang: Lang): ReadResult {
  return textFromBytes(readBytes(path), path, lang);
}

/** The same on bytes already read (`path` names them in messages). */
function textFromBytes(bytes: Buffer, path: string, lang: Lang): ReadResult {
  const decoded = decodeBytes(bytes, path, lang);
  const unified = decoded.text.replace(/\r\n?/g, '\n');
  const { text, markup } = stripMarkup(unified, path);
  checkLanguage(text, lang, path);
  const done = [decoded.plain ? '' : `decoded as ${decoded.encoding}`, markup === 'plain' ? '' : `read as ${markup === 'html' ? 'HTML' : 'Markdown'}, markup removed`].filter(Boolean);
  return { text, encoding: decoded.encoding, markup, note: done.length ? `note: ${path}: ${done.join('; ')}` : undefined };
}

/** Where notes about reading go unless a caller says otherwise: one line each, on stderr. */
const toStderr = (line: string): void => void process.stderr.write(line + '\n');

/** Reads a text file given in the role of one language; reports on stderr how, when it was not plain UTF-8 text. */
export function readText(path: string, lang: Lang, note: (line: string) => void = toStderr): string {
  const r = readTextFile(path, lang);
  if (r.note) note(r.note);
  return r.text;
}

/**
 * Reads a text file whose language was not given: Arabic when it reads as Arabic (at least half its letters
 * Arabic), else English when it reads as English; the decoding is redone per language because legacy
 * encodings are guessed by language (Windows-1256 vs Windows-1252).
 */
export function readTextDetected(path: string, note: (line: string) => void = toStderr): { text: string; lang: Lang } {
  const bytes = readBytes(path);
  for (const lang of ['ar', 'en'] as const) {
    let r: ReadResult;
    try {
      r = textFromBytes(bytes, path, lang);
    } catch (e) {
      if (e instanceof UserError && e.kind === EXIT.wrongLanguage) continue;
      throw e;
    }
    if (r.note) note(r.note);
    return { text: r.text, lang };
  }
  throw new UserError(`${path}: neither mostly Arabic nor mostly Latin letters, so neither Arabic nor English; is it the right file?`, EXIT.wrongLanguage);
}
