import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodePacket, encodeFrame, encodePacket, FrameReader, readFrames } from "./index.js";
import { SAMPLES } from "./samples.js";

describe("stream frames", () => {
  it("WIRE-70: a frame is a 4-byte big-endian length and one envelope", () => {
    const env = encodePacket([SAMPLES.nack], { cluster: "" });
    const f = encodeFrame(env);
    expect(Buffer.from(f.subarray(0, 4)).toString("hex")).toBe("0000000b");
    expect(f.subarray(4)).toEqual(env);
  });

  it("WIRE-70: FrameReader reassembles frames from arbitrary chunking", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 20 }),
        (envelopes, cuts) => {
          const stream = Buffer.concat(envelopes.map((e) => encodeFrame(e)));
          const r = new FrameReader();
          const got: Uint8Array[] = [];
          let pos = 0;
          let k = 0;
          while (pos < stream.length) {
            const n = cuts[k++ % cuts.length] as number;
            const out = r.push(stream.subarray(pos, pos + n));
            pos += n;
            if (!out.ok) throw out.error;
            got.push(...out.value);
          }
          expect(got.map((g) => Buffer.from(g).toString("hex"))).toEqual(
            envelopes.map((e) => Buffer.from(e).toString("hex")),
          );
          expect(r.atBoundary).toBe(true);
        },
      ),
    );
  });

  it("WIRE-71: a frame longer than the limit is OVERSIZE before its body arrives, and the reader stays failed", () => {
    const r = new FrameReader(1024);
    const out = r.push(Uint8Array.of(0, 0, 4, 1));
    expect(!out.ok && out.error.code).toBe("OVERSIZE");
    const again = r.push(Uint8Array.of(1, 2, 3));
    expect(!again.ok && again.error.code).toBe("OVERSIZE");
  });

  it("WIRE-71: encodeFrame refuses an envelope above the limit", () => {
    expect(() => encodeFrame(new Uint8Array(20), 10)).toThrow(/exceeds/);
  });

  it("WIRE-72: a zero-length frame is MALFORMED", () => {
    const out = new FrameReader().push(Uint8Array.of(0, 0, 0, 0));
    expect(!out.ok && out.error.code).toBe("MALFORMED");
  });

  it("WIRE-73: a stream that ends inside a frame is TRUNCATED; a clean end is fine", () => {
    const r = new FrameReader();
    expect(r.push(Uint8Array.of(0, 0, 0, 9, 0x67)).ok).toBe(true);
    const end = r.end();
    expect(!end.ok && end.error.code).toBe("TRUNCATED");
    expect(new FrameReader().end().ok).toBe(true);
  });

  it("WIRE-70: readFrames splits a whole HTTP body, and reports a truncated one", () => {
    const a = encodePacket([SAMPLES.nack], { cluster: "" });
    const body = Buffer.concat([encodeFrame(a), encodeFrame(a)]);
    const r = readFrames(body);
    expect(r.ok && r.value.length).toBe(2);
    const t = readFrames(body.subarray(0, body.length - 1));
    expect(!t.ok && t.error.code).toBe("TRUNCATED");
  });

  it("frames carry envelopes that decode", () => {
    const env = encodePacket([SAMPLES["push-pull"]], { cluster: "x", compress: true });
    const out = new FrameReader().push(encodeFrame(env));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const p = decodePacket(out.value[0] as Uint8Array, { cluster: "x" });
    expect(p.ok && p.value.messages).toEqual([SAMPLES["push-pull"]]);
  });
});
