/**
 * Canonical binary primitives (spec/13-crdt.md, CRDT-10..17): minimal unsigned
 * LEB128 varints, length-prefixed UTF-8 strings and byte strings, and the
 * code-point (= UTF-8 byte) order every sorted list uses.
 */
import { CrdtInvalidArgumentError, CrdtMalformedError } from "./errors.js";

export const U64_MAX = (1n << 64n) - 1n;
export const U32_MAX = 0xffff_ffff;

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Compares two strings by Unicode code point, which equals UTF-8 byte order. */
export function compareStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // UTF-16 order differs from code point order only where a surrogate
      // (a supplementary code point) meets U+E000..U+FFFF: move surrogates up.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x < y ? -1 : 1;
    }
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** true when `s` has no lone surrogate, i.e. it can be encoded as UTF-8 exactly. */
export function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c > 0xdbff) return false;
    const d = s.charCodeAt(i + 1);
    if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/** Throws CrdtInvalidArgumentError unless `s` is a well-formed string (local API input). */
export function checkString(s: unknown, what: string): string {
  if (typeof s !== "string" || !isWellFormed(s)) {
    throw new CrdtInvalidArgumentError(`${what} must be a well-formed Unicode string`);
  }
  return s;
}

export function toHex(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
}

export function fromHex(s: string): Uint8Array | undefined {
  if (typeof s !== "string" || s.length % 2 !== 0 || !/^[0-9a-f]*$/.test(s)) return undefined;
  return new Uint8Array(Buffer.from(s, "hex"));
}

export class Writer {
  private buf = new Uint8Array(64);
  private len = 0;

  private reserve(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const next = new Uint8Array(cap);
    next.set(this.buf.subarray(0, this.len));
    this.buf = next;
  }

  byte(b: number): this {
    this.reserve(1);
    this.buf[this.len++] = b & 0xff;
    return this;
  }

  /** Minimal unsigned LEB128 of a non-negative safe integer or bigint < 2^64. */
  uvarint(v: number | bigint): this {
    if (typeof v === "bigint" && v <= 0xffff_ffffn) v = Number(v);
    if (typeof v === "number") {
      if (v < 0x80) return this.byte(v);
      if (v <= 0xffff_ffff) {
        this.reserve(5);
        let x = v >>> 0;
        while (x >= 0x80) {
          this.buf[this.len++] = (x & 0x7f) | 0x80;
          x >>>= 7;
        }
        this.buf[this.len++] = x;
        return this;
      }
      v = BigInt(v);
    }
    this.reserve(10);
    let x = v;
    while (x >= 0x80n) {
      this.buf[this.len++] = Number(x & 0x7fn) | 0x80;
      x >>= 7n;
    }
    this.buf[this.len++] = Number(x);
    return this;
  }

  raw(b: Uint8Array): this {
    this.reserve(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
    return this;
  }

  bytes(b: Uint8Array): this {
    return this.uvarint(b.length).raw(b);
  }

  string(s: string): this {
    const n = s.length;
    // ASCII fast path: one byte per code unit.
    if (n < 0x80) {
      this.reserve(n + 1);
      const start = this.len;
      this.buf[this.len++] = n;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0x80) {
          this.len = start;
          return this.bytes(encoder.encode(s));
        }
        this.buf[this.len++] = c;
      }
      return this;
    }
    return this.bytes(encoder.encode(s));
  }

  finish(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
}

/**
 * Reads canonical primitives. Every method throws CrdtMalformedError; the
 * top-level decoders catch it and return a Result, so nothing escapes.
 */
export class Reader {
  pos = 0;
  constructor(readonly buf: Uint8Array) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.buf.length) throw new CrdtMalformedError("unexpected end of state");
    return this.buf[this.pos++]!;
  }

  /** A minimal LEB128 varint < 2^64, as bigint. */
  uvarintBig(): bigint {
    // Fast path: values below 2^28 need no bigint arithmetic.
    const start = this.pos;
    let small = 0;
    for (let i = 0; i < 4; i++) {
      const b = this.byte();
      small += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        if (b === 0 && i > 0) throw new CrdtMalformedError("non-minimal varint");
        return BigInt(small);
      }
    }
    this.pos = start;
    let result = 0n;
    let shift = 0n;
    for (let i = 0; ; i++) {
      const b = this.byte();
      if (i === 9 && b > 1) throw new CrdtMalformedError("varint exceeds 64 bits");
      result |= BigInt(b & 0x7f) << shift;
      if ((b & 0x80) === 0) {
        if (b === 0 && i > 0) throw new CrdtMalformedError("non-minimal varint");
        return result;
      }
      shift += 7n;
    }
  }

  /** A varint that must be at most `max` (default 2^53 - 1), as number. */
  uvarint(max: number = Number.MAX_SAFE_INTEGER): number {
    const start = this.pos;
    // Fast path: up to 4 bytes (< 2^28).
    let result = 0;
    for (let i = 0; i < 4; i++) {
      const b = this.byte();
      result += (b & 0x7f) * 2 ** (7 * i);
      if ((b & 0x80) === 0) {
        if (b === 0 && i > 0) throw new CrdtMalformedError("non-minimal varint");
        if (result > max) throw new CrdtMalformedError(`integer ${result} exceeds ${max}`);
        return result;
      }
    }
    this.pos = start;
    const big = this.uvarintBig();
    if (big > BigInt(max)) throw new CrdtMalformedError(`integer ${big} exceeds ${max}`);
    return Number(big);
  }

  /** A length that must fit in what is left (each counted item takes at least `minItemBytes`). */
  count(minItemBytes = 1): number {
    const n = this.uvarint();
    if (n * minItemBytes > this.remaining) throw new CrdtMalformedError(`count ${n} exceeds remaining bytes`);
    return n;
  }

  bytes(): Uint8Array {
    const n = this.uvarint();
    if (n > this.remaining) throw new CrdtMalformedError("byte string runs past the end");
    const out = this.buf.slice(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  string(): string {
    const n = this.uvarint();
    if (n > this.remaining) throw new CrdtMalformedError("string runs past the end");
    const start = this.pos;
    // ASCII fast path for short strings (names, elements).
    if (n <= 32) {
      let out = "";
      let i = start;
      for (; i < start + n; i++) {
        const c = this.buf[i]!;
        if (c >= 0x80) break;
        out += String.fromCharCode(c);
      }
      if (i === start + n) {
        this.pos += n;
        return out;
      }
    }
    const b = this.buf.subarray(start, start + n);
    this.pos += n;
    try {
      return decoder.decode(b);
    } catch {
      throw new CrdtMalformedError("string is not valid UTF-8");
    }
  }

  end(): void {
    if (this.pos !== this.buf.length) throw new CrdtMalformedError(`${this.remaining} trailing bytes`);
  }
}
