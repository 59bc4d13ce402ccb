/**
 * A BERT encoder as an ONNX graph with random weights: embeddings (word, position, type) + layer norm, then
 * per layer multi-head self-attention and a GELU feed-forward block, each with a residual and a layer norm —
 * the graph an export of a BERT-family model has, so ONNX Runtime does the same work per token. For
 * throughput only: random weights say nothing about quality.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chunks } from './protobuf.ts';
import { writeBertFiles, type BertShape } from './bert-files.ts';
import { DT, model, node, tensor, valueInfo, writeChunks, type Attr } from './onnx.ts';

export type { BertShape } from './bert-files.ts';

/** Real shapes (vocabulary sizes as published: the bench shrinks the table, see `vocab` there). */
export const SHAPES = {
  'MiniLM-L12': { layers: 12, hidden: 384, heads: 12, ffn: 1536, vocab: 250_037, maxPositions: 512 },
  'BERT-base (LaBSE)': { layers: 12, hidden: 768, heads: 12, ffn: 3072, vocab: 501_153, maxPositions: 512 },
} satisfies Record<string, BertShape>;

/** xorshift32: deterministic weights from a seed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 4294967296;
  };
}

class GraphBuilder {
  nodes: Chunks[] = [];
  initializers: Chunks[] = [];
  private next: () => number;

  constructor(
    seed: number,
    /** Weights of dense layers as int8, as transformers.js's default model_quantized.onnx files have them. */
    private readonly quantized: boolean,
  ) {
    this.next = random(seed);
  }

  op(op: string, inputs: string[], output: string, attrs: Record<string, Attr> = {}): string {
    this.nodes.push(node(op, inputs, [output], attrs));
    return output;
  }

  /** Uniform in ±0.035 (standard deviation 0.02, BERT's initialiser range). */
  private values(n: number): Float32Array {
    const data = new Float32Array(n);
    for (let i = 0; i < n; i++) data[i] = (this.next() * 2 - 1) * 0.0346;
    return data;
  }

  weight(name: string, dims: number[]): string {
    this.initializers.push(tensor(name, dims, this.values(dims.reduce((a, b) => a * b, 1))));
    return name;
  }

  /**
   * x·W as ONNX Runtime's dynamic quantisation writes it: activations quantised to uint8 on the fly, int8
   * weights with one scale, integer matmul, then back to float.
   */
  private quantizedMatMul(x: string, name: string, from: number, to: number): string {
    const w = this.values(from * to);
    const scale = 0.0346 / 127;
    const q = Int8Array.from(w, (v) => Math.max(-127, Math.min(127, Math.round(v / scale))));
    this.initializers.push(tensor(`${name}.weight_q`, [from, to], q));
    this.constant(`${name}.weight_scale`, [], Float32Array.of(scale));
    this.initializers.push(tensor(`${name}.weight_zero`, [], Int8Array.of(0)));
    this.nodes.push(node('DynamicQuantizeLinear', [x], [`${name}.x_q`, `${name}.x_scale`, `${name}.x_zero`]));
    const ints = this.op('MatMulInteger', [`${name}.x_q`, `${name}.weight_q`, `${name}.x_zero`, `${name}.weight_zero`], `${name}.int`);
    const floats = this.op('Cast', [ints], `${name}.float`, { to: DT.float });
    const scales = this.op('Mul', [`${name}.x_scale`, `${name}.weight_scale`], `${name}.scales`);
    return this.op('Mul', [floats, scales], `${name}.mm`);
  }

  constant(name: string, dims: number[], data: Float32Array | BigInt64Array): string {
    this.initializers.push(tensor(name, dims, data));
    return name;
  }

  layerNorm(x: string, name: string, hidden: number): string {
    const g = this.constant(`${name}.gamma`, [hidden], new Float32Array(hidden).fill(1));
    const b = this.constant(`${name}.beta`, [hidden], new Float32Array(hidden));
    return this.op('LayerNormalization', [x, g, b], `${name}.out`, { axis: -1, epsilon: { float: 1e-12 } });
  }

  dense(x: string, name: string, from: number, to: number): string {
    const mm = this.quantized
      ? this.quantizedMatMul(x, name, from, to)
      : this.op('MatMul', [x, this.weight(`${name}.weight`, [from, to])], `${name}.mm`);
    const b = this.constant(`${name}.bias`, [to], new Float32Array(to));
    return this.op('Add', [mm, b], `${name}.out`);
  }
}

