import { describe, expect, it } from 'vitest';
import { freedictAgreement, weighSenses } from '../src/lexicon/senses.ts';

describe('sense weights', () => {
  it('counts the pairs found in both FreeDict directions', () => {
    const a = freedictAgreement(
      [{ headword: 'موكب', senses: ['cortege', 'procession'] }],
      [{ headword: 'Procession', senses: ['موكب'] }],
    );
    expect(a.get('موكب')?.get('procession')).toBe(2);
    expect(a.get('موكب')?.get('cortege')).toBe(1);
  });

  it('gives a lone FreeDict sense less weight than a corroborated one', () => {
    const agreement = new Map([['موكب', new Map([['procession', 2], ['cortege', 1]])]]);
    const w = new Map(weighSenses('موكب', undefined, ['procession', 'cortege'], agreement, { extra: 0, lone: 0.25 }));
    expect(w.get('procession')).toBeCloseTo(0.8);
    expect(w.get('cortege')).toBeCloseTo(0.2);
  });

  it('keeps FreeDict out of a word the core knows unless asked', () => {
    expect(weighSenses('موكب', ['convoy'], ['cortege'], undefined, { extra: 0, lone: 1 })).toEqual([['convoy', 1]]);
    const w = new Map(weighSenses('موكب', ['convoy'], ['cortege'], undefined, { extra: 0.25, lone: 1 }));
    expect(w.get('convoy')).toBeCloseTo(0.8);
    expect(w.get('cortege')).toBeCloseTo(0.2);
  });
});
