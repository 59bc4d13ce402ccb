import type { LexiconPair } from '../lexicon/lexicon.ts';
import { loadFreedictPairs } from '../lexicon/freedict.ts';
import { loadShippedPairs } from '../lexicon/load.ts';
import type { Encoder } from '../types.ts';
import { defaultCacheDir } from './cache.ts';
import { HybridEncoder } from './hybrid.ts';
import { LexicalEncoder } from './lexical.ts';
import { stderrProgress } from './progress.ts';

export type EncoderName = 'lexical' | 'transformers' | 'hybrid';
export const ENCODER_NAMES: readonly EncoderName[] = ['lexical', 'transformers', 'hybrid'];

export interface EncoderOptions {
  /** Extra lexicon pairs: the approved rows of the user's glossaries. */
  userPairs?: readonly LexiconPair[];
  /** Where FreeDict's dictd files are (default /usr/share/dictd); false to leave FreeDict out. */
  freedict?: string | false;
  /** Neural model id (default Xenova/LaBSE). */
  model?: string;
  /** Local models folder: offline, nothing fetched. */
  modelDir?: string;
  /** Embedding cache folder (default under the user's cache folder); false: no cache. */
  cacheDir?: string | false;
}

/**
 * The offline encoder from every lexicon available here: the shipped core lexicon first, then the user's
 * approved glossary pairs, and FreeDict (when installed) as a weaker fallback for words neither knows.
 */
export function createLexicalEncoder(opts: EncoderOptions = {}): LexicalEncoder {
  const fallback = opts.freedict === false ? undefined : loadFreedictPairs(opts.freedict);
  return new LexicalEncoder([...loadShippedPairs(), ...(opts.userPairs ?? [])], { fallback });
}

/** The transformers.js encoder: loads the model, or throws a one-line UserError saying how to get one. */
export async function createNeuralEncoder(opts: EncoderOptions): Promise<Encoder> {
  // Imported here so that lexical runs never load transformers.js.
  const { TransformersEncoder } = await import('./transformers.ts');
  return TransformersEncoder.load({
    model: opts.model,
    modelDir: opts.modelDir,
    cacheDir: opts.cacheDir === false ? undefined : (opts.cacheDir ?? defaultCacheDir()),
    progress: stderrProgress('embedding sentences'),
  });
}

/** Parts already built by the caller (a lexical encoder with the user's pairs, a model loaded once for many files). */
export interface EncoderParts {
  lexical?: LexicalEncoder;
  neural?: Encoder;
}

export async function createEncoder(name: EncoderName, opts: EncoderOptions = {}, parts: EncoderParts = {}): Promise<Encoder> {
  const lexical = (): LexicalEncoder => parts.lexical ?? createLexicalEncoder(opts);
  const neural = (): Promise<Encoder> => (parts.neural ? Promise.resolve(parts.neural) : createNeuralEncoder(opts));
  if (name === 'lexical') return lexical();
  if (name === 'transformers') return neural();
  return new HybridEncoder(lexical(), await neural());
}
