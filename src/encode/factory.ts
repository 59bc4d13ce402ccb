import { EXIT, UserError } from '../errors.ts';
import type { LexiconPair } from '../lexicon/lexicon.ts';
import { loadFreedictPairs } from '../lexicon/freedict.ts';
import { loadShippedPairs } from '../lexicon/load.ts';
import type { Encoder } from '../types.ts';
import { LexicalEncoder } from './lexical.ts';

export type EncoderName = 'lexical' | 'transformers' | 'hybrid';
export const ENCODER_NAMES: readonly EncoderName[] = ['lexical', 'transformers', 'hybrid'];

export interface EncoderOptions {
  /** Extra lexicon pairs: the approved rows of the user's glossaries. */
  userPairs?: readonly LexiconPair[];
  /** Where FreeDict's dictd files are (default /usr/share/dictd); false to leave FreeDict out. */
  freedict?: string | false;
}

/**
 * The offline encoder from every lexicon available here: the shipped core lexicon first, then the user's
 * approved glossary pairs, and FreeDict (when installed) as a weaker fallback for words neither knows.
 */
export function createLexicalEncoder(opts: EncoderOptions = {}): LexicalEncoder {
  const fallback = opts.freedict === false ? undefined : loadFreedictPairs(opts.freedict);
  return new LexicalEncoder([...loadShippedPairs(), ...(opts.userPairs ?? [])], { fallback });
}

export async function createEncoder(name: EncoderName, opts: EncoderOptions = {}): Promise<Encoder> {
  if (name === 'lexical') return createLexicalEncoder(opts);
  throw new UserError(`encoder "${name}" is not available in this version; use --encoder lexical`, EXIT.usage);
}
