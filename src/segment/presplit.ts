import type { Sentence } from '../types.ts';

/** One sentence per non-empty line, as given (for input that is already segmented). */
export function presplit(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const t = m[0].trim();
    if (t) out.push({ index: out.length, text: t, start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}
