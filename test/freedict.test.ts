import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { LexicalEncoder } from '../src/encode/lexical.ts';
import { cleanArabicTerms, cleanEnglishTerms, decodeDictdNumber, loadFreedictPairs, parseDictdArticle } from '../src/lexicon/freedict.ts';
import { dot } from '../src/vector.ts';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function b64(n: number): string {
  let s = '';
  do {
    s = B64[n % 64] + s;
    n = Math.floor(n / 64);
  } while (n > 0);
  return s;
}

/** Writes a dictd dictionary (.index + gzip .dict.dz) the way dictfmt lays it out. */
function writeDictd(dir: string, name: string, articles: [headword: string, text: string][]): void {
  // A 00-database article first, as in the real files: the reader must skip it.
  const index: string[] = ['00databaseinfo\tA\tC'];
  let dict = Buffer.from('AB');
  for (const [head, text] of articles) {
    const bytes = Buffer.from(text, 'utf8');
    index.push(`${head}\t${b64(dict.length)}\t${b64(bytes.length)}`);
    dict = Buffer.concat([dict, bytes]);
  }
  writeFileSync(join(dir, `${name}.index`), index.join('\n') + '\n');
  writeFileSync(join(dir, `${name}.dict.dz`), gzipSync(dict));
}

describe('FreeDict dictd reader', () => {
  const dir = mkdtempSync(join(tmpdir(), 'freedict-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeDictd(dir, 'freedict-ara-eng', [
    ['الخطبة', 'الخطبة /ʔalχˈut̪ba/\n1. Allocution\n2. Sermon\n'],
    ['حديقة', 'حديقة /ħadiːqa/\nGarden\n'],
    ['لادغ، شائك', 'لادغ، شائك /lˈaːdiɣ ʃˈaːʔik/\nAculeatus\n'],
  ]);
  writeDictd(dir, 'freedict-eng-ara', [
    ['Orchard', 'Orchard /ˈɔːtʃəd/\nالبستان\n'],
    ['A', 'A /ˈeɪ/\nآي - الحرف الأول في اللغة الإنجليزية\n'],
  ]);

  it('decodes dictd base-64 offsets', () => {
    expect(decodeDictdNumber('A')).toBe(0);
    expect(decodeDictdNumber('BA')).toBe(64);
    expect(decodeDictdNumber('Lw7Y')).toBe(((11 * 64 + 48) * 64 + 59) * 64 + 24);
  });

  it('parses an article: headword without its IPA, numbered senses', () => {
    expect(parseDictdArticle('الخطبة /ʔalχˈut̪ba/\n1. Allocution\n2. Sermon\n')).toEqual({ headword: 'الخطبة', senses: ['Allocution', 'Sermon'] });
  });

  it('cleans the noise: comma-separated alternatives split, explanations dropped, English lower-cased', () => {
    expect(cleanArabicTerms('لادغ، شائك')).toEqual(['لادغ', 'شائك']);
    expect(cleanArabicTerms('آي - الحرف الأول في اللغة الإنجليزية')).toEqual([]);
    expect(cleanEnglishTerms('Garden')).toEqual(['garden']);
  });

  it('reads both directions into Arabic → English pairs', () => {
    const pairs = loadFreedictPairs(dir);
    expect(pairs).toContainEqual(['الخطبة', 'sermon']);
    expect(pairs).toContainEqual(['شائك', 'aculeatus']);
    expect(pairs).toContainEqual(['البستان', 'orchard']);
    expect(pairs.some(([ar]) => ar.startsWith('آي'))).toBe(false);
  });

  it('is silently absent where the packages are not installed', () => {
    expect(loadFreedictPairs(join(dir, 'nowhere'))).toEqual([]);
  });

  it('serves only as a fallback: the main lexicon wins, the glossary never sees FreeDict', async () => {
    const enc = new LexicalEncoder([['حديقة', 'park']], { fallback: loadFreedictPairs(dir) });
    expect(enc.translateArabicWord('الحديقة')).toEqual(['park']);
    expect(enc.translateArabicWord('البستان')).toBeUndefined();
    const [ar] = await enc.encode(['زرنا البستان'], 'ar');
    const [en, other] = await enc.encode(['We visited the orchard', 'We visited the park'], 'en');
    expect(dot(ar, en)).toBeGreaterThan(dot(ar, other));
  });
});
