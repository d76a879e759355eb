/**
 * The discrete-event simulator: many engines, one process, virtual time.
 *
 * Every engine call happens at an event popped from one binary heap ordered
 * by (time, insertion order). All randomness comes from seeded generators,
 * so a scenario with the same seed gives the same result, event for event.
 */
import { type Address, DecodeMemo } from "@gossip/codec";
import { type Engine, type EngineEvent, NameIndex, type Output } from "@gossip/core";
import { adapterFor, type EngineAdapter } from "./engines.js";
import { EventHeap, type Timed } from "./heap.js";
import { Rng } from "./rng.js";
import {
  type Action,
  DEFAULT_LAN_LATENCY,
  type LatencySpec,
  type LinkSpec,
  type NodeSelector,
  type Scenario,
} from "./scenario.js";

const K_TICK = 0;
const K_DGRAM = 1;
const K_DGRAM_NOW = 2;
const K_SREQ = 3;
const K_SREPLY = 4;
const K_STIMEOUT = 5;
const K_ACTION = 6;

class Ev implements Timed {
  t: number;
  seq = 0;
  /** Same-time order: actions first, then by node, then by kind (see EventHeap). */
  key: number;
  kind: number;
  node: number;
  epoch: number;
  from: number;
  bytes: Uint8Array | null;
  id: number;
  fn: (() => void) | null;
  constructor(
    t: number,
    kind: number,
    node: number,
    epoch: number,
    from: number,
    bytes: Uint8Array | null,
    id: number,
    fn: (() => void) | null,
  ) {
    this.t = t;
    this.key = (node + 1) * 8 + kind;
    this.kind = kind;
    this.node = node;
    this.epoch = epoch;
    this.from = from;
    this.bytes = bytes;
    this.id = id;
    this.fn = fn;
  }
}

interface LinkParams {
  sample: (rng: Rng) => number;
  loss: number;
  duplicate: number;
  reorder: number;
  reorderDelayMs: number;
}

interface SimNode {
  readonly index: number;
  readonly name: string;
  readonly addr: Address;
  engine: Engine | null;
  epoch: number;
  /** The engine runs (processes packets and timers). */
  running: boolean;
  /** Counts as a member the cluster should know about. */
  live: boolean;
  wakeAt: number;
  /** Outbound stream id -> still pending. */
  pending: Map<number, boolean>;
  slowUntil: number;
  slowDelay: ((rng: Rng) => number) | null;
  slowDrop: number;
  busyUntil: number;
  zone: number;
}

interface InboundStream {
  from: number;
  fromEpoch: number;
  fromId: number;
  toEpoch: number;
}

export interface Dissemination {
  readonly kind: "user-event" | "key" | "meta";
  readonly label: string;
  readonly origin: number;
  readonly at: number;
  /** Live nodes when it was injected. */
  readonly targets: number;
  /** ms from injection until 50 / 99 / 99.9 / 100 % of the targets had it (null: never). */
  readonly t50: number | null;
  readonly t99: number | null;
  readonly t999: number | null;
  readonly t100: number | null;
  readonly coverage: number;
  /** ms from injection to each receiving node. */
  readonly latencies: number[];
}

export interface Failure {
  readonly node: number;
  readonly at: number;
  readonly firstSuspicionMs: number | null;
  readonly deadEverywhereMs: number | null;
  /** Per live observer: ms until it declared the node dead (only observers that did). */
  readonly observerDeadMs: number[];
  readonly observerSuspectMs: number[];
  readonly observers: number;
}

export interface RunResult {
  readonly scenario: string;
  readonly engine: string;
  readonly seed: number;
  readonly nodes: number;
  readonly durationMs: number;
  readonly wallMs: number;
  /** CPU time of the whole run (process.cpuUsage), robust against a busy machine. */
  readonly cpuMs: number;
  readonly events: number;
  /** Sum over nodes of simulated seconds the engine ran. */
  readonly nodeSeconds: number;
  readonly convergence: {
    /** First time every live node knew every live node (alive or suspect), ms after the last initial node started. */
    readonly firstFullMs: number | null;
    /** Per node: ms from its own start until it first knew all live nodes. */
    readonly perNodeMs: number[];
    readonly finalFull: boolean;
    /** Live (observer, member) pairs missing from views at the end. */
    readonly missingPairsAtEnd: number;
    readonly timeline: Array<[number, number]>;
  };
  readonly dissemination: Dissemination[];
  readonly failures: Failure[];
  readonly accuracy: {
    /** False suspicions raised: a live node suspected a live, reachable node on its own probe (counted once, at the accuser). */
    readonly falseSuspicionsRaised: number;
    /** False dead declarations made by the declaring node itself (suspicion timed out). */
    readonly falseDeadsRaised: number;
    /** Observed at every observer: each node that learned a false suspicion counts once. */
    readonly falseSuspicions: number;
    readonly falseSuspicionsOfHealthy: number;
    readonly falseDeads: number;
    readonly falseDeadsOfHealthy: number;
    readonly partitionSuspicions: number;
    readonly nodeHours: number;
    /** Raised false suspicions per node-hour. */
    readonly falseSuspicionsPerNodeHour: number;
    /** Raised false dead declarations per node-hour. */
    readonly falseDeadsPerNodeHour: number;
  };
  readonly cost: {
    readonly bytesPerNodePerSec: number;
    readonly packetsPerNodePerSec: number;
    readonly streamBytesPerNodePerSec: number;
    readonly cpuUsPerNodePerSec: number | null;
    readonly perNodeBytesPerSec: number[];
  };
  /** Per heal: ms until the views were complete for good (null: not complete at the end of the run). */
  readonly recovery: Array<{ readonly healAt: number; readonly reconvergedMs: number | null }>;
  readonly drops: {
    readonly loss: number;
    readonly partition: number;
    readonly slow: number;
    readonly noRoute: number;
  };
}

