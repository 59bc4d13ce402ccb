import { describe, expect, it } from 'vitest';
import { groupVectors } from '../src/align/groups.ts';
import { prepare } from '../src/align/space.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { dot } from '../src/vector.ts';

describe('group similarity in the prepared space', () => {
  it('equals the plain dot product of the group vectors, whatever order the groups are asked in', async () => {
    const encoder = createLexicalEncoder({ freedict: false });
    const ar = ['قال سوليفان إن الاجتماع مهم.', 'وأكد أكيبا التزامات كوريا الشمالية.', 'ونفت بيونغ يانغ مزاعم القرصنة.', 'وجاء الاجتماع في سيول.', 'أسلحة نووية.', 'لضمان تنفيذ ذلك.'];
    const en = ['Sullivan said the meeting mattered.', 'Akiba reaffirmed North Korea’s obligations.', 'Pyongyang denied the hacking claims.', 'The meeting was held in Seoul.', 'Nuclear weapons.', 'To ensure implementation.'];
    const side = async (texts: string[], lang: 'ar' | 'en') => ({ vectors: await encoder.encode(texts, lang), lengths: texts.map((t) => t.length) });
    const sa = await side(ar, 'ar');
    const se = await side(en, 'en');
    const space = prepare(sa, se, 2);
    const ga = groupVectors(sa.vectors, sa.lengths);
    const ge = groupVectors(se.vectors, se.lengths);
    // More Arabic groups than the scatter keeps, asked twice in a scrambled order: evictions must not leak.
    const asks: [number, number, number, number][] = [];
    for (let a0 = 0; a0 < ar.length; a0++) for (let ac = 1; a0 + ac <= ar.length && ac <= 3; ac++) for (let e0 = 0; e0 < en.length; e0 += 2) asks.push([a0, ac, e0, 1 + (e0 % 2)]);
    const order = [...asks, ...asks.reverse()];
    for (const [a0, ac, e0, ec] of order) {
      expect(space.sim(a0, ac, e0, ec)).toBeCloseTo(dot(ga(a0, ac), ge(e0, ec)), 6);
    }
  });
});
