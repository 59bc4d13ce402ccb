import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { formatLinks, readLinksJsonl } from '../src/format/links.ts';
import { parseTmxLangs } from '../src/format/tmx.ts';
import type { Alignment, Sentence } from '../src/types.ts';
import { cli, CORPUS_AR, CORPUS_EN } from './helpers.ts';

const sentences = (texts: string[]): Sentence[] => texts.map((text, index) => ({ index, text, start: 0, end: text.length }));

const ar = sentences(['قال سوليفان إن "الحلفاء" أطلقوا مبادرات <جديدة> & مهمة.', 'وأضاف أن التعاون سيستمر.', 'جملة بلا مقابل.']);
const en = sentences(['Sullivan said the "allies" launched <new> initiatives & more.', 'He added that', 'cooperation would go on.']);
const alignment: Alignment = {
  mode: 'parallel',
  reason: 'a translation: 2 mutual-best pairs, 100% in order',
  links: [
    { ar: [0], en: [0], score: 0.91234 },
    { ar: [1], en: [1, 2], score: 0.5 },
    { ar: [2], en: [], score: 0 },
  ],
};

interface Tuv {
  '@_xml:lang': string;
  seg: string;
}
interface Prop {
  '@_type': string;
  '#text': string;
}
interface Tmx {
  tmx: { '@_version': string; header: { '@_srclang': string; prop: Prop[] }; body: { tu: { prop: Prop[]; tuv: Tuv[] }[] } };
}

function parseTmx(xml: string): Tmx {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => ['tu', 'tuv', 'prop'].includes(name) });
  return parser.parse(xml) as Tmx;
}

describe('TMX 1.4 output', () => {
  it('numbers its units (tuid), dates its header (creationdate) and takes BCP-47 codes for the two sides', () => {
    const xml = formatLinks('tmx', alignment, ar, en, { langs: ['ar-SA', 'en-US'], date: new Date('2026-12-02T15:04:05.678Z') });
    const doc = parseTmx(xml) as unknown as { tmx: { header: Record<string, string>; body: { tu: { '@_tuid': string; tuv: Tuv[] }[] } } };
    expect(doc.tmx.header['@_creationdate']).toBe('20261202T150405Z');
    expect(doc.tmx.header['@_srclang']).toBe('ar-SA');
    expect(doc.tmx.body.tu.map((t) => t['@_tuid'])).toEqual(['1', '2']);
    expect(doc.tmx.body.tu[0].tuv.map((t) => t['@_xml:lang'])).toEqual(['ar-SA', 'en-US']);
    expect(parseTmxLangs('ar-SA,en-US')).toEqual(['ar-SA', 'en-US']);
    expect(() => parseTmxLangs('arabic')).toThrow(/two BCP-47 language codes/);
    expect(cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--format', 'tmx', '--tmx-lang', 'ar_SA']).status).toBe(2);
  });


  it('is valid XML with one tu per link, xml:lang ar/en, the score as a prop, and the mode in the header', () => {
    const doc = parseTmx(formatLinks('tmx', alignment, ar, en));
    expect(doc.tmx['@_version']).toBe('1.4');
    expect(doc.tmx.header['@_srclang']).toBe('ar');
    expect(doc.tmx.header.prop).toContainEqual({ '@_type': 'x-align-mode', '#text': 'parallel' });
    const tus = doc.tmx.body.tu;
    expect(tus).toHaveLength(2); // the unaligned Arabic sentence is not a translation unit
    expect(tus[0].tuv.map((t) => t['@_xml:lang'])).toEqual(['ar', 'en']);
    expect(tus[0].prop).toContainEqual({ '@_type': 'x-score', '#text': '0.9123' });
  });

  it('gives back the exact text, quotes, angle brackets and ampersands included; merged sentences joined by a space', () => {
    const tus = parseTmx(formatLinks('tmx', alignment, ar, en)).tmx.body.tu;
    const decode = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    expect(decode(tus[0].tuv[0].seg)).toBe(ar[0].text);
    expect(decode(tus[0].tuv[1].seg)).toBe(en[0].text);
    expect(decode(tus[1].tuv[1].seg)).toBe('He added that cooperation would go on.');
  });

  it('drops characters XML cannot hold rather than writing an invalid file', () => {
    const bad = sentences(['نص\u0001 غريب']);
    const xml = formatLinks('tmx', { mode: 'comparable', reason: 'requested', links: [{ ar: [0], en: [0], score: 1 }] }, bad, sentences(['odd\u0007 text']));
    expect(parseTmx(xml).tmx.body.tu[0].tuv[1].seg).toBe('odd text');
  });
});

describe('JSONL and TSV output', () => {
  it('JSONL keeps the contract: one object per link with ar, en, score, status, ar_text, en_text', () => {
    const lines = formatLinks('jsonl', alignment, ar, en).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(Object.keys(lines[1])).toEqual(['ar', 'en', 'score', 'status', 'ar_text', 'en_text']);
    expect(lines[1]).toMatchObject({ ar: [1], en: [1, 2], score: 0.5, en_text: 'He added that cooperation would go on.' });
    expect(lines[2]).toMatchObject({ ar: [2], en: [], score: 0, en_text: '' });
  });

  it('TSV is ar_text<TAB>en_text<TAB>score<TAB>kind with merged sentences joined by a space', () => {
    const rows = formatLinks('tsv', alignment, ar, en).trimEnd().split('\n').map((l) => l.split('\t'));
    expect(rows[1]).toEqual([ar[1].text, 'He added that cooperation would go on.', '0.5000', '']);
    const kinds = formatLinks('tsv', comparable, ar, en).split('\n').map((l) => l.split('\t')[3]);
    expect(kinds.slice(0, 3)).toEqual(['equivalent', 'related', '']);
  });

  it('JSONL says each link\'s kind and what its two sides share', () => {
    const lines = formatLinks('jsonl', comparable, ar, en).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ ar: [0], en: [0], kind: 'equivalent', evidence: ['Sullivan'] });
    expect(lines[1]).toMatchObject({ ar: [0], en: [2], kind: 'related' });
    expect(lines[2]).not.toHaveProperty('kind');
  });
});

