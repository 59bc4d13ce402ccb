/**
 * Builds ONNX ModelProto files with the protobuf writer: only the fields a feed-forward inference graph needs
 * (field numbers from onnx/onnx.proto). Used to generate the test suite's tiny model and the benchmark's
 * random-weight encoders locally, without Python or a download.
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { bytesField, chunks, floatField, intField, packedInts, stringField, type Chunks } from './protobuf.ts';

/** TensorProto.DataType values. */
export const DT = { float: 1, uint8: 2, int8: 3, int32: 6, int64: 7 } as const;
export type DataType = (typeof DT)[keyof typeof DT];

export type Attr = number | number[] | { float: number } | string;

/** A named constant (initializer) tensor. */
export function tensor(name: string, dims: readonly number[], data: Float32Array | BigInt64Array | Int32Array | Int8Array): Chunks {
  const type =
    data instanceof Float32Array ? DT.float : data instanceof BigInt64Array ? DT.int64 : data instanceof Int8Array ? DT.int8 : DT.int32;
  const raw = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return chunks(packedInts(1, dims), intField(2, type), stringField(8, name), bytesField(9, raw));
}

/** AttributeProto: integers, integer lists, floats ({float}) and strings. */
function attribute(name: string, value: Attr): Chunks {
  if (typeof value === 'number') return chunks(stringField(1, name), intField(3, value), intField(20, 2));
  if (typeof value === 'string') return chunks(stringField(1, name), stringField(4, value), intField(20, 3));
  if (Array.isArray(value)) return chunks(stringField(1, name), packedInts(8, value), intField(20, 7));
  return chunks(stringField(1, name), floatField(2, value.float), intField(20, 1));
}

let nodeCount = 0;

/** NodeProto. */
export function node(op: string, inputs: readonly string[], outputs: readonly string[], attrs: Record<string, Attr> = {}): Chunks {
  return chunks(
    ...inputs.map((i) => stringField(1, i)),
    ...outputs.map((o) => stringField(2, o)),
    stringField(3, `${op}_${nodeCount++}`),
    stringField(4, op),
    ...Object.entries(attrs).map(([k, v]) => bytesField(5, attribute(k, v))),
  );
}

/** ValueInfoProto of a tensor; a string dimension is symbolic (batch, sequence). */
export function valueInfo(name: string, elemType: DataType, dims: readonly (number | string)[]): Chunks {
  const dimensions = dims.map((d) => bytesField(1, typeof d === 'number' ? intField(1, d) : stringField(2, d)));
  const tensorType = chunks(intField(1, elemType), bytesField(2, chunks(...dimensions)));
  return chunks(stringField(1, name), bytesField(2, bytesField(1, tensorType)));
}

export interface Graph {
  nodes: Chunks[];
  initializers: Chunks[];
  inputs: Chunks[];
  outputs: Chunks[];
}

/** ModelProto (IR version 8, default-domain opset 17) around one graph. */
export function model(g: Graph, name = 'graph'): Chunks {
  const graph = chunks(
    ...g.nodes.map((n) => bytesField(1, n)),
    stringField(2, name),
    ...g.initializers.map((t) => bytesField(5, t)),
    ...g.inputs.map((v) => bytesField(11, v)),
    ...g.outputs.map((v) => bytesField(12, v)),
  );
  const opset = chunks(stringField(1, ''), intField(2, 17));
  return chunks(intField(1, 8), stringField(2, 'aligner-fixture'), bytesField(7, graph), bytesField(8, opset));
}

/** Writes the chunks to a file without joining them in memory. */
export function writeChunks(path: string, c: Chunks): void {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  try {
    for (const p of c.parts) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}