function sampler(spec: LatencySpec): (rng: Rng) => number {
  switch (spec.kind) {
    case "constant":
      return () => spec.ms;
    case "uniform":
      return (r) => spec.min + r.next() * (spec.max - spec.min);
    case "normal": {
      const lo = spec.min ?? 0;
      return (r) => Math.max(lo, spec.mean + spec.sd * r.normal());
    }
    case "lognormal": {
      const lo = spec.min ?? 0;
      const mu = Math.log(spec.median);
      return (r) => Math.max(lo, Math.exp(mu + spec.sigma * r.normal()));
    }
  }
}

/** Address of node `i` inside the simulator: 10.a.b.c:7946. Never used on a real network. */
export function simAddress(i: number): Address {
  return { ip: Uint8Array.of(10, (i >>> 16) & 255, (i >>> 8) & 255, i & 255), port: 7946 };
}

export function nodeName(i: number, n: number): string {
  return `n${String(i).padStart(Math.max(4, String(n - 1).length), "0")}`;
}

const NOOP = (): void => {};
const enc = new TextEncoder();
const td = new TextDecoder();

export interface SimOptions {
  /** Overrides the scenario's engine choice. */
  readonly adapter?: EngineAdapter;
  /** Called about every `progressEveryMs` of virtual time. */
  readonly onProgress?: (virtualMs: number, durationMs: number) => void;
  readonly progressEveryMs?: number;
  /**
   * Share one decoded-entry memo among the run's engines (default true): every
   * retransmitted broadcast is decoded once per run instead of once per
   * receiver. Results are identical either way (tested); off only to measure it.
   */
  readonly decodeMemo?: boolean;
  /**
   * Let engines leave idle gossip rounds out of their wake-ups (default true;
   * `EngineInit.skipIdleGossipWakeups`): the simulator always calls an engine
   * exactly at its wake-up time, so results are identical either way (tested).
   */
  readonly skipIdleGossipWakeups?: boolean;
  /** Share one member-name index among the run's engines (default true; `EngineInit.nameIndex`). */
  readonly nameIndex?: boolean;
}

export class Simulation {
  readonly scenario: Scenario;
  readonly n: number;
  readonly seed: number;
  private readonly adapter: EngineAdapter;
  private readonly heap = new EventHeap<Ev>();
  private readonly rng: Rng;
  private readonly netRng: Rng;
  private readonly nodes: SimNode[] = [];
  private readonly nameIndex = new Map<string, number>();
  private readonly links: LinkParams[];
  private readonly zones: number;
  private readonly inbound = new Map<number, InboundStream>();
  private nextInboundId = 1;
  private now = 0;
  private events = 0;
  // membership view tracking
  private readonly view: Uint8Array;
  private readonly rowCount: Int32Array;
  private viewPairs = 0;
  private liveCount = 0;
  private full = false;
  /** Initial joins not yet started: convergence is only measured once everyone started. */
  private toStart: number;
  private allStartedAt = 0;
  private firstFull: number | null = null;
  private readonly startAt: Float64Array;
  private readonly perNodeFull: Float64Array;
  private readonly fullTimes: number[] = [];
  private readonly timeline: Array<[number, number]> = [];
  // partitions
  private readonly groupOf: Int32Array;
  private partitioned = false;
  private readonly heals: Array<{ healAt: number; reconvergedMs: number | null }> = [];
  // failures
  private readonly failures: Array<{
    node: number;
    at: number;
    observer: Uint8Array;
    observers: number;
    suspect: Float64Array;
    dead: Float64Array;
    deadCount: number;
    firstSuspicion: number | null;
    deadEverywhere: number | null;
    open: boolean;
  }> = [];
  private readonly openFailure: Int32Array;
  // dissemination
  private readonly dissem: Array<{
    kind: "user-event" | "key" | "meta";
    label: string;
    origin: number;
    originName: string;
    at: number;
    targets: number;
    recv: Float64Array;
  }> = [];
  private readonly dissemByLabel = new Map<string, number>();
  // accuracy
  private fpSuspect = 0;
  private fpSuspectRaised = 0;
  private fpDeadRaised = 0;
  private fpSuspectHealthy = 0;
  private fpDead = 0;
  private fpDeadHealthy = 0;
  private partitionSuspect = 0;
  // cost
  private readonly costFrom: number;
  private readonly bytes: Float64Array;
  private readonly streamBytes: Float64Array;
  private readonly packets: Float64Array;
  private readonly cpuUs: Float64Array;
  private readonly runSince: Float64Array;
  private readonly runMs: Float64Array;
  private readonly measureCpu: boolean;
  private drops = { loss: 0, partition: 0, slow: 0, noRoute: 0 };
  private readonly options: SimOptions;
  private readonly decodeMemo: DecodeMemo | undefined;
  private readonly names: NameIndex | undefined;

