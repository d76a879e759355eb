/**
 * Application data in the engine: per-node key/value state (spec/07-kv-state.md),
 * user events (spec/08-user-events.md) and the phi-accrual detector
 * (spec/09-phi-accrual.md), glued to the engine through a narrow host
 * interface. Sans-IO and deterministic like the engine itself.
 */
import type {
  Address,
  KvDelta,
  KvDigest,
  Message,
  NodeDelta,
  NodeDigest,
  PushPull,
  UserEvent,
} from "@gossip/codec";
import { type PhiConfig, PhiConfigError, PhiRegistry } from "../detector/phi.js";
import { EventBuffer, type EventConfig, eventKey } from "../events/buffer.js";
import type { EngineEvent, Millis } from "../io.js";
import { kvDeltaMessageSize, kvDigestMessageSize } from "./size.js";
import { type KeyChange, type KvConfig, KvStore, type SetOptions } from "./store.js";

/** Traffic class of key/value deltas in the broadcast queue (KV-44). */
export const KV_CLASS = "kv";
/** Traffic class of user events in the broadcast queue (EVT-31). */
export const EVENTS_CLASS = "events";

export type DetectorKind = "swim" | "phi";

export interface AppDataConfig {
  readonly kv?: Partial<KvConfig>;
  readonly events?: Partial<EventConfig>;
  readonly phi?: Partial<PhiConfig>;
  /** Failure detector (PHI-31). Default "swim". */
  readonly detector?: DetectorKind;
  /** Largest piggybacked key/value delta, bytes. Default: half the datagram room. */
  readonly kvPiggybackBytes?: number;
  /** Least time between two requests for the same owner's missing versions (KV-23). Default 1000 ms. */
  readonly kvPullIntervalMs?: number;
}

/** What the engine provides to the application-data layer. */
export interface AppDataHost {
  readonly name: string;
  /** Bytes available for messages in one datagram (budget minus envelope overhead). */
  datagramRoom(): number;
  /** Bytes available for the key/value delta in one push-pull frame. */
  streamRoom(): number;
  /** Send `messages` in one datagram to `to` (spare room may carry piggybacked broadcasts). */
  sendDatagram(to: Address, messages: Message[]): void;
  /** Queue a piggybacked broadcast; `key` supersedes a queued one of the same class. */
  broadcast(cls: string, key: string | undefined, message: Message): void;
  /** The queued broadcast of this class and key, if any. */
  pending(cls: string, key: string): Message | undefined;
  emit(event: EngineEvent): void;
  /** Uniform in [0, 1) from the engine's seeded PRNG. */
  random(): number;
  /** Whether `name` is a member the engine still knows (not reaped), or this node. */
  isMember(name: string): boolean;
  /** Members counted for n (alive or suspect). */
  clusterSize(): number;
  /** Engine probe interval, ms (seeds phi, PHI-32). */
  probeIntervalMs(): number;
}

export interface AppDataCounters {
  kvDeltasIn: number;
  kvDeltasApplied: number;
  kvRejected: number;
  kvGaps: number;
  kvPulls: number;
  kvResetsSent: number;
  kvIgnoredUnknownOwner: number;
  eventsIn: number;
  eventsDelivered: number;
}

export class AppData {
  /** Message types routed here by the engine. */
  readonly types = ["kv-digest", "kv-delta", "user-event"] as const;
  readonly kv: KvStore;
  readonly events: EventBuffer;
  readonly phi: PhiRegistry | undefined;
  readonly detector: DetectorKind;
  readonly counters: AppDataCounters = {
    kvDeltasIn: 0,
    kvDeltasApplied: 0,
    kvRejected: 0,
    kvGaps: 0,
    kvPulls: 0,
    kvResetsSent: 0,
    kvIgnoredUnknownOwner: 0,
    eventsIn: 0,
    eventsDelivered: 0,
  };
  private readonly host: AppDataHost;
  private readonly piggybackBytes: number | undefined;
  private readonly pullInterval: number;
  private readonly lastPull = new Map<string, Millis>();
  /** Members already suspected for their current silence (PHI-20). */
  private readonly phiRaised = new Set<string>();
  private phiDue: Millis | undefined;
  /** Digest of the push-pull request being answered (KV-43). */
  private answering: NodeDigest[] | undefined;

