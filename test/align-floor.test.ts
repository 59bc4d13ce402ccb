import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { align, DEFAULT_ALIGN } from '../src/align/index.ts';
import { encodeSide } from '../src/align/sides.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { segment } from '../src/segment/index.ts';
import type { Link } from '../src/types.ts';

const corpus = (lang: 'ar' | 'en'): string => readFileSync(join(import.meta.dirname, `../corpus/seoul-talks.${lang}.txt`), 'utf8');
const twoSided = (links: readonly Link[]): Link[] => links.filter((l) => l.ar.length && l.en.length);

describe('comparable texts: a link is a claim, so an unlikely one is not made', () => {
  it('leaves out links under 2 % likely to be right by default, and says how many it left out', async () => {
    expect(DEFAULT_ALIGN.comparableFloor).toBe(0.02);
    const encoder = createLexicalEncoder();
    const ar = await encodeSide(encoder, segment(corpus('ar'), 'ar'), 'ar');
    const en = await encodeSide(encoder, segment(corpus('en'), 'en'), 'en');
    const all = twoSided(align(ar, en, { mode: 'comparable', comparableFloor: 0 }).links);
    expect(all.length).toBeGreaterThan(2);
    // A floor between the reports' link scores: what lies under it goes, its sentences unaligned, the reason says so.
    const scores = all.map((l) => l.score).sort((a, b) => a - b);
    const floor = (scores[0] + scores[scores.length - 1]) / 2;
    const kept = align(ar, en, { mode: 'comparable', comparableFloor: floor });
    const under = all.filter((l) => l.score < floor).length;
    expect(under).toBeGreaterThan(0);
    expect(twoSided(kept.links)).toEqual(all.filter((l) => l.score >= floor));
    expect(kept.reason).toContain(`${under} sentence ${under === 1 ? 'pair' : 'pairs'} less than ${Math.round(floor * 100)} % likely to be right left out`);
    const aligned = new Set(kept.links.flatMap((l) => (l.en.length ? l.ar : [])));
    expect(kept.links.filter((l) => !l.en.length).every((l) => l.ar.every((i) => !aligned.has(i)))).toBe(true);
  });

  it('never thins a translation: parallel mode keeps its path whatever the floor', async () => {
    const encoder = createLexicalEncoder();
    const arText = ['وصل الرئيس إلى سيول يوم السبت.', 'ناقش المستشارون التهديدات النووية.', 'اتفقوا على تعزيز التنسيق.'].join('\n');
    const enText = ['The president arrived in Seoul on Saturday.', 'The advisers discussed nuclear threats.', 'They agreed to strengthen coordination.'].join('\n');
    const ar = await encodeSide(encoder, segment(arText, 'ar'), 'ar');
    const en = await encodeSide(encoder, segment(enText, 'en'), 'en');
    const links = twoSided(align(ar, en, { mode: 'parallel', comparableFloor: 0.999 }).links);
    expect(links.map((l) => [l.ar, l.en])).toEqual([[[0], [0]], [[1], [1]], [[2], [2]]]);
  });
});
