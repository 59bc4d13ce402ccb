/** What each known sentence-embedding model expects: its input prefix and its pooling. */
import type { DenseLayer } from './st-config.ts';

export type Pooling = 'mean' | 'cls';

export interface ModelConvention {
  /** Prepended to every input text (e5 models are trained with "query: " / "passage: "). */
  prefix: string;
  pooling: Pooling;
  /** Dense layers after pooling, from the model's own sentence-transformers files (LaBSE: one, with tanh). */
  dense?: DenseLayer[];
}

export const DEFAULT_MODEL = 'Xenova/LaBSE';

const DEFAULT_CONVENTION: ModelConvention = { prefix: '', pooling: 'mean' };

/**
 * Per-model conventions, keyed by the model id's last part (so a local copy named like the hub model gets the
 * same treatment). e5 models: "query: " on both sides for symmetric tasks such as bitext mining (model card).
 */
const CONVENTIONS: Record<string, Partial<ModelConvention>> = {
  'LaBSE': { pooling: 'mean' },
  'paraphrase-multilingual-MiniLM-L12-v2': { pooling: 'mean' },
  'paraphrase-multilingual-mpnet-base-v2': { pooling: 'mean' },
  'multilingual-e5-small': { prefix: 'query: ' },
  'multilingual-e5-base': { prefix: 'query: ' },
  'multilingual-e5-large': { prefix: 'query: ' },
};

export function conventionFor(modelId: string): ModelConvention {
  const name = modelId.split('/').pop() ?? modelId;
  return { ...DEFAULT_CONVENTION, ...CONVENTIONS[name] };
}
