import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ReplayGuard, ReplayWindow } from "./replay.js";

describe("replay window", () => {
  it("SEC-31: accepts fresh counters, rejects duplicates and counters at or below highest - W", () => {
    const w = new ReplayWindow(64);
    expect(w.checkAndAccept(100)).toBe("fresh");
    expect(w.checkAndAccept(100)).toBe("duplicate");
    expect(w.checkAndAccept(99)).toBe("fresh");
    expect(w.checkAndAccept(37)).toBe("fresh"); // 100 - 63: the oldest counter in the window
    expect(w.checkAndAccept(36)).toBe("too-old"); // 100 - 64
    expect(w.checkAndAccept(200)).toBe("fresh");
    expect(w.checkAndAccept(99)).toBe("too-old");
    expect(w.checkAndAccept(137)).toBe("fresh");
    expect(w.checkAndAccept(137)).toBe("duplicate");
  });

  it("SEC-33: check does not record; only accept does", () => {
    const w = new ReplayWindow(32);
    expect(w.check(5)).toBe("fresh");
    expect(w.check(5)).toBe("fresh");
    w.accept(5);
    expect(w.check(5)).toBe("duplicate");
  });

  it("SEC-31: advancing clears the slots of counters that left the window", () => {
    const w = new ReplayWindow(32);
    w.accept(1);
    w.accept(33); // slot of 1 reused by 33
    expect(w.check(33)).toBe("duplicate");
    expect(w.check(2)).toBe("fresh");
    w.accept(1000);
    expect(w.check(999)).toBe("fresh");
  });

  it("SEC-31: property: equals a reference model (set of seen counters)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 200 }), (counters) => {
        const size = 64;
        const w = new ReplayWindow(size);
        const seen = new Set<number>();
        let top = -1;
        for (const c of counters) {
          const expected =
            c > top ? "fresh" : c <= top - size ? "too-old" : seen.has(c) ? "duplicate" : "fresh";
          expect(w.checkAndAccept(c)).toBe(expected);
          if (expected === "fresh") {
            seen.add(c);
            top = Math.max(top, c);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("SEC-31: property: every in-window fresh counter is accepted once, its replay never", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 2 ** 48 - 1 }), { maxLength: 100 }),
        (counters) => {
          const w = new ReplayWindow(4096);
          const accepted: number[] = [];
          for (const c of counters) if (w.checkAndAccept(c) === "fresh") accepted.push(c);
          for (const c of accepted) expect(w.checkAndAccept(c)).not.toBe("fresh");
        },
      ),
    );
  });

  it("rejects window sizes that are not positive multiples of 32", () => {
    expect(() => new ReplayWindow(0)).toThrow(RangeError);
    expect(() => new ReplayWindow(33)).toThrow(RangeError);
  });
});

describe("replay guard", () => {
  it("SEC-35: keeps one window per sender id", () => {
    const g = new ReplayGuard({ windowSize: 32, maxSenders: 4 });
    expect(g.checkAndAccept(1, 10)).toBe("fresh");
    expect(g.checkAndAccept(2, 10)).toBe("fresh");
    expect(g.checkAndAccept(1, 10)).toBe("duplicate");
  });

  it("SEC-34: tracks at most maxSenders, forgetting the least recently heard", () => {
    const g = new ReplayGuard({ windowSize: 32, maxSenders: 3 });
    g.checkAndAccept(1, 1);
    g.checkAndAccept(2, 1);
    g.checkAndAccept(3, 1);
    g.checkAndAccept(1, 2); // 1 is now most recent; 2 is the oldest
    g.checkAndAccept(4, 1);
    expect(g.size).toBe(3);
    expect(g.evicted).toBe(1);
    expect(g.checkAndAccept(1, 2)).toBe("duplicate");
    expect(g.checkAndAccept(3, 1)).toBe("duplicate");
    // 2 was forgotten: its old counter looks fresh again (the documented residual risk).
    expect(g.checkAndAccept(2, 1)).toBe("fresh");
  });

  it("SEC-34: memory stays bounded under many senders", () => {
    const g = new ReplayGuard({ windowSize: 64, maxSenders: 16 });
    for (let s = 0; s < 10_000; s++) g.checkAndAccept(s, s);
    expect(g.size).toBe(16);
  });
});
