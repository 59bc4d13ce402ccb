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
import { median, peakRssMiB } from '../measure.ts';
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

interface Batching {
  batch: number;
  sorted: boolean;
}

const BATCHINGS: Batching[] = [
  { batch: 1, sorted: true },
  { batch: 16, sorted: true },
  { batch: 16, sorted: false },
  { batch: 64, sorted: true },
  { batch: 64, sorted: false },
];

function label(b: Batching, threads: number, variant: string): string {
  return `batch ${b.batch}${b.batch > 1 ? (b.sorted ? ', sorted by length' : ', input order') : ''}, ${threads} thread${threads > 1 ? 's' : ''}${variant}`;
}

async function seconds(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e9;
}

/**
 * One model, one thread count: every batching timed once per round, rounds interleaved so that the load of this
 * shared machine falls on all of them alike; the median of the rounds is reported.
 */
async function measure(root: string, id: string, texts: string[], threads: number, quantized: boolean, batchings: Batching[], rounds: number, log: (l: string) => void): Promise<{ batching: Batching; median: number }[]> {
  const enc = await TransformersEncoder.load({ model: id, modelDir: root, threads, quantized });
  await enc.encode(texts.slice(0, 4), 'en'); // warm-up: first runs allocate
  const times = batchings.map(() => [] as number[]);
  for (let r = 0; r < rounds; r++) {
    for (const [k, b] of batchings.entries()) {
      const e = enc.withBatching(b.batch, b.sorted);
      times[k].push(await seconds(() => e.encode(texts, 'en')));
      log(`     round ${r + 1}: ${label(b, threads, '')}: ${times[k].at(-1)!.toFixed(1)} s`);
    }
  }
  await enc.dispose();
  return batchings.map((batching, k) => ({ batching, median: median(times[k]) }));
}

async function benchModel(ctx: RunContext, title: string, root: string, id: string, texts: string[], note: string): Promise<Section> {
  const probe = await TransformersEncoder.load({ model: id, modelDir: root });
  const tokens = probe.tokenCounts(texts).reduce((a, b) => a + b, 0);
  await probe.dispose();
  const wordCount = texts.reduce((a, t) => a + words(t).length, 0);
  const figures: Figure[] = [
    { metric: 'sentences (TICO-19, half Arabic, half English)', value: String(texts.length) },
    {
      metric: 'tokens per sentence (mean, with [CLS]/[SEP])',
      value: (tokens / texts.length).toFixed(1),
      note: `${(tokens / wordCount).toFixed(2)} per word or punctuation mark${ctx.smoke ? '' : '; synthetic word pieces of ≤ 5 characters'}`,
    },
  ];
  const rounds = ctx.smoke ? 1 : 3;
  const runs: { threads: number; quantized: boolean; batchings: Batching[] }[] = ctx.smoke
    ? [{ threads: 1, quantized: true, batchings: BATCHINGS.slice(0, 2) }]
    : [
        { threads: 1, quantized: true, batchings: BATCHINGS },
        { threads: 2, quantized: true, batchings: BATCHINGS },
        { threads: 2, quantized: false, batchings: [BATCHINGS[1]] },
      ];
  for (const run of runs) {
    const variant = ctx.smoke ? '' : `, ${run.quantized ? 'int8' : 'float32'}`;
    ctx.log(`   ${title}: ${run.threads} thread(s)${variant}`);
    for (const { batching, median: s } of await measure(root, id, texts, run.threads, run.quantized, run.batchings, rounds, ctx.log)) {
      figures.push({ metric: label(batching, run.threads, variant), value: `${(texts.length / s).toFixed(1)} sentences/s`, note: `${Math.round(tokens / s)} tokens/s` });
    }
  }
  figures.push({ metric: 'peak resident memory of the bench process', value: `${Math.round(peakRssMiB())} MiB`, note: 'whole process so far; models load one at a time' });
  return { title, setting: note + (ctx.smoke ? '' : ` Median of ${rounds} interleaved rounds.`), figures };
}

export const neural: Module = {
  name: 'neural',
  async run(ctx) {
    let texts: string[];
    try {
      texts = sample(ctx.dataDir, ctx.smoke ? 16 : 256);
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