// Two reports: Arabic 0 says what English 0 says, and shares content with English 2 too.
const comparable: Alignment = {
  mode: 'comparable',
  reason: 'requested',
  links: [
    { ar: [0], en: [0], score: 0.4, kind: 'equivalent', evidence: ['Sullivan'] },
    { ar: [0], en: [2], score: 0.1, kind: 'related' },
    { ar: [1], en: [], score: 0 },
  ],
};

describe('TMX of comparable texts', () => {
  it('carries only the equivalent links, says so in the header, and gives every unit its kind', () => {
    const doc = parseTmx(formatLinks('tmx', comparable, ar, en));
    expect(doc.tmx.body.tu).toHaveLength(1);
    expect(doc.tmx.body.tu[0].prop).toContainEqual({ '@_type': 'x-kind', '#text': 'equivalent' });
    const note = doc.tmx.header.prop.find((p) => p['@_type'] === 'x-note')?.['#text'];
    expect(note).toMatch(/not translations: only the 1 equivalent links .*; 1 related links .* left out/);
  });

  it('carries the related links too when asked (align --tmx-all)', () => {
    const doc = parseTmx(formatLinks('tmx', comparable, ar, en, { all: true }));
    expect(doc.tmx.body.tu.map((t) => t.prop.find((p) => p['@_type'] === 'x-kind')?.['#text'])).toEqual(['equivalent', 'related']);
  });

  it('has no note for a translation', () => {
    expect(parseTmx(formatLinks('tmx', alignment, ar, en)).tmx.header.prop.map((p) => p['@_type'])).not.toContain('x-note');
  });
});

describe('align from the command line', () => {
  it('--format tmx writes a TMX file the parser reads back, and says on stderr which mode it chose and why', () => {
    const r = cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--format', 'tmx']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/mode: comparable \(comparable texts: \d+ sentence pairs that are each other's best match/);
    const doc = parseTmx(r.stdout);
    expect(doc.tmx.header.prop).toContainEqual({ '@_type': 'x-align-mode', '#text': 'comparable' });
    expect(doc.tmx.body.tu.length).toBeGreaterThan(0);
  });

  it('--mode parallel --min-score 0.5 keeps only links more likely right than wrong: the rest appear unaligned', () => {
    // Two reports forced into parallel mode: most of the in-order links are wrong, and their probabilities say so.
    const r = cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--mode', 'parallel', '--min-score', '0.5']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/mode: parallel \(requested\)/);
    const links = readLinksJsonl(r.stdout).links;
    for (const l of links) if (l.ar.length && l.en.length) expect(l.score).toBeGreaterThanOrEqual(0.5);
    expect(links.filter((l) => l.en.length === 0).length).toBeGreaterThan(10);
  });
});
