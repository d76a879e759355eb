/**
 * The standard experiment suite behind the HTML report: cluster sizes, loss
 * levels, parameter sweeps, presets, Lifeguard on/off and detectors, slow
 * nodes, partitions and churn. `quick` shrinks everything for development.
 */
import { type Aggregate, aggregate, serfConverged, serfTime } from "./aggregate.js";
import { adapterFor, coreHasOption, type EngineAdapter } from "./engines.js";
import type { Action, EngineSpec, LatencySpec, NetworkSpec, Scenario } from "./scenario.js";
import { type RunResult, Simulation } from "./sim.js";

export interface SuiteOptions {
  readonly quick?: boolean;
  /** Include the 10,000-node size point (slow). */
  readonly huge?: boolean;
  readonly engine?: "core" | "model";
  /** Only these experiment ids (default: all). */
  readonly only?: readonly string[];
  readonly seed?: number;
  /** Only variants whose label contains one of these strings. */
  readonly variants?: readonly string[];
  readonly onProgress?: (label: string, done: number, total: number) => void;
  /** Called after every finished row with the suite so far (for incremental saving). */
  readonly onRow?: (partial: SuiteResult) => void;
}

export interface Row {
  readonly experiment: string;
  readonly variant: string;
  readonly params: Readonly<Record<string, number | string | boolean>>;
  readonly agg: Aggregate;
  /** Fraction of live nodes that had a broadcast, by ms since it was sent (pooled over messages and runs). */
  readonly dissemCdf?: Array<[number, number]>;
  /** Join: fraction of (observer, member) pairs known, over time (first run). */
  readonly timeline?: Array<[number, number]>;
}

export interface SuiteResult {
  readonly engine: string;
  readonly quick: boolean;
  readonly startedAt: string;
  readonly wallMs: number;
  readonly rows: Row[];
  readonly notes: string[];
  readonly serf: Array<{ nodes: number; loss: number; seconds: number }>;
}

export interface ExperimentDef {
  readonly id: string;
  readonly title: string;
  readonly variants: Array<{
    variant: string;
    params: Record<string, number | string | boolean>;
    scenario: Scenario;
  }>;
}

const LAN_LAT: LatencySpec = { kind: "lognormal", median: 0.5, sigma: 0.5, min: 0.1 };
const WAN_LAT: LatencySpec = { kind: "lognormal", median: 40, sigma: 0.4, min: 10 };

function events(from: number, every: number, count: number): Action[] {
  const out: Action[] = [];
  for (let k = 0; k < count; k++)
    out.push({ at: from + k * every, type: "user-event", node: (k * 7) % 2, name: `ev${k}` });
  return out;
}

interface Base {
  nodes: number;
  durationMs: number;
  runs: number;
  engine?: EngineSpec;
  network?: NetworkSpec;
  actions?: Action[];
  costFromMs?: number;
  cpu?: boolean;
  sample?: number;
  churn?: Scenario["churn"];
}

function sc(name: string, b: Base, impl: "core" | "model" | undefined, seed: number): Scenario {
  return {
    name,
    nodes: b.nodes,
    durationMs: b.durationMs,
    runs: b.runs,
    seed,
    engine: { impl, preset: "lan", ...(b.engine ?? {}) },
    network: { latency: LAN_LAT, ...(b.network ?? {}) },
    join: { jitterMs: 1000, rejoinIntervalMs: 30_000 },
    actions: b.actions ?? [],
    ...(b.churn ? { churn: b.churn } : {}),
    measure: { cpu: b.cpu ?? false, costFromMs: b.costFromMs ?? 0, sampleEveryMs: b.sample ?? 0 },
  };
}