  constructor(host: AppDataHost, config: AppDataConfig = {}) {
    this.host = host;
    this.kv = new KvStore(host.name, config.kv);
    this.events = new EventBuffer(host.name, config.events);
    this.detector = config.detector ?? "swim";
    if (this.detector !== "swim" && this.detector !== "phi") {
      throw new PhiConfigError(`detector must be "swim" or "phi", not ${JSON.stringify(this.detector)}`);
    }
    this.phi = this.detector === "phi" ? new PhiRegistry(config.phi) : undefined;
    this.piggybackBytes = config.kvPiggybackBytes;
    this.pullInterval = config.kvPullIntervalMs ?? 1000;
  }

  // ------------------------------------------------------------------ API

  /** Set a key of this node's state (KV-10, KV-15); spreads by piggyback (KV-44). */
  setKey(key: string, value: Uint8Array, options: SetOptions | undefined, now: Millis): void {
    const before = this.kv.maxVersion(this.host.name);
    const change = this.kv.set(key, value, now, options);
    this.afterOwnWrite(before, change);
  }

  /** Delete a key of this node's state (KV-12). */
  deleteKey(key: string, now: Millis): void {
    const before = this.kv.maxVersion(this.host.name);
    const change = this.kv.delete(key, now);
    if (this.kv.maxVersion(this.host.name) !== before) this.afterOwnWrite(before, change);
  }

  getKey(member: string, key: string): Uint8Array | undefined {
    return this.kv.get(member, key);
  }

  keysOf(member: string): Map<string, Uint8Array> {
    return this.kv.keysOf(member);
  }

  /** Broadcast a user event to the cluster (EVT-1); delivered locally too (EVT-3). Returns its id. */
  broadcastEvent(name: string, payload: Uint8Array, now: Millis): Uint8Array {
    const e = this.events.emit(name, payload, now, (n) => this.randomBytes(n));
    this.deliverEvent(e);
    this.host.broadcast(EVENTS_CLASS, eventKey(e.origin, e.id), e);
    return e.id;
  }

  // ------------------------------------------------------------------ engine hooks

  /** A kv-digest, kv-delta or user-event message arrived from `from` (datagram or piggyback). */
  handle(m: Message, from: Address, now: Millis): void {
    switch (m.type) {
      case "kv-delta":
        this.onDelta(m, from, now);
        return;
      case "kv-digest":
        this.onDigest(m, from);
        return;
      case "user-event":
        this.onEvent(m, now);
        return;
      default:
        return;
    }
  }

  /** Fields of a push-pull this node sends (KV-43): its digest and, when answering, the deltas the peer lacks. */
  pushPullFields(): Pick<PushPull, "kvDigest" | "kvDelta"> {
    const digest = this.kv.digest();
    let kvDelta: PushPull["kvDelta"];
    if (this.answering !== undefined) {
      const peer = this.answering;
      this.answering = undefined;
      const d = this.kv.computeDelta(peer, {
        budgetBytes: this.host.streamRoom(),
        random: () => this.host.random(),
      });
      this.counters.kvResetsSent += d.nodes.filter((n) => n.reset).length;
      if (d.nodes.length > 0) kvDelta = { nodes: d.nodes };
    }
    return { kvDigest: { nodes: digest, reply: false }, kvDelta };
  }

  /** A push-pull arrived (request or reply), after membership was merged. */
  mergePushPull(remote: PushPull, now: Millis): void {
    if (remote.kvDelta !== undefined && Array.isArray(remote.kvDelta.nodes)) {
      this.applyDelta(remote.kvDelta.nodes, undefined, now);
    }
    if (!remote.reply) {
      this.answering = Array.isArray(remote.kvDigest?.nodes) ? [...(remote.kvDigest?.nodes ?? [])] : [];
    } else if (remote.kvDigest !== undefined && Array.isArray(remote.kvDigest.nodes)) {
      // Only KV-14: learn whether the responder holds a newer lifetime of this node.
      if (this.kv.observe(remote.kvDigest.nodes)) this.queueOwner(this.host.name, 0);
    }
  }

