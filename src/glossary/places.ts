import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseLexiconTsv } from '../lexicon/lexicon.ts';

const GEO = join(dirname(fileURLToPath(import.meta.url)), '../lexicon/data/core-geo.tsv');

let names: Set<string> | undefined;

/** English names of the geography lexicon (countries, regions, cities), lowercase: the evidence for PLACE. */
export function knownPlaceNames(): Set<string> {
  if (!names) {
    names = new Set();
    if (existsSync(GEO)) {
      for (const [, en] of parseLexiconTsv(readFileSync(GEO, 'utf8'))) if (/^\p{Lu}/u.test(en)) names.add(en.toLowerCase());
    }
  }
  return names;
}
