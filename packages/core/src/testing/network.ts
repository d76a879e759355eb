/**
 * An in-memory multi-node driver: many engines wired by a fake network with
 * latency, loss and partitions, on virtual time. Deterministic for a seed.
 * Used by the engine's own tests; exported as `@gossip/core/testing`.
 */
import type { Address } from "@gossip/codec";
import type { EngineConfig } from "../config.js";
import { addrKey, createEngine, type EngineInit, type GossipEngine } from "../engine.js";
import type { EngineEvent, Millis, Output, StreamId } from "../io.js";
import { Prng } from "../prng.js";
import { type Timer, TimerHeap } from "../timers.js";
import type { WireCodec } from "../wire.js";

export interface NetworkOptions {
  readonly seed?: number;
  /** One-way latency range in ms (uniform). Defaults to [1, 5]. */
  readonly latency?: readonly [number, number];
  /** Probability that a datagram is lost. Defaults to 0. */
  readonly loss?: number;
  readonly cluster?: string;
  /** Wire codec factory; defaults to the engine's (the `@gossip/codec` envelope). */
  readonly wire?: (cluster: string) => WireCodec;
  /** Config applied to every node (preset, timing overrides). */
  readonly defaults?: Partial<EngineConfig>;
  /** Called with every output of every node, in order (for traces and determinism checks). */
  readonly onOutput?: (node: string, output: Output, at: Millis) => void;
}

export interface RecordedEvent {
  readonly at: Millis;
  readonly event: EngineEvent;
}

export class SimNode {
  engine: GossipEngine;
  up = true;
  readonly events: RecordedEvent[] = [];
  /** Datagrams to and from this node are dropped (streams still work). */
  datagramsBlocked = false;
  wake: Timer | undefined;
  constructor(
    readonly name: string,
    readonly addr: Address,
    engine: GossipEngine,
  ) {
    this.engine = engine;
  }
}

interface InboundStream {
  readonly requester: SimNode;
  readonly engine: GossipEngine;
  readonly outId: StreamId;
}

export class MemoryNetwork {
  now: Millis = 0;
  readonly nodes = new Map<string, SimNode>();
  private readonly byAddr = new Map<string, SimNode>();
  private readonly heap = new TimerHeap();
  private readonly rng: Prng;
  private readonly latency: readonly [number, number];
  loss: number;
  private readonly cluster: string;
  private readonly wireFactory: ((cluster: string) => WireCodec) | undefined;
  private readonly defaults: Partial<EngineConfig>;
  private readonly onOutput: ((node: string, output: Output, at: Millis) => void) | undefined;
  private inboundId = 0;
  private readonly inbound = new Map<StreamId, InboundStream>();
  /** Pairs of node names that cannot talk (partition), as "a|b". */
  private readonly cut = new Set<string>();
  datagramsSent = 0;
  datagramsDelivered = 0;
  inputs = 0;

  constructor(opts: NetworkOptions = {}) {
    this.rng = new Prng(opts.seed ?? 1);
    this.latency = opts.latency ?? [1, 5];
    this.loss = opts.loss ?? 0;
    this.cluster = opts.cluster ?? "test";
    this.wireFactory = opts.wire;
    this.defaults = opts.defaults ?? {};
    this.onOutput = opts.onOutput;
  }

  /** Add and start a node; its address is 10.0.i/256.i%256:7946. */
  addNode(name: string, config: Partial<EngineConfig> = {}, init: EngineInit = {}): SimNode {
    const existing = this.nodes.get(name);
    const i = existing ? existing.addr : this.nextAddr();
    const engine = this.makeEngine(name, i, config, init);
    const node = new SimNode(name, i, engine);
    this.nodes.set(name, node);
    this.byAddr.set(addrKey(i), node);
    this.sync(node);
    return node;
  }

  private addrCounter = 0;
  private nextAddr(): Address {
    const n = ++this.addrCounter;
    return { ip: new Uint8Array([10, 0, (n >> 8) & 255, n & 255]), port: 7946 };
  }

  private makeEngine(
    name: string,
    addr: Address,
    config: Partial<EngineConfig>,
    init: EngineInit,
  ): GossipEngine {
    const seed = config.seed ?? this.rng.nextU32();
    return createEngine(
      { cluster: this.cluster, ...this.defaults, ...config, name, addr, seed },
      { now: this.now, ...(this.wireFactory ? { wire: this.wireFactory(this.cluster) } : {}), ...init },
    );
  }

  node(name: string): SimNode {
    const n = this.nodes.get(name);
    if (!n) throw new Error(`no node ${name}`);
    return n;
  }

  /** Call `join` on `name` with the given seed nodes' addresses. */
  join(name: string, seeds: readonly string[]): void {
    const n = this.node(name);
    n.engine.join(
      seeds.map((s) => this.node(s).addr),
      this.now,
    );
    this.sync(n);
  }

  leave(name: string): void {
    const n = this.node(name);
    n.engine.leave(this.now);
    this.sync(n);
  }

  /** Stop a node abruptly (crash). */
  kill(name: string): void {
    const n = this.node(name);
    n.up = false;
    if (n.wake) n.wake.cancelled = true;
    n.wake = undefined;
  }

