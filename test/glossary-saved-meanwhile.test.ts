import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readGlossaryCsv, rowFromTerm, type GlossaryRow } from '../src/glossary/csv.ts';
import { statusOf } from '../src/glossary/merge.ts';
import { writeGlossary } from '../src/pipeline.ts';

// The moment between the tool's merge-read and its rename: what a reviewer does then is run by this hook.
const between = vi.hoisted(() => ({ save: undefined as undefined | (() => void) }));
vi.mock('../src/io/write.ts', async (importOriginal) => {
  const m = await importOriginal<typeof import('../src/io/write.ts')>();
  return {
    ...m,
    writeFileAtomic: (...args: Parameters<typeof m.writeFileAtomic>) => {
      const save = between.save;
      between.save = undefined;
      save?.();
      return m.writeFileAtomic(...args);
    },
  };
});

const proposal = (en: string, ar: string): GlossaryRow => rowFromTerm({ en, ar, type: 'PLACE', score: 0.7, count: 1, enContext: '', arContext: '' });

describe('a reviewer saving while the tool merges', () => {
  it('is not overwritten: the tool sees the file changed, merges again, and keeps the save', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'aligner-meanwhile-')), 'g.csv');
    writeGlossary(path, [proposal('Seoul', 'سيول'), proposal('Tokyo', 'طوكيو')], () => {});
    const said: string[] = [];
    between.save = () => writeFileSync(path, readFileSync(path, 'utf8').replace(/(Seoul,سيول,PLACE,[^,]*,[^,]*,)proposed/, '$1yes')); // another size too, should the clock not tell
    writeGlossary(path, [proposal('Seoul', 'سيول'), proposal('Tokyo', 'طوكيو'), proposal('Moscow', 'موسكو')], (l) => said.push(l));
    const rows = readGlossaryCsv(readFileSync(path, 'utf8')).rows;
    expect(rows.map((r) => `${r.en}:${statusOf(r)}`).sort()).toEqual(['Moscow:proposed', 'Seoul:approved', 'Tokyo:proposed']);
    expect(said).toEqual([`note: ${path}: changed while being merged (saved meanwhile?): merging again`]);
  });
});
