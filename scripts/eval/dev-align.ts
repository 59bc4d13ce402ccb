// temporary tuning script (not committed)
import { align } from '../../src/align/index.ts';
import { encodeSide } from '../../src/align/sides.ts';
import { DEFAULT_PARALLEL } from '../../src/align/parallel.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { presplit } from '../../src/segment/presplit.ts';
import { ticoDocuments } from '../data.ts';
import { realLinks, strictCounts, withMerges, type Doc } from './alignment.ts';

const enc = createLexicalEncoder();
const docs = [...ticoDocuments('../shared/data').values()].map((segs) => ({ ar: segs.map((s) => s.ar.replace(/[\r\n]+/g, ' ').trim() || '.'), en: segs.map((s) => s.en.replace(/[\r\n]+/g, ' ').trim() || '.') }));
const plain: Doc[] = docs.map((d) => ({ ...d, gold: d.ar.map((_, t) => ({ ar: [t], en: [t] })) }));
const merged = docs.map((d) => withMerges(d.ar, d.en));
const prep = async (ds: Doc[]) => Promise.all(ds.map(async (d) => ({ d, a: await encodeSide(enc, presplit(d.ar.join('\n')), 'ar'), e: await encodeSide(enc, presplit(d.en.join('\n')), 'en') })));
const P = await prep(plain);
const M = await prep(merged);
const grid = JSON.parse(process.argv[2] ?? '[{}]');
for (const g of grid) {
  const out: string[] = [];
  for (const [name, set] of [['plain', P], ['merged', M]] as const) {
    let tp = 0, pr = 0, go = 0;
    for (const { d, a, e } of set) {
      const al = align(a, e, { mode: 'parallel', k: g.k ?? 4, parallel: { ...DEFAULT_PARALLEL, ...g } });
      const c = strictCounts(realLinks(al.links), d.gold);
      tp += c.tp; pr += c.pred; go += c.gold;
    }
    const p = tp / pr, r = tp / go;
    out.push(`${name} F1 ${(2 * p * r / (p + r)).toFixed(4)} P ${p.toFixed(3)} R ${r.toFixed(3)}`);
  }
  console.log(JSON.stringify(g), out.join(' | '));
}
if (process.argv[3]) {
  const g = grid[0];
  const types = new Map<string, [number, number]>();
  for (const { d, a, e } of P) {
    const al = align(a, e, { mode: 'parallel', k: g.k ?? 4, parallel: { ...DEFAULT_PARALLEL, ...g } });
    const gold = new Set(d.gold.map((l) => `${l.ar}|${l.en}`));
    for (const l of al.links) {
      const t = `${l.ar.length}-${l.en.length}`;
      const x = types.get(t) ?? [0, 0];
      x[0]++;
      if (gold.has(`${l.ar}|${l.en}`)) x[1]++;
      types.set(t, x);
    }
  }
  console.log([...types]);
}
