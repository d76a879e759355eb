import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DATAGRAM_PREFACE,
  encodeFrame,
  FrameError,
  FrameReader,
  isDatagramPreface,
  MAX_FRAME_LIMIT,
} from "./framing.js";

function frameError(fn: () => unknown): FrameError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(FrameError);
    return err as FrameError;
  }
  throw new Error("no error");
}

describe("stream framing (codec frames)", () => {
  it("TRN-10: frames survive any split of the byte stream", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (payloads, cuts) => {
          const all = Buffer.concat(payloads.map((p) => encodeFrame(p)));
          const r = new FrameReader(1000);
          const got: Uint8Array[] = [];
          let pos = 0;
          let i = 0;
          while (pos < all.length) {
            const n = cuts[i++ % cuts.length]!;
            got.push(...r.push(all.subarray(pos, pos + n)));
            pos += n;
          }
          expect(got.map((b) => Array.from(b))).toEqual(payloads.map((p) => Array.from(p)));
          expect(r.pending).toBe(0);
          r.end();
        },
      ),
    );
  });

  it("TRN-11: rejects a header larger than the limit before buffering it; zero-length and truncated frames are errors", () => {
    const r = new FrameReader(16);
    expect(frameError(() => r.push(Uint8Array.from([0, 0, 0, 17]))).code).toBe("OVERSIZE");
    expect(frameError(() => new FrameReader(16).push(new Uint8Array(4))).code).toBe("MALFORMED");
    const t = new FrameReader(16);
    t.push(Uint8Array.from([0, 0, 0, 5, 1]));
    expect(frameError(() => t.end()).code).toBe("TRUNCATED");
    expect(frameError(() => encodeFrame(new Uint8Array(17), 16)).code).toBe("OVERSIZE");
  });

  it("TRN-31: the datagram preface can never be read as a valid frame length", () => {
    expect(isDatagramPreface(DATAGRAM_PREFACE)).toBe(true);
    expect(Buffer.from(DATAGRAM_PREFACE).readUInt32BE(0)).toBeGreaterThan(MAX_FRAME_LIMIT);
    expect(isDatagramPreface(encodeFrame(Uint8Array.from([1, 2, 3])))).toBe(false);
  });
});