  /** Start a fresh engine with the same name and address (a restart; state is lost). */
  restart(name: string, config: Partial<EngineConfig> = {}, init: EngineInit = {}): SimNode {
    const old = this.node(name);
    if (old.wake) old.wake.cancelled = true;
    old.up = false;
    const engine = this.makeEngine(name, old.addr, config, init);
    const node = new SimNode(name, old.addr, engine);
    this.nodes.set(name, node);
    this.byAddr.set(addrKey(old.addr), node);
    this.sync(node);
    return node;
  }

  /** Cut every link between group a and group b. */
  partition(a: readonly string[], b: readonly string[]): void {
    for (const x of a) for (const y of b) this.cut.add(pairKey(x, y));
  }

  heal(): void {
    this.cut.clear();
  }

  private linked(a: SimNode, b: SimNode): boolean {
    return !this.cut.has(pairKey(a.name, b.name));
  }

  private delay(): number {
    const [lo, hi] = this.latency;
    return lo + this.rng.below(hi - lo + 1);
  }

  /** Carry out a node's outputs and re-arm its wake-up. */
  private sync(node: SimNode): void {
    if (!node.up) return;
    const engine = node.engine;
    for (const o of engine.takeOutputs()) {
      this.onOutput?.(node.name, o, this.now);
      switch (o.kind) {
        case "event":
          node.events.push({ at: this.now, event: o.event });
          break;
        case "datagram": {
          this.datagramsSent++;
          const to = this.byAddr.get(addrKey(o.to));
          if (to === undefined || node.datagramsBlocked) break;
          if (this.loss > 0 && this.rng.float() < this.loss) break;
          const bytes = o.bytes;
          this.heap.schedule(this.now + this.delay(), () => {
            if (!to.up || to.datagramsBlocked || !this.linked(node, to)) return;
            this.datagramsDelivered++;
            this.inputs++;
            to.engine.handleDatagram(node.addr, bytes, this.now);
            this.sync(to);
          });
          break;
        }
        case "stream-request": {
          const to = this.byAddr.get(addrKey(o.to));
          const outId = o.id;
          const bytes = o.bytes;
          this.heap.schedule(this.now + this.delay(), () => {
            if (!node.up || node.engine !== engine) return;
            if (to === undefined || !to.up || !this.linked(node, to)) {
              // Connection refused / unreachable: report after one more hop.
              this.heap.schedule(this.now + this.delay(), () => {
                if (!node.up || node.engine !== engine) return;
                this.inputs++;
                engine.handleStreamFailure(outId, this.now);
                this.sync(node);
              });
              return;
            }
            const id = ++this.inboundId;
            this.inbound.set(id, { requester: node, engine, outId });
            this.inputs++;
            to.engine.handleStreamRequest(id, node.addr, bytes, this.now);
            this.sync(to);
          });
          break;
        }
        case "stream-reply": {
          const s = this.inbound.get(o.id);
          if (s === undefined) break;
          this.inbound.delete(o.id);
          const bytes = o.bytes;
          const responder = node;
          this.heap.schedule(this.now + this.delay(), () => {
            const r = s.requester;
            if (!r.up || r.engine !== s.engine) return;
            this.inputs++;
            if (!this.linked(r, responder)) s.engine.handleStreamFailure(s.outId, this.now);
            else s.engine.handleStreamReply(s.outId, bytes, this.now);
            this.sync(r);
          });
          break;
        }
      }
    }
    const at = engine.nextWakeup();
    if (node.wake && !node.wake.cancelled && node.wake.at === at) return;
    if (node.wake) node.wake.cancelled = true;
    node.wake = undefined;
    if (Number.isFinite(at)) {
      node.wake = this.heap.schedule(Math.max(at, this.now), () => {
        node.wake = undefined;
        if (!node.up || node.engine !== engine) return;
        this.inputs++;
        engine.tick(this.now);
        this.sync(node);
      });
    }
  }

  /** Advance virtual time by `ms`, running everything due. */
  run(ms: number): void {
    this.runUntil(this.now + ms);
  }

  runUntil(t: Millis): void {
    for (;;) {
      const next = this.heap.peek();
      if (next === undefined || next.at > t) break;
      this.heap.pop();
      if (next.at > this.now) this.now = next.at;
      next.fire();
    }
    if (t > this.now) this.now = t;
  }

  /** Run in steps of `step` ms until `pred()` holds or `maxMs` passes; returns whether it held. */
  runUntilTrue(pred: () => boolean, maxMs: number, step = 100): boolean {
    const end = this.now + maxMs;
    while (this.now < end) {
      if (pred()) return true;
      this.runUntil(Math.min(end, this.now + step));
    }
    return pred();
  }

  /** Live nodes. */
  live(): SimNode[] {
    return [...this.nodes.values()].filter((n) => n.up);
  }

  /** The state `observer` holds for `name` (undefined if unknown). */
  stateOf(observer: string, name: string): string | undefined {
    return this.node(observer).engine.member(name)?.state;
  }

  /** True when every live node sees exactly `names` as alive. */
  converged(names: readonly string[]): boolean {
    const want = [...names].sort().join(",");
    for (const n of this.live()) {
      const alive = n.engine
        .members()
        .filter((m) => m.state === "alive")
        .map((m) => m.name)
        .sort()
        .join(",");
      if (alive !== want) return false;
    }
    return true;
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
