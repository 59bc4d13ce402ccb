import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { shippedFiles } from '../resources/shipped.ts';
import { parseLexiconTsv, type LexiconPair } from './lexicon.ts';

/**
 * The lexicon the project writes and ships: every `*.tsv` in src/lexicon/data (dist/lexicon/data when built), in
 * name order; missing files throw a ResourceMissingError naming them. `dir` reads another folder instead.
 */
export function loadShippedPairs(dir?: string): LexiconPair[] {
  if (dir !== undefined && !existsSync(dir)) return [];
  const files = dir !== undefined ? readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort().map((f) => join(dir, f)) : shippedFiles('lexicon/data', '.tsv', 'the shipped lexicon');
  return files.flatMap((f) => parseLexiconTsv(readFileSync(f, 'utf8')));
}
