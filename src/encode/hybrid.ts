/**
 * The hybrid encoder: the offline lexical vector and the neural one side by side, so that the dot product is
 * a weighted mean of the two cosines — names, numbers and glossary terms from the lexicon, paraphrase from the model.
 */
import type { ConcatVector, Encoder, Lang } from '../types.ts';
import { scale } from '../vector.ts';

export class HybridEncoder implements Encoder {
  readonly name: string;

  /** `neuralWeight` in [0, 1]: the neural cosine's share of the score; the lexical one gets the rest. */
  constructor(
    readonly lexical: Encoder,
    readonly neural: Encoder,
    readonly neuralWeight = 0.5,
  ) {
    if (!(neuralWeight >= 0 && neuralWeight <= 1)) throw new RangeError('neuralWeight must be in [0, 1]');
    this.name = `hybrid(${lexical.name}+${neural.name})`;
  }

  async encode(texts: readonly string[], lang: Lang): Promise<ConcatVector[]> {
    const lex = await this.lexical.encode(texts, lang);
    const neu = await this.neural.encode(texts, lang);
    const wl = Math.sqrt(1 - this.neuralWeight);
    const wn = Math.sqrt(this.neuralWeight);
    return lex.map((v, i) => ({ kind: 'concat', parts: [scale(v, wl), scale(neu[i], wn)] }));
  }
}
