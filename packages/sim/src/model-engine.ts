/**
 * A compact stand-in engine: SWIM with Lifeguard (local health multiplier,
 * nacks, confirmation-driven suspicion timeouts), piggybacked dissemination,
 * push/pull anti-entropy over streams, user events and key/value updates.
 *
 * It implements the same `Engine` driver interface as `@gossip/core` but
 * encodes its messages as JSON and follows memberlist's defaults and
 * formulas. It exists so the simulator can be built and tested without the
 * real engine; results produced with it are labelled "model" in every
 * output. It is not the reference implementation.
 */
import type { Address } from "@gossip/codec";
import type { Engine, EngineEvent, MemberInfo, Millis, Output, StreamId } from "@gossip/core";
import { Rng } from "./rng.js";

export type Preset = "lan" | "wan" | "local";

export interface TimingConfig {
  probeIntervalMs: number;
  probeTimeoutMs: number;
  indirectChecks: number;
  gossipIntervalMs: number;
  gossipNodes: number;
  retransmitMult: number;
  suspicionMult: number;
  suspicionMaxTimeoutMult: number;
  pushPullIntervalMs: number;
  gossipToTheDeadMs: number;
  awarenessMaxMultiplier: number;
  streamTimeoutMs: number;
  maxDatagramBytes: number;
}

/** memberlist's DefaultLANConfig / DefaultWANConfig / DefaultLocalConfig. */
export const PRESETS: Readonly<Record<Preset, TimingConfig>> = {
  lan: {
    probeIntervalMs: 1000,
    probeTimeoutMs: 500,
    indirectChecks: 3,
    gossipIntervalMs: 200,
    gossipNodes: 3,
    retransmitMult: 4,
    suspicionMult: 4,
    suspicionMaxTimeoutMult: 6,
    pushPullIntervalMs: 30_000,
    gossipToTheDeadMs: 30_000,
    awarenessMaxMultiplier: 8,
    streamTimeoutMs: 10_000,
    maxDatagramBytes: 1400,
  },
  wan: {
    probeIntervalMs: 5000,
    probeTimeoutMs: 3000,
    indirectChecks: 3,
    gossipIntervalMs: 500,
    gossipNodes: 4,
    retransmitMult: 4,
    suspicionMult: 6,
    suspicionMaxTimeoutMult: 6,
    pushPullIntervalMs: 60_000,
    gossipToTheDeadMs: 60_000,
    awarenessMaxMultiplier: 8,
    streamTimeoutMs: 30_000,
    maxDatagramBytes: 1400,
  },
  local: {
    probeIntervalMs: 1000,
    probeTimeoutMs: 200,
    indirectChecks: 1,
    gossipIntervalMs: 100,
    gossipNodes: 3,
    retransmitMult: 2,
    suspicionMult: 3,
    suspicionMaxTimeoutMult: 6,
    pushPullIntervalMs: 15_000,
    gossipToTheDeadMs: 15_000,
    awarenessMaxMultiplier: 8,
    streamTimeoutMs: 1000,
    maxDatagramBytes: 1400,
  },
};

export interface ModelEngineConfig {
  name: string;
  addr: Address;
  seed: number;
  now: Millis;
  preset?: Preset;
  overrides?: Partial<TimingConfig>;
  lifeguard?: boolean;
}

type State = "alive" | "suspect" | "dead" | "left";

interface Member {
  name: string;
  addr: Address;
  incarnation: number;
  state: State;
  since: Millis;
}

type Update =
  | { t: "alive"; node: string; inc: number; addr: [number[], number] }
  | { t: "suspect"; node: string; inc: number; from: string }
  | { t: "dead"; node: string; inc: number; from: string }
  | { t: "ev"; id: string; origin: string; name: string; payload: string }
  | { t: "kv"; node: string; key: string; value: string; version: number };

type Main =
  | { t: "ping"; seq: number; target: string; from: string; addr: [number[], number] }
  | { t: "ack"; seq: number }
  | { t: "nack"; seq: number }
  | {
      t: "preq";
      seq: number;
      target: string;
      taddr: [number[], number];
      from: string;
      addr: [number[], number];
      nack: boolean;
    };

interface Packet {
  m?: Main;
  g?: Update[];
}

