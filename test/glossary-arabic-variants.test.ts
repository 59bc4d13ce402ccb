import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { pairKey, writeGlossaryCsv, type GlossaryRow } from '../src/glossary/csv.ts';
import { alignTexts, proposeTerms } from '../src/pipeline.ts';
import { corpus } from './helpers.ts';

// Arabic as it arrives: typed on a Persian keyboard, with invisible marks after words, or vowelled.
const VOWELS = ['\u064E', '\u064F', '\u0650', '\u0652', '\u0651\u064E']; // fatha, damma, kasra, sukun, shadda + fatha
const VARIANTS: Record<string, (s: string) => string> = {
  'Persian letters ی ک for ي ى ك': (s) => s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک'),
  'a ZWNJ after every word': (s) => s.replace(/(\p{L}+)/gu, '$1\u200C'),
  'an RLM after every word': (s) => s.replace(/(\p{L}+)/gu, '$1\u200F'),
  'vowel marks on every letter': (s) => {
    let k = 0;
    return s.replace(/[\u0621-\u064A]/g, (c) => c + VOWELS[k++ % VOWELS.length]);
  },
};

async function glossaryOf(ar: string): Promise<GlossaryRow[]> {
  const encoder = createLexicalEncoder();
  return proposeTerms(await alignTexts(ar, corpus('en'), { encoder }), encoder);
}

describe('the sample glossary from Arabic as it arrives', async () => {
  const plain = await glossaryOf(corpus('ar'));

  it('the plain text gives the glossary the variants are held to', () => {
    expect(plain.length).toBeGreaterThanOrEqual(20);
    expect(plain.map((r) => `${r.en} ↔ ${r.ar}`)).toContain('Jake Sullivan ↔ جيك سوليفان');
  });

  it.each(Object.keys(VARIANTS))('with %s: at least 95 percent of the rows, and no cell starts with a mark', async (name) => {
    const text = VARIANTS[name](corpus('ar'));
    expect(text).not.toBe(corpus('ar'));
    const rows = await glossaryOf(text);
    const keys = new Set(rows.map((r) => pairKey(r.en, r.ar)));
    const held = plain.filter((r) => keys.has(pairKey(r.en, r.ar)));
    const lost = plain.filter((r) => !keys.has(pairKey(r.en, r.ar))).map((r) => `${r.en} ↔ ${r.ar}`);
    expect(held.length / plain.length, `lost: ${lost.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    // Every cell as a spreadsheet shows it: no vowel mark, tatweel or invisible mark at its start.
    const cells = (parse(writeGlossaryCsv(rows).slice(1)) as string[][]).flat();
    expect(cells.filter((c) => /^[\p{M}\p{Cf}\u0640]/u.test(c))).toEqual([]);
    // The term cells end without invisible marks too, and show the text's own letters.
    expect(rows.filter((r) => /[\p{Cf}\s]$/u.test(r.ar))).toEqual([]);
    if (name.startsWith('Persian')) expect(rows.find((r) => r.en === 'Jake Sullivan')?.ar).toBe('جیک سولیفان');
  });
});
