import { describe, expect, it } from 'vitest';
import { segment } from '../src/segment/index.ts';
import { presplit } from '../src/segment/presplit.ts';
import { corpus } from './helpers.ts';

describe('segment', () => {
  it('splits English sentences and keeps "Nov. 21" inside its sentence', () => {
    const s = segment('The three countries had condemned North Korea’s Nov. 21 rocket launch. Seoul officials expect the technology to be rudimentary.', 'en');
    expect(s.map((x) => x.text)).toEqual([
      'The three countries had condemned North Korea’s Nov. 21 rocket launch.',
      'Seoul officials expect the technology to be rudimentary.',
    ]);
  });

  it('does not cut after Mr. or an initial', () => {
    const s = segment('Mr. Blinken met Dionisio A. Lind in Seoul. They talked.', 'en');
    expect(s.map((x) => x.text)).toEqual(['Mr. Blinken met Dionisio A. Lind in Seoul.', 'They talked.']);
  });

  it('ends Arabic sentences at "." and "؟" but not at "،"', () => {
    const s = segment('قال سوليفان، للصحفيين، إن الاجتماع مهم. هل انتهى الاجتماع؟ نعم.', 'ar');
    expect(s.map((x) => x.text)).toEqual(['قال سوليفان، للصحفيين، إن الاجتماع مهم.', 'هل انتهى الاجتماع؟', 'نعم.']);
  });

  it('attaches the stray ". ." of the sample corpus to the sentence before it', () => {
    const s = segment(corpus('ar'), 'ar');
    expect(s.some((x) => /^[.\s]+$/.test(x.text))).toBe(false);
    expect(s.find((x) => x.text.includes('من خلال التبادلات'))?.text.endsWith('”. .')).toBe(true);
  });

  it('ends a sentence at a line break without final punctuation (a headline)', () => {
    const s = segment(corpus('ar'), 'ar');
    expect(s.map((x) => x.text)).toContain('العلاقات بين روسيا وكوريا الشمالية');
  });

  it('gives offsets that point back into the original text', () => {
    for (const lang of ['ar', 'en'] as const) {
      const text = corpus(lang);
      for (const s of segment(text, lang)) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
  });
});

describe('presplit', () => {
  it('takes every non-empty line as one sentence', () => {
    expect(presplit('Jake Sullivan.\r\n\r\n  Takeo Akiba  \n').map((s) => s.text)).toEqual(['Jake Sullivan.', 'Takeo Akiba']);
  });
});