  constructor(scenario: Scenario, seed?: number, options: SimOptions = {}) {
    this.scenario = scenario;
    this.options = options;
    const n = scenario.nodes;
    if (!Number.isInteger(n) || n < 1 || n > 65536)
      throw new RangeError(`nodes must be an integer in 1..65536, got ${n}`);
    this.n = n;
    this.seed = seed ?? scenario.seed ?? 1;
    this.adapter = options.adapter ?? adapterFor(scenario.engine?.impl);
    this.decodeMemo = options.decodeMemo === false ? undefined : new DecodeMemo();
    this.names = options.nameIndex === false ? undefined : new NameIndex();
    this.rng = new Rng(this.seed);
    this.netRng = this.rng.fork(1);
    const net = scenario.network ?? {};
    this.zones = Math.max(1, net.zones ?? 1);
    const base: LinkSpec = net;
    this.links = [];
    for (let a = 0; a < this.zones; a++)
      for (let b = 0; b < this.zones; b++) {
        const o = net.links?.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
        const spec: LinkSpec = { ...base, ...(o ?? {}) };
        this.links.push({
          sample: sampler(spec.latency ?? DEFAULT_LAN_LATENCY),
          loss: spec.loss ?? 0,
          duplicate: spec.duplicate ?? 0,
          reorder: spec.reorder ?? 0,
          reorderDelayMs: spec.reorderDelayMs ?? 5,
        });
      }
    this.view = new Uint8Array(n * n);
    this.rowCount = new Int32Array(n);
    this.startAt = new Float64Array(n).fill(Number.NaN);
    this.perNodeFull = new Float64Array(n).fill(Number.NaN);
    this.groupOf = new Int32Array(n);
    this.openFailure = new Int32Array(n).fill(-1);
    this.bytes = new Float64Array(n);
    this.streamBytes = new Float64Array(n);
    this.packets = new Float64Array(n);
    this.cpuUs = new Float64Array(n);
    this.runSince = new Float64Array(n).fill(Number.NaN);
    this.runMs = new Float64Array(n);
    this.costFrom = scenario.measure?.costFromMs ?? 0;
    this.measureCpu = scenario.measure?.cpu ?? false;
    this.toStart = n;
    for (let i = 0; i < n; i++) {
      const name = nodeName(i, n);
      this.nameIndex.set(name, i);
      this.nodes.push({
        index: i,
        name,
        addr: simAddress(i),
        engine: null,
        epoch: 0,
        running: false,
        live: false,
        wakeAt: Number.POSITIVE_INFINITY,
        pending: new Map(),
        slowUntil: 0,
        slowDelay: null,
        slowDrop: 0,
        busyUntil: 0,
        zone: i % this.zones,
      });
    }
    this.schedule();
  }

  // ---- setup ------------------------------------------------------------

  private at(t: number, fn: () => void): void {
    this.heap.push(new Ev(t, K_ACTION, -1, 0, -1, null, 0, fn));
  }

  private schedule(): void {
    const s = this.scenario;
    const j = s.join ?? {};
    const stagger = j.staggerMs ?? 0;
    const t0 = j.at ?? 0;
    const jitter = j.jitterMs ?? 0;
    const jr = this.rng.fork(4);
    for (let i = 0; i < this.n; i++) {
      const idx = i;
      // Node 0 (the first seed) starts first so the others have someone to join.
      const t = t0 + i * stagger + (i === 0 ? 0 : jitter * jr.next());
      this.at(t, () => {
        this.toStart--;
        this.start(idx);
        if (this.toStart === 0) {
          this.allStartedAt = this.now;
          for (let k = 0; k < this.n; k++) if ((this.nodes[k] as SimNode).live) this.checkNodeFull(k);
          this.checkFull();
        }
      });
    }
    for (const a of s.actions ?? []) this.at(a.at, () => this.act(a));
    const rejoin = j.rejoinIntervalMs ?? 0;
    if (rejoin > 0) {
      const rr = this.rng.fork(5);
      for (let i = 0; i < this.n; i++) {
        const idx = i;
        const tick = (t: number): void => {
          if (t > s.durationMs) return;
          this.at(t, () => {
            this.maybeRejoin(idx);
            tick(t + rejoin);
          });
        };
        tick(t0 + rejoin * (1 + rr.next()));
      }
    }
    if (s.churn && s.churn.ratePerSec > 0) {
      const c = s.churn;
      const churnRng = this.rng.fork(2);
      const next = (from: number): void => {
        const t = from + churnRng.exp(1000 / c.ratePerSec);
        if (t >= (c.until ?? s.durationMs)) return;
        this.at(t, () => {
          const cand = this.liveIndices().filter((i) => i >= this.seedCount());
          if (cand.length > 0) {
            const victim = cand[churnRng.int(cand.length)] as number;
            if (churnRng.next() < (c.leaveFraction ?? 0)) this.leave(victim);
            else this.crash(victim);
            if (c.meanDowntimeMs > 0) {
              const back = this.now + churnRng.exp(c.meanDowntimeMs);
              this.at(back, () => this.restart(victim));
            }
          }
          next(t);
        });
      };
      next(c.from ?? 0);
    }
    const every = s.measure?.sampleEveryMs ?? 0;
    if (every > 0) {
      for (let t = 0; t <= s.durationMs; t += every)
        this.at(t, () => this.timeline.push([this.now, this.fraction()]));
    }
    const pe = this.options.progressEveryMs ?? 1000;
    if (this.options.onProgress) {
      for (let t = pe; t <= s.durationMs; t += pe)
        this.at(t, () => this.options.onProgress?.(this.now, s.durationMs));
    }
  }

  private seedCount(): number {
    return Math.max(1, this.scenario.join?.seeds ?? 1);
  }

  private liveIndices(): number[] {
    const out: number[] = [];
    for (const nd of this.nodes) if (nd.live) out.push(nd.index);
    return out;
  }

  private select(sel: NodeSelector): number[] {
    if (Array.isArray(sel)) return (sel as number[]).filter((i) => i >= 0 && i < this.n);
    const cand = this.liveIndices().filter((i) => i !== 0);
    const k =
      "random" in (sel as object)
        ? (sel as { random: number }).random
        : Math.round(((sel as { fraction: number }).fraction ?? 0) * this.n);
    const out: number[] = [];
    const pick = this.rng.fork(3 + this.now);
    while (out.length < k && cand.length > 0) {
      const i = pick.int(cand.length);
      out.push(cand[i] as number);
      cand[i] = cand[cand.length - 1] as number;
      cand.pop();
    }
    return out.sort((a, b) => a - b);
  }