/** The standard suite's experiment definitions. */
export function standardSuite(o: SuiteOptions = {}): ExperimentDef[] {
  const q = o.quick ?? false;
  const impl = o.engine;
  const seed = o.seed ?? 1;
  const defs: ExperimentDef[] = [];
  const sweepN = q ? 20 : 50;
  const sweepRuns = 1;

  // 1. Cluster sizes: join, one event, one crash, cost after the join.
  const sizes = q ? [1, 2, 5, 10, 50, 100] : [1, 2, 5, 10, 50, 100, 500, 1000, ...(o.huge ? [10_000] : [])];
  defs.push({
    id: "sizes",
    title: "Cluster size (LAN preset, no loss)",
    variants: sizes.map((n) => {
      const dur = n >= 5000 ? 100_000 : q ? 60_000 : n >= 500 ? 130_000 : 150_000;
      return {
        variant: `n=${n}`,
        params: { nodes: n },
        scenario: sc(
          `sizes n=${n}`,
          {
            nodes: n,
            durationMs: dur,
            runs: n >= 500 ? 1 : q ? 1 : 3,
            actions: [
              ...events(20_000, 5000, 3),
              ...(n > 1 ? [{ at: 40_000, type: "crash" as const, nodes: [n - 1] }] : []),
            ],
            costFromMs: 20_000,
            cpu: true,
            sample: n >= 5000 ? 2000 : 250,
          },
          impl,
          seed,
        ),
      };
    }),
  });

  // 2. Dissemination against Serf's epidemic model, and loss.
  const dN = q ? [50] : [100, 1000];
  const lossesFor = (n: number): number[] => (n >= 1000 ? [0, 0.05, 0.25] : [0, 0.01, 0.05, 0.25]);
  defs.push({
    id: "loss",
    title: "Packet loss: dissemination, detection, false positives",
    variants: dN.flatMap((n) =>
      lossesFor(n).map((loss) => ({
        variant: `n=${n} loss=${loss * 100}%`,
        params: { nodes: n, loss },
        scenario: sc(
          `loss n=${n} ${loss}`,
          {
            nodes: n,
            durationMs: q ? 60_000 : n >= 1000 ? 120_000 : 240_000,
            runs: q ? 1 : n >= 1000 ? 1 : 2,
            network: { loss },
            actions: [
              ...events(q ? 15_000 : 30_000, 5_000, q ? 4 : 8),
              { at: q ? 22_500 : 37_500, type: "crash", nodes: { random: 1 } },
            ],
            costFromMs: q ? 15_000 : 30_000,
          },
          impl,
          seed,
        ),
      })),
    ),
  });

  // 3. Parameter sweeps at fixed size, 1% loss.
  const sweeps: Array<[string, string, number[]]> = [
    ["gossipIntervalMs", "gossip interval (ms)", [50, 100, 200, 500, 1000]],
    ["gossipNodes", "fanout", [1, 2, 3, 4, 6]],
    ["retransmitMult", "retransmit multiplier", [1, 2, 3, 4, 6]],
    ["probeIntervalMs", "probe interval (ms)", [250, 500, 1000, 2000, 5000]],
    ["suspicionMult", "suspicion multiplier", [2, 3, 4, 6, 8]],
  ];
  for (const [key, label, values] of sweeps) {
    defs.push({
      id: `sweep-${key}`,
      title: `Sweep: ${label} (n=${sweepN}, 1% loss)`,
      variants: values.map((v) => {
        const overrides: Record<string, number> = { [key]: v };
        // Keep the probe timeout below the probe interval.
        if (key === "probeIntervalMs") overrides.probeTimeoutMs = Math.min(500, v / 2);
        return {
          variant: `${key}=${v}`,
          params: { [key]: v, nodes: sweepN },
          scenario: sc(
            `sweep ${key}=${v}`,
            {
              nodes: sweepN,
              durationMs: q ? 60_000 : 150_000,
              runs: sweepRuns,
              engine: { overrides },
              network: { loss: 0.01 },
              actions: [
                ...events(20_000, 5_000, q ? 3 : 6),
                { at: 27_500, type: "crash", nodes: { random: 1 } },
              ],
              costFromMs: 20_000,
            },
            impl,
            seed,
          ),
        };
      }),
    });
  }

  // 4. Presets, each on a matching network.
  const presetN = q ? 20 : 100;
  defs.push({
    id: "presets",
    title: `Presets (n=${presetN})`,
    variants: (
      [
        ["lan", LAN_LAT, "LAN network (0.5 ms)"],
        ["wan", WAN_LAT, "WAN network (40 ms)"],
        ["local", { kind: "constant", ms: 0.05 } as LatencySpec, "loopback (0.05 ms)"],
      ] as const
    ).map(([preset, lat, net]) => ({
      variant: `${preset} on ${net}`,
      params: { preset, nodes: presetN },
      scenario: sc(
        `preset ${preset}`,
        {
          nodes: presetN,
          durationMs: q ? 90_000 : 200_000,
          runs: q ? 1 : 2,
          engine: { preset },
          network: { latency: lat, loss: 0.01 },
          actions: [...events(40_000, 10_000, 4), { at: 60_000, type: "crash", nodes: { random: 1 } }],
          costFromMs: 40_000,
        },
        impl,
        seed,
      ),
    })),
  });

  // 5. Accuracy: Lifeguard on/off and detectors, under loss and with slow nodes.
  const accN = q ? 20 : 100;
  const slowFrac = 0.1;
  const conditions: Array<[string, NetworkSpec, Action[]]> = [
    ["5% loss", { loss: 0.05 }, []],
    [
      "10% slow nodes",
      { loss: 0.01 },
      [
        {
          at: 20_000,
          type: "slow",
          nodes: { fraction: slowFrac },
          delay: { kind: "uniform", min: 0, max: 1500 },
        },
      ],
    ],
  ];
  const detectors: Array<[string, EngineSpec]> = [
    ["SWIM+Lifeguard", { lifeguard: true, detector: "swim" }],
    ["SWIM (no Lifeguard)", { lifeguard: false, detector: "swim" }],
    ["phi accrual", { lifeguard: true, detector: "phi" }],
  ];
  defs.push({
    id: "accuracy",
    title: `Accuracy: false positives with and without Lifeguard (n=${accN})`,
    variants: conditions.flatMap(([cond, net, acts]) =>
      detectors.map(([det, eng]) => ({
        variant: `${det} / ${cond}`,
        params: { detector: det, condition: cond, nodes: accN },
        scenario: sc(
          `accuracy ${det} ${cond}`,
          {
            nodes: accN,
            durationMs: q ? 90_000 : 600_000,
            runs: 1,
            engine: eng,
            network: net,
            actions: [...acts, { at: q ? 30_000 : 90_000, type: "crash", nodes: [accN - 1] }],
            costFromMs: 20_000,
          },
          impl,
          seed,
        ),
      })),
    ),
  });

  // 6. Partition and heal.
  const pN = q ? 20 : 100;
  defs.push({
    id: "partition",
    title: `Partition into halves, then heal (n=${pN})`,
    variants: [5_000, 20_000, 60_000].map((len) => ({
      variant: `${len / 1000} s partition`,
      params: { partitionMs: len, nodes: pN },
      scenario: sc(
        `partition ${len}`,
        {
          nodes: pN,
          durationMs: q ? 150_000 : 240_000,
          runs: 1,
          actions: [{ at: 30_000, type: "partition", fraction: 0.5, until: 30_000 + len }],
          sample: 1000,
        },
        impl,
        seed,
      ),
    })),
  });

  // 7. Churn.
  defs.push({
    id: "churn",
    title: `Churn (n=${pN}): crashes and restarts`,
    variants: [0.05, 0.2].map((rate) => ({
      variant: `${rate} failures/s`,
      params: { ratePerSec: rate, nodes: pN },
      scenario: sc(
        `churn ${rate}`,
        {
          nodes: pN,
          durationMs: q ? 90_000 : 240_000,
          runs: 1,
          churn: {
            ratePerSec: rate,
            meanDowntimeMs: 20_000,
            leaveFraction: 0.2,
            from: 20_000,
            until: (q ? 90_000 : 240_000) - 60_000,
          },
          network: { loss: 0.01 },
          sample: 1000,
        },
        impl,
        seed,
      ),
    })),
  });

  const only = o.only;
  return only && only.length > 0 ? defs.filter((d) => only.includes(d.id)) : defs;
}