interface Broadcast {
  key: string;
  update: Update;
  json: string;
  transmits: number;
}

interface Suspicion {
  start: Millis;
  min: number;
  max: number;
  k: number;
  confirmers: Set<string>;
  deadline: Millis;
}

interface Probe {
  seq: number;
  target: string;
  sentAt: Millis;
  indirectAt: Millis;
  deadline: Millis;
  acked: boolean;
  indirectSent: boolean;
  expectedNacks: number;
  nacks: number;
}

interface Relay {
  originSeq: number;
  origin: Address;
  nackAt: Millis;
  wantNack: boolean;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

function addrTuple(a: Address): [number[], number] {
  return [Array.from(a.ip), a.port];
}
function tupleAddr(t: [number[], number]): Address {
  return { ip: Uint8Array.from(t[0]), port: t[1] };
}

export class ModelEngine implements Engine {
  readonly name: string;
  private readonly addr: Address;
  private readonly cfg: TimingConfig;
  private readonly lifeguard: boolean;
  private readonly rng: Rng;
  private incarnation = 0;
  private readonly table = new Map<string, Member>();
  private memberOrder: string[] = [];
  private probeIndex = 0;
  private readonly queue: Broadcast[] = [];
  private readonly suspicions = new Map<string, Suspicion>();
  private probe: Probe | undefined;
  private readonly relays = new Map<number, Relay>();
  private readonly seenEvents = new Set<string>();
  private readonly kv = new Map<string, { value: string; version: number }>();
  private kvVersion = 0;
  private awareness = 0;
  private seq = 1;
  private streamId = 1;
  private readonly pendingStreams = new Map<number, "join" | "pushpull">();
  private outputs: Output[] = [];
  private nextProbeAt: Millis;
  private nextGossipAt: Millis;
  private nextPushPullAt: Millis;
  private joined = false;
  private leaving = false;

  constructor(config: ModelEngineConfig) {
    this.name = config.name;
    this.addr = config.addr;
    this.cfg = { ...PRESETS[config.preset ?? "lan"], ...config.overrides };
    this.lifeguard = config.lifeguard ?? true;
    this.rng = new Rng(config.seed);
    const now = config.now;
    this.table.set(this.name, {
      name: this.name,
      addr: this.addr,
      incarnation: 0,
      state: "alive",
      since: now,
    });
    this.nextProbeAt = now + this.rng.int(this.cfg.probeIntervalMs);
    this.nextGossipAt = now + this.rng.int(this.cfg.gossipIntervalMs);
    this.nextPushPullAt = now + this.cfg.pushPullIntervalMs + this.rng.int(this.cfg.pushPullIntervalMs);
  }

  // ---- driver interface -------------------------------------------------

  join(seeds: readonly Address[], now: Millis): void {
    this.joined = true;
    this.enqueue(this.name, {
      t: "alive",
      node: this.name,
      inc: this.incarnation,
      addr: addrTuple(this.addr),
    });
    for (const seed of seeds) {
      const id = this.streamId++;
      this.pendingStreams.set(id, "join");
      this.outputs.push({
        kind: "stream-request",
        id,
        to: seed,
        bytes: this.stateBytes(),
        timeoutMs: this.cfg.streamTimeoutMs,
      });
    }
    void now;
  }

  leave(now: Millis): void {
    this.leaving = true;
    const self = this.table.get(this.name) as Member;
    self.state = "left";
    self.since = now;
    this.enqueue(this.name, { t: "dead", node: this.name, inc: this.incarnation, from: this.name });
  }

  takeOutputs(): Output[] {
    const out = this.outputs;
    this.outputs = [];
    return out;
  }

  members(): readonly MemberInfo[] {
    return [...this.table.values()].map((m) => this.info(m));
  }

  nextWakeup(): Millis {
    let w = Math.min(this.nextProbeAt, this.nextGossipAt, this.nextPushPullAt);
    const p = this.probe;
    if (p && !p.acked) w = Math.min(w, p.indirectSent ? p.deadline : p.indirectAt);
    for (const s of this.suspicions.values()) if (s.deadline < w) w = s.deadline;
    for (const r of this.relays.values()) if (r.wantNack && r.nackAt < w) w = r.nackAt;
    return w;
  }