  private act(a: Action): void {
    switch (a.type) {
      case "crash":
        for (const i of this.select(a.nodes)) this.crash(i);
        break;
      case "restart":
        for (const i of this.select(a.nodes)) this.restart(i);
        break;
      case "leave":
        for (const i of this.select(a.nodes)) this.leave(i);
        break;
      case "join":
        for (const i of this.select(a.nodes)) if (!this.nodes[i]?.running) this.start(i);
        break;
      case "partition": {
        this.groupOf.fill(0);
        if (a.groups)
          a.groups.forEach((g, k) => {
            for (const i of g) this.groupOf[i] = k + 1;
          });
        else {
          const cut = Math.round((a.fraction ?? 0.5) * this.n);
          for (let i = 0; i < cut; i++) this.groupOf[i] = 1;
        }
        this.partitioned = true;
        if (a.until !== undefined) this.at(a.until, () => this.heal());
        break;
      }
      case "heal":
        this.heal();
        break;
      case "user-event":
      case "set-key": {
        const origin = a.node ?? 0;
        const nd = this.nodes[origin];
        if (!nd?.engine || !nd.running) break;
        const kind = a.type === "user-event" ? "user-event" : "key";
        const label =
          a.type === "user-event"
            ? (a.name ?? `ev${this.dissem.length}`)
            : (a.key ?? `key${this.dissem.length}`);
        const size = a.type === "user-event" ? (a.payloadBytes ?? 16) : (a.valueBytes ?? 16);
        const payload = enc.encode("x".repeat(size));
        const rec = {
          kind: kind as "user-event" | "key",
          label,
          origin,
          originName: nd.name,
          at: this.now,
          targets: this.liveCount,
          recv: new Float64Array(this.n).fill(Number.NaN),
        };
        rec.recv[origin] = this.now;
        this.dissemByLabel.set(`${kind}\u0000${label}`, this.dissem.length);
        this.dissem.push(rec);
        let ok =
          kind === "user-event"
            ? this.call(nd, () => this.adapter.userEvent(nd.engine as Engine, label, payload, this.now))
            : this.call(nd, () => this.adapter.setKey(nd.engine as Engine, label, payload, this.now));
        if (!ok && this.adapter.setMeta) {
          // No application data in this engine: disseminate a metadata change instead (same broadcast path).
          this.dissemByLabel.delete(`${kind}\u0000${label}`);
          (rec as { kind: string }).kind = "meta";
          this.dissemByLabel.set(`meta\u0000${nd.name}\u0000${label}`, this.dissem.length - 1);
          const meta = enc.encode(label);
          ok = this.call(nd, () => this.adapter.setMeta?.(nd.engine as Engine, meta, this.now) ?? false);
        }
        if (!ok) this.dissem.pop();
        this.after(nd, false);
        break;
      }
      case "slow":
        for (const i of this.select(a.nodes)) {
          const nd = this.nodes[i] as SimNode;
          nd.slowUntil = a.until ?? Number.POSITIVE_INFINITY;
          nd.slowDelay = sampler(a.delay);
          nd.slowDrop = a.drop ?? 0;
        }
        break;
    }
  }

  private heal(): void {
    if (!this.partitioned) return;
    this.partitioned = false;
    this.groupOf.fill(0);
    this.heals.push({ healAt: this.now, reconvergedMs: this.full ? 0 : null });
  }

  // ---- node lifecycle ---------------------------------------------------

  private start(i: number): void {
    const nd = this.nodes[i] as SimNode;
    if (nd.running) return;
    nd.epoch++;
    nd.pending = new Map();
    nd.wakeAt = Number.POSITIVE_INFINITY;
    nd.busyUntil = 0;
    // A fresh engine knows nobody.
    const row = i * this.n;
    for (let j = 0; j < this.n; j++) this.view[row + j] = 0;
    nd.engine = this.adapter.create({
      index: i,
      name: nd.name,
      addr: nd.addr,
      seed: (this.seed * 1_000_003 + i * 7919 + nd.epoch * 104_729) >>> 0,
      now: this.now,
      engine: this.scenario.engine ?? {},
      decodeMemo: this.decodeMemo,
      skipIdleGossipWakeups: this.options.skipIdleGossipWakeups ?? true,
      nameIndex: this.names,
    });
    nd.running = true;
    this.startAt[i] = this.now;
    this.setLive(i, true);
    this.runSince[i] = Math.max(this.now, this.costFrom);
    const seeds: Address[] = [];
    const sc = this.seedCount();
    for (let s = 0; s < sc && s < this.n; s++)
      if (s !== i && this.nodes[s]?.running) seeds.push((this.nodes[s] as SimNode).addr);
    if (seeds.length === 0 && i >= sc) {
      const live = this.liveIndices().filter((j) => j !== i);
      if (live.length > 0)
        seeds.push((this.nodes[live[this.rng.int(live.length)] as number] as SimNode).addr);
    }
    this.call(nd, () => nd.engine?.join(seeds, this.now));
    this.after(nd, false);
  }

  /** @gossip/node's maybeRejoin: join again every seed this node does not see alive. */
  private maybeRejoin(i: number): void {
    const nd = this.nodes[i] as SimNode;
    if (!nd.running || !nd.live || !nd.engine) return;
    const seeds: Address[] = [];
    const sc = Math.min(this.seedCount(), this.n);
    for (let s = 0; s < sc; s++)
      if (s !== i && this.view[i * this.n + s] !== 1) seeds.push((this.nodes[s] as SimNode).addr);
    if (seeds.length === 0) return;
    this.call(nd, () => nd.engine?.join(seeds, this.now));
    this.after(nd, false);
  }

  private stopRunning(nd: SimNode): void {
    if (!nd.running) return;
    nd.running = false;
    nd.engine = null;
    nd.wakeAt = Number.POSITIVE_INFINITY;
    if (!Number.isNaN(this.runSince[nd.index] as number) && this.now > (this.runSince[nd.index] as number))
      this.runMs[nd.index] =
        (this.runMs[nd.index] as number) + this.now - (this.runSince[nd.index] as number);
    this.runSince[nd.index] = Number.NaN;
  }