  /** Run timers: TTL expiry, tombstone collection, seen-set expiry. */
  tick(now: Millis): void {
    const before = this.kv.maxVersion(this.host.name);
    const changes = this.kv.tick(now);
    if (changes.length > 0) {
      for (const c of changes) this.emitChange(c);
      this.queueOwner(this.host.name, before);
    }
    this.events.expire(now);
  }

  /** Earliest time `tick` has work (phi is polled by the engine through `nextPhiCheck`). */
  nextWakeup(): Millis {
    return Math.min(this.kv.nextDeadline(), this.events.nextDeadline());
  }

  /** The member was reaped: drop its state (KV-35) and its detector (PHI-30). */
  memberReaped(name: string): void {
    for (const c of this.kv.removeNode(name)) this.emitChange(c);
    this.lastPull.delete(name);
    this.memberDown(name);
  }

  /** The member went dead or left: stop monitoring it (PHI-30). */
  memberDown(name: string): void {
    if (this.phi === undefined) return;
    this.phi.remove(name);
    this.phiRaised.delete(name);
    this.phiDue = undefined;
  }

  /** An ack from `member` arrived (PHI-1). */
  ackArrived(member: string, now: Millis): void {
    if (this.phi === undefined) return;
    const estimate = this.host.probeIntervalMs() * Math.max(1, this.host.clusterSize() - 1);
    this.phi.heartbeat(member, now, estimate);
    this.phiRaised.delete(member);
    this.phiDue = undefined;
  }

  /**
   * A probe round of `member` failed (PHI-30): with phi, a member never heard
   * from starts being monitored now, so that it can still be suspected.
   */
  probeFailed(member: string, now: Millis): void {
    if (this.phi === undefined || this.phi.get(member) !== undefined) return;
    this.ackArrived(member, now);
  }

  /**
   * Members whose phi crossed the threshold since their last arrival (PHI-20),
   * each reported once per silence, by name. Cheap when nothing is due.
   */
  phiSuspects(now: Millis): string[] {
    if (this.phi === undefined || now < this.nextPhiCheck()) return [];
    const out: string[] = [];
    for (const name of this.phi.suspects(now)) {
      if (this.phiRaised.has(name)) continue;
      this.phiRaised.add(name);
      out.push(name);
    }
    this.phiDue = undefined;
    return out;
  }

  /** When the engine should next evaluate phi (PHI-21). */
  nextPhiCheck(): Millis {
    if (this.phi === undefined) return Number.POSITIVE_INFINITY;
    if (this.phiDue === undefined) this.phiDue = this.phi.nextSuspectAt(this.phiRaised);
    return this.phiDue;
  }

  // ------------------------------------------------------------------ internals

