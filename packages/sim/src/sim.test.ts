/**
 * The CI scenario set: small clusters (up to 100 nodes) of the real engine
 * (@gossip/core) in the simulator, with assertions on the protocol's
 * documented bounds (spec presets and scaling formulas), never on wall time.
 */
import { describe, expect, it } from "vitest";
import { coreAdapter, modelAdapter } from "./engines.js";
import type { Scenario } from "./scenario.js";
import { type RunResult, Simulation } from "./sim.js";

const LAN = {
  probeIntervalMs: 1000,
  suspicionMult: 4,
  suspicionMaxTimeoutMult: 6,
  gossipIntervalMs: 200,
  retransmitMult: 4,
};
const suspicionMin = (n: number): number =>
  LAN.suspicionMult * Math.max(1, Math.log10(n)) * LAN.probeIntervalMs;
const suspicionMax = (n: number): number => LAN.suspicionMaxTimeoutMult * suspicionMin(n);

function run(s: Scenario, seed = 1): RunResult {
  return new Simulation(s, seed, { adapter: coreAdapter }).run();
}

function strip(r: RunResult): unknown {
  const { wallMs: _w, cpuMs: _c, ...rest } = r;
  return rest;
}

describe("simulator with @gossip/core", () => {
  it("is deterministic: same seed, same result; another seed differs", () => {
    const s: Scenario = {
      nodes: 20,
      durationMs: 40_000,
      network: { loss: 0.05, duplicate: 0.01, reorder: 0.05 },
      actions: [
        { at: 10_000, type: "user-event", node: 2 },
        { at: 15_000, type: "crash", nodes: { random: 1 } },
      ],
    };
    const a = run(s, 5);
    const b = run(s, 5);
    const c = run(s, 6);
    expect(strip(a)).toEqual(strip(b));
    expect(a.events).toBeGreaterThan(1000);
    expect(strip(c)).not.toEqual(strip(a));
  });

  it("gives the same result with and without the shared decode memo and name index, and with or without idle gossip wake-ups", () => {
    const s: Scenario = {
      nodes: 30,
      durationMs: 40_000,
      network: { loss: 0.05, duplicate: 0.01, reorder: 0.05 },
      actions: [
        { at: 8_000, type: "user-event", node: 2 },
        { at: 9_000, type: "set-key", node: 3 },
        { at: 12_000, type: "crash", nodes: [4] },
        { at: 20_000, type: "leave", nodes: [5] },
      ],
    };
    const shared = new Simulation(s, 3, { adapter: coreAdapter }).run();
    const alone = new Simulation(s, 3, { adapter: coreAdapter, decodeMemo: false }).run();
    expect(strip(shared)).toEqual(strip(alone));
    const noIndex = new Simulation(s, 3, { adapter: coreAdapter, nameIndex: false }).run();
    expect(strip(noIndex)).toEqual(strip(shared));
    // Without idle gossip wake-ups only the number of simulator events (engine calls) changes.
    const everyRound = new Simulation(s, 3, { adapter: coreAdapter, skipIdleGossipWakeups: false }).run();
    const { events: fewer, ...lazy } = strip(shared) as { events: number };
    const { events: more, ...eager } = strip(everyRound) as { events: number };
    expect(lazy).toEqual(eager);
    expect(fewer).toBeLessThan(more * 0.9);
  });

  it("join: 100 nodes starting at once all know each other within a few gossip rounds, and stay converged without loss", () => {
    const r = run({ nodes: 100, durationMs: 30_000, measure: { sampleEveryMs: 1000 } });
    expect(r.convergence.firstFullMs).not.toBeNull();
    // Push-pull with the seed plus log-time gossip: well under 10 s of virtual time.
    expect(r.convergence.firstFullMs as number).toBeLessThan(10_000);
    expect(r.convergence.finalFull).toBe(true);
    expect(r.convergence.missingPairsAtEnd).toBe(0);
    expect(r.accuracy.falseSuspicions).toBe(0);
    expect(r.accuracy.falseDeads).toBe(0);
  });

  it("dissemination: an update reaches every node within the retransmit budget, close to Serf's formula", () => {
    const r = run({
      nodes: 100,
      durationMs: 40_000,
      actions: [10_000, 15_000, 20_000].map((at, k) => ({
        at,
        type: "user-event" as const,
        node: k,
        name: `e${k}`,
      })),
    });
    expect(r.dissemination).toHaveLength(3);
    for (const d of r.dissemination) {
      expect(d.coverage).toBe(1);
      // Serf's model gives 1.6 s for 99.9% at n=100; every node retransmits
      // retransmitMult·ceil(log10(n+1)) = 12 times, 200 ms apart: 2.4 s per hop budget.
      expect(d.t999 as number).toBeLessThan(3_200);
      expect(d.t100 as number).toBeLessThan(4_800);
    }
  });

  it("failure detection: first suspicion within a few probe periods, dead everywhere within the suspicion bound", () => {
    const n = 50;
    const r = run({ nodes: n, durationMs: 90_000, actions: [{ at: 20_000, type: "crash", nodes: [17] }] });
    expect(r.failures).toHaveLength(1);
    const f = r.failures[0] as RunResult["failures"][number];
    // SWIM: expected first detection ~1.58 protocol periods at some node; round-robin bounds it.
    expect(f.firstSuspicionMs).not.toBeNull();
    expect(f.firstSuspicionMs as number).toBeLessThan(5 * LAN.probeIntervalMs);
    // Suspicion lasts at most suspicionMaxTimeoutMult x min; then the dead message spreads.
    expect(f.deadEverywhereMs).not.toBeNull();
    expect(f.deadEverywhereMs as number).toBeLessThan(
      (f.firstSuspicionMs as number) + suspicionMax(n) + 5_000,
    );
    expect(f.observerDeadMs).toHaveLength(n - 1);
    // Other nodes were never wrongly suspected.
    expect(r.accuracy.falseSuspicions).toBe(0);
  });

  it("5% loss: dissemination still complete and no live node declared dead", () => {
    const r = run({
      nodes: 50,
      durationMs: 120_000,
      network: { loss: 0.05 },
      actions: [{ at: 20_000, type: "user-event", node: 1, name: "x" }],
    });
    expect(r.dissemination[0]?.coverage).toBe(1);
    expect(r.accuracy.falseDeads).toBe(0);
    expect(r.drops.loss).toBeGreaterThan(0);
    expect(r.convergence.finalFull).toBe(true);
  });

  it("partition: both halves declare each other dead; after the heal every node is back in every view", () => {
    const r = run({
      nodes: 20,
      durationMs: 240_000,
      actions: [{ at: 20_000, type: "partition", fraction: 0.5, until: 60_000 }],
    });
    expect(r.drops.partition).toBeGreaterThan(0);
    expect(r.accuracy.partitionSuspicions).toBeGreaterThan(0);
    expect(r.recovery).toHaveLength(1);
    expect(r.recovery[0]?.reconvergedMs).not.toBeNull();
    expect(r.convergence.missingPairsAtEnd).toBe(0);
  });

  it("graceful leave and restart: the view follows", () => {
    const r = run({
      nodes: 20,
      durationMs: 90_000,
      actions: [
        { at: 15_000, type: "leave", nodes: [3] },
        { at: 20_000, type: "crash", nodes: [4] },
        { at: 60_000, type: "restart", nodes: [4] },
      ],
    });
    expect(r.convergence.finalFull).toBe(true);
    expect(r.failures).toHaveLength(1);
    expect(r.accuracy.falseDeads).toBe(0);
  });
});

