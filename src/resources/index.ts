/**
 * The data the aligner runs on, found and loaded in one place: the shipped lexicon, FreeDict from Debian when
 * installed (or where told), WordNet from its package, the learned name costs. Shipped data that is missing
 * throws a one-line ResourceMissingError. What an encoder was built from is recorded, so that every output can
 * say it: stderr's summary line, the JSONL and TMX metadata, the report page.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT, UserError } from '../errors.ts';
import { DICTD_DIR, loadFreedictPairs } from '../lexicon/freedict.ts';
import { buildLexicon, type Lexicon, type LexiconPair } from '../lexicon/lexicon.ts';
import { loadShippedPairs } from '../lexicon/load.ts';
import type { Encoder } from '../types.ts';
import { cachedResource, type Codec } from './cache.ts';
import { PACKAGE_VERSION } from './version.ts';

export { cachedResource, resourceCacheDir } from './cache.ts';
export { shippedFile, shippedFiles } from './shipped.ts';
export { PACKAGE_VERSION };

/** `auto`: FreeDict from /usr/share/dictd when installed; `off`: never; else the folder of its dictd files. */
export type FreedictChoice = 'auto' | 'off' | (string & {});

/** What an encoder was built from. */
export interface ResourceUse {
  /** The encoder, as its `name` says. */
  encoder: string;
  /** Lexicon pairs: shipped, from approved glossary rows, from FreeDict. */
  lexicon?: { core: number; approved: number; freedict: number };
  /** The FreeDict folder read, or false when not used. */
  freedict?: string | false;
  /** The neural model id, when one was used. */
  model?: string;
}

export interface LexiconSources {
  core: LexiconPair[];
  /** FreeDict as a built lexicon, its number of pairs and where it was read; undefined when not used. */
  freedict?: { lexicon: Lexicon; pairs: number; dir: string };
}

/** A built lexicon and the number of pairs it came from. */
interface BuiltLexicon {
  lexicon: Lexicon;
  pairs: number;
}

/** Line 1: pairs and longest entry; then `key<TAB>translation<US>translation…`, in the built map's order. */
const lexiconCodec: Codec<BuiltLexicon> = {
  encode: ({ lexicon, pairs }) =>
    `${pairs}\t${lexicon.maxTokens}\n` + [...lexicon.arToEn].map(([k, v]) => `${k}\t${v.join('\u001f')}`).join('\n'),
  decode: (text) => {
    const lines = text.split('\n');
    const [pairs, maxTokens] = lines[0].split('\t').map(Number);
    const arToEn = new Map<string, string[]>();
    for (let i = 1; i < lines.length; i++) {
      const tab = lines[i].indexOf('\t');
      if (tab > 0) arToEn.set(lines[i].slice(0, tab), lines[i].slice(tab + 1).split('\u001f'));
    }
    return { lexicon: { arToEn, maxTokens }, pairs };
  },
};

/** `.ts` when running from source, `.js` when built. */
const SOURCE_EXT = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** Built lexicons by folder, for the life of the process (read-only, so shared by every encoder). */
const freedictBuilt = new Map<string, BuiltLexicon>();

/** FreeDict's lexicon, built once and cached: decompressing, cleaning and indexing its 86,000 pairs took over a second. */
function freedictLexicon(dir: string): BuiltLexicon {
  const sources = [
    ...['ara-eng', 'eng-ara'].flatMap((d) => ['index', 'dict.dz', 'dict'].map((x) => join(dir, `freedict-${d}.${x}`))),
    // The code that reads, cleans and canonicalises the pairs: a change to it rebuilds the cache.
    new URL(`../lexicon/freedict${SOURCE_EXT}`, import.meta.url),
    new URL(`../lexicon/lexicon${SOURCE_EXT}`, import.meta.url),
    new URL(`../arabic/normalize${SOURCE_EXT}`, import.meta.url),
  ];
  let built = freedictBuilt.get(dir);
  if (!built) {
    built = cachedResource(`freedict-lexicon-${dir.replace(/[^A-Za-z0-9]+/g, '_')}`, sources, () => {
      const pairs = loadFreedictPairs(dir);
      return { lexicon: buildLexicon(pairs), pairs: pairs.length };
    }, lexiconCodec);
    freedictBuilt.set(dir, built);
  }
  return built;
}

const FREEDICT_FILES = ['freedict-ara-eng.index', 'freedict-eng-ara.index'];

/** The shipped lexicon and FreeDict as chosen. A FreeDict folder given by path must hold its files. */
export function loadLexiconSources(freedict: FreedictChoice | false = 'auto'): LexiconSources {
  const core = loadShippedPairs();
  if (freedict === false || freedict === 'off') return { core };
  const dir = freedict === 'auto' ? DICTD_DIR : freedict;
  const present = FREEDICT_FILES.some((f) => existsSync(join(dir, f)));
  if (!present) {
    if (freedict === 'auto') return { core };
    throw new UserError(`--freedict ${dir}: no FreeDict dictionaries there (${FREEDICT_FILES.join(', ')})`, EXIT.fileMissing);
  }
  return { core, freedict: { ...freedictLexicon(dir), dir } };
}

const used = new WeakMap<Encoder, ResourceUse>();

/** Records what `encoder` was built from (the encoder factory does this). */
export function recordResources(encoder: Encoder, use: Omit<ResourceUse, 'encoder'>): void {
  used.set(encoder, { ...use, encoder: encoder.name });
}

/** What `encoder` was built from; for an encoder not made by the factory, only its name. */
export function resourcesOf(encoder: Encoder): ResourceUse {
  return used.get(encoder) ?? { encoder: encoder.name };
}

/** One line for stderr: "resources: lexicon 17113 core + 2 approved pairs, FreeDict 86078 pairs (/usr/share/dictd), model none". */
export function describeResources(use: ResourceUse): string {
  const parts: string[] = [];
  if (use.lexicon) {
    parts.push(`lexicon ${use.lexicon.core} core + ${use.lexicon.approved} approved pairs`);
    parts.push(use.freedict ? `FreeDict ${use.lexicon.freedict} pairs (${use.freedict})` : 'FreeDict no');
  }
  parts.push(`model ${use.model ?? 'none'}`);
  return `resources: ${parts.join(', ')}`;
}

/** The same as flat metadata fields, for the JSONL meta line, the TMX header and the report. */
export function resourceMeta(use: ResourceUse): Record<string, string | number | boolean> {
  return {
    aligner: PACKAGE_VERSION,
    encoder: use.encoder,
    ...(use.lexicon ? { lexicon_core: use.lexicon.core, lexicon_approved: use.lexicon.approved, lexicon_freedict: use.lexicon.freedict } : {}),
    ...(use.lexicon ? { freedict: use.freedict ? use.freedict : false } : {}),
    model: use.model ?? 'none',
  };
}
