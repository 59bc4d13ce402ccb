import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLinksJsonl } from '../src/format/links.ts';
import { tinyEmbedding, writeTinyModel, TINY_HIDDEN } from '../scripts/onnx/tiny-model.ts';
import { UserError } from '../src/errors.ts';
import { createLexicalEncoder } from '../src/encode/factory.ts';
import { HybridEncoder } from '../src/encode/hybrid.ts';
import { combineVectors } from '../src/align/groups.ts';
import { conventionFor } from '../src/encode/models.ts';
import { l2normalize, meanPool } from '../src/encode/pooling.ts';
import { TransformersEncoder } from '../src/encode/transformers.ts';
import type { Vector } from '../src/types.ts';
import { dot, scale, sparseFromMap } from '../src/vector.ts';
import { cli, CORPUS_AR, CORPUS_EN, ROOT } from './helpers.ts';

const MODEL = 'test/tiny-bert';
let root: string;
let enc: TransformersEncoder;

function values(v: Vector): number[] {
  if (v.kind !== 'dense') throw new Error('expected a dense vector');
  return Array.from(v.values);
}

function expectClose(a: number[], b: number[]): void {
  expect(a).toHaveLength(b.length);
  a.forEach((x, i) => expect(x).toBeCloseTo(b[i], 5));
}

/** The normalised mean of token rows: what mean pooling of the tiny model must give. */
function expectedMean(tokens: string[]): number[] {
  const v = new Float32Array(TINY_HIDDEN);
  for (const t of tokens) tinyEmbedding(t).forEach((x, j) => (v[j] += x / tokens.length));
  return Array.from(l2normalize(v));
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'aligner-models-'));
  writeTinyModel(root, MODEL);
  enc = await TransformersEncoder.load({ model: MODEL, modelDir: root });
});

afterAll(async () => {
  await enc?.dispose();
});

describe('pooling', () => {
  it('averages only the tokens the attention mask keeps', () => {
    // Two sentences of 3 positions, hidden size 2; the second has one padding position holding garbage.
    const data = Float32Array.from([1, 0, 0, 1, 1, 1, /* second */ 2, 2, 4, 0, 99, 99]);
    const [a, b] = meanPool({ data, batch: 2, seq: 3, hidden: 2 }, [1n, 1n, 1n, 1n, 1n, 0n]);
    expectClose(Array.from(a), [2 / 3, 2 / 3]);
    expectClose(Array.from(b), [3, 1]);
  });

  it('normalises to unit length and leaves a zero vector alone', () => {
    expectClose(Array.from(l2normalize(Float32Array.from([3, 4]))), [0.6, 0.8]);
    expectClose(Array.from(l2normalize(new Float32Array(2))), [0, 0]);
  });
});

describe('model conventions', () => {
  it('prefixes e5 inputs with "query: " and leaves LaBSE alone', () => {
    expect(conventionFor('Xenova/multilingual-e5-small').prefix).toBe('query: ');
    expect(conventionFor('Xenova/LaBSE')).toEqual({ prefix: '', pooling: 'mean' });
  });
});

