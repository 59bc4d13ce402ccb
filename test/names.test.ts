import { describe, expect, it } from 'vitest';
import { nameKey, nameSimilarity } from '../src/names/key.ts';

describe('name keys', () => {
  it.each([
    ['جيك سوليفان', 'Jake Sullivan'],
    ['تاكيو أكيبا', 'Takeo Akiba'],
    ['تشو تاي يونج', 'Cho Tae-yong'],
    ['فلاديمير بوتين', 'Vladimir Putin'],
    ['كيم جونغ أون', 'Kim Jong Un'],
    ['جو بايدن', 'Joe Biden'],
    ['موسكو', 'Moscow'],
  ])('%s and %s share a key', (ar, en) => {
    expect(nameKey(ar)).toBe(nameKey(en));
  });

  it('tells different names apart', () => {
    expect(nameSimilarity('جيك سوليفان', 'Antony Blinken')).toBeLessThan(0.5);
    expect(nameSimilarity('بيونغ يانغ', 'Pyongyang')).toBeGreaterThan(0.8);
  });
});
