import { encodedSize, type Message } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messageSize, utf8Length } from "./size.js";

const name = fc.string({ unit: "grapheme", maxLength: 40 });
const u32 = fc.integer({ min: 0, max: 0xffffffff });
const bytes = fc.uint8Array({ maxLength: 300 });
const addr = fc.option(
  fc.record({
    ip: fc.oneof(
      fc.uint8Array({ minLength: 4, maxLength: 4 }),
      fc.uint8Array({ minLength: 16, maxLength: 16 }),
    ),
    port: fc.integer({ min: 0, max: 65535 }),
  }),
  { nil: undefined },
);

const membership: fc.Arbitrary<Message> = fc.oneof(
  fc.record({
    type: fc.constant("alive" as const),
    node: name,
    incarnation: u32,
    addr,
    meta: bytes,
    protocolMin: u32,
    protocolMax: u32,
    certificate: bytes,
  }),
  fc.record({ type: fc.constant("suspect" as const), node: name, incarnation: u32, from: name }),
  fc.record({ type: fc.constant("dead" as const), node: name, incarnation: u32, from: name }),
  fc.record({ type: fc.constant("leave" as const), node: name, incarnation: u32 }),
);

describe("message sizes", () => {
  it("DIS-1: computed sizes of membership messages equal the codec's encoded sizes", () => {
    fc.assert(
      fc.property(membership, (m) => messageSize(m) === encodedSize(m)),
      { numRuns: 500 },
    );
  });

  it("utf8Length matches TextEncoder", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 50 }),
        (s) => utf8Length(s) === new TextEncoder().encode(s).length,
      ),
    );
    for (const s of ["\ud800", "a\udc00b", "\ud83d\ude00", "é", "€"])
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
  });

  it("falls back to the codec for other messages", () => {
    const m: Message = { type: "ack", seq: 5, payload: new Uint8Array(3) };
    expect(messageSize(m)).toBe(encodedSize(m));
  });
});