describe('transformers encoder on a generated tiny model', () => {
  it('loads through transformers.js from a local model folder and returns unit dense vectors', async () => {
    const [v] = await enc.encode(['قال الرئيس في سيول'], 'ar');
    expect(v.kind).toBe('dense');
    expect(values(v)).toHaveLength(TINY_HIDDEN);
    expect(dot(v, v)).toBeCloseTo(1, 5);
  });

  it('accepts the model folder itself as --model-dir', async () => {
    const e = await TransformersEncoder.load({ model: MODEL, modelDir: join(root, MODEL) });
    const [a] = await e.encode(['peace talks'], 'en');
    const [b] = await enc.encode(['peace talks'], 'en');
    expectClose(values(a), values(b));
    await e.dispose();
  });

  it('mean-pools over real tokens only, [CLS] and [SEP] included, padding excluded', async () => {
    // Encoded in one batch with a longer sentence, the short one is padded: the padding must not count.
    const [short] = await enc.encode(['قال الرئيس', 'the president said missiles in seoul'], 'ar');
    expectClose(values(short), expectedMean(['[CLS]', 'قال', 'الرئيس', '[SEP]']));
  });

  it('puts an Arabic sentence closest to its English translation', async () => {
    const [ar] = await enc.encode(['قال وزير الخارجية في سيول'], 'ar');
    const en = await enc.encode(['the economy growth', 'the foreign minister said in seoul', 'war and peace talks'], 'en');
    const sims = en.map((v) => dot(ar, v));
    expect(sims.indexOf(Math.max(...sims))).toBe(1);
  });

  it('batches by sorted length yet returns vectors in the input order', async () => {
    const texts = ['war', 'the foreign minister said in seoul', 'peace talks', 'قال الرئيس في سيول', 'نمو الاقتصاد'];
    const e = await TransformersEncoder.load({ model: MODEL, modelDir: root, batchSize: 2 });
    const batched = await e.encode(texts, 'en');
    for (const [i, t] of texts.entries()) expectClose(values(batched[i]), values((await enc.encode([t], 'en'))[0]));
    const unsorted = await TransformersEncoder.load({ model: MODEL, modelDir: root, batchSize: 2, sortByLength: false });
    (await unsorted.encode(texts, 'en')).forEach((v, i) => expectClose(values(v), values(batched[i])));
    await e.dispose();
    await unsorted.dispose();
  });

  it('truncates a sentence longer than the model takes instead of failing', async () => {
    const long = Array.from({ length: 60 }, () => 'peace talks').join(' ');
    expect(enc.tokenCounts([long, 'peace talks'])).toEqual([32, 4]);
    const [v] = await enc.encode([long], 'en');
    expect(dot(v, v)).toBeCloseTo(1, 5);
  });

  it('gives each token its contextual vector, without special tokens', async () => {
    const [t] = await enc.encodeTokens(['the president said']);
    expect(t.tokens).toEqual(['the', 'president', 'said']);
    expectClose(Array.from(t.vectors[1]), Array.from(tinyEmbedding('president')));
  });

  it('reads embeddings back from the disk cache instead of running the model again', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'aligner-cache-'));
    const texts = ['قال الرئيس', 'the president said'];
    const first = await TransformersEncoder.load({ model: MODEL, modelDir: root, cacheDir });
    const a = await first.encode(texts, 'en');
    expect(first.embedded).toBe(2);
    const second = await TransformersEncoder.load({ model: MODEL, modelDir: root, cacheDir });
    const b = await second.encode([...texts, 'peace talks'], 'en');
    expect(second.embedded).toBe(1);
    expect(values(b[0])).toEqual(values(a[0]));
    expect(values(b[1])).toEqual(values(a[1]));
    expect(readdirSync(cacheDir)).toHaveLength(1);
    await second.encode(['نمو الاقتصاد', 'نمو الاقتصاد'], 'ar');
    expect(second.embedded).toBe(2);
    await first.dispose();
    await second.dispose();
  });
});

describe('hybrid encoder', () => {
  const lexical = createLexicalEncoder();
  const ar = ['قال وزير الخارجية في سيول إن محادثات السلام ستستمر.', 'نمو الاقتصاد'];
  const en = ['The foreign minister said in Seoul that the peace talks will go on.', 'economy growth'];

  it('scores a pair by the weighted mean of the lexical and the neural cosine', async () => {
    const hybrid = new HybridEncoder(lexical, enc, 0.3);
    const [ha, hb] = [await hybrid.encode(ar, 'ar'), await hybrid.encode(en, 'en')];
    const [la, lb] = [await lexical.encode(ar, 'ar'), await lexical.encode(en, 'en')];
    const [na, nb] = [await enc.encode(ar, 'ar'), await enc.encode(en, 'en')];
    for (const [i, j] of [[0, 0], [0, 1], [1, 1]]) {
      expect(dot(ha[i], hb[j])).toBeCloseTo(0.7 * dot(la[i], lb[j]) + 0.3 * dot(na[i], nb[j]), 5);
    }
    expect(dot(ha[0], ha[0])).toBeCloseTo(1, 5);
    expect(dot(ha[0], hb[0])).toBeGreaterThan(dot(ha[0], hb[1]));
  });

  it('combines sentence groups part by part, keeping the weights', async () => {
    const hybrid = new HybridEncoder(lexical, enc, 0.3);
    const [a, b] = await hybrid.encode(ar, 'ar');
    const g = combineVectors([a, b], [9, 2]);
    expect(g.kind).toBe('concat');
    expect(dot(g, g)).toBeCloseTo(1, 5);
    const [la, lb] = await lexical.encode(ar, 'ar');
    const [na, nb] = await enc.encode(ar, 'ar');
    if (g.kind !== 'concat') throw new Error('expected a concat vector');
    // Each part is its encoder's own group vector, scaled by √weight.
    expect(dot(g.parts[0], combineVectors([la, lb], [9, 2]))).toBeCloseTo(Math.sqrt(0.7), 5);
    expect(dot(g.parts[1], combineVectors([na, nb], [9, 2]))).toBeCloseTo(Math.sqrt(0.3), 5);
  });

  it('refuses to compare its vectors with another encoder\'s', async () => {
    const [h] = await new HybridEncoder(lexical, enc).encode(['سلام'], 'ar');
    expect(() => dot(h, sparseFromMap(new Map([[1, 1]])))).toThrow(/different encoders/);
  });
});

