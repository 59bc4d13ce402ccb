/** The two languages the tool works with. */
export type Lang = 'ar' | 'en';

/** A sentence cut from a text, with its place in that text. */
export interface Sentence {
  /** 0-based position among the text's sentences. */
  index: number;
  text: string;
  /** Character offsets (UTF-16 code units) into the original text: text === original.slice(start, end). */
  start: number;
  end: number;
}

/** A sparse vector: sorted feature ids with their weights. */
export interface SparseVector {
  kind: 'sparse';
  ids: Uint32Array;
  values: Float32Array;
}

/** A dense vector, as neural encoders produce. */
export interface DenseVector {
  kind: 'dense';
  values: Float32Array;
}

/**
 * Weighted parts of one vector, as a hybrid encoder makes them: the concatenation of its parts, each unit-length
 * part already scaled by √weight, so that with weights summing to 1 the dot product is the weighted mean of the
 * parts' cosines (and the whole stays unit-length).
 */
export interface ConcatVector {
  kind: 'concat';
  parts: Vector[];
}

export type Vector = SparseVector | DenseVector | ConcatVector;

/** Turns sentences of either language into vectors of one shared space, comparable by cosine. */
export interface Encoder {
  readonly name: string;
  encode(texts: readonly string[], lang: Lang): Promise<Vector[]>;
  /**
   * Drops what it learnt of the texts encoded so far (a feature numbering that grows with every new word), for a
   * caller whose next texts are compared only among themselves (the windows of a long pair).
   */
  forget?(): void;
  /**
   * Per text, the stems it carries in one vocabulary (the English one), and those it uses as verbs: what two
   * sentences share word by word (align/events.ts). Only an encoder that reads both languages into words has them.
   */
  stems?(texts: readonly string[], lang: Lang): SentenceStems[];
}

/** What one sentence carries, as English stems. */
export interface SentenceStems {
  /** Every content stem (an Arabic sentence: those of its words' translations). */
  all: ReadonlySet<string>;
  /** The stems it uses as verbs (English: inflected verb forms); empty for Arabic. */
  verbs: ReadonlySet<string>;
}

/** Aligner mode. */
export type AlignMode = 'parallel' | 'comparable';

/**
 * One alignment link: Arabic sentence indices ↔ English sentence indices.
 * One side empty means the sentences of the other side found no partner.
 */
export interface Link {
  ar: number[];
  en: number[];
  /** The probability that the link is right, in [0, 1]: see README "Scores". */
  score: number;
  /** The raw cosine-based similarity of the link's two sides (not a probability). */
  similarity?: number;
  /** A reviewer's decision: proposed by the aligner, or approved / rejected in the links file or the page. */
  status?: 'proposed' | 'approved' | 'rejected';
  /**
   * `equivalent`: the two sides state the same thing (a translation's links, a comparable text's best one-to-one
   * matches); `related`: they share content (a name and a figure, one claim of several) — comparable mode only,
   * where a sentence may then be in several links.
   */
  kind?: 'equivalent' | 'related';
  /** What the two sides share that survives paraphrase (names, numbers, dates), as the English side writes them. */
  evidence?: string[];
}

export interface Alignment {
  mode: AlignMode;
  /** Why that mode (auto) or "requested". */
  reason: string;
  links: Link[];
  /** Links a reviewer rejected: never proposed again, written back so they stay rejected. */
  rejected?: Link[];
}

export type TermType = 'PERSON' | 'PLACE' | 'ORG' | 'TERM';

/** A proposed bilingual term pair. */
export interface TermPair {
  en: string;
  ar: string;
  type: TermType;
  /** In [0, 1]. */
  score: number;
  /** How many aligned sentence pairs the pair was seen in. */
  count: number;
  /** One example sentence per side with the term marked. */
  enContext: string;
  arContext: string;
}
