/**
 * A sentence-transformers model's own description of how token vectors become a sentence vector, read from its
 * files rather than hard-coded: `modules.json` lists the steps, `1_Pooling/config.json` says CLS or mean pooling,
 * a `2_Dense` folder holds a dense layer (LaBSE: CLS → dense 768→768 with tanh → normalise), `Normalize` ends it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pooling } from './models.ts';

export interface DenseLayer {
  inFeatures: number;
  outFeatures: number;
  /** Row-major [outFeatures, inFeatures], as torch's nn.Linear stores it. */
  weight: Float32Array;
  bias?: Float32Array;
  activation: 'tanh' | 'identity';
}

export interface SentenceTransformerConfig {
  pooling?: Pooling;
  dense: DenseLayer[];
  normalize: boolean;
}

interface ModuleEntry {
  path?: string;
  type?: string;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** The tensors of a safetensors file (F32 only: dense layers are stored so), by name. */
export function readSafetensors(bytes: Buffer): Map<string, { shape: number[]; data: Float32Array }> {
  const headerLength = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + headerLength).toString('utf8')) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  const base = 8 + headerLength;
  const out = new Map<string, { shape: number[]; data: Float32Array }>();
  for (const [name, t] of Object.entries(header)) {
    if (name === '__metadata__') continue;
    if (t.dtype !== 'F32') throw new Error(`safetensors tensor ${name}: dtype ${t.dtype}, only F32 is read`);
    const [start, end] = t.data_offsets;
    const copy = new Float32Array((end - start) / 4);
    for (let i = 0; i < copy.length; i++) copy[i] = bytes.readFloatLE(base + start + 4 * i);
    out.set(name, { shape: t.shape, data: copy });
  }
  return out;
}

function readDense(dir: string): DenseLayer | undefined {
  const cfgFile = join(dir, 'config.json');
  const weights = join(dir, 'model.safetensors');
  if (!existsSync(cfgFile) || !existsSync(weights)) return undefined;
  const cfg = readJson(cfgFile) as { in_features: number; out_features: number; activation_function?: string };
  const tensors = readSafetensors(readFileSync(weights));
  const weight = tensors.get('linear.weight');
  if (!weight || weight.data.length !== cfg.in_features * cfg.out_features) throw new Error(`${weights}: no linear.weight of ${cfg.out_features}×${cfg.in_features}`);
  const activation = /tanh/i.test(cfg.activation_function ?? '') ? 'tanh' : 'identity';
  return { inFeatures: cfg.in_features, outFeatures: cfg.out_features, weight: weight.data, bias: tensors.get('linear.bias')?.data, activation };
}

/** The model folder's sentence-transformers steps, or undefined when it has no `modules.json`. */
export function readSentenceTransformerConfig(modelDir: string): SentenceTransformerConfig | undefined {
  const modulesFile = join(modelDir, 'modules.json');
  if (!existsSync(modulesFile)) return undefined;
  const modules = readJson(modulesFile) as ModuleEntry[];
  const config: SentenceTransformerConfig = { dense: [], normalize: false };
  for (const m of modules) {
    const type = m.type ?? '';
    const dir = join(modelDir, m.path ?? '');
    if (type.endsWith('.Pooling')) {
      const p = existsSync(join(dir, 'config.json')) ? (readJson(join(dir, 'config.json')) as Record<string, unknown>) : {};
      config.pooling = p.pooling_mode_cls_token ? 'cls' : 'mean';
    } else if (type.endsWith('.Dense')) {
      const d = readDense(dir);
      if (d) config.dense.push(d);
    } else if (type.endsWith('.Normalize')) {
      config.normalize = true;
    }
  }
  return config;
}

/** One dense layer applied to a pooled vector: activation(W·v + b). */
export function applyDense(v: Float32Array, layer: DenseLayer): Float32Array {
  if (v.length !== layer.inFeatures) throw new Error(`dense layer expects ${layer.inFeatures} values, got ${v.length}`);
  const out = new Float32Array(layer.outFeatures);
  for (let o = 0; o < layer.outFeatures; o++) {
    let s = layer.bias ? layer.bias[o] : 0;
    const row = o * layer.inFeatures;
    for (let i = 0; i < layer.inFeatures; i++) s += layer.weight[row + i] * v[i];
    out[o] = layer.activation === 'tanh' ? Math.tanh(s) : s;
  }
  return out;
}
