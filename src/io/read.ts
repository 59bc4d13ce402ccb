import { readFileSync, statSync } from 'node:fs';
import { arabicShare } from '../arabic/normalize.ts';
import { EXIT, UserError } from '../errors.ts';
import type { Lang } from '../types.ts';

/** Largest input accepted, in bytes: far above any real document pair, low enough to fail early on a wrong file. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

function readBytes(path: string): Buffer {
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError(`${path}: is a directory, not a text file`, EXIT.fileMissing);
    size = st.size;
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`${path}: no such file`, EXIT.fileMissing);
  }
  if (size > MAX_INPUT_BYTES) {
    throw new UserError(`${path}: ${(size / 1048576).toFixed(1)} MB is over the ${MAX_INPUT_BYTES / 1048576} MB limit; split the text into smaller files`, EXIT.badInput);
  }
  try {
    return readFileSync(path);
  } catch (e) {
    throw new UserError(`${path}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.fileMissing);
  }
}

/** Decodes the bytes of a text file; refuses binary data. */
export function decodeText(bytes: Buffer, path: string): string {
  if (bytes.includes(0)) throw new UserError(`${path}: contains NUL bytes: a binary file, not text`, EXIT.badInput);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return text.replace(/^\uFEFF/, '');
}

/** Checks that a text is not empty and is written in the language its role says. */
export function checkLanguage(text: string, lang: Lang, path: string): void {
  if (!text.trim()) throw new UserError(`${path}: empty (no text to align)`, EXIT.badInput);
  const share = arabicShare(text);
  if (lang === 'ar' && share < 0.5) {
    throw new UserError(`${path}: given as Arabic (--ar) but only ${Math.round(share * 100)}% of its letters are Arabic; are --ar and --en swapped?`, EXIT.wrongLanguage);
  }
  if (lang === 'en' && share > 0.5) {
    throw new UserError(`${path}: given as English (--en) but ${Math.round(share * 100)}% of its letters are Arabic; are --ar and --en swapped?`, EXIT.wrongLanguage);
  }
}

/** Reads a text file given in the role of one language: decoded, checked, never silently empty. */
export function readText(path: string, lang: Lang): string {
  const text = decodeText(readBytes(path), path);
  checkLanguage(text, lang, path);
  return text;
}
