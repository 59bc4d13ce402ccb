import type { Encoder, Lang, Sentence, SentenceStems, Vector } from '../types.ts';
import type { AlignSide } from './space.ts';

/** How a group of consecutive sentences gets its vector: the encoder on the joined text, or a combination. */
export type GroupEncoding = 'encode' | 'combine';

/** Largest group a bead can hold (1-4 / 4-1). */
export const MAX_GROUP = 4;

/** Encodes a text's sentences (and, for 'encode', every run of 2..MAX_GROUP consecutive sentences joined). */
export async function encodeSide(encoder: Encoder, sentences: readonly Sentence[], lang: Lang, groups: GroupEncoding = 'combine'): Promise<AlignSide> {
  const texts = sentences.map((s) => s.text);
  const vectors = await encoder.encode(texts, lang);
  const lengths = texts.map((t) => t.length);
  const read = encoder.stems?.bind(encoder);
  let got: readonly SentenceStems[] | undefined;
  // On first use only: a translation never compares stems (align/index.ts), and they cost about a second encoding.
  const stems = read && ((): readonly SentenceStems[] => (got ??= read(texts, lang)));
  if (groups === 'combine') return { vectors, lengths, texts, ...(stems ? { stems } : {}) };
  const joined: string[] = [];
  const where = new Map<number, number>();
  for (let count = 2; count <= MAX_GROUP; count++) {
    for (let s = 0; s + count <= texts.length; s++) {
      where.set(s * 8 + count, joined.length);
      joined.push(texts.slice(s, s + count).join(' '));
    }
  }
  const groupVecs: Vector[] = joined.length ? await encoder.encode(joined, lang) : [];
  return {
    vectors,
    lengths,
    texts,
    ...(stems ? { stems } : {}),
    group: (start, count) => {
      const t = where.get(start * 8 + count);
      if (t === undefined) throw new Error(`no group of ${count} at ${start}`);
      return groupVecs[t];
    },
  };
}