  tick(now: Millis): void {
    // Probe state machine.
    const p = this.probe;
    if (p && !p.acked) {
      if (!p.indirectSent && now >= p.indirectAt) this.sendIndirect(p);
      if (now >= p.deadline) this.probeFailed(p, now);
    }
    for (const [seq, r] of this.relays) {
      if (r.wantNack && now >= r.nackAt) {
        this.send(r.origin, { t: "nack", seq: r.originSeq }, false);
        this.relays.delete(seq);
      } else if (now >= r.nackAt + this.cfg.probeIntervalMs) {
        this.relays.delete(seq);
      }
    }
    for (const [name, s] of this.suspicions) {
      if (now >= s.deadline) {
        this.suspicions.delete(name);
        const m = this.table.get(name);
        if (m && m.state === "suspect") {
          this.applyDead({ t: "dead", node: name, inc: m.incarnation, from: this.name }, now);
        }
      }
    }
    if (now >= this.nextProbeAt) {
      this.nextProbeAt = now + this.cfg.probeIntervalMs;
      // memberlist's probe loop blocks for the (scaled) probe interval.
      if (this.joined && !this.leaving && !(this.probe && !this.probe.acked && now < this.probe.deadline))
        this.startProbe(now);
    }
    if (now >= this.nextGossipAt) {
      this.nextGossipAt = now + this.cfg.gossipIntervalMs;
      this.gossip(now);
    }
    if (now >= this.nextPushPullAt) {
      this.nextPushPullAt = now + this.pushPullInterval();
      if (this.joined && !this.leaving) {
        const target = this.randomMembers(1, (m) => m.state === "alive")[0];
        if (target) {
          const id = this.streamId++;
          this.pendingStreams.set(id, "pushpull");
          this.outputs.push({
            kind: "stream-request",
            id,
            to: target.addr,
            bytes: this.stateBytes(),
            timeoutMs: this.cfg.streamTimeoutMs,
          });
        }
      }
    }
  }

  handleDatagram(from: Address, bytes: Uint8Array, now: Millis): void {
    let pkt: Packet;
    try {
      pkt = JSON.parse(dec.decode(bytes)) as Packet;
    } catch {
      this.event({ type: "dropped", reason: "malformed", from });
      return;
    }
    if (pkt.g) for (const u of pkt.g) this.applyUpdate(u, now);
    const m = pkt.m;
    if (!m || this.leaving) return;
    switch (m.t) {
      case "ping":
        if (m.target !== this.name) return;
        this.send(tupleAddr(m.addr), { t: "ack", seq: m.seq }, true);
        break;
      case "preq": {
        const seq = this.seq++;
        this.relays.set(seq, {
          originSeq: m.seq,
          origin: tupleAddr(m.addr),
          nackAt: now + this.cfg.probeTimeoutMs * 0.8,
          wantNack: m.nack,
        });
        this.send(
          tupleAddr(m.taddr),
          { t: "ping", seq, target: m.target, from: this.name, addr: addrTuple(this.addr) },
          true,
        );
        break;
      }
      case "ack": {
        const r = this.relays.get(m.seq);
        if (r) {
          this.relays.delete(m.seq);
          this.send(r.origin, { t: "ack", seq: r.originSeq }, false);
          return;
        }
        const p = this.probe;
        if (p && p.seq === m.seq && !p.acked) {
          p.acked = true;
          this.adjustAwareness(-1);
        }
        break;
      }
      case "nack": {
        const p = this.probe;
        if (p && p.seq === m.seq) p.nacks++;
        break;
      }
    }
  }

  handleStreamRequest(id: StreamId, from: Address, bytes: Uint8Array, now: Millis): void {
    this.mergeState(bytes, now);
    this.outputs.push({ kind: "stream-reply", id, bytes: this.stateBytes() });
    void from;
  }

  handleStreamReply(id: StreamId, bytes: Uint8Array, now: Millis): void {
    if (!this.pendingStreams.delete(id)) return;
    this.mergeState(bytes, now);
  }

  handleStreamFailure(id: StreamId, now: Millis): void {
    this.pendingStreams.delete(id);
    void now;
  }

  // ---- application API (used by the simulator's adapter) -------------------

