/**
 * Stream framing for the transports, on top of @gossip/codec's frames
 * (WIRE-70..73: a `u32` big-endian length, then one envelope; zero-length and
 * oversized frames are errors), plus the preface that opens a TCP-only
 * datagram connection (TRN-31).
 */
import { FrameReader as CodecFrameReader, encodeFrame as codecEncodeFrame } from "@gossip/codec";

/**
 * First bytes of a datagram connection: ASCII "GSDG". Read as a frame length
 * it is 1 196 639 303, above every allowed frame limit, so it cannot be
 * mistaken for the start of a stream exchange.
 */
export const DATAGRAM_PREFACE: Uint8Array = Uint8Array.from([0x47, 0x53, 0x44, 0x47]);

/** The largest frame limit a node may configure (keeps DATAGRAM_PREFACE unambiguous). */
export const MAX_FRAME_LIMIT = 1 << 30;

export class FrameError extends Error {
  /** `OVERSIZE`, `MALFORMED` (zero length) or `TRUNCATED`. */
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

/** One envelope as a frame. Throws FrameError(OVERSIZE) above `limit`. */
export function encodeFrame(envelope: Uint8Array, limit: number = MAX_FRAME_LIMIT): Uint8Array {
  try {
    return codecEncodeFrame(envelope, limit);
  } catch (err) {
    throw new FrameError((err as { code?: string }).code ?? "OVERSIZE", (err as Error).message);
  }
}

/** Accumulates stream bytes and returns complete envelopes; throws FrameError on a bad frame. */
export class FrameReader {
  private readonly reader: CodecFrameReader;
  constructor(limit: number) {
    this.reader = new CodecFrameReader(limit);
  }
  push(chunk: Uint8Array): Uint8Array[] {
    const r = this.reader.push(chunk);
    if (!r.ok) throw new FrameError(r.error.code, r.error.message);
    return r.value;
  }
  /** At the end of the stream: throws FrameError(TRUNCATED) if it ended inside a frame. */
  end(): void {
    const r = this.reader.end();
    if (!r.ok) throw new FrameError(r.error.code, r.error.message);
  }
  get pending(): number {
    return this.reader.pending;
  }
}

/** Whether `head` (at least 4 bytes) starts with the datagram-connection preface. */
export function isDatagramPreface(head: Uint8Array): boolean {
  return DATAGRAM_PREFACE.every((b, i) => head[i] === b);
}
