/** The corpus glossary: one list of the terms of all pairs, reviewed like a pair's, its decisions kept across runs. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusGlossaryPath } from '../src/batch.ts';
import { consolidateGlossaries } from '../src/glossary/corpus.ts';
import { readGlossaryCsv, rowFromTerm, writeGlossaryCsv, type GlossaryRow } from '../src/glossary/csv.ts';
import { CORPUS_AR, CORPUS_EN, cli } from './helpers.ts';

const row = (en: string, ar: string, type: string, score: number, count: number, more: Partial<GlossaryRow> = {}): GlossaryRow => ({
  ...rowFromTerm({ en, ar, type: type as 'PERSON', score, count, enContext: `[[${en}]] said`, arContext: `قال [[${ar}]]` }),
  ...more,
});

describe('consolidateGlossaries', () => {
  it('counts a pair across documents, keeps its best-scored cells and names the documents it comes from', () => {
    const rows = consolidateGlossaries([
      { stem: 'seoul-talks', rows: [row('Jake Sullivan', 'جيك سوليفان', 'PERSON', 0.765, 2), row('Seoul', 'سيول', 'PLACE', 0.95, 2)] },
      { stem: 'camp-david', rows: [row('Jake Sullivan', 'جيك سوليفان', 'PERSON', 0.9, 1, { en_context: 'National Security Adviser [[Jake Sullivan]]' })] },
    ]);
    const jake = rows.find((r) => r.en === 'Jake Sullivan')!;
    expect(jake).toMatchObject({ count: '3', score: '0.900', status: 'proposed', documents: 'camp-david; seoul-talks', en_context: 'National Security Adviser [[Jake Sullivan]]' });
    expect(rows.find((r) => r.en === 'Seoul')).toMatchObject({ count: '2', documents: 'seoul-talks' });
  });

  it('treats spellings that are one pair as one row (Arabic normalised, English case-folded)', () => {
    const rows = consolidateGlossaries([
      { stem: 'a', rows: [row('United Nations', 'الأمم المتحدة', 'ORG', 0.8, 3)] },
      { stem: 'b', rows: [row('united Nations', 'الامم المتحده', 'ORG', 0.7, 1)] },
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ en: 'United Nations', ar: 'الأمم المتحدة', count: '4' });
  });

  it('takes the type most sentences gave a pair', () => {
    const rows = consolidateGlossaries([
      { stem: 'a', rows: [row('Georgia', 'جورجيا', 'PERSON', 0.9, 1)] },
      { stem: 'b', rows: [row('Georgia', 'جورجيا', 'PLACE', 0.6, 4)] },
    ]);
    expect(rows[0].type).toBe('PLACE');
  });

  it("leaves out what a document's reviewer rejected and the reviewed rows this run did not find again", () => {
    const rows = consolidateGlossaries([
      {
        stem: 'a',
        rows: [
          row('August', 'أغسطس', 'TERM', 0.9, 1, { status: 'rejected' }),
          row('Takeo Akiba', 'تاكيو أكيبا', 'PERSON', 0.8, 1, { status: 'approved', seen: 'no' }),
          row('Cho Tae-yong', 'تشو تاي يونغ', 'PERSON', 0.7, 1, { status: 'Yes' }),
        ],
      },
    ]);
    expect(rows.map((r) => r.en)).toEqual(['Cho Tae-yong']);
  });

  it('writes its documents column after the tool columns and reads it back as the tool\'s, not a reviewer\'s', () => {
    const rows = consolidateGlossaries([{ stem: 'seoul-talks', rows: [row('Seoul', 'سيول', 'PLACE', 0.95, 2)] }]);
    const text = writeGlossaryCsv(rows);
    expect(text.split('\r\n')[0]).toBe('\uFEFFen,ar,type,score,count,status,en_context,ar_context,id,seen,proposed_en,proposed_ar,documents,note');
    const back = readGlossaryCsv(text);
    expect(back.extraColumns).toEqual(['note']);
    expect(back.rows[0].documents).toBe('seoul-talks');
    // A pair's own CSV has no such column.
    expect(writeGlossaryCsv([row('Seoul', 'سيول', 'PLACE', 0.95, 2)]).split('\r\n')[0]).not.toContain('documents');
  });
});

describe('run writes glossary/corpus.csv', () => {
  const twoPairs = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-corpus-'));
    mkdirSync(join(dir, 'in'));
    for (const stem of ['a-seoul', 'b-seoul']) {
      cpSync(CORPUS_AR, join(dir, `in/${stem}.ar.txt`));
      cpSync(CORPUS_EN, join(dir, `in/${stem}.en.txt`));
    }
    return dir;
  };

  it('one list for all pairs, whose decisions survive the next run', () => {
    const dir = twoPairs();
    const r = cli(['run', 'in', '--out-dir', 'out', '--freedict', 'off'], dir);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/out\/corpus\.csv: \d+ rows from 2 of 2 pairs' glossaries/);
    const first = readGlossaryCsv(readFileSync(join(dir, 'out/corpus.csv'), 'utf8')).rows;
    const seoul = first.find((x) => x.en === 'Seoul')!;
    const one = readGlossaryCsv(readFileSync(join(dir, 'out/a-seoul.csv'), 'utf8')).rows.find((x) => x.en === 'Seoul')!;
    expect(seoul.documents).toBe('a-seoul; b-seoul');
    expect(Number(seoul.count)).toBe(2 * Number(one.count));

    // The reviewer approves Seoul and rejects another pair in the corpus file, with a note; a re-run keeps both.
    const other = first.find((x) => x.en !== 'Seoul')!;
    const reviewed = first.map((x) =>
      x === seoul ? { ...x, status: 'approved', extra: { note: 'checked' } } : x === other ? { ...x, status: 'rejected' } : x,
    );
    writeFileSync(join(dir, 'out/corpus.csv'), writeGlossaryCsv(reviewed));
    expect(cli(['run', 'in', '--out-dir', 'out', '--freedict', 'off'], dir).status).toBe(0);
    const again = readGlossaryCsv(readFileSync(join(dir, 'out/corpus.csv'), 'utf8')).rows;
    expect(again.find((x) => x.en === 'Seoul')).toMatchObject({ status: 'approved', extra: { note: 'checked' }, documents: 'a-seoul; b-seoul' });
    expect(again.filter((x) => x.en === other.en && x.ar === other.ar).map((x) => x.status)).toEqual(['rejected']);
    expect(again).toHaveLength(first.length);
  });

  it('is left to one --consolidate run after sharded runs', () => {
    const dir = twoPairs();
    for (const k of ['1/2', '2/2']) {
      const r = cli(['run', 'in', '--out-dir', 'out', '--freedict', 'off', '--shard', k], dir);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain('corpus glossary not written by a shard');
    }
    expect(existsSync(join(dir, 'out/corpus.csv'))).toBe(false);
    const c = cli(['run', 'in', '--out-dir', 'out', '--consolidate'], dir);
    expect(c.status, c.stderr).toBe(0);
    expect(c.stderr).toMatch(/out\/corpus\.csv: \d+ rows from 2 of 2 pairs' glossaries/);
    expect(readGlossaryCsv(readFileSync(join(dir, 'out/corpus.csv'), 'utf8')).rows.find((x) => x.en === 'Seoul')?.documents).toBe('a-seoul; b-seoul');
    expect(cli(['run', 'in', '--out-dir', 'out', '--consolidate', '--shard', '1/2'], dir).stderr).toContain('leave out --shard');
    // A folder without the pairs' CSVs is a clear error, and no empty corpus list is written there.
    const wrong = cli(['run', 'in', '--out-dir', 'elsewhere', '--consolidate'], dir);
    expect(wrong.status).toBe(3);
    expect(wrong.stderr.trimEnd()).toBe("error: elsewhere: no pair's glossary CSV to consolidate (a wrong --out-dir? or run without --consolidate first)");
    expect(existsSync(join(dir, 'elsewhere'))).toBe(false);
  });

  it('is corpus.all.csv when a pair is itself named "corpus"', () => {
    expect(corpusGlossaryPath('glossary', ['corpus', 'seoul-talks'])).toBe(join('glossary', 'corpus.all.csv'));
    expect(corpusGlossaryPath('glossary', ['seoul-talks'])).toBe(join('glossary', 'corpus.csv'));
  });
});