  userEvent(name: string, payload: string, now: Millis): void {
    const id = `${this.name}/${this.seq++}`;
    this.applyUpdate({ t: "ev", id, origin: this.name, name, payload }, now);
  }

  setKey(key: string, value: string, now: Millis): void {
    this.kvVersion++;
    this.applyUpdate({ t: "kv", node: this.name, key, value, version: this.kvVersion }, now);
  }

  // ---- internals --------------------------------------------------------

  private liveCount(): number {
    let n = 0;
    for (const m of this.table.values()) if (m.state === "alive" || m.state === "suspect") n++;
    return n;
  }

  private retransmitLimit(): number {
    return this.cfg.retransmitMult * Math.ceil(Math.log10(this.liveCount() + 1));
  }

  private pushPullInterval(): number {
    const n = this.liveCount();
    const base = this.cfg.pushPullIntervalMs;
    if (n <= 32) return base;
    return base * (Math.ceil(Math.log2(n) - Math.log2(32)) + 1);
  }

  private info(m: Member): MemberInfo {
    return {
      name: m.name,
      addr: m.addr,
      meta: new Uint8Array(0),
      incarnation: m.incarnation,
      state: m.state,
      since: m.since,
    };
  }

  private event(e: EngineEvent): void {
    this.outputs.push({ kind: "event", event: e });
  }

  private enqueue(key: string, update: Update): void {
    const i = this.queue.findIndex((b) => b.key === key);
    if (i >= 0) this.queue.splice(i, 1);
    this.queue.push({ key, update, json: JSON.stringify(update), transmits: 0 });
  }

  private piggyback(budget: number): Update[] | undefined {
    if (this.queue.length === 0) return undefined;
    const limit = this.retransmitLimit();
    // Fewest transmits first (memberlist's TransmitLimitedQueue order).
    this.queue.sort((a, b) => a.transmits - b.transmits);
    const out: Update[] = [];
    let used = 0;
    for (const b of this.queue) {
      if (used + b.json.length + 1 > budget) continue;
      used += b.json.length + 1;
      out.push(b.update);
      b.transmits++;
    }
    for (let i = this.queue.length - 1; i >= 0; i--)
      if ((this.queue[i] as Broadcast).transmits >= limit) this.queue.splice(i, 1);
    return out.length ? out : undefined;
  }

  private send(to: Address, m: Main | undefined, piggy: boolean): void {
    const pkt: Packet = {};
    if (m) pkt.m = m;
    if (piggy) {
      const g = this.piggyback(this.cfg.maxDatagramBytes - 120);
      if (g) pkt.g = g;
    }
    this.outputs.push({ kind: "datagram", to, bytes: enc.encode(JSON.stringify(pkt)) });
  }

  private randomMembers(k: number, pred: (m: Member) => boolean): Member[] {
    const cands: Member[] = [];
    for (const name of this.memberOrder) {
      const m = this.table.get(name) as Member;
      if (pred(m)) cands.push(m);
    }
    const out: Member[] = [];
    while (out.length < k && cands.length > 0) {
      const i = this.rng.int(cands.length);
      out.push(cands[i] as Member);
      cands[i] = cands[cands.length - 1] as Member;
      cands.pop();
    }
    return out;
  }

  private gossip(now: Millis): void {
    if (this.queue.length === 0) return;
    const targets = this.randomMembers(
      this.cfg.gossipNodes,
      (m) =>
        m.state === "alive" ||
        m.state === "suspect" ||
        (m.state === "dead" && now - m.since < this.cfg.gossipToTheDeadMs),
    );
    for (const t of targets) this.send(t.addr, undefined, true);
  }

