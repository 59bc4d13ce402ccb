import { describe, expect, it } from 'vitest';
import { acronymDefinitions, expansionType } from '../src/glossary/acronyms.ts';

const defs = (...texts: string[]): Map<string, string[]> => {
  const m = new Map<string, string[]>();
  for (const t of texts) acronymDefinitions(t, m);
  return m;
};

describe('acronyms defined in brackets', () => {
  it('records the words before "(ECDC)", and each part of a slashed pair (EU/EEA)', () => {
    const m = defs(
      'At the European Centre for Disease Prevention and Control (ECDC), experts assess the risk.',
      'Cases in each European Union/European Economic Area (EU/EEA) country and the United Kingdom (UK).',
    );
    expect(m.get('ECDC')).toEqual(['At the European Centre for Disease Prevention and Control']);
    expect(m.get('UK')?.[0].endsWith('the United Kingdom')).toBe(true);
    expect(m.get('EEA')?.[0].endsWith('European Union/European Economic Area')).toBe(true);
    expect(m.get('EU')).toBeDefined();
    // A bracket that holds words or a year defines nothing.
    expect(defs('The virus (first seen in 2019) spread.', 'in March (2020)').size).toBe(0);
  });

  it('gives an acronym the type of the kept name it expands, the longest that ends before the bracket', () => {
    const m = defs('At the European Centre for Disease Prevention and Control (ECDC), experts met.', 'the United Kingdom (UK) and Italy', 'the World Health Organization (WHO)');
    const named = [
      { en: 'European Centre for Disease Prevention and Control', type: 'ORG' as const },
      { en: 'Prevention and Control', type: 'PLACE' as const },
      { en: 'United Kingdom', type: 'PLACE' as const },
      { en: 'Italy', type: 'PLACE' as const },
    ];
    expect(expansionType('ECDC', m, named)).toBe('ORG');
    expect(expansionType('UK', m, named)).toBe('PLACE');
    // No typed expansion kept (WHO), or none defined (NATO): the acronym keeps its own type.
    expect(expansionType('WHO', m, named)).toBeUndefined();
    expect(expansionType('NATO', m, named)).toBeUndefined();
    // A term's expansion gives no name type.
    expect(expansionType('ECDC', m, [{ en: 'European Centre for Disease Prevention and Control', type: 'TERM' }])).toBeUndefined();
  });
});
