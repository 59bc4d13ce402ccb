import { describe, expect, it } from 'vitest';
import { rowId, readGlossaryCsv, restoreFormula, neutraliseFormula, writeGlossaryCsv, type GlossaryRow } from '../src/glossary/csv.ts';
import { mergeGlossary } from '../src/glossary/merge.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { alignTexts, proposeTerms } from '../src/pipeline.ts';
import { corpus } from './helpers.ts';

function row(en: string, ar: string, status = 'proposed', extra: Record<string, string> = {}): GlossaryRow {
  return { en, ar, type: 'PERSON', score: '0.900', count: '1', status, en_context: '', ar_context: '', id: rowId(en, ar), seen: 'yes', proposed_en: en, proposed_ar: ar, extra };
}

describe('glossary of the sample corpus', () => {
  it('pairs the names of the officials with their Arabic spellings', async () => {
    const encoder = createLexicalEncoder();
    const rows = proposeTerms(await alignTexts(corpus('ar'), corpus('en'), { encoder }), encoder);
    const pairs = rows.map((r) => `${r.en} ↔ ${r.ar}`);
    expect(pairs).toContain('Jake Sullivan ↔ جيك سوليفان');
    expect(pairs).toContain('Takeo Akiba ↔ تاكيو أكيبا');
    expect(pairs).toContain('Cho Tae-yong ↔ تشو تاي يونج');
    expect(pairs).toContain('Vladimir Putin ↔ فلاديمير بوتين');
    expect(rows.find((r) => r.en === 'Jake Sullivan')?.type).toBe('PERSON');
    expect(rows.find((r) => r.en === 'Jake Sullivan')?.ar_context).toContain('[[جيك سوليفان]]');
  });
});

describe('glossary CSV', () => {
  it('round-trips Arabic, quotes, commas, line breaks and formulas', () => {
    const rows = [row('Camp "David", MD', 'كامب\nديفيد'), row('=HYPERLINK("x")', '+ضار', 'approved', { note: "@me '=" })];
    const back = readGlossaryCsv(writeGlossaryCsv(rows)).rows;
    expect(back).toEqual(rows.map((r) => ({ ...r, extra: { note: r.extra.note ?? '' } })));
  });

  it('starts with a BOM and the contract header', () => {
    const csv = writeGlossaryCsv([]);
    expect(csv.startsWith('\uFEFFen,ar,type,score,count,status,en_context,ar_context')).toBe(true);
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(restoreFormula(neutraliseFormula("'=1"))).toBe("'=1");
    expect(restoreFormula("'plain")).toBe("'plain");
  });
});

describe('merge', () => {
  it('keeps reviewed rows, drops rejected proposals, adds new ones', () => {
    const existing = [row('Jake Sullivan', 'جيك سوليفان', 'approved'), row('Takeo', 'طوكيو', 'rejected'), row('Seoul', 'سيول')];
    const fresh = [row('Takeo', 'طوكيو'), row('Seoul', 'سيول'), row('Moscow', 'موسكو')];
    const merged = mergeGlossary(existing, fresh);
    expect(merged.map((r) => `${r.en}:${r.status}`)).toEqual(['Jake Sullivan:approved', 'Takeo:rejected', 'Seoul:proposed', 'Moscow:proposed']);
    // Jake Sullivan was not proposed this time: kept, and flagged.
    expect(merged[0].seen).toBe('no');
    expect(merged[1].seen).toBe('yes');
  });
});
