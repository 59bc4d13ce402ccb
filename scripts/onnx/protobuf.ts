/**
 * A minimal protocol-buffers writer: just what ONNX model files need (varints, length-delimited fields, raw
 * bytes). Messages are kept as lists of chunks so nesting a 300 MB weight tensor never copies it.
 */

/** An encoded message (or part of one): chunks to be written in order. */
export interface Chunks {
  parts: Uint8Array[];
  length: number;
}

export function chunks(...items: Chunks[]): Chunks {
  const parts: Uint8Array[] = [];
  let length = 0;
  for (const c of items) {
    parts.push(...c.parts);
    length += c.length;
  }
  return { parts, length };
}

function bytes(b: Uint8Array): Chunks {
  return { parts: [b], length: b.length };
}

/** A base-128 varint; negative int64 values take the ten-byte two's-complement form, as protobuf requires. */
export function varint(value: number | bigint): Uint8Array {
  let v = BigInt.asUintN(64, BigInt(value));
  const out: number[] = [];
  do {
    let b = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) b |= 0x80;
    out.push(b);
  } while (v > 0n);
  return Uint8Array.from(out);
}

const WIRE_VARINT = 0;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;

function tag(field: number, wire: number): Uint8Array {
  return varint((field << 3) | wire);
}

export function intField(field: number, value: number | bigint): Chunks {
  return chunks(bytes(tag(field, WIRE_VARINT)), bytes(varint(value)));
}

export function floatField(field: number, value: number): Chunks {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setFloat32(0, value, true);
  return chunks(bytes(tag(field, WIRE_FIXED32)), bytes(b));
}

export function bytesField(field: number, payload: Uint8Array | Chunks): Chunks {
  const body = payload instanceof Uint8Array ? bytes(payload) : payload;
  return chunks(bytes(tag(field, WIRE_LEN)), bytes(varint(body.length)), body);
}

export function stringField(field: number, value: string): Chunks {
  return bytesField(field, new TextEncoder().encode(value));
}

/** Repeated int64 in packed form. */
export function packedInts(field: number, values: readonly (number | bigint)[]): Chunks {
  return bytesField(field, chunks(...values.map((v) => bytes(varint(v)))));
}

/** Joins chunks into one buffer (small messages and tests). */
export function toBytes(c: Chunks): Uint8Array {
  const out = new Uint8Array(c.length);
  let at = 0;
  for (const p of c.parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
