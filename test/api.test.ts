/** The library API in process (test/package.test.ts checks the same through an installed package). */
import { describe, expect, it } from 'vitest';
import { AlignerError, align, createLexicalEncoder, glossary, segment, type Encoder } from '../src/index.ts';
import { corpus } from './helpers.ts';

const AR = corpus('ar');
const EN = corpus('en');

describe('align(arText, enText, options)', () => {
  it('returns the mode and why, both sides as sentences, the links, and what the encoder was built from', async () => {
    const r = await align(AR, EN);
    expect(r.mode).toBe('comparable');
    expect(r.reason).toMatch(/sentence pairs that are each other's best match/);
    expect(r.ar).toEqual(segment(AR, 'ar'));
    expect(r.en).toEqual(segment(EN, 'en'));
    const munitions = r.links.find((l) => l.ar.some((i) => r.ar[i].text.includes('الذخائر')) && l.en.length);
    expect(munitions?.en.map((j) => r.en[j].text).join(' ')).toContain('munitions');
    expect(r.resources).toMatchObject({ encoder: 'lexical', lexicon: { approved: 0 } });
  });

  it('takes the CLI options: mode, presplit, min-score, FreeDict off, approved pairs, an encoder object', async () => {
    const r = await align(AR, EN, { mode: 'parallel', presplit: true, minScore: 0.3, freedict: 'off', approved: [['تاكيو أكيبا', 'Takeo Akiba']] });
    expect(r.mode).toBe('parallel');
    expect(r.reason).toBe('requested');
    expect(r.ar).toHaveLength(15);
    expect(r.en).toHaveLength(7);
    for (const l of r.links) if (l.ar.length && l.en.length) expect(l.score).toBeGreaterThanOrEqual(0.3);
    expect(r.resources).toMatchObject({ freedict: false, lexicon: { approved: 1, freedict: 0 } });
    let calls = 0;
    const lexical = createLexicalEncoder({ freedict: 'off' });
    const mine: Encoder = { name: 'mine', encode: (texts, lang) => (calls++, lexical.encode(texts, lang)) };
    const own = await align(AR, EN, { encoder: mine });
    expect(calls).toBe(2);
    expect(own.resources).toEqual({ encoder: 'mine' });
  });

  it('throws typed errors, never exits: swapped texts are wrongLanguage, empty text badInput', async () => {
    await expect(align(EN, AR)).rejects.toMatchObject({ kind: 'wrongLanguage', message: expect.stringMatching(/are --ar and --en swapped\?/) });
    await expect(align('  \n', EN)).rejects.toBeInstanceOf(AlignerError);
    await expect(align('  \n', EN)).rejects.toMatchObject({ kind: 'badInput' });
  });
});

describe('glossary(arText, enText, options)', () => {
  it('proposes the shared names and terms as rows with numeric score and count', async () => {
    const rows = await glossary(AR, EN);
    const sullivan = rows.find((r) => r.en === 'Jake Sullivan');
    expect(sullivan).toMatchObject({ ar: 'جيك سوليفان', type: 'PERSON', status: 'proposed' });
    expect(sullivan?.score).toBeGreaterThan(0);
    expect(sullivan?.score).toBeLessThanOrEqual(1);
    expect(Number.isInteger(sullivan?.count)).toBe(true);
    expect(Object.keys(rows[0])).toEqual(['en', 'ar', 'type', 'score', 'count', 'status', 'en_context', 'ar_context', 'id']);
  });
});
