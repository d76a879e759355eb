import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodedSize, encodePacket, encodePacketEntry, MESSAGE_TYPES, type PacketPart } from "./index.js";
import { alive, SAMPLES } from "./samples.js";

const opts = { cluster: "prod" };
const all = MESSAGE_TYPES.map((t) => SAMPLES[t]);

describe("pre-encoded packet entries", () => {
  it("WIRE-37: an entry is exactly what encodePacket writes for that message, and encodedSize long", () => {
    for (const m of all) {
      const e = encodePacketEntry(m);
      expect(e.length).toBe(encodedSize(m));
      const header = encodePacket([m], opts).length - e.length;
      expect(encodePacket([m], opts).subarray(header)).toEqual(e);
    }
  });

  it("WIRE-37: any mix of messages and their entries encodes to the same bytes", () => {
    const pool = [...all, alive(1), alive(2), alive(300)];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: pool.length - 1 }), fc.boolean()), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.boolean(),
        (picks, compress) => {
          const messages = picks.map(([i]) => pool[i] as (typeof pool)[number]);
          const parts: PacketPart[] = picks.map(([i, pre]) => {
            const m = pool[i] as (typeof pool)[number];
            return pre ? encodePacketEntry(m) : m;
          });
          const o = { ...opts, compress };
          expect(encodePacket(parts, o)).toEqual(encodePacket(messages, o));
        },
      ),
      { numRuns: 200 },
    );
  });
});
