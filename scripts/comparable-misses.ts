/**
 * Reads comparable-news-dev gold against the aligner's output, pair by pair: each strong gold pair missed and each
 * asserted pair not in the gold, with the figures the comparable aligner decides on (cosine, ranks both ways,
 * background, shared items). For development: `npx tsx scripts/comparable-misses.ts [DATA_DIR] [--features] [--sample]`
 * (`--sample`: the sample pair in corpus/ against test/fixtures/seoul-talks.gold.json).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { segment } from '../src/segment/index.ts';
import { encodeSide } from '../src/align/sides.ts';
import { prepare } from '../src/align/space.ts';
import { pairEvidence } from '../src/align/evidence.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { alignTexts } from '../src/pipeline.ts';
import { readComparableNews, type ComparablePair } from './data.ts';

const args = process.argv.slice(2);
const dataDir = args.find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, '../../shared/data');
const features = args.includes('--features');
const encoder = createLexicalEncoder();
const short = (s: string): string => (process.env.FULL || s.length <= 90 ? s : `${s.slice(0, 90)}…`);

/** The sample pair (corpus/seoul-talks) with its gold fixture, sure links as strong. */
function samplePair(): ComparablePair {
  const root = join(import.meta.dirname, '..');
  const read = (l: string): string => readFileSync(join(root, `corpus/seoul-talks.${l}.txt`), 'utf8');
  type G = { ar: number[]; en: number[] }[];
  const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/seoul-talks.gold.json'), 'utf8')) as { sure: G; possible: G };
  const pairsOf = (ls: G, strength: 'strong' | 'partial') => ls.flatMap((l) => l.ar.flatMap((ar) => l.en.map((en) => ({ ar, en, strength }))));
  const [arText, enText] = [read('ar'), read('en')];
  return { name: 'seoul-talks', arText, enText, ar: segment(arText, 'ar'), en: segment(enText, 'en'), links: [...pairsOf(gold.possible, 'partial'), ...pairsOf(gold.sure, 'strong')], glossary: [], unmatched: [] };
}

const pairs = args.includes('--sample') ? [samplePair()] : readComparableNews(dataDir);
// With --features, each Arabic text is also read against the next pair's English (another event): label 'mismatch'.
const runs = features ? [...pairs.map((p) => ({ p, other: p })), ...pairs.map((p, t) => ({ p, other: pairs[(t + 1) % pairs.length] }))] : pairs.map((p) => ({ p, other: p }));
for (const { p, other } of runs) {
  const mismatch = other !== p;
  const sa = await encodeSide(encoder, p.ar, 'ar');
  const se = await encodeSide(encoder, other.en, 'en');
  const space = prepare(sa, se, 4);
  const ev = pairEvidence(sa.texts ?? [], se.texts ?? []);
  const n = p.ar.length;
  const m = other.en.length;
  const cos = (i: number, j: number): number => space.sim(i, 1, j, 1);
  const rankAr = (i: number, j: number): number => { const c = cos(i, j); let r = 0; for (let t = 0; t < m; t++) if (cos(i, t) > c) r++; return r; };
  const rankEn = (i: number, j: number): number => { const c = cos(i, j); let r = 0; for (let t = 0; t < n; t++) if (cos(t, j) > c) r++; return r; };
  // Share of one sentence's (squared, L2-normalised) weight on features the other also has, both ways.
  const contain = (x: import('../src/types.ts').Vector, y: import('../src/types.ts').Vector): number => {
    if (x.kind !== 'sparse' || y.kind !== 'sparse') return 0;
    const ys = new Set(y.ids);
    let s = 0;
    for (let t = 0; t < x.ids.length; t++) if (ys.has(x.ids[t])) s += x.values[t] ** 2;
    return s;
  };
  const cont = (i: number, j: number): string => `${contain(sa.vectors[i], se.vectors[j]).toFixed(4)}\t${contain(se.vectors[j], sa.vectors[i]).toFixed(4)}`;
  const gold = new Map((mismatch ? [] : p.links).map((g) => [`${g.ar}|${g.en}`, g.strength]));
  const out = await alignTexts(p.arText, other.enText, { encoder, mode: 'auto' });
  const asserted = new Map<string, string>();
  for (const l of out.alignment.links) for (const i of l.ar) for (const j of l.en) asserted.set(`${i}|${j}`, `${l.kind ?? '?'} ${l.ar.join('+')}–${l.en.join('+')} score ${l.score.toFixed(2)}`);
  const row = (i: number, j: number): string => {
    const e = ev(i, j);
    const bg = (space.ar.bg[i] + space.en.bg[j]) / 2;
    return `cos ${cos(i, j).toFixed(3)} bg ${bg.toFixed(3)} rk ${rankAr(i, j)}/${rankEn(i, j)} ev ${e.strongest.toFixed(2)}/${e.weight.toFixed(2)} [${e.shared.join(',')}] lenAr ${p.ar[i].text.length}`;
  };
  if (features) {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) {
      const e = ev(i, j);
      const bg = (space.ar.bg[i] + space.en.bg[j]) / 2;
      console.log([p.name, i, j, mismatch ? 'mismatch' : (gold.get(`${i}|${j}`) ?? 'none'), asserted.has(`${i}|${j}`) ? 1 : 0, cos(i, j).toFixed(4), bg.toFixed(4), rankAr(i, j), rankEn(i, j), e.strongest.toFixed(3), e.weight.toFixed(3), n, m, cont(i, j)].join('\t'));
    }
    continue;
  }
  console.log(`\n== ${p.name} (${n} ar, ${m} en) mode ${out.alignment.mode}`);
  for (const [k, s] of gold) {
    const [i, j] = k.split('|').map(Number);
    if (s === 'strong' && !asserted.has(k)) console.log(`  MISS ar${i}–en${j}: ${row(i, j)}\n     AR ${short(p.ar[i].text)}\n     EN ${short(p.en[j].text)}`);
  }
  for (const k of asserted.keys()) {
    if (gold.has(k) && !process.env.ALL) continue;
    const [i, j] = k.split('|').map(Number);
    console.log(`  ${gold.get(k) ?? 'WRONG'} ar${i}–en${j} (${asserted.get(k)}): ${row(i, j)}\n     AR ${short(p.ar[i].text)}\n     EN ${short(p.en[j].text)}`);
  }
}
