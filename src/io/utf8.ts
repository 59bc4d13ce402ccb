/** What a UTF-8 scan of some bytes found: enough to tell UTF-8 with a few bad bytes from another encoding. */
export interface Utf8Scan {
  /** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence; -1 when all are. */
  firstInvalid: number;
  /** Bytes not part of a well-formed sequence. */
  invalid: number;
  /** Well-formed sequences of 2–4 bytes (non-ASCII characters). */
  multibyte: number;
}

const isCont = (b: Uint8Array, j: number, lo: number, hi: number): boolean => j < b.length && b[j] >= lo && b[j] <= hi;

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0 (RFC 3629: no overlongs, no surrogates). */
function sequenceLength(b: Uint8Array, i: number): number {
  const x = b[i];
  if (x < 0x80) return 1;
  if (x >= 0xc2 && x <= 0xdf) return isCont(b, i + 1, 0x80, 0xbf) ? 2 : 0;
  if (x >= 0xe0 && x <= 0xef) {
    const lo = x === 0xe0 ? 0xa0 : 0x80;
    const hi = x === 0xed ? 0x9f : 0xbf;
    return isCont(b, i + 1, lo, hi) && isCont(b, i + 2, 0x80, 0xbf) ? 3 : 0;
  }
  if (x >= 0xf0 && x <= 0xf4) {
    const lo = x === 0xf0 ? 0x90 : 0x80;
    const hi = x === 0xf4 ? 0x8f : 0xbf;
    return isCont(b, i + 1, lo, hi) && isCont(b, i + 2, 0x80, 0xbf) && isCont(b, i + 3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}

/** Scans bytes as UTF-8, counting well-formed multi-byte characters and stray bytes. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let firstInvalid = -1;
  let invalid = 0;
  let multibyte = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = sequenceLength(bytes, i);
    if (n === 0) {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    } else {
      if (n > 1) multibyte++;
      i += n;
    }
  }
  return { firstInvalid, invalid, multibyte };
}
