import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CODEC_ERROR_CODES,
  decodeMessage,
  decodePacket,
  encodedSize,
  encodeMessage,
  encodePacket,
  envelopeOverhead,
  MESSAGE_TYPES,
  type Message,
  validateMessage,
} from "./index.js";
import { anyMessage, clusterName, MESSAGE_ARBITRARIES } from "./testing/arbitraries.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const RUNS = { numRuns: 150 };

describe("round trips for every message type", () => {
  for (const t of MESSAGE_TYPES) {
    const arb = MESSAGE_ARBITRARIES[t] as fc.Arbitrary<Message>;
    it(`WIRE-30: ${t}: object -> bytes -> object`, () => {
      fc.assert(
        fc.property(arb, clusterName, (m, cluster) => {
          const r = decodePacket(encodePacket([m], { cluster }), { cluster });
          if (!r.ok) throw r.error;
          expect(r.value.messages).toEqual([m]);
        }),
        RUNS,
      );
    });
    it(`WIRE-37: ${t}: canonical bytes -> object -> the same bytes`, () => {
      fc.assert(
        fc.property(arb, (m) => {
          const bytes = encodeMessage(m);
          const back = decodeMessage(bytes);
          if (!back.ok) throw back.error;
          expect(hex(encodeMessage(back.value))).toBe(hex(bytes));
          expect(encodedSize(m)).toBe(
            bytes.length + 1 + (bytes.length < 128 ? 1 : bytes.length < 16384 ? 2 : 3),
          );
        }),
        RUNS,
      );
    });
  }

  it("WIRE-30: compound packets keep every message, in order, compressed or not", () => {
    fc.assert(
      fc.property(fc.array(anyMessage, { minLength: 1, maxLength: 12 }), fc.boolean(), (ms, compress) => {
        const bytes = encodePacket(ms, { cluster: "c", compress });
        const r = decodePacket(bytes, { cluster: "c" });
        if (!r.ok) throw r.error;
        expect(r.value.messages).toEqual(ms);
        if (!r.value.compressed) {
          expect(bytes.length).toBe(
            envelopeOverhead("c", false) + ms.reduce((n, m) => n + encodedSize(m), 0),
          );
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("hostile input never throws", () => {
  const codes = new Set<string>(CODEC_ERROR_CODES);

  it("WIRE-90: random bytes give a result, and every error has a stable code", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.boolean(), (raw, withHeader) => {
        const bytes = withHeader ? Uint8Array.from([0x67, 0x73, 1, 0, 1, 0x63, ...raw]) : raw;
        const r = decodePacket(bytes, { cluster: "c" });
        if (!r.ok) expect(codes.has(r.error.code)).toBe(true);
        else for (const m of r.value.messages) expect(validateMessage(m).ok).toBe(true);
        const s = decodeMessage(raw);
        if (!s.ok) expect(codes.has(s.error.code)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("WIRE-90: mutated valid packets give a result; accepted ones re-encode", () => {
    const mutation = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom("flip", "set", "truncate", "insert", "delete"),
      value: fc.integer({ min: 0, max: 255 }),
    });
    fc.assert(
      fc.property(
        fc.array(anyMessage, { minLength: 1, maxLength: 4 }),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (ms, muts, compress) => {
          let b = Array.from(encodePacket(ms, { cluster: "c", compress }));
          for (const { at, kind, value } of muts) {
            const i = at % Math.max(1, b.length);
            if (kind === "flip") b[i] = (b[i] ?? 0) ^ (1 << (value % 8));
            else if (kind === "set") b[i] = value;
            else if (kind === "truncate") b = b.slice(0, i);
            else if (kind === "insert") b.splice(i, 0, value);
            else b.splice(i, 1);
          }
          const r = decodePacket(Uint8Array.from(b), { cluster: "c" });
          if (!r.ok) {
            expect(codes.has(r.error.code)).toBe(true);
            return;
          }
          for (const m of r.value.messages) {
            expect(validateMessage(m).ok).toBe(true);
            const again = decodeMessage(encodeMessage(m));
            expect(again.ok && again.value).toEqual(m);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("hand-written encoders agree with the generated ones", () => {
  it("WIRE-37: kv-digest and kv-delta bytes equal protobufjs' generated encoding", async () => {
    const { gossip } = await import("./gen/wire.js");
    fc.assert(
      fc.property(MESSAGE_ARBITRARIES["kv-digest"], MESSAGE_ARBITRARIES["kv-delta"], (dg, dl) => {
        const g1 = gossip.v1.Message.encode({ kvDigest: dg as never }).finish();
        const g2 = gossip.v1.Message.encode({ kvDelta: dl as never }).finish();
        expect(hex(encodeMessage(dg))).toBe(hex(g1));
        expect(hex(encodeMessage(dl))).toBe(hex(g2));
      }),
      { numRuns: 200 },
    );
  });
});
