import { EXIT, UserError } from '../errors.ts';
import type { LexiconPair } from '../lexicon/lexicon.ts';
import { loadShippedPairs } from '../lexicon/load.ts';
import type { Encoder } from '../types.ts';
import { LexicalEncoder } from './lexical.ts';

export type EncoderName = 'lexical' | 'transformers' | 'hybrid';
export const ENCODER_NAMES: readonly EncoderName[] = ['lexical', 'transformers', 'hybrid'];

export interface EncoderOptions {
  /** Extra lexicon pairs: the approved rows of the user's glossaries. */
  userPairs?: readonly LexiconPair[];
}

/** The offline encoder from every lexicon available here. */
export function createLexicalEncoder(opts: EncoderOptions = {}): LexicalEncoder {
  return new LexicalEncoder([...loadShippedPairs(), ...(opts.userPairs ?? [])]);
}

export async function createEncoder(name: EncoderName, opts: EncoderOptions = {}): Promise<Encoder> {
  if (name === 'lexical') return createLexicalEncoder(opts);
  throw new UserError(`encoder "${name}" is not available in this version; use --encoder lexical`, EXIT.usage);
}