  private crash(i: number): void {
    const nd = this.nodes[i] as SimNode;
    if (!nd.running) return;
    const wasLive = nd.live;
    this.setLive(i, false);
    this.stopRunning(nd);
    if (wasLive) this.openFailureRecord(i);
  }

  private leave(i: number): void {
    const nd = this.nodes[i] as SimNode;
    if (!nd.running || !nd.live) return;
    this.setLive(i, false);
    this.call(nd, () => nd.engine?.leave(this.now));
    this.after(nd, false);
    const epoch = nd.epoch;
    const grace = 5000;
    this.at(this.now + grace, () => {
      if (nd.epoch === epoch) this.stopRunning(nd);
    });
  }

  private restart(i: number): void {
    const nd = this.nodes[i] as SimNode;
    if (nd.running) return;
    const f = this.openFailure[i] as number;
    if (f >= 0) {
      (this.failures[f] as { open: boolean }).open = false;
      this.openFailure[i] = -1;
    }
    this.start(i);
  }

  private openFailureRecord(i: number): void {
    const observer = new Uint8Array(this.n);
    let observers = 0;
    for (const nd of this.nodes)
      if (nd.live && nd.index !== i) {
        observer[nd.index] = 1;
        observers++;
      }
    this.openFailure[i] = this.failures.length;
    this.failures.push({
      node: i,
      at: this.now,
      observer,
      observers,
      suspect: new Float64Array(this.n).fill(Number.NaN),
      dead: new Float64Array(this.n).fill(Number.NaN),
      deadCount: 0,
      firstSuspicion: null,
      deadEverywhere: observers === 0 ? this.now : null,
      open: true,
    });
  }

  // ---- view bookkeeping -------------------------------------------------

  private target(): number {
    return this.liveCount * (this.liveCount - 1);
  }

  private fraction(): number {
    const t = this.target();
    return t === 0 ? 1 : this.viewPairs / t;
  }

  private setLive(j: number, live: boolean): void {
    const nd = this.nodes[j] as SimNode;
    if (nd.live === live) return;
    const n = this.n;
    const view = this.view;
    let d = 0;
    // Column j: who has j in view; row j: whom j has in view.
    let row = 0;
    for (let i = 0; i < n; i++) {
      if (i === j || !(this.nodes[i] as SimNode).live) continue;
      const vij = view[i * n + j] as number;
      if (vij === 1 || vij === 2) {
        d++;
        this.rowCount[i] = (this.rowCount[i] as number) + (live ? 1 : -1);
      }
      const vji = view[j * n + i] as number;
      if (vji === 1 || vji === 2) {
        d++;
        row++;
      }
    }
    nd.live = live;
    this.rowCount[j] = live ? row : 0;
    this.liveCount += live ? 1 : -1;
    this.viewPairs += live ? d : -d;
    // Observers that are gone no longer count toward open failures.
    if (!live) {
      for (const f of this.failures) {
        if (!f.open || f.deadEverywhere !== null || f.observer[j] !== 1) continue;
        f.observer[j] = 0;
        f.observers--;
        if (!Number.isNaN(f.dead[j] as number)) f.deadCount--;
        if (f.deadCount >= f.observers) f.deadEverywhere = this.now;
      }
    }
    this.checkFull();
    if (live) this.checkNodeFull(j);
  }

  private checkNodeFull(i: number): void {
    if (this.toStart > 0) return;
    if (Number.isNaN(this.perNodeFull[i] as number) && (this.rowCount[i] as number) >= this.liveCount - 1)
      this.perNodeFull[i] = this.now;
  }

  private checkFull(): void {
    const isFull = this.toStart === 0 && this.viewPairs >= this.target() && this.liveCount > 0;
    if (isFull === this.full) return;
    this.full = isFull;
    if (isFull) {
      this.fullTimes.push(this.now);
      if (this.firstFull === null) this.firstFull = this.now;
      for (const h of this.heals) if (h.reconvergedMs === null) h.reconvergedMs = this.now - h.healAt;
    }
  }

  private setView(i: number, j: number, s: number): void {
    const k = i * this.n + j;
    const old = this.view[k] as number;
    if (old === s) return;
    this.view[k] = s;
    const inOld = old === 1 || old === 2;
    const inNew = s === 1 || s === 2;
    if (inOld === inNew || !(this.nodes[i] as SimNode).live || !(this.nodes[j] as SimNode).live) return;
    const d = inNew ? 1 : -1;
    this.viewPairs += d;
    this.rowCount[i] = (this.rowCount[i] as number) + d;
    if (inNew) this.checkNodeFull(i);
    this.checkFull();
  }