/** The ONNX graph of a BERT encoder with `vocabRows` rows in its word-embedding table. */
export function bertGraph(shape: BertShape, vocabRows: number, quantized: boolean, seed = 42): Chunks {
  const g = new GraphBuilder(seed, quantized);
  const H = shape.hidden;
  const hd = H / shape.heads;
  g.constant('zero_i', [], BigInt64Array.of(0n));
  g.constant('one_i', [], BigInt64Array.of(1n));
  g.constant('one_f', [], Float32Array.of(1));
  g.constant('half_f', [], Float32Array.of(0.5));
  g.constant('sqrt2_f', [], Float32Array.of(Math.SQRT2));
  g.constant('neg_f', [], Float32Array.of(-10000));
  g.constant('scale_f', [], Float32Array.of(1 / Math.sqrt(hd)));
  g.constant('heads_shape', [4], BigInt64Array.of(0n, 0n, BigInt(shape.heads), BigInt(hd)));
  g.constant('merge_shape', [3], BigInt64Array.of(0n, 0n, BigInt(H)));
  g.constant('mask_axes', [2], BigInt64Array.of(1n, 2n));

  // Embeddings.
  const words = g.op('Gather', [g.weight('word_embeddings', [vocabRows, H]), 'input_ids'], 'emb.words');
  const length = g.op('Gather', [g.op('Shape', ['input_ids'], 'emb.shape'), 'one_i'], 'emb.length', { axis: 0 });
  const positions = g.op('Range', ['zero_i', length, 'one_i'], 'emb.positions');
  const pos = g.op('Gather', [g.weight('position_embeddings', [shape.maxPositions, H]), positions], 'emb.pos');
  const types = g.op('Gather', [g.weight('token_type_embeddings', [2, H]), 'token_type_ids'], 'emb.types');
  let x = g.layerNorm(g.op('Add', [g.op('Add', [words, pos], 'emb.sum1'), types], 'emb.sum2'), 'emb.ln', H);

  // Additive attention mask: 0 for tokens, -10000 for padding, shaped [batch, 1, 1, seq].
  const keep = g.op('Cast', ['attention_mask'], 'mask.f', { to: DT.float });
  const bias = g.op('Unsqueeze', [g.op('Mul', [g.op('Sub', ['one_f', keep], 'mask.inv'), 'neg_f'], 'mask.bias3'), 'mask_axes'], 'mask.bias');

  for (let l = 0; l < shape.layers; l++) {
    const p = `layer${l}`;
    const heads = (name: string, perm: number[]): string =>
      g.op('Transpose', [g.op('Reshape', [g.dense(x, `${p}.${name}`, H, H), 'heads_shape'], `${p}.${name}.split`)], `${p}.${name}.t`, { perm });
    const q = heads('query', [0, 2, 1, 3]);
    const k = heads('key', [0, 2, 3, 1]);
    const v = heads('value', [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [q, k], `${p}.qk`), 'scale_f'], `${p}.scaled`), bias], `${p}.masked`);
    const probs = g.op('Softmax', [scores], `${p}.probs`, { axis: -1 });
    const ctx = g.op('Reshape', [g.op('Transpose', [g.op('MatMul', [probs, v], `${p}.ctx4`)], `${p}.ctx.t`, { perm: [0, 2, 1, 3] }), 'merge_shape'], `${p}.ctx`);
    const attn = g.layerNorm(g.op('Add', [g.dense(ctx, `${p}.attn_out`, H, H), x], `${p}.res1`), `${p}.ln1`, H);
    const up = g.dense(attn, `${p}.ffn_in`, H, shape.ffn);
    const erf = g.op('Erf', [g.op('Div', [up, 'sqrt2_f'], `${p}.gelu.div`)], `${p}.gelu.erf`);
    const gelu = g.op('Mul', [g.op('Mul', [up, g.op('Add', [erf, 'one_f'], `${p}.gelu.add`)], `${p}.gelu.mul`), 'half_f'], `${p}.gelu`);
    x = g.layerNorm(g.op('Add', [g.dense(gelu, `${p}.ffn_out`, shape.ffn, H), attn], `${p}.res2`), `${p}.ln2`, H);
  }
  g.nodes.push(node('Identity', [x], ['last_hidden_state']));

  return model({
    nodes: g.nodes,
    initializers: g.initializers,
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) => valueInfo(n, DT.int64, ['batch', 'sequence'])),
    outputs: [valueInfo('last_hidden_state', DT.float, ['batch', 'sequence', H])],
  });
}

/**
 * Writes a transformers.js model folder `<root>/<id>/` with a random BERT of `shape` and the given vocabulary
 * (the word-embedding table gets one row per vocabulary entry), as onnx/model.onnx (float32) and
 * onnx/model_quantized.onnx (int8 dense layers). Reuses a folder written with the same settings.
 */
export function writeBertModel(root: string, id: string, shape: BertShape, vocab: readonly string[]): string {
  const dir = join(root, id);
  const stamp = JSON.stringify({ shape, vocab, v: 1 });
  const stampFile = join(dir, 'generated.json');
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dir;
  writeBertFiles(dir, vocab, { ...shape, vocab: vocab.length });
  writeChunks(join(dir, 'onnx/model.onnx'), bertGraph(shape, vocab.length, false));
  writeChunks(join(dir, 'onnx/model_quantized.onnx'), bertGraph(shape, vocab.length, true));
  writeFileSync(stampFile, stamp);
  return dir;
}
