import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allowedBeside, compileConstraints } from '../src/align/constraints.ts';
import { align } from '../src/align/index.ts';
import type { AlignSide } from '../src/align/space.ts';
import { locate, parseLinksJsonl, resolveDecisions } from '../src/format/decisions.ts';
import { toJsonl } from '../src/format/links.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { alignTexts } from '../src/pipeline.ts';
import { presplit } from '../src/segment/presplit.ts';
import type { Vector } from '../src/types.ts';
import { sparseFromMap } from '../src/vector.ts';
import { cli, ROOT } from './helpers.ts';

interface Line {
  ar: number[];
  en: number[];
  score: number;
  similarity?: number;
  status: string;
  ar_text: string;
  en_text: string;
  unmatched?: boolean;
}
// Link lines only: the file's first line is {"meta":…} (what the run used), which readers skip.
const readLines = (path: string): Line[] =>
  readFileSync(path, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Line & { meta?: unknown }).filter((l) => l.meta === undefined);
const writeLines = (path: string, lines: readonly object[]): void => writeFileSync(path, lines.map((l) => JSON.stringify(l) + '\n').join(''));
/** Links the aligner stands by (not rejected) holding Arabic sentence i and English sentence j. */
const linking = (lines: readonly Line[], i: number, j: number): Line[] => lines.filter((l) => l.status !== 'rejected' && l.ar.includes(i) && l.en.includes(j));

describe('link decisions through the command line (the sample pair)', () => {
  it('a reviewer rejects a wrong related link and adds a missed link (the missile launches); re-runs of run keep both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-decisions-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    expect(cli(['run', 'corpus'], dir).status).toBe(0);
    const path = join(dir, 'glossary/seoul-talks.links.jsonl');
    const first = readLines(path);
    expect(first.every((l) => ['proposed'].includes(l.status))).toBe(true);

    // "The meeting in Seoul on Friday and Saturday came as…" is linked, as related content, to "However, it may help
    // Kim Jong Un's regime to target US troops…": a wrong link (a related link is one sentence pair, as a decision is).
    const fragment = first.find((l) => l.ar_text.startsWith('وجاء الاجتماع في سيول') && l.en_text.startsWith('However, it may help'));
    expect(fragment, 'the wrong related link').toBeDefined();
    const [fa, fe] = [fragment!.ar[0], fragment!.en[0]];
    // Akiba on "the unprecedented pace and patterns" of North Korea's missile launches ↔ "They said they are
    // implementing plans about missile launches…": related content (the gold's possible link) the aligner leaves alone.
    const arMissiles = first.find((l) => l.ar_text.startsWith('وقال أكيبا إن'))!;
    const enMissiles = first.find((l) => l.en_text.startsWith('They said they are implementing plans'))!;
    expect(arMissiles.en).toEqual([]);
    const [oa, oe] = [arMissiles.ar[0], enMissiles.en[0]];
    expect(enMissiles.ar).not.toContain(oa);

    fragment!.status = 'rejected';
    writeLines(path, [...first, { ar: [oa], en: [oe], status: 'approved' }]);

    for (let run = 0; run < 2; run++) {
      const r = cli(['run', 'corpus'], dir);
      expect(r.status, r.stderr).toBe(0);
      const lines = readLines(path);
      expect(linking(lines, fa, fe)).toEqual([]);
      expect(lines.filter((l) => l.status === 'rejected').map((l) => [l.ar, l.en])).toEqual([[[fa], [fe]]]);
      const approved = lines.filter((l) => l.status === 'approved');
      expect(approved.map((l) => [l.ar, l.en, l.score])).toEqual([[[oa], [oe], 1]]);
      expect(approved[0].ar_text).toContain('الصواريخ');
      expect(approved[0].en_text).toContain('missile launches');
      // Every sentence still appears in a line the aligner stands by.
      for (let i = 0; i <= 18; i++) expect(lines.some((l) => l.status !== 'rejected' && l.ar.includes(i))).toBe(true);
    }
  }, 120_000);

  it('align --out onto its own file keeps the decisions, and reports one that matches no sentence instead of dropping it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-decisions-'));
    const out = join(dir, 'links.jsonl');
    const args = ['align', '--ar', join(ROOT, 'corpus/seoul-talks.ar.txt'), '--en', join(ROOT, 'corpus/seoul-talks.en.txt'), '--out', out];
    expect(cli(args).status).toBe(0);
    const stale = { ar: [3], en: [2], status: 'approved', ar_text: 'جملة لم تعد في النص.', en_text: 'A sentence no longer in the text.' };
    writeLines(out, [{ meta: { tool: 'a later version' } }, ...readLines(out), stale]);
    const r = cli(args);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/approved link ar \[3\] “جملة لم تعد في النص\.” ↔ en \[2\] “A sentence no longer in the text\.” matches no sentences now: kept in the file, not applied/);
    const lines = readLines(out);
    expect(lines.at(-1)).toMatchObject({ ...stale, unmatched: true });
    expect(lines.filter((l) => l.status === 'approved')).toHaveLength(1);
  }, 60_000);

  it('a links file that is not JSONL is refused and left untouched', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-decisions-'));
    const out = join(dir, 'links.jsonl');
    writeFileSync(out, '{"ar":[0],"en":[0],"status":"approved"}\nnot json\n');
    const r = cli(['align', '--ar', join(ROOT, 'corpus/seoul-talks.ar.txt'), '--en', join(ROOT, 'corpus/seoul-talks.en.txt'), '--out', out]);
    expect(r.status).toBe(6);
    expect(r.stderr).toMatch(/links\.jsonl: line 2 is not JSON; fix or move the file, it was left untouched/);
    expect(readFileSync(out, 'utf8')).toBe('{"ar":[0],"en":[0],"status":"approved"}\nnot json\n');
  });
});