  private onEvent(i: number, e: EngineEvent): void {
    switch (e.type) {
      case "member-joined":
      case "member-updated":
      case "member-alive":
      case "member-suspect":
      case "member-dead":
      case "member-left": {
        const j = this.nameIndex.get(e.member.name);
        if (j === undefined || j === i) return;
        const st = e.member.state;
        const s = st === "alive" ? 1 : st === "suspect" ? 2 : st === "dead" ? 3 : 4;
        const observerLive = (this.nodes[i] as SimNode).live;
        const subject = this.nodes[j] as SimNode;
        if (observerLive && (e.type === "member-suspect" || e.type === "member-dead")) {
          if (subject.live) {
            const apart = this.partitioned && this.groupOf[i] !== this.groupOf[j];
            const healthy = !(subject.slowDelay && this.now < subject.slowUntil);
            const raised = e.from === (this.nodes[i] as SimNode).name;
            if (apart) this.partitionSuspect++;
            else if (e.type === "member-suspect") {
              this.fpSuspect++;
              if (raised) this.fpSuspectRaised++;
              if (healthy) this.fpSuspectHealthy++;
            } else {
              this.fpDead++;
              if (raised) this.fpDeadRaised++;
              if (healthy) this.fpDeadHealthy++;
            }
          }
        }
        const fi = this.openFailure[j] as number;
        if (fi >= 0 && (s === 2 || s === 3 || s === 4)) {
          const f = this.failures[fi] as (typeof this.failures)[number];
          if (f.observer[i] === 1) {
            if (Number.isNaN(f.suspect[i] as number)) {
              f.suspect[i] = this.now;
              if (f.firstSuspicion === null) f.firstSuspicion = this.now;
            }
            if (s !== 2 && Number.isNaN(f.dead[i] as number)) {
              f.dead[i] = this.now;
              f.deadCount++;
              if (f.deadEverywhere === null && f.deadCount >= f.observers) f.deadEverywhere = this.now;
            }
          }
        }
        this.setView(i, j, s);
        if (e.type === "member-updated" && this.dissemByLabel.size > 0 && e.member.meta.length > 0)
          this.received(i, `meta\u0000${e.member.name}\u0000${td.decode(e.member.meta)}`);
        break;
      }
      case "member-reaped": {
        const j = this.nameIndex.get(e.name);
        if (j !== undefined && j !== i) this.setView(i, j, 0);
        break;
      }
      case "user-event":
        this.received(i, `user-event\u0000${e.name}`);
        break;
      case "key-changed":
        if (e.newValue !== undefined) this.received(i, `key\u0000${e.key}`, e.node);
        break;
      default:
        break;
    }
  }

  private received(i: number, key: string, node?: string): void {
    const k = this.dissemByLabel.get(key);
    if (k === undefined) return;
    const rec = this.dissem[k] as (typeof this.dissem)[number];
    if (node !== undefined && node !== rec.originName) return;
    if (Number.isNaN(rec.recv[i] as number)) rec.recv[i] = this.now;
  }

  // ---- engine calls and outputs -----------------------------------------

  private call<T>(nd: SimNode, fn: () => T): T {
    if (!this.measureCpu || this.now < this.costFrom) return fn();
    const c0 = process.cpuUsage();
    const r = fn();
    const c = process.cpuUsage(c0);
    this.cpuUs[nd.index] = (this.cpuUs[nd.index] as number) + c.user + c.system;
    return r;
  }

  /** Carry out an engine's outputs and re-arm its timer. */
  private after(nd: SimNode, afterTick: boolean): void {
    const engine = nd.engine;
    if (!engine) return;
    const outs: Output[] = engine.takeOutputs();
    for (let k = 0; k < outs.length; k++) {
      const o = outs[k] as Output;
      switch (o.kind) {
        case "datagram":
          this.sendDatagram(nd, o.to, o.bytes);
          break;
        case "stream-request":
          this.sendStream(nd, o.id, o.to, o.bytes, o.timeoutMs);
          break;
        case "stream-reply":
          this.replyStream(nd, o.id, o.bytes);
          break;
        case "event":
          this.onEvent(nd.index, o.event);
          break;
      }
    }
    if (!nd.running) return;
    let w = engine.nextWakeup();
    if (!(w < Number.POSITIVE_INFINITY)) {
      nd.wakeAt = Number.POSITIVE_INFINITY; // a wake-up still queued is stale now (see below)
      return;
    }
    if (w <= this.now) w = afterTick ? this.now + 1 : this.now;
    // The wake-up follows the engine's latest answer, later as well as earlier: a probe answered
    // in time moves it from the probe's timeout to the next round, and a tick at the old time
    // would be a call for nothing (a quarter of all calls in a settled cluster). A queued tick
    // for another time is dropped when it comes up (its time is no longer wakeAt).
    if (w !== nd.wakeAt) {
      nd.wakeAt = w;
      this.heap.push(new Ev(w, K_TICK, nd.index, nd.epoch, -1, null, 0, null));
    }
  }

  private route(to: Address): number {
    const ip = to.ip;
    if (ip.length !== 4 || ip[0] !== 10 || to.port !== 7946) return -1;
    const j = ((ip[1] as number) << 16) | ((ip[2] as number) << 8) | (ip[3] as number);
    return j < this.n ? j : -1;
  }

  private link(a: number, b: number): LinkParams {
    if (this.zones === 1) return this.links[0] as LinkParams;
    return this.links[
      (this.nodes[a] as SimNode).zone * this.zones + (this.nodes[b] as SimNode).zone
    ] as LinkParams;
  }

  private sendDatagram(nd: SimNode, to: Address, bytes: Uint8Array): void {
    const i = nd.index;
    if (this.now >= this.costFrom) {
      this.bytes[i] = (this.bytes[i] as number) + bytes.length;
      this.packets[i] = (this.packets[i] as number) + 1;
    }
    const j = this.route(to);
    if (j < 0) {
      this.drops.noRoute++;
      return;
    }
    if (this.partitioned && this.groupOf[i] !== this.groupOf[j]) {
      this.drops.partition++;
      return;
    }
    const l = this.link(i, j);
    const r = this.netRng;
    if (l.loss > 0 && r.next() < l.loss) {
      this.drops.loss++;
      return;
    }
    let t = this.now + l.sample(r);
    if (l.reorder > 0 && r.next() < l.reorder) t += l.reorderDelayMs;
    this.heap.push(new Ev(t, K_DGRAM, j, 0, i, bytes, 0, null));
    if (l.duplicate > 0 && r.next() < l.duplicate)
      this.heap.push(new Ev(this.now + l.sample(r), K_DGRAM, j, 0, i, bytes, 0, null));
  }

