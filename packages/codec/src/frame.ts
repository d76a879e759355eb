/**
 * Stream framing (spec/02-wire.md §7): each frame is a 4-byte big-endian
 * length N followed by N bytes holding one envelope. TCP streams and HTTP
 * bodies carry a sequence of frames.
 */
import { CodecError, fail, ok, type Result } from "./errors.js";
import { DEFAULT_LIMITS } from "./limits.js";

export const FRAME_HEADER_SIZE = 4;

/** Prefixes one envelope with its length. Throws OVERSIZE above the default frame limit. */
export function encodeFrame(envelope: Uint8Array, limit: number = DEFAULT_LIMITS.maxFrameSize): Uint8Array {
  if (envelope.length > limit) {
    throw new CodecError("OVERSIZE", `frame of ${envelope.length} bytes exceeds ${limit}`);
  }
  const out = new Uint8Array(FRAME_HEADER_SIZE + envelope.length);
  new DataView(out.buffer).setUint32(0, envelope.length, false);
  out.set(envelope, FRAME_HEADER_SIZE);
  return out;
}

/**
 * Incremental frame decoder for a byte stream. `push` returns the complete
 * envelopes seen so far; a frame longer than `limit` (or a zero-length
 * frame) is an error after which the stream must be closed.
 */
export class FrameReader {
  readonly limit: number;
  private chunks: Uint8Array[] = [];
  private buffered = 0;
  private failed: CodecError | undefined;

  constructor(limit: number = DEFAULT_LIMITS.maxFrameSize) {
    this.limit = limit;
  }

  /** Bytes held that do not yet form a whole frame. */
  get pending(): number {
    return this.buffered;
  }

  push(chunk: Uint8Array): Result<Uint8Array[]> {
    if (this.failed) return { ok: false, error: this.failed };
    if (chunk.length > 0) {
      this.chunks.push(chunk);
      this.buffered += chunk.length;
    }
    const out: Uint8Array[] = [];
    while (this.buffered >= FRAME_HEADER_SIZE) {
      const head = this.peek(FRAME_HEADER_SIZE);
      const n =
        ((head[0] as number) * 0x1000000 +
          ((head[1] as number) << 16) +
          ((head[2] as number) << 8) +
          (head[3] as number)) >>>
        0;
      if (n > this.limit) return this.fail(fail("OVERSIZE", `frame of ${n} bytes exceeds ${this.limit}`));
      if (n === 0) return this.fail(fail("MALFORMED", "zero-length frame"));
      if (this.buffered < FRAME_HEADER_SIZE + n) break;
      this.consume(FRAME_HEADER_SIZE);
      out.push(this.take(n));
    }
    return ok(out);
  }

  /**
   * Call when the stream ends: TRUNCATED when it ended inside a frame (WIRE-73),
   * or the earlier error if the reader had failed.
   */
  end(): Result<void> {
    if (this.failed) return { ok: false, error: this.failed };
    if (this.buffered > 0)
      return fail("TRUNCATED", `stream ended inside a frame (${this.buffered} bytes held)`);
    return ok(undefined);
  }

  /** True when no partial frame is held. */
  get atBoundary(): boolean {
    return this.buffered === 0;
  }

  private fail(r: Result<never>): Result<Uint8Array[]> {
    if (!r.ok) this.failed = r.error;
    this.chunks = [];
    this.buffered = 0;
    return r;
  }

  private peek(n: number): Uint8Array {
    const first = this.chunks[0] as Uint8Array;
    if (first.length >= n) return first;
    const out = new Uint8Array(n);
    let off = 0;
    for (const c of this.chunks) {
      const k = Math.min(c.length, n - off);
      out.set(c.subarray(0, k), off);
      off += k;
      if (off === n) break;
    }
    return out;
  }

  private consume(n: number): void {
    this.buffered -= n;
    while (n > 0) {
      const c = this.chunks[0] as Uint8Array;
      if (c.length <= n) {
        this.chunks.shift();
        n -= c.length;
      } else {
        this.chunks[0] = c.subarray(n);
        n = 0;
      }
    }
  }

  /** Removes and returns n bytes; zero-copy when they sit in one chunk. */
  private take(n: number): Uint8Array {
    const first = this.chunks[0] as Uint8Array;
    if (first.length >= n) {
      const out = first.subarray(0, n);
      this.consume(n);
      return out;
    }
    const out = new Uint8Array(n);
    let off = 0;
    while (off < n) {
      const c = this.chunks[0] as Uint8Array;
      const k = Math.min(c.length, n - off);
      out.set(c.subarray(0, k), off);
      off += k;
      this.consume(k);
    }
    return out;
  }
}

/**
 * Splits a complete byte sequence (an HTTP body, a recorded stream) into
 * envelopes: OVERSIZE / MALFORMED as for {@link FrameReader}, TRUNCATED when
 * it ends inside a frame (WIRE-73).
 */
export function readFrames(
  bytes: Uint8Array,
  limit: number = DEFAULT_LIMITS.maxFrameSize,
): Result<Uint8Array[]> {
  const reader = new FrameReader(limit);
  const r = reader.push(bytes);
  if (!r.ok) return r;
  const end = reader.end();
  return end.ok ? r : end;
}
