/**
 * `gossip sim`: run a simulated cluster (deterministic, virtual time) from
 * flags or a JSON scenario file (schemas/json/scenario.schema.json), print a
 * summary table and write JSON results. `gossip sim report` runs the standard
 * experiment suite and writes the HTML report.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import {
  type Action,
  type Aggregate,
  type RunResult,
  type Scenario,
  Simulation,
  aggregate,
  fmtMs,
  headline,
  writeReport,
} from "@gossip/sim";
import { SingleBar } from "cli-progress";
import Table from "cli-table3";
import type { Command } from "commander";
import { EXIT, usageExit } from "./agent.js";

export interface SimFlags {
  scenario?: string;
  nodes: string;
  duration: string;
  seed: string;
  runs: string;
  loss: string;
  latency: string;
  preset: string;
  engine?: string;
  lifeguard: boolean;
  detector: string;
  set: string[];
  crash: string;
  crashAt: string;
  eventAt: string;
  partition?: string;
  slow: string;
  slowDelay: string;
  cpu?: boolean;
  out: string;
  progress: boolean;
}

class UsageError extends Error {
  readonly code = "usage";
}

function num(name: string, v: string, min = 0): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n < min) throw new UsageError(`--${name} must be a number >= ${min}, got "${v}"`);
  return n;
}

/** Build a scenario from the command-line flags (or load `--scenario`). */
export function scenarioFromFlags(f: SimFlags): Scenario {
  if (f.scenario) {
    let s: Scenario;
    try {
      s = JSON.parse(readFileSync(f.scenario, "utf8")) as Scenario;
    } catch (err) {
      throw new UsageError(`--scenario: cannot read ${f.scenario}: ${(err as Error).message}`);
    }
    if (typeof s !== "object" || s === null || !Number.isInteger(s.nodes) || !(s.durationMs > 0))
      throw new UsageError("--scenario: the file needs integer `nodes` and positive `durationMs` (see schemas/json/scenario.schema.json)");
    return s;
  }
  const nodes = num("nodes", f.nodes, 1);
  const durationMs = num("duration", f.duration, 1) * 1000;
  const overrides: Record<string, number> = {};
  for (const kv of f.set) {
    const m = /^([A-Za-z]+)=(.+)$/.exec(kv);
    if (!m) throw new UsageError(`--set expects key=value, got "${kv}"`);
    overrides[m[1] as string] = num(`set ${m[1]}`, m[2] as string);
  }
  if (!["lan", "wan", "local"].includes(f.preset)) throw new UsageError(`--preset must be lan, wan or local`);
  if (!["swim", "phi"].includes(f.detector)) throw new UsageError(`--detector must be swim or phi`);
  if (f.engine !== undefined && f.engine !== "core" && f.engine !== "model") throw new UsageError(`--engine must be core or model`);
  const actions: Action[] = [];
  const crash = num("crash", f.crash);
  if (crash > 0) actions.push({ at: num("crash-at", f.crashAt) * 1000, type: "crash", nodes: { random: crash } });
  if (f.eventAt !== "") actions.push({ at: num("event-at", f.eventAt) * 1000, type: "user-event", name: "cli-event" });
  if (f.partition) {
    const m = /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(f.partition);
    if (!m) throw new UsageError(`--partition expects FROM:TO in seconds, e.g. 30:60`);
    actions.push({ at: Number(m[1]) * 1000, type: "partition", fraction: 0.5, until: Number(m[2]) * 1000 });
  }
  const slow = num("slow", f.slow);
  if (slow > 0)
    actions.push({ at: 0, type: "slow", nodes: { random: slow }, delay: { kind: "uniform", min: 0, max: num("slow-delay", f.slowDelay) } });
  const latency = num("latency", f.latency);
  return {
    name: "cli",
    nodes,
    durationMs,
    seed: num("seed", f.seed),
    runs: num("runs", f.runs, 1),
    engine: {
      ...(f.engine ? { impl: f.engine as "core" | "model" } : {}),
      preset: f.preset as "lan" | "wan" | "local",
      detector: f.detector as "swim" | "phi",
      lifeguard: f.lifeguard,
      overrides,
    },
    network: { loss: num("loss", f.loss) / 100, latency: { kind: "lognormal", median: latency, sigma: 0.5, min: latency / 5 } },
    join: { jitterMs: 1000 },
    actions,
    measure: { cpu: f.cpu ?? false, costFromMs: Math.min(durationMs / 4, 20_000), sampleEveryMs: 1000 },
  };
}

