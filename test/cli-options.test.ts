/** One set of options across commands: run takes what align and glossary take; shards; TBX from a reviewed CSV. */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShard, shardOf } from '../src/batch.ts';
import { readLinksJsonl } from '../src/format/links.ts';
import { cli, CORPUS_AR, CORPUS_EN, ROOT } from './helpers.ts';

describe('run --shard K/N', () => {
  it('gives shard K every N-th pair in name order, so N shards cover each pair exactly once', () => {
    const stems = ['amman', 'beirut', 'cairo', 'doha', 'erbil', 'fez', 'gaza'];
    const shards = [1, 2, 3].map((k) => shardOf(stems, k, 3));
    expect(shards).toEqual([['amman', 'doha', 'gaza'], ['beirut', 'erbil'], ['cairo', 'fez']]);
    expect(shards.flat().sort()).toEqual(stems);
    expect(parseShard('2/4')).toEqual([2, 4]);
    for (const bad of ['0/4', '5/4', '1/0', 'two/four', '1-4']) expect(() => parseShard(bad)).toThrow(/--shard .*: expected K\/N with 1 ≤ K ≤ N/);
  });

  it('run with --shard, --mode, --min-score and --format tmx writes only its pairs, as TMX with the resources used', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-shard-'));
    mkdirSync(join(dir, 'in'));
    for (const stem of ['a-seoul', 'b-seoul']) {
      cpSync(CORPUS_AR, join(dir, `in/${stem}.ar.txt`));
      cpSync(CORPUS_EN, join(dir, `in/${stem}.en.txt`));
    }
    const r = cli(['run', 'in', '--out-dir', 'out', '--shard', '2/2', '--mode', 'parallel', '--min-score', '0.05', '--format', 'tmx', '--freedict', 'off'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('shard 2/2: 1 of 2 pairs');
    expect(r.stderr).toMatch(/^resources: lexicon \d+ core \+ 0 approved pairs, FreeDict no, model none$/m);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['b-seoul.csv', 'b-seoul.links.tmx', 'b-seoul.report.html']);
    const tmx = readFileSync(join(dir, 'out/b-seoul.links.tmx'), 'utf8');
    expect(tmx).toContain('<prop type="x-align-mode">parallel</prop>');
    expect(tmx).toContain('<prop type="x-freedict">false</prop>');
    expect(tmx).toMatch(/<prop type="x-lexicon-core">\d{5}<\/prop>/);
    expect(readFileSync(join(dir, 'out/b-seoul.report.html'), 'utf8')).toMatch(/<p class="meta resources">resources: lexicon \d+ core \+ 0 approved pairs, FreeDict no, model none<\/p>/);
  });
});

describe('metadata of a links file', () => {
  it('run writes a {"meta":…} first line into <stem>.links.jsonl that readers skip', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-meta-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    expect(cli(['run', 'corpus', '--presplit'], dir).status).toBe(0);
    const text = readFileSync(join(dir, 'glossary/seoul-talks.links.jsonl'), 'utf8');
    expect(JSON.parse(text.split('\n')[0])).toEqual({ meta: expect.objectContaining({ encoder: 'lexical', model: 'none', lexicon_approved: 0 }) });
    const { meta, links } = readLinksJsonl(text);
    expect(meta?.mode).toMatch(/^(parallel|comparable)$/);
    // --presplit: one sentence a non-empty line (15 Arabic lines, 7 English).
    expect(new Set(links.flatMap((l) => l.ar)).size).toBe(15);
    expect(new Set(links.flatMap((l) => l.en)).size).toBe(7);
  });
});

describe('glossary --from CSV --format tbx', () => {
  it('exports a reviewed CSV as it stands, without the texts and without aligning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-tbx-'));
    const header = 'en,ar,type,score,count,status,en_context,ar_context,id,seen,note';
    writeFileSync(
      join(dir, 'reviewed.csv'),
      '\ufeff' + [header, 'Jake Sullivan,جيك سوليفان,PERSON,0.9,3,approved,,,a1,yes,', 'Seoul,سيول,PLACE,0.8,2,rejected,,,a2,yes,', 'Japan,اليابان,PLACE,0.7,2,proposed,,,a3,yes,'].join('\r\n') + '\r\n',
    );
    const r = cli(['glossary', '--from', 'reviewed.csv', '--format', 'tbx', '--out', 'x.tbx'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe('x.tbx: 1 approved entries');
    const tbx = readFileSync(join(dir, 'x.tbx'), 'utf8');
    expect(tbx).toContain('Jake Sullivan');
    expect(tbx).not.toContain('Seoul');
    expect(readdirSync(dir).sort()).toEqual(['reviewed.csv', 'x.tbx']);
    expect(cli(['glossary', '--from', 'reviewed.csv', '--out', 'x.csv'], dir).stderr).toMatch(/^error: --from exports a reviewed CSV: use it with --format tbx$/m);
    expect(cli(['glossary', '--from', 'missing.csv', '--format', 'tbx', '--out', 'x.tbx'], dir).status).toBe(3);
  });
});
