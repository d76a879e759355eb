import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serfConverged, serfTime } from "./aggregate.js";
import { EventHeap } from "./heap.js";
import { Rng } from "./rng.js";
import { percentile, summarize } from "./stats.js";

describe("event heap", () => {
  it("pops events in (time, insertion) order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { maxLength: 300 }), (times) => {
        const h = new EventHeap<{ t: number; seq: number; k: number }>();
        times.forEach((t, k) => {
          h.push({ t, seq: 0, k });
        });
        const out: Array<{ t: number; k: number }> = [];
        for (let e = h.pop(); e; e = h.pop()) out.push({ t: e.t, k: e.k });
        const expected = times.map((t, k) => ({ t, k })).sort((a, b) => a.t - b.t || a.k - b.k);
        expect(out).toEqual(expected);
      }),
    );
  });
});

describe("seeded PRNG", () => {
  it("same seed, same stream; values in range", () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const xs = Array.from({ length: 100 }, () => a.next());
    expect(Array.from({ length: 100 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c.next())).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    const r = new Rng(7);
    for (let i = 0; i < 1000; i++) {
      const k = r.int(10);
      expect(Number.isInteger(k) && k >= 0 && k < 10).toBe(true);
    }
  });
});

describe("statistics", () => {
  it("nearest-rank percentiles", () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(v, 50)).toBe(50);
    expect(percentile(v, 99)).toBe(99);
    expect(percentile(v, 100)).toBe(100);
    const s = summarize([3, 1, 2, Number.NaN]);
    expect(s).toMatchObject({ count: 3, p50: 2, max: 3, min: 1 });
    expect(Number.isNaN(summarize([]).p50)).toBe(true);
  });
});

describe("Serf's epidemic formula", () => {
  it("reproduces the documented 99.9% times (research §2.1)", () => {
    expect(serfTime(1000, 3, 200, 0)).toBeCloseTo(2.0, 5);
    expect(serfTime(1000, 3, 200, 0.25)).toBeCloseTo(2.6, 5);
    expect(serfTime(30, 3, 200, 0)).toBeCloseTo(1.4, 5);
    expect(serfTime(10_000, 3, 200, 0.5)).toBeCloseTo(4.4, 5);
    expect(serfTime(1000, 4, 500, 0)).toBeCloseTo(3.5, 5);
    expect(serfConverged(1000, 3, 0, 0)).toBeLessThan(0.01);
  });
});
