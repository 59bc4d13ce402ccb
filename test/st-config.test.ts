import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDense, readSafetensors, readSentenceTransformerConfig } from '../src/encode/st-config.ts';

/** A safetensors file of F32 tensors. */
function safetensors(tensors: Record<string, { shape: number[]; data: number[] }>): Buffer {
  const header: Record<string, unknown> = {};
  let offset = 0;
  for (const [name, t] of Object.entries(tensors)) {
    header[name] = { dtype: 'F32', shape: t.shape, data_offsets: [offset, offset + 4 * t.data.length] };
    offset += 4 * t.data.length;
  }
  const json = Buffer.from(JSON.stringify(header));
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(json.length));
  const body = Buffer.alloc(offset);
  let at = 0;
  for (const t of Object.values(tensors)) for (const x of t.data) at = body.writeFloatLE(x, at);
  return Buffer.concat([len, json, body]);
}

/** A LaBSE-shaped model folder: CLS pooling, a 2→2 tanh dense layer, normalise. */
function labseLike(): string {
  const dir = mkdtempSync(join(tmpdir(), 'st-'));
  writeFileSync(
    join(dir, 'modules.json'),
    JSON.stringify([
      { idx: 0, name: '0', path: '', type: 'sentence_transformers.models.Transformer' },
      { idx: 1, name: '1', path: '1_Pooling', type: 'sentence_transformers.models.Pooling' },
      { idx: 2, name: '2', path: '2_Dense', type: 'sentence_transformers.models.Dense' },
      { idx: 3, name: '3', path: '3_Normalize', type: 'sentence_transformers.models.Normalize' },
    ]),
  );
  mkdirSync(join(dir, '1_Pooling'));
  writeFileSync(join(dir, '1_Pooling', 'config.json'), JSON.stringify({ word_embedding_dimension: 2, pooling_mode_cls_token: true, pooling_mode_mean_tokens: false }));
  mkdirSync(join(dir, '2_Dense'));
  writeFileSync(join(dir, '2_Dense', 'config.json'), JSON.stringify({ in_features: 2, out_features: 2, bias: true, activation_function: 'torch.nn.modules.activation.Tanh' }));
  writeFileSync(join(dir, '2_Dense', 'model.safetensors'), safetensors({ 'linear.weight': { shape: [2, 2], data: [0, 1, 1, 0] }, 'linear.bias': { shape: [2], data: [0.5, 0] } }));
  return dir;
}

describe('sentence-transformers pooling read from the model files', () => {
  it('reads CLS pooling, the dense layer and normalisation as LaBSE declares them', () => {
    const cfg = readSentenceTransformerConfig(labseLike())!;
    expect(cfg.pooling).toBe('cls');
    expect(cfg.normalize).toBe(true);
    expect(cfg.dense).toHaveLength(1);
    expect(cfg.dense[0]).toMatchObject({ inFeatures: 2, outFeatures: 2, activation: 'tanh' });
  });

  it('applies the dense layer as torch does: tanh(W·v + b)', () => {
    const cfg = readSentenceTransformerConfig(labseLike())!;
    const out = applyDense(new Float32Array([2, 3]), cfg.dense[0]);
    expect(out[0]).toBeCloseTo(Math.tanh(3 + 0.5), 5);
    expect(out[1]).toBeCloseTo(Math.tanh(2), 5);
  });

  it('says nothing for a folder without modules.json (the model conventions apply)', () => {
    expect(readSentenceTransformerConfig(mkdtempSync(join(tmpdir(), 'st-')))).toBeUndefined();
  });

  it('reads F32 safetensors and refuses other types', () => {
    const t = readSafetensors(safetensors({ a: { shape: [3], data: [1, 2, 3] } }));
    expect([...t.get('a')!.data]).toEqual([1, 2, 3]);
    const bad = Buffer.from(safetensors({ a: { shape: [1], data: [1] } }).toString('latin1').replace('F32', 'F16'), 'latin1');
    expect(() => readSafetensors(bad)).toThrow(/F16/);
  });
});