  private sendStream(nd: SimNode, id: number, to: Address, bytes: Uint8Array, timeoutMs: number): void {
    const i = nd.index;
    if (this.now >= this.costFrom) {
      this.streamBytes[i] = (this.streamBytes[i] as number) + bytes.length;
      this.packets[i] = (this.packets[i] as number) + 1;
    }
    nd.pending.set(id, true);
    const timeout = Math.max(1, timeoutMs);
    this.heap.push(new Ev(this.now + timeout, K_STIMEOUT, i, nd.epoch, -1, null, id, null));
    const j = this.route(to);
    if (j < 0) return;
    const peer = this.nodes[j] as SimNode;
    if (this.partitioned && this.groupOf[i] !== this.groupOf[j]) return;
    if (!peer.running) {
      if (this.scenario.network?.crashedRefuses) {
        const l = this.link(i, j);
        this.heap.push(
          new Ev(this.now + 2 * l.sample(this.netRng), K_STIMEOUT, i, nd.epoch, -1, null, id, null),
        );
      }
      return;
    }
    // Connection set-up (one round trip) plus the request itself.
    const l = this.link(i, j);
    const r = this.netRng;
    const t = this.now + l.sample(r) + l.sample(r) + l.sample(r);
    const inId = this.nextInboundId++;
    this.inbound.set(inId, { from: i, fromEpoch: nd.epoch, fromId: id, toEpoch: peer.epoch });
    this.heap.push(new Ev(t, K_SREQ, j, peer.epoch, i, bytes, inId, null));
  }

  private replyStream(nd: SimNode, inId: number, bytes: Uint8Array): void {
    const s = this.inbound.get(inId);
    if (!s) return;
    this.inbound.delete(inId);
    if (this.now >= this.costFrom) {
      this.streamBytes[nd.index] = (this.streamBytes[nd.index] as number) + bytes.length;
      this.packets[nd.index] = (this.packets[nd.index] as number) + 1;
    }
    if (this.partitioned && this.groupOf[nd.index] !== this.groupOf[s.from]) return;
    const l = this.link(nd.index, s.from);
    this.heap.push(
      new Ev(
        this.now + l.sample(this.netRng),
        K_SREPLY,
        s.from,
        s.fromEpoch,
        nd.index,
        bytes,
        s.fromId,
        null,
      ),
    );
  }

  /**
   * An overloaded node handles inbound messages late, in arrival order: the
   * event is re-queued at max(now + delay, when the node is next free) and
   * marked so it is not delayed twice. Returns true if it was re-queued.
   */
  private delaySlow(nd: SimNode, ev: Ev): boolean {
    if (!nd.slowDelay || this.now >= nd.slowUntil) return false;
    const t = Math.max(this.now + nd.slowDelay(this.netRng), nd.busyUntil);
    nd.busyUntil = t;
    ev.t = t;
    ev.fn = NOOP;
    this.heap.push(ev);
    return true;
  }

  // ---- main loop --------------------------------------------------------

  /** Run to the end of the scenario and return the measurements. */
  run(): RunResult {
    const wall0 = performance.now();
    const cpu0 = process.cpuUsage();
    const end = this.scenario.durationMs;
    const heap = this.heap;
    const nodes = this.nodes;
    for (;;) {
      const ev = heap.peek();
      if (!ev || ev.t > end) break;
      heap.pop();
      this.now = ev.t;
      this.events++;
      switch (ev.kind) {
        case K_ACTION:
          (ev.fn as () => void)();
          break;
        case K_TICK: {
          const nd = nodes[ev.node] as SimNode;
          if (!nd.running || ev.epoch !== nd.epoch || ev.t !== nd.wakeAt) break;
          nd.wakeAt = Number.POSITIVE_INFINITY;
          const engine = nd.engine as Engine;
          this.call(nd, () => engine.tick(this.now));
          this.after(nd, true);
          break;
        }
        case K_DGRAM: {
          const nd = nodes[ev.node] as SimNode;
          if (!nd.running) break;
          if (nd.slowDelay && this.now < nd.slowUntil) {
            if (nd.slowDrop > 0 && this.netRng.next() < nd.slowDrop) {
              this.drops.slow++;
              break;
            }
            ev.kind = K_DGRAM_NOW;
            this.delaySlow(nd, ev);
            break;
          }
          const engine = nd.engine as Engine;
          const from = (nodes[ev.from] as SimNode).addr;
          this.call(nd, () => engine.handleDatagram(from, ev.bytes as Uint8Array, this.now));
          this.after(nd, false);
          break;
        }
        case K_DGRAM_NOW: {
          const nd = nodes[ev.node] as SimNode;
          if (!nd.running) break;
          const engine = nd.engine as Engine;
          const from = (nodes[ev.from] as SimNode).addr;
          this.call(nd, () => engine.handleDatagram(from, ev.bytes as Uint8Array, this.now));
          this.after(nd, false);
          break;
        }
        case K_SREQ: {
          const nd = nodes[ev.node] as SimNode;
          if (!nd.running || ev.epoch !== nd.epoch) {
            this.inbound.delete(ev.id);
            break;
          }
          if (ev.fn === null && this.delaySlow(nd, ev)) break;
          const engine = nd.engine as Engine;
          const from = (nodes[ev.from] as SimNode).addr;
          this.call(nd, () => engine.handleStreamRequest(ev.id, from, ev.bytes as Uint8Array, this.now));
          this.after(nd, false);
          break;
        }
        case K_SREPLY:
        case K_STIMEOUT: {
          const nd = nodes[ev.node] as SimNode;
          if (!nd.running || ev.epoch !== nd.epoch || nd.pending.get(ev.id) !== true) break;
          if (ev.kind === K_SREPLY && ev.fn === null && this.delaySlow(nd, ev)) break;
          nd.pending.delete(ev.id);
          const engine = nd.engine as Engine;
          if (ev.kind === K_SREPLY)
            this.call(nd, () => engine.handleStreamReply(ev.id, ev.bytes as Uint8Array, this.now));
          else this.call(nd, () => engine.handleStreamFailure(ev.id, this.now));
          this.after(nd, false);
          break;
        }
      }
    }
    this.now = end;
    for (const nd of nodes) {
      if (
        nd.running &&
        !Number.isNaN(this.runSince[nd.index] as number) &&
        end > (this.runSince[nd.index] as number)
      )
        this.runMs[nd.index] = (this.runMs[nd.index] as number) + end - (this.runSince[nd.index] as number);
    }
    const c = process.cpuUsage(cpu0);
    return this.result(performance.now() - wall0, (c.user + c.system) / 1000);
  }

