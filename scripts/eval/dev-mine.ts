import { mine } from '../../src/align/mine.ts';
import { DEFAULT_MINE } from '../../src/align/mine.ts';
import { prepare } from '../../src/align/space.ts';
import { encodeSide } from '../../src/align/sides.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { presplit } from '../../src/segment/presplit.ts';
import { segment } from '../../src/segment/index.ts';
import { readFileSync } from 'node:fs';
import { ticoDocuments } from '../data.ts';
import { shuffled } from './alignment.ts';
const enc = createLexicalEncoder();
const docs = [...ticoDocuments('../shared/data').values()].map((segs) => ({ ar: segs.map((s) => s.ar.replace(/[\r\n]+/g, ' ').trim() || '.'), en: segs.map((s) => s.en.replace(/[\r\n]+/g, ' ').trim() || '.') }));
const shuf = [], unrel = [];
for (const [n, d] of docs.entries()) {
  const order = shuffled(d.en.map((_, t) => t), n + 1);
  const a = await encodeSide(enc, presplit(d.ar.join('\n')), 'ar');
  shuf.push({ sp: prepare(a, await encodeSide(enc, presplit(order.map((t) => d.en[t]).join('\n')), 'en'), 4), order });
  unrel.push(prepare(a, await encodeSide(enc, presplit(docs[(n + 1) % docs.length].en.join('\n')), 'en'), 4));
}
const ar = segment(readFileSync('corpus/seoul-talks.ar.txt', 'utf8'), 'ar');
const en = segment(readFileSync('corpus/seoul-talks.en.txt', 'utf8'), 'en');
const seoul = prepare(await encodeSide(enc, ar, 'ar'), await encodeSide(enc, en, 'en'), 4);
const gold = JSON.parse(readFileSync('test/fixtures/seoul-talks.gold.json', 'utf8'));
const ok = new Set([...gold.sure, ...gold.possible].map((l: { ar: number[]; en: number[] }) => `${l.ar}|${l.en}`));
for (const g of JSON.parse(process.argv[2])) {
  const o = { ...DEFAULT_MINE, ...g };
  let tp = 0, pr = 0, go = 0, ul = 0, us = 0;
  for (const { sp, order } of shuf) {
    const L = mine(sp, o);
    pr += L.length; go += sp.ar.count;
    tp += L.filter((l) => l.ar.length === 1 && l.en.length === 1 && order[l.en[0]] === l.ar[0]).length;
  }
  for (const sp of unrel) { ul += mine(sp, o).length; us += Math.min(sp.ar.count, sp.en.count); }
  const S = mine(seoul, o);
  const p = tp / pr, r = tp / go;
  console.log(JSON.stringify(g), 'shuf F1', (2 * p * r / (p + r)).toFixed(3), 'P', p.toFixed(3), 'R', r.toFixed(3), '| unrel', (ul / us).toFixed(3), '| seoul', S.filter((l) => ok.has(`${l.ar}|${l.en}`)).length, '/', S.length, S.map((l) => `${l.ar}-${l.en}`).join(' '));
}
