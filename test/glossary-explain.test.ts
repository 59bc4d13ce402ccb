/** --explain: every candidate pair the glossary leaves out, with the named rule that did it, for a reviewer to read. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { parseCsvRecords } from '../src/glossary/csv.ts';
import { explainPath, summariseDropped, writeExplainCsv } from '../src/glossary/explain.ts';
import { DROP_RULES, type DroppedTerm } from '../src/glossary/filters.ts';
import { alignTexts, proposeTerms } from '../src/pipeline.ts';
import { CORPUS_AR, CORPUS_EN, cli, corpus } from './helpers.ts';

async function sample(): Promise<{ kept: { en: string; ar: string }[]; dropped: DroppedTerm[]; plain: { en: string; ar: string }[] }> {
  const encoder = createLexicalEncoder();
  const pair = await alignTexts(corpus('ar'), corpus('en'), { encoder });
  const dropped: DroppedTerm[] = [];
  const kept = proposeTerms(pair, encoder, undefined, (d) => dropped.push(d));
  return { kept, dropped, plain: proposeTerms(pair, encoder) };
}

describe('the glossary builder tells why it leaves a pair out', () => {
  it('only observes: the glossary is the same with or without --explain', async () => {
    const { kept, plain } = await sample();
    expect(kept).toEqual(plain);
  });

  it('names the rule of each pair left out on the sample pair, with the pair that won where there is one', async () => {
    const { kept, dropped } = await sample();
    const rule = (en: string, ar: string): DroppedTerm | undefined => dropped.find((d) => d.en === en && d.ar === ar);
    expect(rule('security', 'الأمن')?.rule).toBe('generic-word');
    expect(rule('President', 'الرئيس')?.rule).toBe('title-or-direction');
    const putin = rule('Putin', 'بوتين');
    expect(putin).toMatchObject({ rule: 'fragment', because: 'Vladimir Putin ↔ فلاديمير بوتين' });
    expect(rule('Russian President Vladimir Putin', 'الرئيس الروسي فلاديمير بوتين')).toMatchObject({ rule: 'titled-duplicate', because: 'Vladimir Putin ↔ فلاديمير بوتين' });
    // Every left-out pair carries its contexts, and none of them is also a proposal.
    expect(dropped.every((d) => d.enContext.includes(`[[`) && d.arContext.includes('[['))).toBe(true);
    const keys = new Set(kept.map((k) => `${k.en}\u0000${k.ar}`));
    expect(dropped.filter((d) => keys.has(`${d.en}\u0000${d.ar}`))).toEqual([]);
    expect(dropped.every((d) => d.rule in DROP_RULES)).toBe(true);
  });
});

describe('the explain file', () => {
  const d = (en: string, ar: string, rule: DroppedTerm['rule'], score: number, because?: string): DroppedTerm => ({ en, ar, rule, score, count: 1, because, enContext: `[[${en}]]`, arContext: `[[${ar}]]` });

  it('lists the pairs by rule, then score, with each rule in words, as a CSV the glossary spreadsheet opens', () => {
    const text = writeExplainCsv([d('security', 'الأمن', 'generic-word', 0.999), d('Putin', 'بوتين', 'fragment', 0.875, 'Vladimir Putin ↔ فلاديمير بوتين'), d('threats', 'التهديدات', 'generic-word', 0.969), d('=SUM(A1)', 'مجموع', 'low-score', 0.1)]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const { records } = parseCsvRecords(text);
    expect(records[0]).toEqual(['en', 'ar', 'rule', 'why', 'because', 'score', 'count', 'en_context', 'ar_context']);
    expect(records.slice(1).map((r) => [r[0], r[2]])).toEqual([["'=SUM(A1)", 'low-score'], ['security', 'generic-word'], ['threats', 'generic-word'], ['Putin', 'fragment']]);
    expect(records[4][3]).toBe(DROP_RULES.fragment);
    expect(records[4][4]).toBe('Vladimir Putin ↔ فلاديمير بوتين');
  });

  it('is summed up in one line, and lives beside the glossary CSV', () => {
    expect(summariseDropped([d('a', 'ب', 'generic-word', 1), d('c', 'د', 'generic-word', 1), d('e', 'ف', 'fragment', 1)])).toBe('3 candidate pairs left out: 2 generic-word, 1 fragment');
    expect(summariseDropped([])).toBe('0 candidate pairs left out');
    expect(explainPath('glossary/seoul-talks.csv')).toBe('glossary/seoul-talks.explain.csv');
  });

  it('is written by glossary --explain and by run --explain', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-explain-'));
    const g = cli(['glossary', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--out', join(dir, 'seoul.csv'), '--explain', '--freedict', 'off']);
    expect(g.status, g.stderr).toBe(0);
    expect(g.stderr).toMatch(/seoul\.explain\.csv: \d+ candidate pairs left out: .*generic-word/);
    expect(readFileSync(join(dir, 'seoul.explain.csv'), 'utf8')).toContain('security,الأمن,generic-word');
    const r = cli(['run', join(ROOT_CORPUS), '--out-dir', join(dir, 'out'), '--explain', '--freedict', 'off']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/out\/seoul-talks\.explain\.csv: \d+ candidate pairs left out/);
  });
});

const ROOT_CORPUS = join(CORPUS_AR, '..');
