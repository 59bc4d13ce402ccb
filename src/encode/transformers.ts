/**
 * The neural encoder: a multilingual sentence-embedding model run by transformers.js (ONNX Runtime on CPU).
 * Sentences → tokens → per-token vectors → mean (or [CLS]) pooling → unit-length dense vectors.
 * transformers.js is imported only when this encoder is created, so lexical runs do not load it.
 */
import { existsSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { EXIT, UserError } from '../errors.ts';
import type { DenseVector, Encoder, Lang } from '../types.ts';
import { DiskEmbeddingCache, type EmbeddingCache } from './cache.ts';
import { conventionFor, DEFAULT_MODEL, type ModelConvention } from './models.ts';
import { clsPool, l2normalize, meanPool, tokenVectors, type HiddenStates } from './pooling.ts';
import { applyDense, readSentenceTransformerConfig } from './st-config.ts';
import type { Progress } from './progress.ts';

export interface TransformersOptions {
  /** Hub model id (default Xenova/LaBSE), or the folder name under `modelDir`. */
  model?: string;
  /** Local models only: a folder holding `<model id>/…`, or the model's own folder. */
  modelDir?: string;
  /** Embedding cache folder; undefined: no cache. */
  cacheDir?: string;
  /** Sentences per forward pass. */
  batchSize?: number;
  /** Batch sentences of similar length together (less padding); the output order is the input order. */
  sortByLength?: boolean;
  /** ONNX Runtime intra-op threads (default: the runtime's choice). */
  threads?: number;
  /** Use onnx/model_quantized.onnx (transformers.js's default) rather than onnx/model.onnx. */
  quantized?: boolean;
  /** Called after each batch when there is much to embed. */
  progress?: Progress;
  /** Seconds to wait for the Hugging Face hub before calling it unreachable. */
  hubTimeoutSeconds?: number;
}

/** One sentence's tokens (special tokens and padding left out) with their contextual vectors. */
export interface TokenVectors {
  tokens: string[];
  vectors: Float32Array[];
}

/** The parts of transformers.js this encoder uses (its own typings are loose). */
interface Tensor {
  data: Float32Array | BigInt64Array;
  dims: number[];
}
interface Tokenizer {
  (texts: string[], opts: { padding: boolean; truncation: boolean }): Record<string, Tensor>;
  model_max_length: number;
  all_special_ids: number[];
  model: { convert_ids_to_tokens(ids: number[]): string[] };
}
interface FeatureExtractor {
  tokenizer: Tokenizer;
  model: ((inputs: Record<string, Tensor>) => Promise<Record<string, Tensor>>) & { dispose(): Promise<void> };
}

/** Files a model folder needs, relative to it; one of the two ONNX files. */
export const MODEL_FILES = ['config.json', 'tokenizer.json', 'tokenizer_config.json'];
export const ONNX_FILES = { quantized: 'onnx/model_quantized.onnx', full: 'onnx/model.onnx' };
const PROGRESS_MIN = 256;

function layoutHint(root: string, modelId: string): string {
  return `${join(root, modelId)}/ with ${MODEL_FILES.join(', ')} and ${ONNX_FILES.quantized} (or ${ONNX_FILES.full})`;
}

/** Where a model's files are: the folder transformers.js reads (localModelPath) and the id below it. */
interface Location {
  /** localModelPath for transformers.js, or undefined for its usual cache + the hub. */
  root?: string;
  id: string;
  quantized: boolean;
  /** Identifies the weights, for the embedding cache. */
  key: string;
  /** Already complete in the transformers.js cache. */
  cached?: boolean;
}

function complete(dir: string): { quantized: boolean } | undefined {
  if (!MODEL_FILES.every((f) => existsSync(join(dir, f)))) return undefined;
  if (existsSync(join(dir, ONNX_FILES.quantized))) return { quantized: true };
  if (existsSync(join(dir, ONNX_FILES.full))) return { quantized: false };
  return undefined;
}

/** A local folder: `DIR/<model id>/` or DIR itself. Throws the layout it expected when neither holds a model. */
export function locateLocalModel(modelDir: string, modelId: string, quantized?: boolean): Location {
  const root = resolve(modelDir);
  for (const dir of [join(root, modelId), root]) {
    const found = complete(dir);
    if (!found) continue;
    const q = quantized ?? found.quantized;
    const onnx = join(dir, q ? ONNX_FILES.quantized : ONNX_FILES.full);
    if (!existsSync(onnx)) throw new UserError(`${onnx}: no such model file`, EXIT.fileMissing);
    const st = statSync(onnx);
    return { root: dirname(dir), id: basename(dir), quantized: q, key: `${dir}|${q ? 'q' : 'f'}|${st.size}|${st.mtimeMs}` };
  }
  throw new UserError(
    `no model "${modelId}" in ${root}: expected ${layoutHint(root, modelId)}; or use --encoder lexical`,
    EXIT.fileMissing,
  );
}

async function reachHub(host: string, modelId: string, seconds: number, cacheDir: string): Promise<string | undefined> {
  try {
    const r = await fetch(`${host.replace(/\/$/, '')}/${modelId}/resolve/main/config.json`, { method: 'HEAD', signal: AbortSignal.timeout(seconds * 1000) });
    if (r.status === 401 || r.status === 404) return `the Hugging Face hub has no model "${modelId}"`;
    return undefined;
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const why = err.name === 'TimeoutError' ? `no answer in ${seconds} s` : (err.cause?.code ?? err.message);
    return `it is not in the transformers.js cache (${cacheDir}) and the Hugging Face hub cannot be reached (${why})`;
  }
}

/** ONNX Runtime's thread count for sessions created from now on (transformers.js 2 passes no session options). */
let sessionThreads: number | undefined;
let sessionPatched = false;

interface SessionFactory {
  create(model: Uint8Array, options?: Record<string, unknown>): Promise<unknown>;
}

async function setSessionThreads(threads: number | undefined): Promise<void> {
  sessionThreads = threads;
  if (sessionPatched || threads === undefined) return;
  const ort = (await import('onnxruntime-node')) as unknown as { default?: { InferenceSession: SessionFactory }; InferenceSession: SessionFactory };
  const session = ort.default?.InferenceSession ?? ort.InferenceSession;
  const create = session.create.bind(session);
  session.create = (model, options) =>
    create(model, sessionThreads === undefined ? options : { ...options, intraOpNumThreads: sessionThreads, interOpNumThreads: 1 });
  sessionPatched = true;
}

export class TransformersEncoder implements Encoder {
  readonly name: string;
  /** Sentences run through the model (not served from the cache), for tests and progress. */
  embedded = 0;

  private constructor(
    readonly modelId: string,
    private readonly extractor: FeatureExtractor,
    private readonly convention: ModelConvention,
    private readonly cache: EmbeddingCache | undefined,
    private readonly opts: TransformersOptions,
  ) {
    this.name = `transformers:${modelId}`;
  }

  /** Finds and loads the model, or throws a one-line UserError naming the way out. */
  static async load(opts: TransformersOptions = {}): Promise<TransformersEncoder> {
    const modelId = opts.model ?? DEFAULT_MODEL;
    const { env, pipeline } = await import('@xenova/transformers');
    let loc: Location;
    if (opts.modelDir) {
      loc = locateLocalModel(opts.modelDir, modelId, opts.quantized);
    } else {
      const cacheDir = String(env.cacheDir);
      const cached = complete(join(cacheDir, modelId));
      const quantized = opts.quantized ?? cached?.quantized ?? true;
      loc = { id: modelId, quantized, key: `${modelId}|${quantized ? 'q' : 'f'}`, cached: cached !== undefined };
      if (!cached) {
        const why = await reachHub(env.remoteHost, modelId, opts.hubTimeoutSeconds ?? 10, cacheDir);
        if (why) {
          throw new UserError(
            `model "${modelId}" is not available: ${why}; use --encoder lexical, or put the model files in ` +
              `${layoutHint('DIR', modelId)} and pass --model-dir DIR`,
            EXIT.fileMissing,
          );
        }
      }
    }
    env.allowLocalModels = true;
    if (loc.root) env.localModelPath = loc.root + '/';
    // Local folder or complete cache: nothing to fetch, so no request leaves the machine.
    env.allowRemoteModels = !loc.root && !loc.cached;
    await setSessionThreads(opts.threads);
    let extractor: FeatureExtractor;
    try {
      extractor = (await pipeline('feature-extraction', loc.id, { quantized: loc.quantized })) as unknown as FeatureExtractor;
    } catch (e) {
      throw new UserError(`cannot load model "${modelId}": ${(e as Error).message.split('\n')[0]}`, EXIT.badInput);
    }
    const tk = extractor.tokenizer;
    if (!Number.isFinite(tk.model_max_length) || tk.model_max_length > 512) tk.model_max_length = 512;
    // The model's own sentence-transformers files, where present, say how to pool (LaBSE: CLS + dense + normalise).
    const folder = loc.root ? join(loc.root, loc.id) : join(String(env.cacheDir), modelId);
    let st;
    try {
      st = readSentenceTransformerConfig(folder);
    } catch (e) {
      throw new UserError(`cannot read the pooling of model "${modelId}": ${(e as Error).message.split('\n')[0]}`, EXIT.badInput);
    }
    const convention = conventionFor(modelId);
    if (st?.pooling) convention.pooling = st.pooling;
    if (st?.dense.length) convention.dense = st.dense;
    // Vectors pooled another way are other vectors: the cache keeps them apart.
    const how = st ? `|${convention.pooling}+${convention.dense?.length ?? 0}dense` : '';
    const cache = opts.cacheDir ? new DiskEmbeddingCache(opts.cacheDir, loc.key + how) : undefined;
    return new TransformersEncoder(modelId, extractor, convention, cache, opts);
  }

  /** Unit-length sentence vectors, in the order of `texts`. The model is multilingual: `lang` is not needed. */
  async encode(texts: readonly string[], _lang?: Lang): Promise<DenseVector[]> {
    const inputs = texts.map((t) => this.convention.prefix + t);
    const out: (Float32Array | undefined)[] = inputs.map((t) => this.cache?.get(t));
    // A text repeated in the input (headlines, bylines) is embedded once.
    const first = new Map<string, number>();
    inputs.forEach((t, i) => first.has(t) || first.set(t, i));
    const todo = [...first.values()].filter((i) => !out[i]);
    const batches = this.batches(todo, inputs);
    const progress = todo.length >= PROGRESS_MIN ? this.opts.progress : undefined;
    let done = 0;
    for (const batch of batches) {
      const vectors = await this.embed(batch.map((i) => inputs[i]));
      batch.forEach((i, k) => {
        out[i] = vectors[k];
        this.cache?.set(inputs[i], vectors[k]);
      });
      done += batch.length;
      this.embedded += batch.length;
      progress?.(done, todo.length);
    }
    return out.map((v, i) => ({ kind: 'dense', values: v ?? out[first.get(inputs[i])!]! }));
  }

  /** Each sentence's tokens with their contextual vectors (for word alignment); never cached. */
  async encodeTokens(texts: readonly string[]): Promise<TokenVectors[]> {
    const inputs = texts.map((t) => this.convention.prefix + t);
    const out: TokenVectors[] = new Array(inputs.length);
    for (const batch of this.batches(inputs.map((_, i) => i), inputs)) {
      const { hidden, mask, ids } = await this.forward(batch.map((i) => inputs[i]));
      const special = new Set(this.extractor.tokenizer.all_special_ids);
      batch.forEach((i, b) => {
        const rowIds = Array.from(ids.slice(b * hidden.seq, (b + 1) * hidden.seq), Number).filter((_, t) => Number(mask[b * hidden.seq + t]) !== 0);
        const vectors = tokenVectors(hidden, mask, b);
        const keep = rowIds.map((id) => !special.has(id));
        out[i] = {
          tokens: this.extractor.tokenizer.model.convert_ids_to_tokens(rowIds).filter((_, k) => keep[k]),
          vectors: vectors.filter((_, k) => keep[k]),
        };
      });
    }
    return out;
  }

  /** The same loaded model with other batching (benchmarks compare them on one session). */
  withBatching(batchSize: number, sortByLength: boolean): TransformersEncoder {
    return new TransformersEncoder(this.modelId, this.extractor, this.convention, this.cache, { ...this.opts, batchSize, sortByLength });
  }

  /** How many tokens (special tokens included) the model sees for each text, after truncation. */
  tokenCounts(texts: readonly string[]): number[] {
    const tk = this.extractor.tokenizer;
    return texts.map((t) => tk([this.convention.prefix + t], { padding: false, truncation: true }).input_ids.dims[1]);
  }

  async dispose(): Promise<void> {
    await this.extractor.model.dispose();
  }

  /** Index batches; sorted by length (longest first) unless told otherwise. */
  private batches(indices: number[], inputs: readonly string[]): number[][] {
    const order = this.opts.sortByLength === false ? indices : [...indices].sort((a, b) => inputs[b].length - inputs[a].length || a - b);
    const size = Math.max(1, this.opts.batchSize ?? 16);
    const out: number[][] = [];
    for (let k = 0; k < order.length; k += size) out.push(order.slice(k, k + size));
    return out;
  }

  private async forward(texts: string[]): Promise<{ hidden: HiddenStates; mask: BigInt64Array; ids: BigInt64Array }> {
    const tk = this.extractor.tokenizer;
    // No max_length: with one, transformers.js pads every batch to it. Truncation stops at model_max_length.
    const inputs = tk(texts, { padding: true, truncation: true });
    const outputs = await this.extractor.model(inputs);
    const last = outputs.last_hidden_state ?? outputs.logits;
    const [batch, seq, hidden] = last.dims;
    return {
      hidden: { data: last.data as Float32Array, batch, seq, hidden },
      mask: inputs.attention_mask.data as BigInt64Array,
      ids: inputs.input_ids.data as BigInt64Array,
    };
  }

  private async embed(texts: string[]): Promise<Float32Array[]> {
    const { hidden, mask } = await this.forward(texts);
    const pooled = this.convention.pooling === 'cls' ? clsPool(hidden) : meanPool(hidden, mask);
    const dense = this.convention.dense ?? [];
    return pooled.map((v) => l2normalize(dense.reduce(applyDense, v)));
  }
}
