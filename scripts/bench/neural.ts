/**
 * Throughput of the neural encoder on CPU: sentences/s and tokens/s through the real transformers.js path, with
 * random-weight BERT encoders of the real shapes of MiniLM-L12 and LaBSE (BERT-base), generated locally.
 * Random weights measure speed only, never quality. Smoke: the test suite's tiny model on a few sentences.
 */
import { mkdirSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TransformersEncoder } from '../../src/encode/transformers.ts';
import { MissingData, readTico } from '../data.ts';
import type { Figure, Module, RunContext, Section } from '../harness.ts';
import { SPECIAL_TOKENS } from '../onnx/bert-files.ts';
import { SHAPES, writeBertModel, type BertShape } from '../onnx/bert.ts';
import { bertNormalize, writeTinyModel } from '../onnx/tiny-model.ts';

const PIECE = 5;

/** BERT's pre-tokenisation: words and single punctuation marks. */
function words(text: string): string[] {
  return bertNormalize(text).match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
}

/**
 * A WordPiece vocabulary for the benchmark sentences: each word cut into pieces of up to 5 characters
 * (`pres`+`##ident`-style), so that sequences are about as long as real subword tokenisers make them
 * (tokens per word are reported alongside).
 */
export function benchVocab(sentences: readonly string[]): string[] {
  const vocab = new Set<string>(SPECIAL_TOKENS);
  for (const s of sentences) {
    for (const w of words(s)) {
      const chars = [...w];
      for (let i = 0; i < chars.length; i += PIECE) vocab.add((i ? '##' : '') + chars.slice(i, i + PIECE).join(''));
    }
  }
  return [...vocab];
}


/** A spread sample of TICO-19 segments, Arabic and English alternating. */
function sample(dataDir: string, n: number): string[] {
  const segs = readTico(dataDir);
  const step = Math.max(1, Math.floor(segs.length / n));
  const out: string[] = [];
  for (let i = 0; out.length < n && i < segs.length; i += step) out.push(out.length % 2 ? segs[i].en : segs[i].ar);
  return out;
}

interface Config {
  batch: number;
  sorted: boolean;
  threads: number;
  quantized: boolean;
}

async function measure(root: string, id: string, texts: string[], c: Config): Promise<{ seconds: number; rss: number; tokens: number }> {
  const enc = await TransformersEncoder.load({ model: id, modelDir: root, batchSize: c.batch, sortByLength: c.sorted, threads: c.threads, quantized: c.quantized });
  const tokens = enc.tokenCounts(texts).reduce((a, b) => a + b, 0);
  await enc.encode(texts.slice(0, 4), 'en'); // warm-up: first runs allocate
  const t0 = process.hrtime.bigint();
  await enc.encode(texts, 'en');
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = process.memoryUsage().rss;
  await enc.dispose();
  return { seconds, rss, tokens };
}

function grid(smoke: boolean): Config[] {
  if (smoke) return [1, 16].map((batch) => ({ batch, sorted: true, threads: 1, quantized: true }));
  const out: Config[] = [];
  for (const threads of [1, 2]) {
    for (const batch of [1, 16, 64]) {
      for (const sorted of batch === 1 ? [true] : [true, false]) out.push({ batch, sorted, threads, quantized: true });
    }
  }
  out.push({ batch: 16, sorted: true, threads: 2, quantized: false });
  return out;
}

async function benchModel(ctx: RunContext, title: string, root: string, id: string, texts: string[], note: string): Promise<Section> {
  const wordCount = texts.reduce((a, t) => a + words(t).length, 0);
  const figures: Figure[] = [{ metric: 'sentences (TICO-19, half Arabic, half English)', value: String(texts.length) }];
  let peak = 0;
  for (const c of grid(ctx.smoke)) {
    const variant = ctx.smoke ? '' : `, ${c.quantized ? 'int8' : 'float32'}`;
    const label = `batch ${c.batch}${c.batch > 1 ? (c.sorted ? ', sorted by length' : ', input order') : ''}, ${c.threads} thread${c.threads > 1 ? 's' : ''}${variant}`;
    ctx.log(`   ${title}: ${label}`);
    const { seconds, rss, tokens } = await measure(root, id, texts, c);
    if (figures.length === 1) {
      figures.push({
        metric: 'tokens per sentence (mean, with [CLS]/[SEP])',
        value: (tokens / texts.length).toFixed(1),
        note: `${(tokens / wordCount).toFixed(2)} per word and punctuation mark${ctx.smoke ? '' : '; synthetic word pieces of ≤ 5 characters'}`,
      });
    }
    peak = Math.max(peak, rss);
    figures.push({ metric: label, value: `${(texts.length / seconds).toFixed(1)} sentences/s`, note: `${Math.round(tokens / seconds)} tokens/s` });
  }
  figures.push({ metric: 'peak resident memory of the bench process', value: `${Math.round(peak / 2 ** 20)} MiB`, note: 'after the runs so far (models load one at a time)' });
  return { title, setting: note, figures };
}

export const neural: Module = {
  name: 'neural',
  async run(ctx) {
    let texts: string[];
    try {
      texts = sample(ctx.dataDir, ctx.smoke ? 16 : 128);
    } catch (e) {
      if (e instanceof MissingData) return [{ title: 'Neural encoder throughput', figures: [], skipped: e.message }];
      throw e;
    }
    const root = join(tmpdir(), 'aligner-bench-models');
    mkdirSync(root, { recursive: true });
    const load = `load average at start ${os.loadavg()[0].toFixed(2)} on ${os.cpus().length} cores (shared machine: figures are noisy)`;
    if (ctx.smoke) {
      writeTinyModel(root, 'bench/tiny');
      return [await benchModel(ctx, 'Neural encoder throughput (smoke: tiny test model)', root, 'bench/tiny', texts, `Tiny embedding-lookup model; ${load}.`)];
    }
    const vocab = benchVocab(texts);
    const sections: Section[] = [];
    for (const [name, shape] of Object.entries(SHAPES) as [string, BertShape][]) {
      const id = `bench/${name.replace(/\W+/g, '-')}`;
      ctx.log(`   generating ${name} (random weights) in ${join(root, id)}`);
      writeBertModel(root, id, shape, vocab);
      const note =
        `Random weights, real shape: ${shape.layers} layers, hidden ${shape.hidden}, ${shape.heads} heads, FFN ${shape.ffn}; ` +
        `word-embedding table shrunk from ${shape.vocab.toLocaleString('en')} to ${vocab.length} rows (the sample's own word pieces: ` +
        `per-token compute is unchanged). int8 = dynamically quantised dense layers, the layout of transformers.js's default ` +
        `model_quantized.onnx. Through TransformersEncoder (tokeniser, ONNX Runtime 1.14 CPU, pooling), cache off; ${load}.`;
      sections.push(await benchModel(ctx, `Neural encoder throughput: ${name} shape`, root, id, texts, note));
    }
    return sections;
  },
};