  private result(wallMs: number, cpuMs: number): RunResult {
    const s = this.scenario;
    const n = this.n;
    let runMs = 0;
    let bytes = 0;
    let sbytes = 0;
    let pkts = 0;
    let cpu = 0;
    const perNodeBytesPerSec: number[] = [];
    for (let i = 0; i < n; i++) {
      runMs += this.runMs[i] as number;
      bytes += this.bytes[i] as number;
      sbytes += this.streamBytes[i] as number;
      pkts += this.packets[i] as number;
      cpu += this.cpuUs[i] as number;
      const rs = (this.runMs[i] as number) / 1000;
      if (rs > 0) perNodeBytesPerSec.push(((this.bytes[i] as number) + (this.streamBytes[i] as number)) / rs);
    }
    const nodeSec = runMs / 1000;
    const nodeHours = nodeSec / 3600;
    const joinAt = this.allStartedAt;
    const perNodeMs: number[] = [];
    for (let i = 0; i < n; i++) {
      const f = this.perNodeFull[i] as number;
      if (!Number.isNaN(f)) perNodeMs.push(f - (this.startAt[i] as number));
    }
    const dissemination: Dissemination[] = this.dissem.map((d) => {
      const lat: number[] = [];
      for (let i = 0; i < n; i++) {
        const t = d.recv[i] as number;
        if (!Number.isNaN(t)) lat.push(t - d.at);
      }
      lat.sort((a, b) => a - b);
      const reach = (p: number): number | null => {
        const need = Math.max(1, Math.ceil(p * d.targets - 1e-9));
        return lat.length >= need ? (lat[need - 1] as number) : null;
      };
      return {
        kind: d.kind,
        label: d.label,
        origin: d.origin,
        at: d.at,
        targets: d.targets,
        t50: reach(0.5),
        t99: reach(0.99),
        t999: reach(0.999),
        t100: reach(1),
        coverage: d.targets ? Math.min(1, lat.length / d.targets) : 1,
        latencies: lat,
      };
    });
    const failures: Failure[] = this.failures.map((f) => {
      const dead: number[] = [];
      const sus: number[] = [];
      for (let i = 0; i < n; i++) {
        if (f.observer[i] !== 1) continue;
        if (!Number.isNaN(f.dead[i] as number)) dead.push((f.dead[i] as number) - f.at);
        if (!Number.isNaN(f.suspect[i] as number)) sus.push((f.suspect[i] as number) - f.at);
      }
      return {
        node: f.node,
        at: f.at,
        firstSuspicionMs: f.firstSuspicion === null ? null : f.firstSuspicion - f.at,
        deadEverywhereMs: f.deadEverywhere === null ? null : f.deadEverywhere - f.at,
        observerDeadMs: dead,
        observerSuspectMs: sus,
        observers: f.observers,
      };
    });
    const costSec = nodeSec > 0 ? nodeSec : 1;
    return {
      scenario: s.name ?? "scenario",
      engine: this.adapter.id,
      seed: this.seed,
      nodes: n,
      durationMs: s.durationMs,
      wallMs,
      cpuMs,
      events: this.events,
      nodeSeconds: nodeSec,
      convergence: {
        firstFullMs: this.firstFull === null ? null : this.firstFull - joinAt,
        perNodeMs,
        finalFull: this.full,
        missingPairsAtEnd: this.target() - this.viewPairs,
        timeline: this.timeline,
      },
      dissemination,
      failures,
      accuracy: {
        falseSuspicionsRaised: this.fpSuspectRaised,
        falseDeadsRaised: this.fpDeadRaised,
        falseSuspicions: this.fpSuspect,
        falseSuspicionsOfHealthy: this.fpSuspectHealthy,
        falseDeads: this.fpDead,
        falseDeadsOfHealthy: this.fpDeadHealthy,
        partitionSuspicions: this.partitionSuspect,
        nodeHours,
        falseSuspicionsPerNodeHour: nodeHours > 0 ? this.fpSuspectRaised / nodeHours : 0,
        falseDeadsPerNodeHour: nodeHours > 0 ? this.fpDeadRaised / nodeHours : 0,
      },
      cost: {
        bytesPerNodePerSec: (bytes + sbytes) / costSec,
        packetsPerNodePerSec: pkts / costSec,
        streamBytesPerNodePerSec: sbytes / costSec,
        cpuUsPerNodePerSec: this.measureCpu ? cpu / costSec : null,
        perNodeBytesPerSec,
      },
      // Stable re-convergence: from the heal to the last time the view became complete (null if it is not complete at the end).
      recovery: this.heals.map((h) => {
        if (!this.full) return { healAt: h.healAt, reconvergedMs: null };
        const last = this.fullTimes[this.fullTimes.length - 1] as number;
        return { healAt: h.healAt, reconvergedMs: Math.max(0, last - h.healAt) };
      }),
      drops: { ...this.drops },
    };
  }
}

/** Run a scenario once per seed (`runs` runs, seeds seed, seed+1, ...). */
export function runScenario(scenario: Scenario, options: SimOptions = {}): RunResult[] {
  const runs = Math.max(1, scenario.runs ?? 1);
  const seed = scenario.seed ?? 1;
  const out: RunResult[] = [];
  for (let r = 0; r < runs; r++) out.push(new Simulation(scenario, seed + r, options).run());
  return out;
}