describe('decisions matched by text', () => {
  const ar = presplit('وصل الوفد إلى سيول.\nوعقد اجتماعا مع نظرائه.\nلم يصدر بيان.');
  const edited = presplit('عنوان جديد.\nوصل الوفد إلى سيول.\nوعقد اجتماعا مع نظرائه.\nلم يصدر بيان.');

  it('finds a decision’s sentences where an edit elsewhere moved them', () => {
    expect(locate(edited, [0, 1], 'وصل الوفد إلى سيول. وعقد اجتماعا مع نظرائه.')).toEqual([1, 2]);
    expect(locate(ar, [2], 'لم يصدر بيان.')).toEqual([2]);
    expect(locate(edited, [2], 'جملة محذوفة.')).toBeUndefined();
    // A line typed by a reviewer, without text: its indices.
    expect(locate(ar, [1], undefined)).toEqual([1]);
    expect(locate(ar, [7], undefined)).toBeUndefined();
  });

  it('skips lines without ar/en lists (a {"meta":…} header) and refuses an unknown status', () => {
    expect(parseLinksJsonl('{"meta":{"version":2}}\n\n{"ar":[0],"en":[1],"status":"approved"}\n')).toEqual([{ ar: [0], en: [1], status: 'approved' }]);
    expect(() => parseLinksJsonl('{"ar":[0],"en":[1],"status":"maybe"}')).toThrow(/line 1: status must be proposed, approved or rejected/);
  });

  it('resolves approved and rejected lines; proposed ones are no decision', () => {
    const en = presplit('The delegation arrived in Seoul.\nNo statement was issued.');
    const r = resolveDecisions(
      [
        { ar: [0], en: [0], status: 'approved', ar_text: 'وصل الوفد إلى سيول.', en_text: 'The delegation arrived in Seoul.' },
        { ar: [2], en: [0], status: 'rejected' },
        { ar: [1], en: [1], status: 'proposed' },
      ],
      edited,
      en,
    );
    expect(r.constraints.approved.map((l) => [l.ar, l.en])).toEqual([[[1], [0]]]);
    expect(r.constraints.rejected.map((l) => [l.ar, l.en])).toEqual([[[2], [0]]]);
    expect(r.unmatched).toEqual([]);
  });
});

