import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PhiAccrualDetector, PhiConfigError, PhiRegistry, phiOf, thresholdY } from "./phi.js";

/** 1 - Phi(y) for the standard normal, by a series good to ~1e-10 for |y| < 8. */
function upperTail(y: number): number {
  // Abramowitz-Stegun 26.2.17 is too coarse for the tail; integrate instead (Simpson, fine grid).
  const f = (x: number) => Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
  const hi = 40;
  const n = 20000;
  const h = (hi - y) / n;
  let s = f(y) + f(hi);
  for (let i = 1; i < n; i++) s += f(y + i * h) * (i % 2 === 1 ? 4 : 2);
  return (s * h) / 3;
}

describe("phi-accrual detector", () => {
  it("PHI-10: phi is 0 before the first heartbeat", () => {
    const d = new PhiAccrualDetector();
    expect(d.phi(1_000_000)).toBe(0);
    expect(d.isAvailable(1_000_000)).toBe(true);
    expect(d.suspectAt()).toBe(Number.POSITIVE_INFINITY);
  });

  it("PHI-2: the first heartbeat seeds the window with estimate ± estimate/4", () => {
    const d = new PhiAccrualDetector({ firstHeartbeatEstimateMs: 2000 });
    d.heartbeat(10);
    expect(d.sampleCount()).toBe(2);
    expect(d.mean()).toBe(2000);
    expect(d.stdDeviation()).toBe(500);
  });

  it("PHI-11: phi follows -log10(1 - F) with the logistic approximation of the normal CDF", () => {
    // At the mean, F = 1/2.
    expect(phiOf(1000, 1000, 100)).toBeCloseTo(-Math.log10(0.5), 10);
    for (const y of [0.5, 1, 2]) {
      const exact = -Math.log10(upperTail(y));
      expect(Math.abs(phiOf(1000 + y * 100, 1000, 100) - exact)).toBeLessThan(0.01);
    }
    // In the tail the approximation errs high (suspects slightly earlier than the exact CDF would).
    for (const y of [3, 4]) {
      const exact = -Math.log10(upperTail(y));
      const approx = phiOf(1000 + y * 100, 1000, 100);
      expect(approx).toBeGreaterThanOrEqual(exact);
      expect(approx - exact).toBeLessThan(0.3);
    }
    // The mean includes the acceptable pause; the deviation is floored.
    const d = new PhiAccrualDetector({
      acceptablePauseMs: 300,
      minStdDeviationMs: 200,
      firstHeartbeatEstimateMs: 400,
    });
    d.heartbeat(0);
    expect(d.phi(700)).toBeCloseTo(phiOf(700, 400 + 300, 200), 12);
  });

  it("PHI-1 PHI-3: intervals enter a sliding window of maxSampleSize; out-of-order arrivals are ignored", () => {
    const d = new PhiAccrualDetector({ maxSampleSize: 5, firstHeartbeatEstimateMs: 1000 });
    let t = 0;
    d.heartbeat(t);
    for (let i = 0; i < 10; i++) {
      t += 200;
      d.heartbeat(t);
    }
    expect(d.sampleCount()).toBe(5);
    expect(d.mean()).toBe(200);
    expect(d.stdDeviation()).toBe(0);
    d.heartbeat(t - 50);
    expect(d.lastHeartbeat()).toBe(t);
  });

  it("PHI-4: the first arrival after phi crossed the threshold does not enter the window", () => {
    const d = new PhiAccrualDetector({
      maxSampleSize: 10,
      firstHeartbeatEstimateMs: 100,
      minStdDeviationMs: 10,
      acceptablePauseMs: 0,
    });
    d.heartbeat(0);
    d.heartbeat(100);
    const before = d.mean();
    expect(d.isAvailable(100_100)).toBe(false);
    d.heartbeat(100_100);
    expect(d.mean()).toBe(before);
    expect(d.lastHeartbeat()).toBe(100_100);
    expect(d.isAvailable(100_150)).toBe(true);
  });

  it("PHI-21: suspectAt is where phi reaches the threshold", () => {
    const d = new PhiAccrualDetector({ threshold: 8, firstHeartbeatEstimateMs: 1000 });
    d.heartbeat(0);
    d.heartbeat(900);
    d.heartbeat(2000);
    const at = d.suspectAt();
    expect(d.phi(at)).toBeGreaterThanOrEqual(8 - 1e-6);
    expect(d.phi(at - 1)).toBeLessThan(8);
    expect(phiOf(thresholdY(3), 0, 1)).toBeCloseTo(3, 6);
  });

  it("PHI-11: phi never decreases while nothing arrives", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 50 }),
        fc.array(fc.integer({ min: 0, max: 60_000 }), { minLength: 2, maxLength: 20 }),
        (gaps, probes) => {
          const d = new PhiAccrualDetector();
          let t = 0;
          d.heartbeat(t);
          for (const g of gaps) {
            t += g;
            d.heartbeat(t);
          }
          const times = probes.map((p) => t + p).sort((a, b) => a - b);
          let prev = -1;
          for (const x of times) {
            const p = d.phi(x);
            expect(p).toBeGreaterThanOrEqual(prev);
            prev = p;
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("PHI-20: under ±25% jitter phi stays below the threshold at every arrival, and crosses it soon after arrivals stop", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 750, max: 1250 }), { minLength: 5, maxLength: 300 }), (gaps) => {
        const d = new PhiAccrualDetector({
          firstHeartbeatEstimateMs: 1000,
          minStdDeviationMs: 100,
          acceptablePauseMs: 0,
        });
        let t = 0;
        d.heartbeat(t);
        for (const g of gaps) {
          t += g;
          expect(d.phi(t)).toBeLessThan(8);
          d.heartbeat(t);
        }
        // Crashed: suspected within a few intervals.
        expect(d.suspectAt() - t).toBeLessThan(5000);
        expect(d.isAvailable(t + 5000)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("PHI-30: the registry keeps one detector per member, seeded per member, and lists suspects", () => {
    const r = new PhiRegistry({ minStdDeviationMs: 50, acceptablePauseMs: 0 });
    r.heartbeat("a", 0, 1000);
    r.heartbeat("b", 0, 200);
    expect(r.get("b")?.mean()).toBe(200);
    expect(r.suspects(1000)).toEqual(["b"]);
    expect(r.nextSuspectAt()).toBe(r.get("b")?.suspectAt());
    r.heartbeat("b", 1000);
    expect(r.suspects(1000)).toEqual([]);
    r.remove("a");
    expect(r.size()).toBe(1);
    expect(r.phi("a", 5)).toBe(0);
    expect(() => new PhiRegistry({ threshold: 0 })).toThrow(PhiConfigError);
    expect(() => new PhiRegistry({ maxSampleSize: 0 })).toThrow(PhiConfigError);
  });

  it("PHI-5: same arrivals, same phi, bit for bit", () => {
    const run = () => {
      const d = new PhiAccrualDetector();
      const out: number[] = [];
      let t = 0;
      for (let i = 0; i < 200; i++) {
        t += 800 + ((i * 7919) % 400);
        d.heartbeat(t);
        out.push(d.phi(t + 1500));
      }
      return out;
    };
    expect(run()).toEqual(run());
  });
});

describe("phi-accrual decisions at the crossing time", () => {
  it("PHI-20 PHI-21: woken at suspectAt(), the member is always seen as suspected", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 0, maxLength: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (gaps, thr) => {
          const r = new PhiRegistry({ threshold: thr });
          let t = 0;
          r.heartbeat("m", t);
          for (const g of gaps) {
            t += g;
            r.heartbeat("m", t);
          }
          const at = r.nextSuspectAt();
          expect(r.suspects(at)).toEqual(["m"]);
          expect(r.nextSuspectAt(new Set(["m"]))).toBe(Number.POSITIVE_INFINITY);
        },
      ),
      { numRuns: 300 },
    );
  });
});
