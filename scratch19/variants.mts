import { readFileSync } from 'node:fs';
import { createLexicalEncoder } from '/work/wt-19/src/encode/factory.ts';
import { alignTexts, proposeTerms } from '/work/wt-19/src/pipeline.ts';
import { normalizeArabic } from '/work/wt-19/src/arabic/normalize.ts';
const ar = readFileSync('/work/wt-19/corpus/seoul-talks.ar.txt', 'utf8');
const en = readFileSync('/work/wt-19/corpus/seoul-talks.en.txt', 'utf8');
const MARKS = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651\u064E'];
let k = 0;
const variants: Record<string, string> = {
  plain: ar,
  persian: ar.replace(/ي/g, 'ی').replace(/ك/g, 'ک').replace(/ى/g, 'ی'),
  zwnj: ar.replace(/(\p{L}+)/gu, '$1\u200C'),
  rlm: ar.replace(/(\p{L}+)/gu, '$1\u200F'),
  vowels: ar.replace(/[\u0621-\u064A]/g, (c) => c + MARKS[k++ % MARKS.length]),
};
const key = (r: { en: string; ar: string }) => `${r.en}\u0000${normalizeArabic(r.ar)}`;
let base: Set<string> | undefined;
for (const [name, text] of Object.entries(variants)) {
  const encoder = createLexicalEncoder();
  const rows = proposeTerms(await alignTexts(text, en, { encoder }), encoder);
  const keys = new Set(rows.map(key));
  base ??= keys;
  const held = [...base].filter((x) => keys.has(x)).length;
  const bad = rows.filter((r) => /^[\p{M}\p{Cf}\u0640]/u.test(r.ar) || /[\p{M}\p{Cf}]$/u.test(r.ar) && false);
  console.log(name, rows.length, 'held', held, '/', base.size, 'leading-mark', bad.map((r) => r.ar).join(' | '));
  if (name !== 'plain') console.log('  missing:', [...base].filter((x) => !keys.has(x)).map((s) => s.replace('\u0000', '=')).join('; '));
}