describe('vectors', () => {
  it('scale multiplies every kind, and dot follows', () => {
    const s = sparseFromMap(new Map([[2, 3], [5, 4]]));
    const d: Vector = { kind: 'dense', values: Float32Array.from([0.6, 0.8]) };
    const c: Vector = { kind: 'concat', parts: [scale(s, 0.5), scale(d, 2)] };
    expect(dot(scale(s, 2), s)).toBeCloseTo(2, 6);
    expect(dot(c, c)).toBeCloseTo(0.25 + 4, 6);
  });
});

describe('when no model is available', () => {
  it('names the expected folder layout and the lexical way out', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'aligner-empty-'));
    const err = await TransformersEncoder.load({ model: 'Xenova/LaBSE', modelDir: empty }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    const msg = (err as UserError).message;
    expect(msg).not.toContain('\n');
    expect(msg).toContain(join(empty, 'Xenova/LaBSE') + '/');
    expect(msg).toMatch(/config\.json, tokenizer\.json, tokenizer_config\.json and onnx\/model_quantized\.onnx/);
    expect(msg).toContain('--encoder lexical');
  });

  it('says so at once when the hub cannot be reached, rather than retrying', async () => {
    const { env } = await import('@xenova/transformers');
    const host = env.remoteHost;
    env.remoteHost = 'http://127.0.0.1:9/'; // the discard port: nothing listens there
    try {
      const err = await TransformersEncoder.load({ model: 'someone/not-downloaded', hubTimeoutSeconds: 5 }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(UserError);
      expect((err as UserError).message).toMatch(/"someone\/not-downloaded" is not available: .*cannot be reached.*--encoder lexical.*--model-dir DIR/);
    } finally {
      env.remoteHost = host;
    }
  });

  it('the CLI prints one line and exits 3', () => {
    const r = cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--encoder', 'transformers', '--model-dir', join(tmpdir(), 'no-such-models')]);
    expect(r.status).toBe(3);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: no model "Xenova\/LaBSE" in .*--encoder lexical/);
  });
});

describe('CLI with a local model', () => {
  it.each(['transformers', 'hybrid'])('align --encoder %s --model-dir works offline', (encoder) => {
    const r = cli(['align', '--ar', CORPUS_AR, '--en', CORPUS_EN, '--encoder', encoder, '--model-dir', root, '--model', MODEL, '--no-cache']);
    expect(r.status).toBe(0);
    const { meta, links } = readLinksJsonl(r.stdout);
    expect(meta?.model).toBe(MODEL);
    expect(links.length).toBeGreaterThan(10);
    for (const l of links) expect(l.score).toBeGreaterThanOrEqual(0);
  });

  it('run --encoder hybrid loads the model once and writes every pair', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aligner-run-'));
    cpSync(join(ROOT, 'corpus'), join(dir, 'corpus'), { recursive: true });
    const r = cli(['run', 'corpus', '--encoder', 'hybrid', '--model-dir', root, '--model', MODEL, '--no-cache'], dir);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, 'glossary/seoul-talks.csv'))).toBe(true);
    expect(existsSync(join(dir, 'glossary/seoul-talks.links.jsonl'))).toBe(true);
  });
});
