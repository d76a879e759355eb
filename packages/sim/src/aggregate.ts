/**
 * Combine the results of several runs of one scenario into distributions
 * (p50 / p99 / max over runs and nodes).
 */
import type { RunResult } from "./sim.js";
import { type Summary, summarize } from "./stats.js";

export interface Aggregate {
  readonly scenario: string;
  readonly engine: string;
  readonly nodes: number;
  readonly runs: number;
  readonly durationMs: number;
  /** Time until every live node knew every live node, one value per run (ms). */
  readonly joinConvergenceMs: Summary;
  /** Runs that never converged. */
  readonly joinNotConverged: number;
  /** Per node and run: ms from its start until it knew all members. */
  readonly perNodeConvergenceMs: Summary;
  /** Dissemination, one value per injected message per run (ms to reach the fraction of live nodes). */
  readonly dissemination: {
    readonly count: number;
    readonly t50: Summary;
    readonly t99: Summary;
    readonly t999: Summary;
    readonly t100: Summary;
    readonly coverage: Summary;
    /** Per receiving node: latency (ms). */
    readonly perNode: Summary;
  };
  readonly detection: {
    readonly failures: number;
    readonly firstSuspicionMs: Summary;
    readonly deadEverywhereMs: Summary;
    /** Per observer: ms to declare the crashed node dead. */
    readonly observerDeadMs: Summary;
    /** Failures not declared dead everywhere by the end of the run. */
    readonly undetected: number;
  };
  readonly accuracy: {
    readonly nodeHours: number;
    /** Raised once, at the accusing node (see RunResult). */
    readonly falseSuspicionsRaised: number;
    readonly falseDeadsRaised: number;
    readonly falseSuspicions: number;
    readonly falseSuspicionsOfHealthy: number;
    readonly falseDeads: number;
    readonly falseDeadsOfHealthy: number;
    /** Raised false suspicions per node-hour. */
    readonly falseSuspicionsPerNodeHour: number;
    /** Observed false suspicions of healthy (not slow) nodes, per node-hour, summed over observers. */
    readonly falseSuspicionsOfHealthyPerNodeHour: number;
    /** Raised false dead declarations per node-hour. */
    readonly falseDeadsPerNodeHour: number;
  };
  readonly cost: {
    readonly bytesPerNodePerSec: number;
    readonly packetsPerNodePerSec: number;
    readonly streamBytesPerNodePerSec: number;
    readonly cpuUsPerNodePerSec: number | null;
    readonly perNodeBytesPerSec: Summary;
  };
  readonly recovery: {
    readonly heals: number;
    readonly reconvergedMs: Summary;
    readonly notReconverged: number;
    readonly missingPairsAtEnd: number;
  };
  readonly sim: {
    readonly wallMs: number;
    readonly cpuMs: number;
    readonly events: number;
    readonly nodeSeconds: number;
    readonly nodeSecondsPerWallSecond: number;
    readonly nodeSecondsPerCpuSecond: number;
  };
}

function num(v: number | null): number {
  return v === null ? Number.NaN : v;
}

