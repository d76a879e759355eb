import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeFrame, FrameReader, FrameTooLargeError } from "./framing.js";

describe("stream framing", () => {
  it("TRN-10: frames survive any split of the byte stream", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (payloads, cuts) => {
          const all = Buffer.concat(payloads.map(encodeFrame));
          const r = new FrameReader(1000);
          const got: Buffer[] = [];
          let pos = 0;
          let i = 0;
          while (pos < all.length) {
            const n = cuts[i++ % cuts.length]!;
            got.push(...r.push(all.subarray(pos, pos + n)));
            pos += n;
          }
          expect(got.map((b) => Array.from(b))).toEqual(payloads.map((p) => Array.from(p)));
          expect(r.pending).toBe(0);
        },
      ),
    );
  });

  it("TRN-11: rejects a header larger than the limit before buffering it", () => {
    const r = new FrameReader(16);
    const head = Buffer.alloc(4);
    head.writeUInt32BE(17);
    expect(() => r.push(head)).toThrow(FrameTooLargeError);
  });
});
