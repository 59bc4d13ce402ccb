import { decideMode } from '../../src/align/auto.ts';
import { prepare } from '../../src/align/space.ts';
import { encodeSide } from '../../src/align/sides.ts';
import { createLexicalEncoder } from '../../src/encode/factory.ts';
import { presplit } from '../../src/segment/presplit.ts';
import { ticoDocuments } from '../data.ts';
import { shuffled } from './alignment.ts';
const enc = createLexicalEncoder();
const docs = [...ticoDocuments('../shared/data').values()].map((segs) => ({ ar: segs.map((s) => s.ar.replace(/[\r\n]+/g, ' ').trim() || '.'), en: segs.map((s) => s.en.replace(/[\r\n]+/g, ' ').trim() || '.') }));
for (const [n, d] of docs.entries()) {
  const a = await encodeSide(enc, presplit(d.ar.join('\n')), 'ar');
  const e = await encodeSide(enc, presplit(d.en.join('\n')), 'en');
  const es = await encodeSide(enc, presplit(shuffled(d.en, n + 1).join('\n')), 'en');
  const x = decideMode(prepare(a, e, 4));
  const y = decideMode(prepare(a, es, 4));
  console.log(d.ar.length, 'plain', x.mode, x.mutual, x.monotone.toFixed(2), x.rho.toFixed(2), x.coverage.toFixed(2), '| shuf', y.mode, y.mutual, y.monotone.toFixed(2), y.rho.toFixed(2), y.coverage.toFixed(2));
}