describe("Lifeguard in the simulator (@gossip/core)", () => {
  it("FD-25: slow nodes cause far fewer suspicions of healthy nodes with Lifeguard than without", () => {
    const base: Scenario = {
      nodes: 30,
      durationMs: 100_000,
      join: { jitterMs: 1000 },
      network: { loss: 0.01 },
      actions: [
        { at: 10_000, type: "slow", nodes: [3, 7, 11], delay: { kind: "uniform", min: 0, max: 1500 } },
      ],
    };
    const on = run({ ...base, engine: { lifeguard: true } }, 2);
    const off = run({ ...base, engine: { lifeguard: false } }, 2);
    expect(off.accuracy.falseSuspicionsOfHealthy).toBeGreaterThan(0);
    // The Lifeguard paper reports more than 50x fewer false positives; require a clear factor here.
    expect(off.accuracy.falseSuspicionsOfHealthy).toBeGreaterThan(5 * on.accuracy.falseSuspicionsOfHealthy);
    expect(on.accuracy.falseDeads).toBeLessThanOrEqual(off.accuracy.falseDeads);
  });
});

describe("simulator network and node models (stand-in model engine)", () => {
  it("slow nodes make others suspect healthy members; Lifeguard cuts false positives", () => {
    const base: Scenario = {
      nodes: 30,
      durationMs: 120_000,
      network: { loss: 0.01 },
      actions: [
        { at: 10_000, type: "slow", nodes: [3, 7, 11], delay: { kind: "uniform", min: 0, max: 1500 } },
      ],
    };
    const on = new Simulation({ ...base, engine: { lifeguard: true } }, 3, { adapter: modelAdapter }).run();
    const off = new Simulation({ ...base, engine: { lifeguard: false } }, 3, { adapter: modelAdapter }).run();
    expect(off.accuracy.falseSuspicionsRaised).toBeGreaterThan(0);
    expect(off.accuracy.falseSuspicionsRaised).toBeGreaterThan(2 * on.accuracy.falseSuspicionsRaised);
  });

  it("loss drops about the configured fraction of datagrams", () => {
    const r = new Simulation({ nodes: 10, durationMs: 60_000, network: { loss: 0.2 } }, 1, {
      adapter: modelAdapter,
    }).run();
    const sent = r.cost.packetsPerNodePerSec * r.nodeSeconds;
    const frac = r.drops.loss / sent;
    expect(frac).toBeGreaterThan(0.15);
    expect(frac).toBeLessThan(0.25);
  });

  it("a crashed node's inbound streams time out and a restarted node rejoins", () => {
    const r = new Simulation(
      {
        nodes: 10,
        durationMs: 120_000,
        actions: [
          { at: 10_000, type: "crash", nodes: [5] },
          { at: 70_000, type: "restart", nodes: [5] },
        ],
      },
      1,
      { adapter: modelAdapter },
    ).run();
    expect(r.failures[0]?.deadEverywhereMs).not.toBeNull();
    expect(r.convergence.finalFull).toBe(true);
  });
});
