import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DecodeMemo,
  decodePacket,
  encodeMessage,
  encodePacket,
  encodePacketEntry,
  envelopeOverhead,
  type MemberRecord,
  type Message,
  type PushPull,
} from "./index.js";
import { alive, SAMPLES } from "./samples.js";
import { anyMessage, MESSAGE_ARBITRARIES } from "./testing/arbitraries.js";

const opts = { cluster: "prod" };

function decodeBoth(bytes: Uint8Array, memo: DecodeMemo) {
  return [decodePacket(bytes, opts), decodePacket(bytes, { ...opts, memo })] as const;
}

describe("DecodeMemo", () => {
  it("never changes what a packet decodes to, first time or repeated", () => {
    const memo = new DecodeMemo(64);
    fc.assert(
      fc.property(fc.array(anyMessage, { minLength: 1, maxLength: 6 }), fc.boolean(), (ms, compress) => {
        const bytes = encodePacket(ms, { ...opts, compress });
        for (let round = 0; round < 2; round++) {
          const [plain, memoized] = decodeBoth(bytes, memo);
          expect(memoized).toEqual(plain);
        }
      }),
      { numRuns: 300 },
    );
    expect(memo.stats().hits).toBeGreaterThan(0);
  });

  it("shares one frozen message among decodes of the same entry, also inside other packets", () => {
    const memo = new DecodeMemo();
    const a = alive(7);
    const first = decodePacket(encodePacket([SAMPLES.ping, a], opts), { ...opts, memo });
    const second = decodePacket(encodePacket([a, SAMPLES.ack], opts), { ...opts, memo });
    if (!first.ok || !second.ok) throw new Error("decode failed");
    const x = first.value.messages[1] as Message;
    expect(second.value.messages[0]).toBe(x);
    expect(Object.isFrozen(x)).toBe(true);
    expect(() => {
      (x as { incarnation: number }).incarnation = 9;
    }).toThrow(TypeError);
    // Pings and acks carry a fresh seq every time: they are never kept.
    expect(first.value.messages[0]).not.toBe(
      decodePacket(encodePacket([SAMPLES.ping], opts), { ...opts, memo }),
    );
    expect(memo.stats()).toMatchObject({ hits: 1, misses: 1, entries: 1 });
  });

  it("hands out a kept message's packet entry: the bytes it was decoded from, equal to encoding it", () => {
    const memo = new DecodeMemo(64);
    fc.assert(
      fc.property(anyMessage, (m) => {
        const r = decodePacket(encodePacket([m], opts), { ...opts, memo });
        if (!r.ok) throw new Error("decode failed");
        const decoded = r.value.messages[0] as Message;
        const entry = memo.entryOf(decoded);
        if (Object.isFrozen(decoded)) {
          // Kept: this encoder wrote it, so its bytes are canonical.
          expect(entry).toEqual(encodePacketEntry(decoded));
        } else expect(entry).toBeUndefined();
      }),
      { numRuns: 300 },
    );
    expect(memo.entryOf(alive(1))).toBeUndefined(); // not one of its messages
  });

  it("hands out no entry for a message another encoder wrote differently (an unknown field)", () => {
    const memo = new DecodeMemo();
    const body = encodeMessage(alive(4));
    // Field 100, varint 1, after the body: readers skip it; a relay must not forward it.
    const withUnknown = Uint8Array.of(...body, 0xa0, 0x06, 0x01);
    const entry = Uint8Array.of(10, withUnknown.length, ...withUnknown);
    const r = decodePacket(encodePacket([entry], opts), { ...opts, memo });
    if (!r.ok) throw new Error("decode failed");
    const decoded = r.value.messages[0] as Message;
    expect(decoded).toEqual(alive(4));
    expect(Object.isFrozen(decoded)).toBe(true); // kept all the same
    expect(memo.entryOf(decoded)).toBeUndefined();
    // The canonical encoding of the same message is another entry, with its encoding.
    const c = decodePacket(encodePacket([alive(4)], opts), { ...opts, memo });
    if (!c.ok) throw new Error("decode failed");
    expect(c.value.messages[0]).not.toBe(decoded);
    expect(memo.entryOf(c.value.messages[0] as Message)).toEqual(encodePacketEntry(alive(4)));
  });

  it("hands out no entry for a message whose fields came in another order (same length, other bytes)", () => {
    const memo = new DecodeMemo();
    const body = encodeMessage(alive(4)); // [field 5, length, Alive fields...]; every field here is short
    const fields: Uint8Array[] = [];
    for (let i = 2; i < body.length; ) {
      const wireType = (body[i] as number) & 7;
      const size = wireType === 2 ? 2 + (body[i + 1] as number) : 2; // varints here are one byte
      fields.push(body.subarray(i, i + size));
      i += size;
    }
    expect(fields.length).toBeGreaterThan(2);
    const reordered = Uint8Array.of(
      body[0] as number,
      body[1] as number,
      ...fields.reverse().flatMap((f) => [...f]),
    );
    expect(reordered.length).toBe(body.length);
    const entry = Uint8Array.of(10, reordered.length, ...reordered);
    const r = decodePacket(encodePacket([entry], opts), { ...opts, memo });
    if (!r.ok) throw new Error("decode failed");
    expect(r.value.messages[0]).toEqual(alive(4));
    expect(memo.entryOf(r.value.messages[0] as Message)).toBeUndefined();
  });

  it("forgets entries when it empties itself", () => {
    const memo = new DecodeMemo(1);
    const first = decodePacket(encodePacket([alive(1)], opts), { ...opts, memo });
    if (!first.ok) throw new Error("decode failed");
    const m = first.value.messages[0] as Message;
    expect(memo.entryOf(m)).toBeDefined();
    decodePacket(encodePacket([alive(2)], opts), { ...opts, memo });
    expect(memo.entryOf(m)).toBeUndefined();
  });

  it("adopts a built message: frozen, its entry handed out, kept once, forgotten when it empties itself", () => {
    const memo = new DecodeMemo(2);
    const built = { ...alive(7) };
    const entry = encodePacketEntry(built);
    memo.adopt(built, entry);
    expect([Object.isFrozen(built), memo.entryOf(built)]).toEqual([true, entry]);
    memo.adopt(built, new Uint8Array(1)); // already kept: the first entry stays
    expect(memo.entryOf(built)).toBe(entry);
    expect(memo.entryOf({ ...alive(7) })).toBeUndefined(); // an equal message is another message
    memo.adopt({ ...alive(8) }, encodePacketEntry(alive(8)));
    memo.adopt({ ...alive(9) }, encodePacketEntry(alive(9))); // over capacity: emptied first
    expect(memo.entryOf(built)).toBeUndefined();
  });

  it("keeps nothing from a packet that is rejected", () => {
    const memo = new DecodeMemo();
    const bad = { ...alive(1), node: "" }; // WIRE-40: an empty node name is invalid
    const bytes = encodePacket([alive(2), bad as Message], opts);
    const r = decodePacket(bytes, { ...opts, memo });
    expect(r.ok).toBe(false);
    expect(memo.stats().entries).toBe(0);
    // The valid entry alone still decodes, and is kept then.
    expect(decodePacket(encodePacket([alive(2)], opts), { ...opts, memo }).ok).toBe(true);
    expect(memo.stats().entries).toBe(1);
  });

  it("is not used with limits other than the defaults (its entries were checked against those)", () => {
    const memo = new DecodeMemo();
    const bytes = encodePacket([alive(3)], opts);
    decodePacket(bytes, { ...opts, memo, limits: { maxNameBytes: 2 } });
    expect(memo.stats()).toMatchObject({ hits: 0, misses: 0, entries: 0 });
  });

  it("empties itself at capacity and keeps working", () => {
    const memo = new DecodeMemo(4);
    for (let i = 0; i < 10; i++) decodePacket(encodePacket([alive(i)], opts), { ...opts, memo });
    expect(memo.stats().resets).toBe(2);
    expect(memo.stats().entries).toBe(2);
    const again = decodePacket(encodePacket([alive(9)], opts), { ...opts, memo });
    expect(again.ok && again.value.messages[0]).toMatchObject({ node: alive(9).node });
    expect(memo.stats().hits).toBe(1);
  });

  it("tells apart entries that differ only past the bytes it hashes", () => {
    const memo = new DecodeMemo();
    const long = { ...alive(1), node: "a-member-name-longer-than-the-hashed-prefix" };
    const a = { ...long, meta: Uint8Array.of(1) };
    const b = { ...long, meta: Uint8Array.of(2) };
    for (const m of [a, b, a, b]) {
      const r = decodePacket(encodePacket([m], opts), { ...opts, memo });
      expect(r.ok && r.value.messages[0]).toMatchObject({ meta: m.meta });
    }
    expect(memo.stats()).toMatchObject({ hits: 2, misses: 2, entries: 2 });
  });

  it("shares push-pull member records among push-pulls, frozen, and decodes them as without a memo", () => {
    const memo = new DecodeMemo();
    const pp = SAMPLES["push-pull"] as PushPull;
    const [a, b] = pp.members as [MemberRecord, MemberRecord];
    const c: MemberRecord = { ...b, node: "c", incarnation: 9 };
    const first = decodePacket(encodePacket([pp], opts), { ...opts, memo });
    const other: PushPull = { ...pp, join: false, reply: true, members: [c, a] };
    const otherBytes = encodePacket([other], opts);
    const second = decodePacket(otherBytes, { ...opts, memo });
    if (!first.ok || !second.ok) throw new Error("decode failed");
    expect(second).toEqual(decodePacket(otherBytes, opts));
    const firstA = (first.value.messages[0] as PushPull).members[0];
    const secondA = (second.value.messages[0] as PushPull).members[1];
    // The first decode kept a private copy; the second one is that copy, frozen.
    expect(secondA).toEqual(firstA);
    expect(Object.isFrozen(secondA)).toBe(true);
    expect(Object.isFrozen(secondA?.addr)).toBe(true);
    const third = decodePacket(otherBytes, { ...opts, memo });
    expect(third.ok && (third.value.messages[0] as PushPull).members[1]).toBe(secondA);
    expect(memo.stats()).toMatchObject({ recordHits: 3, recordMisses: 3, entries: 3 });
  });

  it("keeps no member record from a push-pull that is rejected", () => {
    const memo = new DecodeMemo();
    const pp = SAMPLES["push-pull"] as PushPull;
    const bad = { ...pp, members: [...pp.members, { ...(pp.members[0] as MemberRecord), node: "" }] };
    expect(decodePacket(encodePacket([bad as Message], opts), { ...opts, memo }).ok).toBe(false);
    expect(memo.stats().entries).toBe(0);
  });

  it("decodes damaged push-pulls exactly as without a memo (same messages, same errors)", () => {
    const memo = new DecodeMemo(256);
    const pushPull = MESSAGE_ARBITRARIES["push-pull"] as fc.Arbitrary<Message>;
    fc.assert(
      fc.property(
        fc.array(pushPull, { minLength: 1, maxLength: 2 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 3 }),
        (ms, damage) => {
          const bytes = encodePacket(ms, opts).slice();
          // Damage only the body (after the plaintext header), so that every case reaches the decoder.
          const header = envelopeOverhead(opts.cluster, false);
          for (const [at, v] of damage) bytes[header + (at % (bytes.length - header))] = v;
          for (let round = 0; round < 2; round++) {
            const [plain, memoized] = decodeBoth(bytes, memo);
            expect(memoized).toEqual(plain);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(memo.stats().recordHits).toBeGreaterThan(0);
  });

  it("rejects a capacity that is not a positive integer", () => {
    expect(() => new DecodeMemo(0)).toThrow(RangeError);
    expect(() => new DecodeMemo(1.5)).toThrow(RangeError);
  });
});