export function aggregate(results: readonly RunResult[]): Aggregate {
  if (results.length === 0) throw new RangeError("no results");
  const r0 = results[0] as RunResult;
  const join: number[] = [];
  let notConv = 0;
  const perNode: number[] = [];
  const d50: number[] = [];
  const d99: number[] = [];
  const d999: number[] = [];
  const d100: number[] = [];
  const cov: number[] = [];
  const dPer: number[] = [];
  let dCount = 0;
  const fs: number[] = [];
  const de: number[] = [];
  const od: number[] = [];
  let failures = 0;
  let undetected = 0;
  let nodeHours = 0;
  let fp = 0;
  let fpr = 0;
  let fdr = 0;
  let fph = 0;
  let fd = 0;
  let fdh = 0;
  let bytes = 0;
  let pkts = 0;
  let sbytes = 0;
  let cpu = 0;
  let cpuKnown = true;
  let nodeSec = 0;
  const perNodeBps: number[] = [];
  const rec: number[] = [];
  let heals = 0;
  let notRec = 0;
  let missing = 0;
  let wall = 0;
  let cpuMs = 0;
  let events = 0;
  for (const r of results) {
    if (r.convergence.firstFullMs === null) notConv++;
    else join.push(r.convergence.firstFullMs);
    perNode.push(...r.convergence.perNodeMs);
    for (const d of r.dissemination) {
      dCount++;
      d50.push(num(d.t50));
      d99.push(num(d.t99));
      d999.push(num(d.t999));
      d100.push(num(d.t100));
      cov.push(d.coverage);
      dPer.push(...d.latencies);
    }
    for (const f of r.failures) {
      failures++;
      if (f.firstSuspicionMs !== null) fs.push(f.firstSuspicionMs);
      if (f.deadEverywhereMs !== null) de.push(f.deadEverywhereMs);
      else undetected++;
      od.push(...f.observerDeadMs);
    }
    const a = r.accuracy;
    nodeHours += a.nodeHours;
    fp += a.falseSuspicions;
    fpr += a.falseSuspicionsRaised;
    fdr += a.falseDeadsRaised;
    fph += a.falseSuspicionsOfHealthy;
    fd += a.falseDeads;
    fdh += a.falseDeadsOfHealthy;
    bytes += r.cost.bytesPerNodePerSec * r.nodeSeconds;
    pkts += r.cost.packetsPerNodePerSec * r.nodeSeconds;
    sbytes += r.cost.streamBytesPerNodePerSec * r.nodeSeconds;
    if (r.cost.cpuUsPerNodePerSec === null) cpuKnown = false;
    else cpu += r.cost.cpuUsPerNodePerSec * r.nodeSeconds;
    nodeSec += r.nodeSeconds;
    perNodeBps.push(...r.cost.perNodeBytesPerSec);
    for (const h of r.recovery) {
      heals++;
      if (h.reconvergedMs === null) notRec++;
      else rec.push(h.reconvergedMs);
    }
    missing += r.convergence.missingPairsAtEnd;
    wall += r.wallMs;
    cpuMs += r.cpuMs ?? 0;
    events += r.events;
  }
  const ns = nodeSec > 0 ? nodeSec : 1;
  return {
    scenario: r0.scenario,
    engine: r0.engine,
    nodes: r0.nodes,
    runs: results.length,
    durationMs: r0.durationMs,
    joinConvergenceMs: summarize(join),
    joinNotConverged: notConv,
    perNodeConvergenceMs: summarize(perNode),
    dissemination: {
      count: dCount,
      t50: summarize(d50),
      t99: summarize(d99),
      t999: summarize(d999),
      t100: summarize(d100),
      coverage: summarize(cov),
      perNode: summarize(dPer),
    },
    detection: {
      failures,
      firstSuspicionMs: summarize(fs),
      deadEverywhereMs: summarize(de),
      observerDeadMs: summarize(od),
      undetected,
    },
    accuracy: {
      nodeHours,
      falseSuspicionsRaised: fpr,
      falseDeadsRaised: fdr,
      falseSuspicions: fp,
      falseSuspicionsOfHealthy: fph,
      falseDeads: fd,
      falseDeadsOfHealthy: fdh,
      falseSuspicionsPerNodeHour: nodeHours > 0 ? fpr / nodeHours : 0,
      falseSuspicionsOfHealthyPerNodeHour: nodeHours > 0 ? fph / nodeHours : 0,
      falseDeadsPerNodeHour: nodeHours > 0 ? fdr / nodeHours : 0,
    },
    cost: {
      bytesPerNodePerSec: bytes / ns,
      packetsPerNodePerSec: pkts / ns,
      streamBytesPerNodePerSec: sbytes / ns,
      cpuUsPerNodePerSec: cpuKnown ? cpu / ns : null,
      perNodeBytesPerSec: summarize(perNodeBps),
    },
    recovery: { heals, reconvergedMs: summarize(rec), notReconverged: notRec, missingPairsAtEnd: missing },
    sim: {
      wallMs: wall,
      cpuMs,
      events,
      nodeSeconds: nodeSec,
      nodeSecondsPerWallSecond: wall > 0 ? nodeSec / (wall / 1000) : 0,
      nodeSecondsPerCpuSecond: cpuMs > 0 ? nodeSec / (cpuMs / 1000) : 0,
    },
  };
}

/** Serf's simulator model: fraction of nodes with the message after round x. */
export function serfConverged(n: number, fanout: number, loss: number, x: number, failed = 0): number {
  const contact = (fanout / n) * (1 - loss) * (1 - failed) * 0.5;
  return 1 / (1 + (n + 1) * Math.exp(-contact * n * x));
}

/** Serf's simulator: seconds until at least `fraction` of nodes have the message (first whole round). */
export function serfTime(
  n: number,
  fanout: number,
  intervalMs: number,
  loss: number,
  fraction = 0.999,
): number {
  for (let x = 0; x <= 1000; x++)
    if (serfConverged(n, fanout, loss, x) >= fraction) return (x * intervalMs) / 1000;
  return Number.POSITIVE_INFINITY;
}