  private startProbe(now: Millis): void {
    const n = this.memberOrder.length;
    let target: Member | undefined;
    for (let tries = 0; tries < n; tries++) {
      if (this.probeIndex >= n) {
        this.probeIndex = 0;
        for (let i = n - 1; i > 0; i--) {
          const j = this.rng.int(i + 1);
          const a = this.memberOrder[i] as string;
          this.memberOrder[i] = this.memberOrder[j] as string;
          this.memberOrder[j] = a;
        }
      }
      const m = this.table.get(this.memberOrder[this.probeIndex++] as string) as Member;
      if (m.state === "alive" || m.state === "suspect") {
        target = m;
        break;
      }
    }
    if (!target) return;
    const timeout = this.lifeguard ? this.cfg.probeTimeoutMs * (this.awareness + 1) : this.cfg.probeTimeoutMs;
    const seq = this.seq++;
    this.probe = {
      seq,
      target: target.name,
      sentAt: now,
      indirectAt: now + timeout,
      deadline:
        now + (this.lifeguard ? this.cfg.probeIntervalMs * (this.awareness + 1) : this.cfg.probeIntervalMs),
      acked: false,
      indirectSent: false,
      expectedNacks: 0,
      nacks: 0,
    };
    this.send(
      target.addr,
      { t: "ping", seq, target: target.name, from: this.name, addr: addrTuple(this.addr) },
      true,
    );
  }

  private sendIndirect(p: Probe): void {
    p.indirectSent = true;
    const target = this.table.get(p.target);
    if (!target) return;
    const relays = this.randomMembers(
      this.cfg.indirectChecks,
      (m) => m.state === "alive" && m.name !== p.target && m.name !== this.name,
    );
    for (const r of relays) {
      p.expectedNacks += this.lifeguard ? 1 : 0;
      this.send(
        r.addr,
        {
          t: "preq",
          seq: p.seq,
          target: p.target,
          taddr: addrTuple(target.addr),
          from: this.name,
          addr: addrTuple(this.addr),
          nack: this.lifeguard,
        },
        false,
      );
    }
  }

  private probeFailed(p: Probe, now: Millis): void {
    this.probe = undefined;
    if (this.lifeguard) {
      if (p.expectedNacks > 0) {
        if (p.nacks < p.expectedNacks) this.adjustAwareness(p.expectedNacks - p.nacks);
      } else this.adjustAwareness(1);
    }
    const m = this.table.get(p.target);
    if (m?.state !== "alive") return;
    this.applySuspect({ t: "suspect", node: m.name, inc: m.incarnation, from: this.name }, now);
  }

  private adjustAwareness(d: number): void {
    this.awareness = Math.max(0, Math.min(this.cfg.awarenessMaxMultiplier - 1, this.awareness + d));
  }

  private suspicionBounds(): { min: number; max: number; k: number } {
    const n = Math.max(1, this.liveCount());
    const min = this.cfg.suspicionMult * Math.max(1, Math.log10(n)) * this.cfg.probeIntervalMs;
    if (!this.lifeguard) return { min, max: min, k: 0 };
    return { min, max: this.cfg.suspicionMaxTimeoutMult * min, k: Math.max(0, this.cfg.suspicionMult - 2) };
  }

  private applyUpdate(u: Update, now: Millis): void {
    switch (u.t) {
      case "alive":
        this.applyAlive(u, now);
        break;
      case "suspect":
        this.applySuspect(u, now);
        break;
      case "dead":
        this.applyDead(u, now);
        break;
      case "ev":
        if (this.seenEvents.has(u.id)) return;
        this.seenEvents.add(u.id);
        this.enqueue(`ev:${u.id}`, u);
        this.event({
          type: "user-event",
          origin: u.origin,
          name: u.name,
          payload: enc.encode(u.payload),
          id: enc.encode(u.id),
        });
        break;
      case "kv": {
        const k = `${u.node}\u0000${u.key}`;
        const old = this.kv.get(k);
        if (old && old.version >= u.version) return;
        this.kv.set(k, { value: u.value, version: u.version });
        this.enqueue(`kv:${k}`, u);
        this.event({
          type: "key-changed",
          node: u.node,
          key: u.key,
          oldValue: old ? enc.encode(old.value) : undefined,
          newValue: enc.encode(u.value),
        });
        break;
      }
    }
  }