function cdf(results: readonly RunResult[]): Array<[number, number]> | undefined {
  let targets = 0;
  const lat: number[] = [];
  for (const r of results)
    for (const d of r.dissemination) {
      targets += d.targets;
      lat.push(...d.latencies);
    }
  if (targets === 0 || lat.length === 0) return undefined;
  lat.sort((a, b) => a - b);
  const pts: Array<[number, number]> = [[0, 0]];
  const step = Math.max(1, Math.floor(lat.length / 150));
  for (let k = 0; k < lat.length; k += step) pts.push([lat[k] as number, (k + 1) / targets]);
  pts.push([lat[lat.length - 1] as number, lat.length / targets]);
  return pts;
}

function supportsDetector(adapter: EngineAdapter, eng: EngineSpec | undefined): string | null {
  return adapter.unsupported?.(eng ?? {}) ?? null;
}

/** Run the suite. */
export function runSuite(o: SuiteOptions = {}): SuiteResult {
  const t0 = performance.now();
  const adapter = adapterFor(o.engine);
  const vf = o.variants;
  const defs = standardSuite({ ...o, engine: adapter.id as "core" | "model" })
    .map((d) =>
      vf?.length ? { ...d, variants: d.variants.filter((v) => vf.some((f) => v.variant.includes(f))) } : d,
    )
    .filter((d) => d.variants.length > 0);
  const rows: Row[] = [];
  const notes: string[] = [];
  const total = defs.reduce((s, d) => s + d.variants.reduce((a, v) => a + (v.scenario.runs ?? 1), 0), 0);
  let done = 0;
  for (const def of defs) {
    for (const v of def.variants) {
      const why = supportsDetector(adapter, v.scenario.engine);
      const runs = v.scenario.runs ?? 1;
      if (why) {
        notes.push(`${def.id} / ${v.variant}: skipped (${why}).`);
        done += runs;
        continue;
      }
      const results: RunResult[] = [];
      for (let r = 0; r < runs; r++) {
        o.onProgress?.(`${def.id} ${v.variant} run ${r + 1}/${runs}`, done, total);
        results.push(new Simulation(v.scenario, (v.scenario.seed ?? 1) + r, { adapter }).run());
        done++;
      }
      const row: Row = {
        experiment: def.id,
        variant: v.variant,
        params: v.params,
        agg: aggregate(results),
        ...(cdf(results) ? { dissemCdf: cdf(results) } : {}),
        ...((results[0] as RunResult).convergence.timeline.length
          ? { timeline: (results[0] as RunResult).convergence.timeline }
          : {}),
      };
      rows.push(row);
      o.onRow?.({
        engine: adapter.id,
        quick: o.quick ?? false,
        startedAt: new Date().toISOString(),
        wallMs: performance.now() - t0,
        rows,
        notes,
        serf: [],
      });
    }
  }
  o.onProgress?.("done", total, total);
  if (adapter.id === "core" && !coreHasOption("lifeguard", false) && defs.some((d) => d.id === "accuracy"))
    notes.push(
      "SWIM without Lifeguard on @gossip/core is approximated with awarenessMaxMultiplier=1 and suspicionMaxTimeoutMult=1 (no local health multiplier, fixed suspicion timeout); the engine has no Lifeguard switch yet, so nacks and the buddy system stay on.",
    );
  if (adapter.id === "model")
    notes.push(
      "Engine: the simulator's stand-in model engine (JSON messages), not @gossip/core: figures describe the model, not the reference implementation.",
    );
  const serf: SuiteResult["serf"] = [];
  for (const n of [30, 100, 1000, 10_000])
    for (const loss of [0, 0.1, 0.25, 0.5]) serf.push({ nodes: n, loss, seconds: serfTime(n, 3, 200, loss) });
  return {
    engine: adapter.id,
    quick: o.quick ?? false,
    startedAt: new Date().toISOString(),
    wallMs: performance.now() - t0,
    rows,
    notes,
    serf,
  };
}

/** Serf's model curve, for plotting next to measured dissemination. */
export function serfCurve(
  n: number,
  fanout: number,
  intervalMs: number,
  loss: number,
  rounds = 20,
): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let x = 0; x <= rounds; x++) out.push([x * intervalMs, serfConverged(n, fanout, loss, x)]);
  return out;
}