describe('decisions constrain the aligner', () => {
  const vec = (features: Record<number, number>): Vector => sparseFromMap(new Map(Object.entries(features).map(([k, v]) => [Number(k), v])));
  const side = (vectors: Vector[]): AlignSide => ({ vectors, lengths: vectors.map(() => 50) });
  // Five translated pairs, each sharing its own feature.
  const ar = side([1, 2, 3, 4, 5].map((f) => vec({ [f]: 1 })));
  const en = side([1, 2, 3, 4, 5].map((f) => vec({ [f]: 1 })));

  it('parallel: an approved link is kept exactly and the rest of the path runs around it; a rejected pair never comes back', () => {
    const a = align(ar, en, { mode: 'parallel', decisions: { approved: [{ ar: [2, 3], en: [2], score: 1 }], rejected: [{ ar: [0], en: [0], score: 0 }] } });
    const real = a.links.filter((l) => l.ar.length && l.en.length);
    expect(real.find((l) => l.status === 'approved')).toMatchObject({ ar: [2, 3], en: [2], score: 1 });
    expect(real.some((l) => l.ar.includes(0) && l.en.includes(0))).toBe(false);
    // Order kept around the anchor: nothing before Arabic 2 links after English 2, nor after it before.
    for (const l of real) if (l.status !== 'approved') expect(l.ar[0] < 2 === l.en[0] < 2).toBe(true);
    expect(real).toContainEqual(expect.objectContaining({ ar: [1], en: [1] }));
    expect(real).toContainEqual(expect.objectContaining({ ar: [4], en: [4] }));
    expect(a.rejected).toEqual([{ ar: [0], en: [0], score: 0, status: 'rejected' }]);
  });

  it('comparable: an approved pair is fixed, its sentences linked to nothing else; a rejected pair is not mined', () => {
    const a = align(ar, en, { mode: 'comparable', decisions: { approved: [{ ar: [0], en: [4], score: 1 }], rejected: [{ ar: [1], en: [1], score: 0 }] } });
    const real = a.links.filter((l) => l.ar.length && l.en.length);
    expect(real.filter((l) => l.ar.includes(0) || l.en.includes(4))).toEqual([expect.objectContaining({ ar: [0], en: [4], status: 'approved' })]);
    expect(real.some((l) => l.ar.includes(1) && l.en.includes(1))).toBe(false);
    expect(real).toContainEqual(expect.objectContaining({ ar: [2], en: [2], status: 'proposed' }));
  });

  it('pair-level: a rejected pair is refused inside a group or a many-to-many link; a related link may share an approved sentence', () => {
    const c = compileConstraints({ approved: [{ ar: [0], en: [4], score: 1 }], rejected: [{ ar: [1], en: [1], score: 0 }] }, 5, 5)!;
    expect(allowedBeside(c, { ar: [1, 2], en: [1], score: 0.9 })).toBe(false);
    expect(allowedBeside(c, { ar: [1], en: [0, 1, 2], score: 0.9 })).toBe(false);
    expect(allowedBeside(c, { ar: [1], en: [2], score: 0.9 })).toBe(true);
    expect(allowedBeside(c, { ar: [0], en: [3], score: 0.9 })).toBe(false);
    expect(allowedBeside(c, { ar: [0], en: [3], score: 0.9, kind: 'related' } as never)).toBe(true);
  });

  it('writes rejected links back among the others, so they stay rejected', async () => {
    const pair = await alignTexts('وصل الوفد إلى سيول.\nلم يصدر بيان.', 'The delegation arrived in Seoul.\nNo statement was issued.', {
      encoder: createLexicalEncoder(),
      presplit: true,
      mode: 'parallel',
      decisions: [{ ar: [0], en: [0], status: 'rejected', ar_text: 'وصل الوفد إلى سيول.', en_text: 'The delegation arrived in Seoul.' }],
    });
    const lines = toJsonl(pair.alignment, pair.ar, pair.en).trimEnd().split('\n').map((l) => JSON.parse(l) as Line);
    expect(lines.filter((l) => l.status === 'rejected').map((l) => [l.ar, l.en])).toEqual([[[0], [0]]]);
    expect(linking(lines, 0, 0)).toEqual([]);
  });
});
