#!/usr/bin/env node
/**
 * Simulator benchmark: simulated node-seconds per wall second and memory per
 * node, median over runs, against a baseline measured in the same process
 * (the same cluster driven by a do-nothing engine, i.e. the simulator's own
 * overhead). `pnpm --filter @gossip/sim bench [-- --nodes 1000 --seconds 60 --runs 3 --engine core|model]`
 */
import { parseArgs } from "node:util";
import type { Address } from "@gossip/codec";
import type { Engine, Output } from "@gossip/core";
import { adapterFor, type EngineAdapter } from "../engines.js";
import { Simulation } from "../sim.js";
import { median } from "../stats.js";
import { relaunchWithSimulationOptions, tuneProcessForSimulation } from "../tune.js";

// Started without the simulator's Node options (a larger young generation, a heap limit for 10,000 nodes): run again with them.
const relaunched = relaunchWithSimulationOptions();
if (relaunched !== undefined) process.exit(relaunched);
tuneProcessForSimulation();

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const { values } = parseArgs({
  // `pnpm --filter @gossip/sim <script> -- --flag` passes a literal `--` first.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    nodes: { type: "string", default: "500" },
    seconds: { type: "string", default: "60" },
    runs: { type: "string", default: "3" },
    engine: { type: "string" },
  },
});
const nodes = Number(values.nodes);
const seconds = Number(values.seconds);
const runs = Number(values.runs);
const engineId = values.engine === "core" || values.engine === "model" ? values.engine : undefined;

/** Pings one random peer per second with 64 bytes; answers nothing. */
class NullEngine implements Engine {
  readonly name: string;
  private out: Output[] = [];
  private next = 0;
  private k = 0;
  constructor(
    name: string,
    private readonly peers: number,
  ) {
    this.name = name;
  }
  handleDatagram(): void {}
  handleStreamRequest(): void {}
  handleStreamReply(): void {}
  handleStreamFailure(): void {}
  tick(now: number): void {
    this.next = now + 1000;
    const j = (this.k++ * 7919) % this.peers;
    const to: Address = { ip: Uint8Array.of(10, (j >> 16) & 255, (j >> 8) & 255, j & 255), port: 7946 };
    this.out.push({ kind: "datagram", to, bytes: new Uint8Array(64) });
  }
  join(_s: readonly Address[], now: number): void {
    this.next = now;
  }
  leave(): void {}
  takeOutputs(): Output[] {
    const o = this.out;
    this.out = [];
    return o;
  }
  nextWakeup(): number {
    return this.next;
  }
  members(): [] {
    return [];
  }
}

const nullAdapter: EngineAdapter = {
  id: "null",
  create: (spec) => new NullEngine(spec.name, nodes),
  userEvent: () => false,
  setKey: () => false,
};

const gc = (globalThis as { gc?: () => void }).gc;
/** The last simulation, kept reachable until its heap has been measured. */
const held: Simulation[] = [];

/**
 * Heap and array-buffer bytes in use after a full collection. Engines keep much of their state in typed
 * arrays, whose memory is outside the heap and is released by a sweeper that runs after the collection:
 * wait for it, then collect again.
 */
async function inUse(): Promise<{ heap: number; buffers: number }> {
  if (gc !== undefined) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    gc();
  }
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers };
}

async function measure(adapter: EngineAdapter): Promise<{
  rate: number;
  cpuRate: number;
  heapPerNode: number;
  buffersPerNode: number;
  wall: number;
}> {
  held.length = 0;
  const before = await inUse();
  const sim = new Simulation(
    {
      name: "bench",
      nodes,
      durationMs: seconds * 1000,
      engine: {},
      join: { jitterMs: 1000 },
      actions: [{ at: seconds * 500, type: "user-event", name: "b" }],
    },
    1,
    { adapter },
  );
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = sim.run();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  // Collect the run's garbage while the engines are still reachable.
  held[0] = sim;
  const after = await inUse();
  const cpu = (c.user + c.system) / 1e6;
  return {
    rate: r.nodeSeconds / (wall / 1000),
    cpuRate: r.nodeSeconds / cpu,
    heapPerNode: (after.heap - before.heap) / nodes,
    buffersPerNode: (after.buffers - before.buffers) / nodes,
    wall,
  };
}

const adapter = adapterFor(engineId);
const base: number[] = [];
const baseCpu: number[] = [];
const cpuRates: number[] = [];
const rates: number[] = [];
const heap: number[] = [];
const buffers: number[] = [];
const walls: number[] = [];
for (let i = 0; i < runs; i++) {
  const b = await measure(nullAdapter);
  base.push(b.rate);
  baseCpu.push(b.cpuRate);
  const m = await measure(adapter);
  rates.push(m.rate);
  cpuRates.push(m.cpuRate);
  heap.push(m.heapPerNode);
  buffers.push(m.buffersPerNode);
  walls.push(m.wall);
}
const med = median(rates);
say(`engine: ${adapter.id}; ${nodes} nodes x ${seconds} s virtual; ${runs} runs (median)`);
say(
  `simulated node-seconds per wall second: ${med.toFixed(0)}  (wall ${(median(walls) / 1000).toFixed(2)} s per run)`,
);
say(`simulated node-seconds per CPU second: ${median(cpuRates).toFixed(0)}  (robust on a busy machine)`);
say(
  `baseline (do-nothing engine, simulator overhead only): ${median(base).toFixed(0)} node-s/wall-s, ${median(baseCpu).toFixed(0)} node-s/CPU-s; ratio engine/baseline ${(median(cpuRates) / median(baseCpu)).toFixed(4)} (CPU)`,
);
say(
  `memory per node after the run: ${((median(heap) + median(buffers)) / 1024).toFixed(1)} KiB (heap ${(median(heap) / 1024).toFixed(1)} KiB + array buffers ${(median(buffers) / 1024).toFixed(1)} KiB)${gc ? "" : " (run node with --expose-gc for a steadier figure)"}`,
);
if (nodes === 1000 && seconds === 600) {
  say(`1,000 nodes x 600 s (the target scenario) took ${(median(walls) / 1000).toFixed(1)} s wall`);
} else {
  say(
    `1,000 nodes x 600 s at this rate would take ${((1000 * 600) / med).toFixed(1)} s wall, ${((1000 * 600) / median(cpuRates)).toFixed(1)} s CPU (a rough guess: the join dominates short runs and costs grow with n; run --nodes 1000 --seconds 600 --runs 1 to measure it)`,
  );
}
