/**
 * Learns the edit costs of src/names/costs.json from the TRAINING name lists only (Wikidata CC0, Google
 * Apache-2.0; never the dev lists): align each pair's Latin and Arabic vowel keys, count which Latin symbol
 * becomes which Arabic one, and turn the conditional frequencies into costs; three rounds of hard EM.
 *   npx tsx scripts/learn-name-costs.ts [--data ../shared/data]
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { alignmentOps, type EditCosts } from '../src/names/costs.ts';
import { arabicVowelKey, latinVowelKey } from '../src/names/key.ts';
import { readGoogleNames, readWikidataNames } from './data.ts';

const { values } = parseArgs({ options: { data: { type: 'string', default: '../shared/data' } } });
const dataDir = resolve(values.data!);
const pairs = [...readWikidataNames(dataDir, 'train'), ...readGoogleNames(dataDir, 'train')]
  .map((p) => ({ lat: latinVowelKey(p.en), ar: arabicVowelKey(p.ar) }))
  .filter((p) => p.lat && p.ar);

/** Operations seen fewer times than this keep the default cost 1 (the table stays small and robust). */
const MIN_COUNT = 20;
/**
 * Cost = −ln p / ln 1000, capped at 1, where p is how often the operation happens to its symbol: for x→y and
 * deletions the share of Latin x's so written, for insertions the share of Arabic y's that were inserted.
 * p = 0.2 costs 0.23, p = 0.01 costs 0.67, p ≤ 0.001 the full 1.
 */
const SCALE = Math.log(1000);

let costs: EditCosts = {};
for (let round = 0; round < 3; round++) {
  const counts = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const p of pairs) {
    for (const op of alignmentOps(p.lat, p.ar, costs)) {
      counts.set(op, (counts.get(op) ?? 0) + 1);
      const [x, y] = op.split('>');
      totals.set(x + '>', (totals.get(x + '>') ?? 0) + 1);
      totals.set('>' + y, (totals.get('>' + y) ?? 0) + 1);
    }
  }
  const next: EditCosts = {};
  for (const [op, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [x, y] = op.split('>');
    if (x === y || c < MIN_COUNT) continue;
    const total = x ? totals.get(x + '>')! : totals.get('>' + y)!;
    const cost = Math.min(1, -Math.log(c / total) / SCALE);
    if (cost < 1) next[op] = Math.round(cost * 1000) / 1000;
  }
  costs = next;
  process.stderr.write(`round ${round + 1}: ${Object.keys(costs).length} learned costs\n`);
}

const out = join(import.meta.dirname, '../src/names/costs.json');
const doc = {
  about: 'Edit costs Latin vowel key → Arabic vowel key ("x>y"; "" = insert/delete), learned by scripts/learn-name-costs.ts from the Wikidata (CC0) and Google (Apache-2.0) training name lists. Unlisted operations cost 1.',
  pairs: pairs.length,
  costs,
};
writeFileSync(out, JSON.stringify(doc, null, 1) + '\n');
process.stderr.write(`wrote ${out}\n`);