  private randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = Math.floor(this.host.random() * 256) & 0xff;
    return out;
  }

  private afterOwnWrite(before: number, change: KeyChange | undefined): void {
    if (change !== undefined) this.emitChange(change);
    this.queueOwner(this.host.name, before);
  }

  private emitChange(c: KeyChange): void {
    this.host.emit({
      type: "key-changed",
      node: c.node,
      key: c.key,
      oldValue: c.oldValue,
      newValue: c.newValue,
    });
  }

  /** KV-44: queue (or widen) the piggybacked delta of `owner` from `from`. */
  private queueOwner(owner: string, from: number): void {
    const queued = this.host.pending(KV_CLASS, owner);
    let start = from;
    if (queued !== undefined && queued.type === "kv-delta") {
      const nd = queued.nodes[0];
      if (nd !== undefined && !nd.reset) start = Math.min(start, nd.fromVersion);
    }
    const budget = this.piggybackBytes ?? Math.floor(this.host.datagramRoom() / 2);
    const nd = this.kv.deltaFor(owner, start, budget) ?? this.kv.deltaFor(owner, from, budget);
    if (nd === undefined) return;
    this.host.broadcast(KV_CLASS, owner, { type: "kv-delta", nodes: [nd] });
  }

  private applyDelta(nodes: readonly NodeDelta[], from: Address | undefined, now: Millis): void {
    const accepted: NodeDelta[] = [];
    for (const d of nodes) {
      this.counters.kvDeltasIn++;
      if (d === null || typeof d !== "object") continue;
      if (d.node !== this.host.name && !this.host.isMember(d.node)) {
        this.counters.kvIgnoredUnknownOwner++;
        continue;
      }
      accepted.push(d);
    }
    if (accepted.length === 0) return;
    const r = this.kv.applyDelta(accepted, now);
    this.counters.kvRejected += r.rejected.length;
    this.counters.kvGaps += r.gaps.length;
    for (const c of r.changes) this.emitChange(c);
    for (const a of r.advanced) {
      this.counters.kvDeltasApplied++;
      // Pass the news on (KV-44).
      this.queueOwner(a.node, a.from);
    }
    if (r.restamped) this.queueOwner(this.host.name, 0);
    if (from !== undefined && r.gaps.length > 0) this.pull(r.gaps, from, now);
  }

  /** KV-23: ask the sender for what lies between our version and its delta. */
  private pull(gaps: NodeDigest[], to: Address, now: Millis): void {
    const want: NodeDigest[] = [];
    for (const g of gaps) {
      const last = this.lastPull.get(g.node);
      if (last !== undefined && now - last < this.pullInterval) continue;
      this.lastPull.set(g.node, now);
      want.push(g);
    }
    if (want.length === 0) return;
    const digest: KvDigest = { type: "kv-digest", nodes: this.fitDigest(want), reply: false };
    this.counters.kvPulls++;
    this.host.sendDatagram(to, [digest]);
  }

  private fitDigest(nodes: NodeDigest[]): NodeDigest[] {
    const room = this.host.datagramRoom();
    const out: NodeDigest[] = [];
    for (const n of nodes) {
      out.push(n);
      if (kvDigestMessageSize(out) > room) {
        out.pop();
        break;
      }
    }
    return out;
  }

  private onDelta(m: KvDelta, from: Address, now: Millis): void {
    if (!Array.isArray(m.nodes)) return;
    this.applyDelta(m.nodes, from, now);
  }

  /** KV-24 / KV-25: answer a datagram digest with deltas, and with our digest where we are behind. */
  private onDigest(m: KvDigest, from: Address): void {
    if (!Array.isArray(m.nodes)) return;
    const room = this.host.datagramRoom();
    const d = this.kv.computeDelta(m.nodes, {
      budgetBytes: room,
      includeUnlisted: false,
      random: () => this.host.random(),
    });
    this.counters.kvResetsSent += d.nodes.filter((n) => n.reset).length;
    const out: Message[] = [];
    let used = 0;
    if (d.nodes.length > 0) {
      out.push({ type: "kv-delta", nodes: d.nodes });
      used += kvDeltaMessageSize(d.nodes);
    }
    if (!m.reply) {
      const behind = this.kv.behind(m.nodes);
      if (behind.length > 0) {
        const fit: NodeDigest[] = [];
        for (const n of behind) {
          fit.push(n);
          if (used + kvDigestMessageSize(fit) > room) {
            fit.pop();
            break;
          }
        }
        if (fit.length > 0) out.push({ type: "kv-digest", nodes: fit, reply: true });
      }
    }
    if (out.length > 0) this.host.sendDatagram(from, out);
  }

  private onEvent(e: UserEvent, now: Millis): void {
    this.counters.eventsIn++;
    const r = this.events.receive(e, now);
    if (r.verdict === "deliver") this.deliverEvent(e);
    if (r.forward !== undefined) this.host.broadcast(EVENTS_CLASS, eventKey(e.origin, e.id), r.forward);
  }

  private deliverEvent(e: UserEvent): void {
    this.counters.eventsDelivered++;
    this.host.emit({ type: "user-event", origin: e.origin, name: e.name, payload: e.payload, id: e.id });
  }
}
