import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readLinksJsonl } from '../src/format/links.ts';
import { cli, CORPUS_AR, CORPUS_EN, ROOT } from './helpers.ts';

describe('CLI', () => {
  it('segment prints one sentence per line', () => {
    const r = cli(['segment', '--lang', 'en', CORPUS_EN]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[7]).toBe('Seoul officials expect the technology to be rudimentary.');
  });

  it('segment tells Arabic from English by the letters when --lang is not given', () => {
    const ar = cli(['segment', CORPUS_AR]);
    expect(ar.status).toBe(0);
    // Split by the Arabic rules: ؟ and . end sentences, the stray "أسلحة نووية." stands on its own line.
    expect(ar.stdout.split('\n')).toContain('أسلحة نووية.');
    expect(ar.stdout).toBe(cli(['segment', '--lang', 'ar', CORPUS_AR]).stdout);
    expect(cli(['segment', CORPUS_EN]).stdout).toBe(cli(['segment', '--lang', 'en', CORPUS_EN]).stdout);
    const dir = mkdtempSync(join(tmpdir(), 'aligner-'));
    writeFileSync(join(dir, 'ru.txt'), 'Министры встретились в Сеуле. Они обсудили угрозы.');
    const other = cli(['segment', join(dir, 'ru.txt')]);
    expect(other.status).toBe(5);
    expect(other.stderr).toMatch(/neither Arabic nor English/);
  });

  it('segment ends quietly when the reader closes the pipe early (segment FILE | head -1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-'));
    const big = join(dir, 'big.en.txt');
    writeFileSync(big, (readFileSync(CORPUS_EN, 'utf8') + '\n').repeat(300));
    const tsx = join(ROOT, 'node_modules/tsx/dist/loader.mjs');
    const r = spawnSync('bash', ['-c', 'set -o pipefail; "$0" --import "$1" "$2" segment "$3" | head -1', process.execPath, pathToFileURL(tsx).href, join(ROOT, 'src/cli.ts'), big], { encoding: 'utf8' });
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/EPIPE/);
    expect(r.status).toBe(0);
  });

  it('align writes JSONL links that follow the contract', () => {
    const r = cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN]);
    expect(r.status).toBe(0);
    const { meta, links } = readLinksJsonl(r.stdout);
    // The first line says what the run used.
    expect(meta).toMatchObject({ encoder: 'lexical', model: 'none' });
    expect(meta?.lexicon_core).toBeGreaterThan(10_000);
    for (const l of links) {
      const linked = l.ar.length > 0 && l.en.length > 0;
      expect(Object.keys(l)).toEqual(['ar', 'en', 'score', ...(linked ? ['similarity'] : []), 'status', 'ar_text', 'en_text', ...(linked ? ['kind'] : []), ...(l.evidence ? ['evidence'] : [])]);
      if (linked) expect(['equivalent', 'related']).toContain(l.kind);
      expect(l.status).toBe('proposed');
      expect(l.score).toBeGreaterThanOrEqual(0);
      expect(l.score).toBeLessThanOrEqual(1);
    }
    const munitions = links.find((l) => l.ar_text.includes('الذخائر'));
    expect(munitions?.en_text).toContain('munitions');
  });

  it('align --format tsv writes ar<TAB>en<TAB>score<TAB>kind', () => {
    const r = cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--format', 'tsv']);
    expect(r.stdout.split('\n')[0].split('\t')).toHaveLength(4);
  });

  it('run writes the glossary and the links of every pair, and keeps a reviewer decision on re-run', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    expect(cli(['run', 'corpus'], dir).status).toBe(0);
    const csvPath = join(dir, 'glossary/seoul-talks.csv');
    const csv = readFileSync(csvPath, 'utf8');
    expect(csv).toContain('Jake Sullivan,جيك سوليفان,PERSON');
    expect(readFileSync(join(dir, 'glossary/seoul-talks.links.jsonl'), 'utf8').split('\n').length).toBeGreaterThan(10);
    writeFileSync(csvPath, csv.replace(/(Jake Sullivan,جيك سوليفان,PERSON,[0-9.]+,\d+,)proposed/, '$1approved'));
    expect(cli(['run', 'corpus'], dir).status).toBe(0);
    expect(readFileSync(csvPath, 'utf8')).toMatch(/Jake Sullivan,جيك سوليفان,PERSON,[0-9.]+,\d+,approved/);
  });

  it.each([
    [['align', '--ar', 'missing.ar.txt', '--en', CORPUS_EN], 3, /missing\.ar\.txt: no such file/],
    [['align', '--ar', CORPUS_AR, '--en', CORPUS_AR], 5, /are --ar and --en swapped/],
    [['frobnicate'], 2, /unknown command/],
    [['align', '--ar', CORPUS_AR], 2, /--en/],
  ])('%j fails with a one-line error and exit %i', (args, code, message) => {
    const r = cli(args as string[]);
    expect(r.status).toBe(code);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
