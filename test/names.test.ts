import { describe, expect, it } from 'vitest';
import { learnedCosts, weightedDistance } from '../src/names/costs.ts';
import { arabicVowelKey, latinVowelKey, learnedSimilarity, nameKey, nameSimilarity } from '../src/names/key.ts';

describe('name keys', () => {
  it.each([
    ['جيك سوليفان', 'Jake Sullivan'],
    ['تاكيو أكيبا', 'Takeo Akiba'],
    ['تشو تاي يونج', 'Cho Tae-yong'],
    ['فلاديمير بوتين', 'Vladimir Putin'],
    ['كيم جونغ أون', 'Kim Jong Un'],
    ['جو بايدن', 'Joe Biden'],
    ['موسكو', 'Moscow'],
    // ث writes the English "th".
    ['إثاكا', 'Ithaca'],
  ])('%s and %s share a key', (ar, en) => {
    expect(nameKey(ar)).toBe(nameKey(en));
  });

  it('tells different names apart', () => {
    expect(nameSimilarity('جيك سوليفان', 'Antony Blinken')).toBeLessThan(0.5);
    expect(nameSimilarity('بيونغ يانغ', 'Pyongyang')).toBeGreaterThan(0.8);
  });
});

describe('vowel keys and learned edit costs', () => {
  it('spell foreign names alike in both scripts, vowels included', () => {
    expect(arabicVowelKey('سوليفان')).toBe(latinVowelKey('Sullivan'));
    expect(arabicVowelKey('إيليا')).toBe(latinVowelKey('Iliya'));
    expect(latinVowelKey('Šantek')).toBe(arabicVowelKey('شانتيك'));
  });

  it('score a French final -et written يه as close, closer than unit costs do', () => {
    expect(learnedSimilarity('Piaget', 'بياجيه')).toBeGreaterThan(0.85);
    expect(learnedSimilarity('Piaget', 'بياجيه')).toBeGreaterThan(nameSimilarity('Piaget', 'بياجيه'));
    expect(learnedSimilarity('Jake Sullivan', 'جيك سوليفان')).toBeGreaterThan(learnedSimilarity('Jack Solomon', 'جيك سوليفان'));
  });

  it('keep h, so that كحيل is Kahil rather than Kell and حماس Hamas rather than Amas', () => {
    expect(arabicVowelKey('محمد')).toBe('MHMD');
    expect(latinVowelKey('Muhammad')).toBe('MUHAMAD');
    expect(learnedSimilarity('Kahil', 'كحيل')).toBeGreaterThan(learnedSimilarity('Kell', 'كحيل'));
    expect(learnedSimilarity('Hamas', 'حماس')).toBeGreaterThan(learnedSimilarity('Amas', 'حماس'));
    expect(learnedSimilarity('Highmore', 'هايمور')).toBeGreaterThan(learnedSimilarity('Taimur', 'هايمور'));
  });

  it('charge nothing for identical keys and at most 1 for any edit', () => {
    expect(weightedDistance('SULIFAN', 'SULIFAN', learnedCosts())).toBe(0);
    expect(weightedDistance('SULIFAN', 'SULIFA', learnedCosts())).toBeLessThanOrEqual(1);
    expect(weightedDistance('BIAGIT', 'BIAGIA', learnedCosts())).toBeLessThan(weightedDistance('BIAGIT', 'BIAGIA', {}));
  });
});

describe('Latin letters spelled in Arabic', () => {
  it('reads initials and spelled acronyms, never a word', async () => {
    const { spellsLetter, spelledLetters } = await import('../src/names/letters.ts');
    expect(spelledLetters('K')).toEqual(['K']);
    expect(spelledLetters('ECDC')).toEqual(['E', 'C', 'D', 'C']);
    expect(spelledLetters('iOS')).toEqual(['I', 'O', 'S']);
    expect(spelledLetters('PEPP-PT')).toEqual(['P', 'E', 'P', 'P', 'P', 'T']);
    expect(spelledLetters('MERS-CoV')).toBeUndefined();
    expect(spelledLetters('Amanda')).toBeUndefined();
    expect(spellsLetter('كيه', 'K')).toBe(true);
    expect(spellsLetter('دبليو', 'W')).toBe(true);
    expect(spellsLetter('كيه', 'L')).toBe(false);
  });
});
