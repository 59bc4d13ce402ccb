import { EXIT, UserError } from '../errors.ts';
import type { LexiconPair } from '../lexicon/lexicon.ts';
import { loadLexiconSources, recordResources, resourcesOf, type FreedictChoice } from '../resources/index.ts';
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
  /** FreeDict: `auto` (default: /usr/share/dictd when installed), `off` (or false), or the folder of its dictd files. */
  freedict?: FreedictChoice | false;
  /** Neural model id (default Xenova/LaBSE). */
  model?: string;
  /** Local models folder: offline, nothing fetched. */
  modelDir?: string;
  /** Embedding cache folder (default under the user's cache folder); false: no cache. */
  cacheDir?: string | false;
  /** Told how far a long neural encoding is (default: a line on stderr); false: not reported. */
  progress?: ((done: number, total: number) => void) | false;
}

/**
 * The offline encoder from every lexicon available here: the shipped core lexicon first, then the user's
 * approved glossary pairs, and FreeDict (when installed) as a weaker fallback for words neither knows.
 */
export function createLexicalEncoder(opts: EncoderOptions = {}): LexicalEncoder {
  const { core, freedict } = loadLexiconSources(opts.freedict);
  const user = opts.userPairs ?? [];
  const encoder = new LexicalEncoder([...core, ...user], { fallback: freedict?.lexicon });
  recordResources(encoder, { lexicon: { core: core.length, approved: user.length, freedict: freedict?.pairs ?? 0 }, freedict: freedict?.dir ?? false });
  return encoder;
}

/** transformers.js is an optional dependency: without it, one line saying how to add it. */
async function requireTransformers(): Promise<void> {
  try {
    await import('@xenova/transformers');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && /@xenova\/transformers/.test((e as Error).message)) {
      throw new UserError(
        'the neural encoders need the optional package @xenova/transformers, which is not installed: `npm install @xenova/transformers@2.17`, or use --encoder lexical',
        EXIT.modelMissing,
      );
    }
    throw e;
  }
}

/** The transformers.js encoder: loads the model, or throws a one-line UserError saying how to get one. */
export async function createNeuralEncoder(opts: EncoderOptions): Promise<Encoder> {
  // Imported here so that lexical runs never load transformers.js.
  await requireTransformers();
  const { TransformersEncoder } = await import('./transformers.ts');
  const encoder = await TransformersEncoder.load({
    model: opts.model,
    modelDir: opts.modelDir,
    cacheDir: opts.cacheDir === false ? undefined : (opts.cacheDir ?? defaultCacheDir()),
    progress: opts.progress === false ? undefined : (opts.progress ?? stderrProgress('embedding sentences')),
  });
  recordResources(encoder, { model: encoder.modelId });
  return encoder;
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
  const [lex, neu] = [lexical(), await neural()];
  const hybrid = new HybridEncoder(lex, neu);
  recordResources(hybrid, { ...resourcesOf(lex), ...resourcesOf(neu) });
  return hybrid;
}
