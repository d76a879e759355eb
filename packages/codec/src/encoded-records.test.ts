import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cachedMemberRecord, encodePacket, type MemberRecord, type Message, type PushPull } from "./index.js";
import { MESSAGE_ARBITRARIES } from "./testing/arbitraries.js";

const opts = { cluster: "prod" };
const pushPull = MESSAGE_ARBITRARIES["push-pull"] as fc.Arbitrary<PushPull>;

function withMembers(m: PushPull, members: MemberRecord[]): Message {
  return { ...m, members };
}

describe("push-pull encoding with cached member records (cachedMemberRecord: encoded once, reused)", () => {
  it("gives the same bytes as encoding every record afresh, first time and repeated", () => {
    fc.assert(
      fc.property(pushPull, (m) => {
        const fresh = encodePacket(
          [
            withMembers(
              m,
              m.members.map((r) => ({ ...r })),
            ),
          ],
          opts,
        );
        const frozen = m.members.map(cachedMemberRecord);
        expect(encodePacket([withMembers(m, frozen)], opts)).toEqual(fresh);
        expect(encodePacket([withMembers(m, frozen)], opts)).toEqual(fresh);
        // Mixed: some records cached, some not, in any order.
        const mixed = m.members.map((r, i) => (i % 2 === 0 ? (frozen[i] as MemberRecord) : { ...r }));
        expect(encodePacket([withMembers(m, mixed)], opts)).toEqual(fresh);
      }),
      { numRuns: 300 },
    );
  });

  it("makes a frozen copy that equals the record and cannot be changed", () => {
    const r: MemberRecord = {
      node: "a",
      addr: { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 },
      meta: new Uint8Array(0),
      incarnation: 3,
      state: "alive",
      protocolMin: 1,
      protocolMax: 1,
      certificate: new Uint8Array(0),
    };
    const c = cachedMemberRecord(r);
    expect(c).toEqual(r);
    expect(c).not.toBe(r);
    expect(Object.isFrozen(c)).toBe(true);
    expect(Object.keys(c)).toEqual(Object.keys(r));
    expect(() => {
      (c as { incarnation: number }).incarnation = 4;
    }).toThrow(TypeError);
  });
});
