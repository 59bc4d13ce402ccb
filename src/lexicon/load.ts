import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexiconTsv, type LexiconPair } from './lexicon.ts';

const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), 'data');

/** The lexicon the project writes and ships: every `*.tsv` in src/lexicon/data, in name order. */
export function loadShippedPairs(dir: string = DATA_DIR): LexiconPair[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.tsv')).sort();
  return files.flatMap((f) => parseLexiconTsv(readFileSync(join(dir, f), 'utf8')));
}