  private applyAlive(u: Extract<Update, { t: "alive" }>, now: Millis): void {
    if (u.node === this.name) {
      if (u.inc > this.incarnation) this.refute(u.inc);
      return;
    }
    const m = this.table.get(u.node);
    if (!m) {
      const nm: Member = {
        name: u.node,
        addr: tupleAddr(u.addr),
        incarnation: u.inc,
        state: "alive",
        since: now,
      };
      this.table.set(u.node, nm);
      const pos = this.rng.int(this.memberOrder.length + 1);
      this.memberOrder.splice(pos, 0, u.node);
      this.enqueue(u.node, u);
      this.event({ type: "member-joined", member: this.info(nm) });
      return;
    }
    if (u.inc <= m.incarnation) return;
    const wasDown = m.state === "dead" || m.state === "left";
    m.incarnation = u.inc;
    m.addr = tupleAddr(u.addr);
    const changed = m.state !== "alive";
    m.state = "alive";
    if (changed) m.since = now;
    this.suspicions.delete(u.node);
    this.enqueue(u.node, u);
    if (wasDown) this.event({ type: "member-joined", member: this.info(m) });
    else if (changed) this.event({ type: "member-alive", member: this.info(m) });
  }

  private refute(inc: number): void {
    this.incarnation = Math.max(this.incarnation, inc) + 1;
    const self = this.table.get(this.name) as Member;
    self.incarnation = this.incarnation;
    if (this.lifeguard) this.adjustAwareness(1);
    this.enqueue(this.name, {
      t: "alive",
      node: this.name,
      inc: this.incarnation,
      addr: addrTuple(this.addr),
    });
  }

  private applySuspect(u: Extract<Update, { t: "suspect" }>, now: Millis): void {
    if (u.node === this.name) {
      if (!this.leaving && u.inc >= this.incarnation) this.refute(u.inc);
      return;
    }
    const m = this.table.get(u.node);
    if (!m || u.inc < m.incarnation) return;
    if (m.state === "suspect") {
      const s = this.suspicions.get(u.node);
      if (s && u.from !== this.name && !s.confirmers.has(u.from) && s.confirmers.size < s.k) {
        s.confirmers.add(u.from);
        const c = s.confirmers.size;
        const timeout = Math.max(s.min, s.max - ((s.max - s.min) * Math.log(c + 1)) / Math.log(s.k + 1));
        s.deadline = s.start + timeout;
        this.enqueue(u.node, u);
      }
      return;
    }
    if (m.state !== "alive") return;
    m.incarnation = u.inc;
    m.state = "suspect";
    m.since = now;
    const b = this.suspicionBounds();
    this.suspicions.set(u.node, { start: now, ...b, confirmers: new Set(), deadline: now + b.max });
    this.enqueue(u.node, u);
    this.event({ type: "member-suspect", member: this.info(m), from: u.from });
  }

  private applyDead(u: Extract<Update, { t: "dead" }>, now: Millis): void {
    if (u.node === this.name) {
      if (!this.leaving && u.inc >= this.incarnation) this.refute(u.inc);
      return;
    }
    const m = this.table.get(u.node);
    if (!m || u.inc < m.incarnation || m.state === "dead" || m.state === "left") return;
    m.incarnation = u.inc;
    m.state = u.from === u.node ? "left" : "dead";
    m.since = now;
    this.suspicions.delete(u.node);
    this.enqueue(u.node, u);
    if (m.state === "left") this.event({ type: "member-left", member: this.info(m) });
    else this.event({ type: "member-dead", member: this.info(m), from: u.from });
  }

  private stateBytes(): Uint8Array {
    const list: [string, number[], number, number, State][] = [];
    for (const m of this.table.values())
      list.push([m.name, Array.from(m.addr.ip), m.addr.port, m.incarnation, m.state]);
    return enc.encode(JSON.stringify(list));
  }

  private mergeState(bytes: Uint8Array, now: Millis): void {
    let list: [string, number[], number, number, State][];
    try {
      list = JSON.parse(dec.decode(bytes));
    } catch {
      return;
    }
    for (const [node, ip, port, inc, state] of list) {
      const addr: [number[], number] = [ip, port];
      if (state === "alive") this.applyAlive({ t: "alive", node, inc, addr }, now);
      else if (state === "suspect") {
        this.applyAlive({ t: "alive", node, inc, addr }, now);
        this.applySuspect({ t: "suspect", node, inc, from: this.name }, now);
      } else if (node === this.name) {
        this.applyDead({ t: "dead", node, inc, from: "" }, now);
      } else if (!this.table.has(node)) {
        // Learn dead members only as dead: nothing to do for the view.
      } else {
        // memberlist treats remote "dead" in push/pull as suspect.
        this.applySuspect({ t: "suspect", node, inc, from: this.name }, now);
      }
    }
  }
}
