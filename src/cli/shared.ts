/** Small pieces every command module uses: stderr lines and the encoder options as the CLI spells them. */
import type { EncoderName, EncoderOptions } from '../encode/factory.ts';
import type { FreedictChoice } from '../resources/index.ts';

export function stderr(line: string): void {
  process.stderr.write(line + '\n');
}

/** Options of the encoders (see docs/ENCODER-NEURAL.md, docs/ENCODER-LEXICAL.md). */
export interface EncoderFlags {
  encoder: EncoderName;
  model?: string;
  modelDir?: string;
  cacheDir?: string;
  cache: boolean;
  freedict: FreedictChoice;
}

export function encoderOptions(o: EncoderFlags): EncoderOptions {
  return { model: o.model, modelDir: o.modelDir, cacheDir: o.cache ? o.cacheDir : false, freedict: o.freedict };
}
