import { describe, expect, it } from 'vitest';
import { isHeading, withoutHeadings } from '../src/align/headings.ts';
import { encodeSide } from '../src/align/sides.ts';
import { prepare } from '../src/align/space.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { segment } from '../src/segment/index.ts';

describe('crossheads of two reports', () => {
  it('are short lines that do not end as a sentence does', () => {
    expect(isHeading('العلاقات بين روسيا وكوريا الشمالية')).toBe(true);
    expect(isHeading("Barça acknowledged 'error' in June")).toBe(true);
    expect(isHeading('تحليل: أندرو ووكر، محرر الاقتصاد')).toBe(true);
    expect(isHeading('وقتل تسعة سجناء في السجن.')).toBe(false);
    expect(isHeading('"We had a good quarter," he said.')).toBe(false);
    expect(isHeading('هل تنجح الخطة؟')).toBe(false);
    // A sentence that lost its full stop is longer than a heading.
    expect(isHeading('The rescuers searched through the night in the rubble of the village for survivors')).toBe(false);
  });

  it('leave the mining, so the sentence that tells the content is the best match again', async () => {
    const encoder = createLexicalEncoder();
    const ar = [
      'التقى مستشارو الأمن القومي للدول الثلاث في سيول يوم السبت.',
      'العلاقات بين روسيا وكوريا الشمالية',
      'وأعربت واشنطن عن مخاوفها بشأن صفقات الأسلحة بين كوريا الشمالية وروسيا.',
    ];
    const en = [
      'The three national security advisers met in Seoul on Saturday.',
      'The statement cited weapons transfers between North Korea and Russia.',
    ];
    const sa = await encodeSide(encoder, segment(ar.join('\n'), 'ar'), 'ar');
    const se = await encodeSide(encoder, segment(en.join('\n'), 'en'), 'en');
    const space = prepare(sa, se, 4);
    // Short and dense in the story's names, the heading is the English sentence's nearest neighbour…
    expect(space.en.nn[1].ids[0]).toBe(1);
    const bare = withoutHeadings(space, ar, en);
    expect(bare).toBeDefined();
    expect(bare!.ar.nn[1].ids.length).toBe(0);
    expect([...bare!.en.nn[1].ids]).not.toContain(1);
    // …until it leaves the mining.
    expect(bare!.en.nn[1].ids[0]).toBe(2);
    expect(bare!.sim(1, 1, 1, 1)).toBe(-1);
    expect(withoutHeadings(space, [ar[0], ar[2], ar[2]], en)).toBeUndefined();
  });
});
