import { encodedSize, type KvDelta, type KvDigest } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kvDeltaMessageSize, kvDigestMessageSize, utf8Length, varintSize } from "./size.js";

const version = fc.oneof(fc.nat(200), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const entry = fc.record({
  key: fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }),
  value: fc.uint8Array({ maxLength: 300 }),
  version,
  tombstone: fc.boolean(),
});
const nodeDelta = fc.record({
  node: fc.string({ maxLength: 30, unit: "grapheme" }),
  fromVersion: version,
  reset: fc.boolean(),
  gcVersion: version,
  maxVersion: version,
  entries: fc.array(entry, { maxLength: 8 }),
});

describe("size accounting (KV-40)", () => {
  it("utf8Length and varintSize agree with the encoders", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme" }),
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        (s, n) => {
          expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
          let bytes = 1;
          for (let v = BigInt(n); v >= 128n; v >>= 7n) bytes++;
          expect(varintSize(n)).toBe(bytes);
        },
      ),
    );
  });

  it("KV-40: the KvDelta and KvDigest bounds never underestimate the codec's encoded size, and are tight when all fields are set", () => {
    fc.assert(
      fc.property(fc.array(nodeDelta, { maxLength: 6 }), (nodes) => {
        const m: KvDelta = { type: "kv-delta", nodes };
        const est = kvDeltaMessageSize(nodes);
        const real = encodedSize(m);
        expect(est).toBeGreaterThanOrEqual(real);
        const digest: KvDigest = {
          type: "kv-digest",
          nodes: nodes.map((n) => ({ node: n.node, maxVersion: n.maxVersion, gcVersion: n.gcVersion })),
          reply: true,
        };
        expect(kvDigestMessageSize(digest.nodes)).toBeGreaterThanOrEqual(encodedSize(digest));
      }),
      { numRuns: 300 },
    );
    const full = [
      {
        node: "n1",
        fromVersion: 3,
        reset: true,
        gcVersion: 2,
        maxVersion: 9,
        entries: [{ key: "k", value: new Uint8Array([1]), version: 4, tombstone: true }],
      },
    ];
    expect(kvDeltaMessageSize(full)).toBe(encodedSize({ type: "kv-delta", nodes: full }));
  });
});