/** The summary table's rows. */
export function summaryRows(a: Aggregate): string[][] {
  const t = (s: { p50: number; p99: number; max: number; count: number }): string[] =>
    s.count === 0 ? ["–", "–", "–"] : [fmtMs(s.p50), fmtMs(s.p99), fmtMs(s.max)];
  const rows: string[][] = [
    ["join convergence (after last start)", ...t(a.joinConvergenceMs)],
    ["node knows all members", ...t(a.perNodeConvergenceMs)],
  ];
  if (a.dissemination.count > 0) {
    rows.push(["event reaches 50%", ...t(a.dissemination.t50)]);
    rows.push(["event reaches 99%", ...t(a.dissemination.t99)]);
    rows.push(["event reaches 99.9%", ...t(a.dissemination.t999)]);
    rows.push(["event reaches 100%", ...t(a.dissemination.t100)]);
  }
  if (a.detection.failures > 0) {
    rows.push(["crash: first suspicion", ...t(a.detection.firstSuspicionMs)]);
    rows.push(["crash: dead everywhere", ...t(a.detection.deadEverywhereMs)]);
  }
  if (a.recovery.heals > 0) rows.push(["re-convergence after heal", ...t(a.recovery.reconvergedMs)]);
  return rows;
}

function printSummary(a: Aggregate): void {
  const plain = !process.stdout.isTTY;
  const style = plain ? { style: { head: [], border: [] } } : {};
  const t1 = new Table({ head: ["measure", "p50", "p99", "max"], ...style });
  for (const r of summaryRows(a)) t1.push(r);
  process.stdout.write(`${t1.toString()}\n`);
  const t2 = new Table({ head: ["measure", "value"], ...style });
  const acc = a.accuracy;
  t2.push(["false suspicions raised (per node-hour)", `${acc.falseSuspicionsRaised} (${acc.falseSuspicionsPerNodeHour.toFixed(3)})`]);
  t2.push(["false dead declarations (per node-hour)", `${acc.falseDeadsRaised} (${acc.falseDeadsPerNodeHour.toFixed(3)})`]);
  t2.push(["bytes/s per node", a.cost.bytesPerNodePerSec.toFixed(0)]);
  t2.push(["packets/s per node", a.cost.packetsPerNodePerSec.toFixed(1)]);
  if (a.cost.cpuUsPerNodePerSec !== null) t2.push(["CPU per node", `${(a.cost.cpuUsPerNodePerSec / 1000).toFixed(3)} ms/s`]);
  t2.push(["simulated node-seconds per wall second", a.sim.nodeSecondsPerWallSecond.toFixed(0)]);
  process.stdout.write(`${t2.toString()}\n`);
  process.stdout.write(`engine ${a.engine}, ${a.nodes} nodes, ${a.runs} run(s) of ${(a.durationMs / 1000).toFixed(0)} s virtual time\n`);
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(value, null, 1)}\n`);
}

export function runSim(f: SimFlags): number {
  let scenario: Scenario;
  try {
    scenario = scenarioFromFlags(f);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`gossip sim: ${err.message}\n`);
      return EXIT.usage;
    }
    throw err;
  }
  const runs = Math.max(1, scenario.runs ?? 1);
  const showBar = f.progress && process.stderr.isTTY;
  const bar = new SingleBar({ format: "simulating [{bar}] {percentage}% | run {run}/{runs} | {value}/{total} virtual s", stream: process.stderr });
  const total = Math.round((runs * scenario.durationMs) / 1000);
  if (showBar) bar.start(total, 0, { run: 1, runs });
  const results: RunResult[] = [];
  for (let r = 0; r < runs; r++) {
    const sim = new Simulation(scenario, (scenario.seed ?? 1) + r, {
      progressEveryMs: 1000,
      onProgress: (ms) => {
        if (showBar) bar.update(Math.round((r * scenario.durationMs + ms) / 1000), { run: r + 1, runs });
      },
    });
    results.push(sim.run());
  }
  if (showBar) {
    bar.update(total, { run: runs, runs });
    bar.stop();
  }
  const agg = aggregate(results);
  printSummary(agg);
  writeJson(f.out, { scenario, aggregate: agg, runs: results });
  process.stdout.write(`results: ${f.out}\n`);
  return EXIT.ok;
}

interface ReportFlags {
  quick?: boolean;
  huge?: boolean;
  out: string;
  json: string;
  engine?: string;
  only?: string;
  progress: boolean;
}

export async function runReport(f: ReportFlags): Promise<number> {
  if (f.engine !== undefined && f.engine !== "core" && f.engine !== "model") {
    process.stderr.write("gossip sim report: --engine must be core or model\n");
    return EXIT.usage;
  }
  const showBar = f.progress && process.stderr.isTTY;
  const bar = new SingleBar({ format: "experiments [{bar}] {value}/{total} runs | {label}", stream: process.stderr });
  let started = false;
  const suite = await writeReport(f.out, {
    quick: f.quick ?? false,
    huge: f.huge ?? false,
    ...(f.engine ? { engine: f.engine as "core" | "model" } : {}),
    ...(f.only ? { only: f.only.split(",") } : {}),
    jsonPath: f.json,
    onProgress: (label, done, total) => {
      if (!showBar) return;
      if (!started) {
        bar.start(total, done, { label });
        started = true;
      } else bar.update(done, { label });
    },
  });
  if (started) bar.stop();
  for (const n of suite.notes) process.stdout.write(`note: ${n}\n`);
  for (const [k, v] of headline(suite)) process.stdout.write(`${k}: ${v}\n`);
  process.stdout.write(`report: ${f.out}\nresults: ${f.json}\n`);
  return EXIT.ok;
}

const collect = (v: string, acc: string[]): string[] => [...acc, v];

export function register(program: Command): void {
  const cmd = program
    .command("sim")
    .description("Simulate a cluster in virtual time (deterministic): convergence, detection, accuracy, cost.")
    .option("--scenario <file>", "JSON scenario file (schemas/json/scenario.schema.json); other scenario flags are ignored")
    .option("-n, --nodes <n>", "cluster size", "100")
    .option("-d, --duration <s>", "virtual seconds to simulate", "120")
    .option("--seed <n>", "random seed (same seed, same result)", "1")
    .option("--runs <n>", "independent runs (seeds seed, seed+1, ...)", "1")
    .option("--loss <percent>", "datagram loss in percent", "0")
    .option("--latency <ms>", "median one-way latency (lognormal)", "0.5")
    .option("--preset <name>", "lan, wan or local", "lan")
    .option("--engine <impl>", "core (@gossip/core, default) or model (the simulator's stand-in)")
    .option("--no-lifeguard", "disable Lifeguard (if the engine supports it)")
    .option("--detector <name>", "swim or phi", "swim")
    .option("--set <key=value>", "override a timing parameter, e.g. gossipIntervalMs=100 (repeatable)", collect, [])
    .option("--crash <n>", "crash n random nodes at --crash-at", "1")
    .option("--crash-at <s>", "when to crash", "40")
    .option("--event-at <s>", "broadcast a user event at this time ('' for none)", "30")
    .option("--partition <from:to>", "split the cluster in halves between these times (seconds)")
    .option("--slow <n>", "make n random nodes slow (late or dropped message processing)", "0")
    .option("--slow-delay <ms>", "a slow node's extra processing delay, uniform 0..ms", "1500")
    .option("--cpu", "measure CPU time of engine calls (process.cpuUsage)")
    .option("-o, --out <file>", "JSON results", "sim-results.json")
    .option("--no-progress", "no progress bar")
    .addHelpText(
      "after",
      "\nExamples:\n  gossip sim -n 1000 -d 300 --loss 5\n  gossip sim --scenario partition.json --out partition-results.json\n  gossip sim report --quick --out report.html\n",
    )
    .action((flags: SimFlags) => {
      process.exitCode = runSim(flags);
    });
  usageExit(cmd);
  const rep = cmd
    .command("report")
    .description("Run the standard experiment suite and write one self-contained HTML report with SVG plots.")
    .option("--quick", "small sizes and short runs (development)")
    .option("--huge", "include 10,000 nodes (slow)")
    .option("-o, --out <file>", "HTML report", "sim-report/report.html")
    .option("--json <file>", "JSON results", "sim-report/results.json")
    .option("--engine <impl>", "core or model")
    .option("--only <ids>", "comma-separated experiment ids (sizes, loss, sweep-gossipIntervalMs, ..., presets, accuracy, partition, churn)")
    .option("--no-progress", "no progress bar")
    .action(async (flags: ReportFlags) => {
      process.exitCode = await runReport(flags);
    });
  usageExit(rep);
}
