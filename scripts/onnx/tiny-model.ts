/**
 * The test suite's tiny model: a real ONNX graph and a real WordPiece tokenizer that transformers.js loads like
 * any downloaded model, small enough to generate in milliseconds. The "encoder" is an embedding lookup in
 * which an Arabic word and its English translation share one row, so translations land close together; padding
 * positions get a large offset, as garbage a correct mean pooling must ignore.
 */
import { join } from 'node:path';
import { SPECIAL_TOKENS, writeBertFiles } from './bert-files.ts';
import { DT, model, node, tensor, valueInfo, writeChunks } from './onnx.ts';

export const TINY_HIDDEN = 16;

/** Translation pairs: both words of a pair get the same embedding row. */
export const TINY_PAIRS: readonly (readonly [string, string])[] = [
  ['قال', 'said'],
  ['الرئيس', 'president'],
  ['الحرب', 'war'],
  ['السلام', 'peace'],
  ['محادثات', 'talks'],
  ['في', 'in'],
  ['سيول', 'seoul'],
  ['صواريخ', 'missiles'],
  ['الاقتصاد', 'economy'],
  ['نمو', 'growth'],
  ['وزير', 'minister'],
  ['الخارجية', 'foreign'],
];

/** The vocabulary: special tokens, then each pair's Arabic and English word, then a few word pieces. */
export function tinyVocab(): string[] {
  return [...SPECIAL_TOKENS, ...TINY_PAIRS.flat().map(bertNormalize), '##s', 'the', 'ال'];
}

/**
 * What transformers.js's lowercasing BertNormalizer does to a word, so vocabulary entries match: NFD, then only
 * the Latin combining accents go (Arabic hamza stays decomposed: ئ → ي + U+0654).
 */
export function bertNormalize(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Deterministic pseudo-random embedding value in [-1, 1] of row `r` (a pair's index for both its words). */
function row(r: number, j: number): number {
  const x = Math.sin((r + 1) * 12.9898 + (j + 1) * 78.233) * 43758.5453;
  return 2 * (x - Math.floor(x)) - 1;
}

/** The model's output vector for a vocabulary token at an unpadded position. */
export function tinyEmbedding(token: string): Float32Array {
  const vocab = tinyVocab();
  const t = bertNormalize(token);
  const i = vocab.indexOf(SPECIAL_TOKENS.includes(token as (typeof SPECIAL_TOKENS)[number]) ? token : t);
  if (i < 0) throw new Error(`${token}: not in the tiny vocabulary`);
  const pair = TINY_PAIRS.findIndex((p) => p.map(bertNormalize).includes(t));
  // Words outside the pairs (special tokens, pieces) are faint, as function words are in a trained model.
  const [r, weight] = pair >= 0 ? [pair, 1] : [TINY_PAIRS.length + i, 0.2];
  return Float32Array.from({ length: TINY_HIDDEN }, (_, j) => weight * row(r, j));
}

/** Writes the model folder `<root>/<modelId>/` with its onnx/model.onnx (and the _quantized name too). */
export function writeTinyModel(root: string, modelId = 'test/tiny-bert'): string {
  const vocab = tinyVocab();
  const dir = join(root, modelId);
  writeBertFiles(dir, vocab, { layers: 0, hidden: TINY_HIDDEN, heads: 1, ffn: TINY_HIDDEN, vocab: vocab.length, maxPositions: 32 });
  const emb = new Float32Array(vocab.length * TINY_HIDDEN);
  vocab.forEach((tok, i) => emb.set(tinyEmbedding(tok), i * TINY_HIDDEN));
  const graph = {
    nodes: [
      node('Gather', ['word_embeddings', 'input_ids'], ['words']),
      node('Gather', ['type_embeddings', 'token_type_ids'], ['types']),
      node('Add', ['words', 'types'], ['summed']),
      node('Cast', ['attention_mask'], ['mask'], { to: DT.float }),
      node('Sub', ['one', 'mask'], ['padding']),
      node('Unsqueeze', ['padding', 'last_axis'], ['padding3']),
      node('Mul', ['padding3', 'padding_offset'], ['offset']),
      node('Add', ['summed', 'offset'], ['last_hidden_state']),
    ],
    initializers: [
      tensor('word_embeddings', [vocab.length, TINY_HIDDEN], emb),
      tensor('type_embeddings', [2, TINY_HIDDEN], new Float32Array(2 * TINY_HIDDEN)),
      tensor('one', [], Float32Array.of(1)),
      tensor('padding_offset', [], Float32Array.of(100)),
      tensor('last_axis', [1], BigInt64Array.of(-1n)),
    ],
    inputs: ['input_ids', 'attention_mask', 'token_type_ids'].map((n) => valueInfo(n, DT.int64, ['batch', 'sequence'])),
    outputs: [valueInfo('last_hidden_state', DT.float, ['batch', 'sequence', TINY_HIDDEN])],
  };
  const m = model(graph, 'tiny-bert');
  writeChunks(join(dir, 'onnx/model.onnx'), m);
  writeChunks(join(dir, 'onnx/model_quantized.onnx'), m);
  return dir;
}
