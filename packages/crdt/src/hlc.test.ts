import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareTimestamps, Hlc, type Timestamp } from "./hlc.js";

describe("hybrid logical clock", () => {
  it("CRDT-21: now() is strictly increasing whatever the physical clock does", () => {
    fc.assert(
      fc.property(fc.array(fc.nat(10_000), { minLength: 1, maxLength: 50 }), (times) => {
        const c = new Hlc("a");
        let prev: Timestamp | undefined;
        for (const t of times) {
          const ts = c.now(t);
          expect(ts.wall).toBeGreaterThanOrEqual(t);
          if (prev) expect(compareTimestamps(ts, prev)).toBeGreaterThan(0);
          prev = ts;
        }
      }),
    );
  });

  it("CRDT-22: after observing a timestamp, the next local one is greater", () => {
    fc.assert(
      fc.property(
        fc.nat(10_000),
        fc.nat(10_000),
        fc.nat(5),
        fc.constantFrom("a", "b", "c"),
        (local, remote, logical, node) => {
          const c = new Hlc("b");
          c.now(local);
          const seen: Timestamp = { wall: remote, logical, node };
          if (c.observe(seen, local)) {
            expect(compareTimestamps(c.now(local), seen)).toBeGreaterThan(0);
          } else {
            expect(remote).toBeGreaterThan(local + c.maxDriftMs);
          }
        },
      ),
    );
  });

  it("CRDT-25: a timestamp too far ahead is not adopted", () => {
    const c = new Hlc("a", { maxDriftMs: 1000 });
    c.now(5000);
    expect(c.observe({ wall: 7000, logical: 0, node: "z" }, 5000)).toBe(false);
    expect(c.now(5000).wall).toBe(5000);
    expect(c.observe({ wall: 5900, logical: 3, node: "z" }, 5000)).toBe(true);
    expect(c.now(5000)).toEqual({ wall: 5900, logical: 5, node: "a" });
  });

  it("CRDT-23: logical overflow carries into the physical component", () => {
    const c = new Hlc("a");
    c.observe({ wall: 10, logical: 0xffff_fffe, node: "b" }, 10);
    expect(c.peek()).toEqual({ wall: 10, logical: 0xffff_ffff, node: "a" });
    expect(c.now(10)).toEqual({ wall: 11, logical: 0, node: "a" });
  });

  it("CRDT-20: order is wall, then logical, then node by code point", () => {
    expect(
      compareTimestamps({ wall: 1, logical: 9, node: "z" }, { wall: 2, logical: 0, node: "a" }),
    ).toBeLessThan(0);
    expect(
      compareTimestamps({ wall: 2, logical: 1, node: "a" }, { wall: 2, logical: 0, node: "z" }),
    ).toBeGreaterThan(0);
    expect(
      compareTimestamps({ wall: 2, logical: 0, node: "\ue000" }, { wall: 2, logical: 0, node: "😀" }),
    ).toBeLessThan(0);
  });

  it("rejects a physical time that is not a non-negative number", () => {
    expect(() => new Hlc("a").now(Number.NaN)).toThrowError(
      expect.objectContaining({ code: "CRDT_INVALID_ARGUMENT" }),
    );
  });
});
