/**
 * The protocol engine: SWIM + Lifeguard membership, failure detection,
 * dissemination and anti-entropy as a deterministic, sans-IO state machine.
 *
 * Requirement ids in comments refer to spec/03-membership.md (MEM-*),
 * spec/04-failure-detection.md (FD-*), spec/05-dissemination.md (DIS-*) and
 * spec/06-anti-entropy.md (AE-*).
 */
import type {
  Ack,
  Address,
  Alive,
  Dead,
  DecodeMemo,
  EnvelopeCipher,
  Leave,
  MemberRecord,
  MemberState,
  Message,
  MessageType,
  Nack,
  Ping,
  PingReq,
  PushPull,
  Suspect,
} from "@gossip/codec";
import { cachedMemberRecord } from "@gossip/codec";
import { Awareness } from "./awareness.js";
import { BroadcastQueue, type PeerKey } from "./broadcast.js";
import { codecWire } from "./codec-wire.js";
import {
  type EngineConfig,
  pushPullInterval,
  type ResolvedConfig,
  resolveConfig,
  retransmitLimit,
  suspicionConfirmations,
  suspicionMinTimeout,
  suspicionTimeout,
} from "./config.js";
import { EngineError } from "./errors.js";
import { IndexedSet } from "./indexed-set.js";
import type { Engine, EngineEvent, MemberInfo, Millis, Output, StreamId } from "./io.js";
import { AppData } from "./kv/appdata.js";
import type { SetOptions } from "./kv/store.js";
import {
  ALIVE,
  COUNTED,
  DEAD,
  DEAD_COUNTED,
  LEFT,
  type MemberInfoSource,
  MemberStore,
  PrivateIds,
  SharedIds,
  STATE_NAMES,
  type StateCode,
  SUSPECT,
} from "./member-store.js";
import type { NameIndex } from "./name-index.js";
import { Prng } from "./prng.js";
import { ProbeList } from "./probe-list.js";
import { type EngineSecurity, SecureWire, type SecureWireStats } from "./security-hooks.js";
import { type EngineStats, emptyStats } from "./stats.js";
import { type Timer, TimerHeap } from "./timers.js";
import type { WireCodec } from "./wire.js";

/** Traffic class of membership updates in the broadcast queue. */
export const MEMBERSHIP_CLASS = "membership";

/** Protocol versions this engine speaks. */
export const PROTOCOL_MIN = 1;
export const PROTOCOL_MAX = 1;

const MAX_INCARNATION = 0xffffffff;
const MAX_SEQ = 0xffffffff;

/** ErrorReply codes on streams (spec/06-anti-entropy.md). */
export const STREAM_ERROR = Object.freeze({ badRequest: 1, busy: 2, wrongTarget: 3, unsupported: 4 });

/** Extension point for engine part 2 (key/value, events): handles extra message types and push-pull fields. */
export interface EngineExtension {
  /** Message types routed to `handle` (datagrams and piggybacked). */
  readonly types: readonly MessageType[];
  handle(message: Message, from: Address, now: Millis): void;
  /**
   * Fields added to every push-pull this node sends. `peer` is the member the
   * exchange is with: the target of a push-pull this node starts, or the member
   * whose address equals the remote address of a request it serves; undefined
   * when no member has that address (CRDT-71).
   */
  pushPullFields?(join: boolean, peer?: MemberInfo): Partial<Pick<PushPull, "kvDigest" | "kvDelta" | "crdt">>;
  /** Called with every push-pull received (request or reply), after membership is merged; `from` as for `pushPullFields`. */
  mergePushPull?(remote: PushPull, now: Millis, from?: MemberInfo): void;
  /**
   * Per-target piggybacking (CRDT-72): called while filling a datagram to the
   * member `target`, after the broadcast queue, with the room left in bytes and
   * the current retransmit limit. Returned messages that do not fit are not sent.
   */
  piggyback?(target: MemberInfo, roomBytes: number, transmitLimit: number): Message[];
  /** Whether `piggyback` has anything to send (keeps gossip rounds going while it has). */
  hasPiggyback?(): boolean;
  /**
   * False when `pushPullFields` and `mergePushPull` ignore their `peer`/`from`
   * argument: the engine then does not look the peer up (a scan of the members).
   */
  readonly usesPeer?: boolean;
}

export interface EngineInit {
  /** Driver time at creation. Defaults to 0. */
  readonly now?: Millis;
  /** Starting incarnation (a restarted node may persist its last one). Defaults to 0. */
  readonly incarnation?: number;
  /** Wire codec; defaults to the `@gossip/codec` envelope for `config.cluster` with the options below. */
  readonly wire?: WireCodec;
  /** Envelope cipher (see @gossip/security); envelopes are sealed with its primary key. */
  readonly cipher?: EnvelopeCipher;
  /** Allow DEFLATE compression of large envelopes. Default false. */
  readonly compress?: boolean;
  /**
   * Decoded-entry memo shared by engines in one process (the simulator): each
   * broadcast entry is decoded once, not once per receiver. Ignored with `wire`.
   */
  readonly decodeMemo?: DecodeMemo;
  /** Member-name ids shared by engines in one process (the simulator); see `NameIndex`. */
  readonly nameIndex?: NameIndex;
  /**
   * Leave idle gossip rounds out of `nextWakeup()` (default false). A round with
   * nothing queued sends nothing, so a driver that always calls in exactly at
   * `nextWakeup()` (the simulator) gets the same outputs with far fewer calls:
   * skipped rounds run, in their place in the timer order, at the start of the
   * next call. Not for drivers whose application calls may queue updates
   * between engine calls without re-reading `nextWakeup()`.
   */
  readonly skipIdleGossipWakeups?: boolean;
  /** Accept unencrypted envelopes when a cipher is set. Default true. */
  readonly acceptPlaintext?: boolean;
  /** Seal outgoing envelopes with this cipher instead of `cipher` (undefined with `openWith` set: send plaintext). SEC-40. */
  readonly sealWith?: EnvelopeCipher;
  /** Open incoming envelopes with this cipher instead of `cipher`. SEC-40. */
  readonly openWith?: EnvelopeCipher;
  /** PKI (spec/11-security.md): sign own messages, admit only verified ones. */
  readonly security?: EngineSecurity;
  /**
   * SEC-102, SEC-103: no gossip and no larger reply to unverified sources; relays probe the held address.
   * Default true (SEC-102 is a MUST for every node); false only for tests and experiments.
   */
  readonly amplificationLimits?: boolean;
}

interface Suspicion {
  readonly start: Millis;
  readonly k: number;
  readonly min: number;
  readonly max: number;
  readonly confirmedBy: Set<string>;
  confirmations: number;
  timer: Timer;
}

interface ProbeState {
  readonly kind: "probe";
  readonly seq: number;
  readonly target: string;
  readonly addr: Address;
  readonly start: Millis;
  done: boolean;
  expectedNacks: number;
  nacks: number;
  timeoutTimer: Timer | undefined;
  deadlineTimer: Timer | undefined;
}

interface RelayState {
  readonly kind: "relay";
  readonly origSeq: number;
  readonly requester: Address;
  readonly wantNack: boolean;
  /** Size of the PingReq: the most the answer to an unverified requester may take (SEC-103). */
  readonly budget: number;
  timer: Timer | undefined;
}

type AckHandler = ProbeState | RelayState;

type PendingStream =
  | { readonly kind: "push-pull"; readonly join: boolean; readonly to: Address }
  | { readonly kind: "ping"; readonly probe: ProbeState; readonly seq: number };

const EMPTY = new Uint8Array(0);

export function addrKey(a: Address): string {
  const ip = a.ip;
  let s = "";
  for (let i = 0; i < ip.length; i++) s += (i ? "." : "") + (ip[i] as number);
  return `${s}:${a.port}`;
}

/** Whether `r` states exactly `m`'s current view (engines may hold equal addresses and bytes in different objects). */
/** Information of a member that never had an address: what a fresh record starts with. */
const NO_INFO: MemberInfoSource = Object.freeze({
  addr: undefined,
  meta: EMPTY,
  incarnation: -1,
  protocolMin: PROTOCOL_MIN,
  protocolMax: PROTOCOL_MAX,
});

function recordMatches(
  r: MemberRecord,
  name: string,
  incarnation: number,
  state: MemberState,
  info: MemberInfoSource,
): boolean {
  return (
    r.node === name &&
    r.incarnation === incarnation &&
    r.state === state &&
    r.protocolMin === info.protocolMin &&
    r.protocolMax === info.protocolMax &&
    (r.addr === undefined
      ? info.addr === undefined
      : info.addr !== undefined && sameAddr(r.addr, info.addr)) &&
    sameBytes(r.meta, info.meta) &&
    r.certificate.length === 0 // members carry no certificate (EMPTY in their alives and records)
  );
}

/** An address as a map key: a number for IPv4 (no string built on the hot path), `addrKey` for IPv6. */
export type AddrId = number | string;

export function addrId(a: Address): AddrId {
  const ip = a.ip;
  if (ip.length !== 4) return addrKey(a);
  return (
    ((ip[0] as number) * 16_777_216 +
      (ip[1] as number) * 65_536 +
      (ip[2] as number) * 256 +
      (ip[3] as number)) *
      65_536 +
    a.port
  );
}

function sameAddr(a: Address, b: Address): boolean {
  // Decoded messages may be shared (a decode memo), so the same object is common.
  return a === b || (a.port === b.port && sameBytes(a.ip, b.ip));
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isU32(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= MAX_INCARNATION;
}

function validAddr(a: unknown): a is Address {
  if (a === undefined || a === null || typeof a !== "object") return false;
  const x = a as Address;
  return (
    x.ip instanceof Uint8Array &&
    (x.ip.length === 4 || x.ip.length === 16) &&
    Number.isInteger(x.port) &&
    x.port >= 1 &&
    x.port <= 65535
  );
}

function validName(n: unknown): n is string {
  return typeof n === "string" && n.length > 0 && n.length <= 128;
}

/** Create an engine. See docs/engine.md. */
export function createEngine(config: EngineConfig, init: EngineInit = {}): GossipEngine {
  return new GossipEngine(config, init);
}

/** Probe round-trip samples kept for `probeRtts()`. */
const RTT_SAMPLES = 128;

export class GossipEngine implements Engine {
  readonly name: string;
  readonly config: ResolvedConfig;
  private readonly wire: WireCodec;
  private readonly rng: Prng;
  private readonly timers = new TimerHeap();
  private readonly awareness: Awareness;
  private readonly rtts: number[] = [];
  private rttCount = 0;
  private lastRtt = 0;
  private readonly queue: BroadcastQueue<Message>;
  /** Member records by id (self included). */
  private readonly members_: MemberStore;
  private readonly selfId: number;
  /** Running suspicion timers by member id (FD-12). */
  private readonly suspicions = new Map<number, Suspicion>();
  /**
   * By `nameIndex` id: a shared (frozen) alive or push-pull record this engine
   * has taken in completely (same address, incarnation not above what it knows).
   * Receiving the very same object again changes nothing, so it is passed over
   * without touching the member. Cleared when the member's address changes or
   * the member is created or reaped.
   */
  private readonly absorbedById: (Alive | MemberRecord | undefined)[] = [];
  private readonly nameIndex: NameIndex | undefined;
  /** The decode memo, when this engine uses the codec's wire with it (see `relayedAlive`). */
  private readonly memo: DecodeMemo | undefined;
  private readonly probeList: ProbeList;
  /** Non-self alive or suspect members with an address (relay, gossip and push-pull candidates). */
  private readonly live: IndexedSet;
  /**
   * SEC-102: how many members of `live` have each address (by `addrId`), for `verifiedAddr`.
   * Not kept with a NameIndex: that notes which names were live at each address, and the engine
   * checks whether those members are counted at that address.
   */
  private readonly liveAddrs = new Map<AddrId, number>();
  /** Non-self dead members with an address (gossip to the dead, partition healing). */
  private readonly deadPeers: IndexedSet;
  private readonly ackHandlers = new Map<number, AckHandler>();
  private readonly streams = new Map<StreamId, PendingStream>();
  private readonly extensions = new Map<MessageType, EngineExtension>();
  private readonly extensionList: EngineExtension[] = [];
  /** Extensions with a per-target `piggyback` hook (CRDT-72). */
  private readonly piggybackers: EngineExtension[] = [];
  /** Key/value state, user events and the phi detector (spec/07, 08, 09). */
  readonly app: AppData;
  private outputs: Output[] = [];
  private readonly stats_: EngineStats = emptyStats();
  private now: Millis;
  private seq = 0;
  private streamId = 0;
  private countedMembers = 0;
  private deadMembers = 0;
  private leaving = false;
  private pushPullOutstanding = false;
  private inboundPushPulls = 0;
  private pendingJoin: { ok: number; failed: number; waiting: number } | undefined;
  private probeTimer: Timer | undefined;
  private pushPullTimer: Timer | undefined;
  private gossipTimer: Timer | undefined;
  private readonly skipIdleGossip: boolean;
  private activeProbe: ProbeState | undefined;
  /** PKI wrapper of the wire, when `init.security` is set. */
  private readonly security: SecureWire | undefined;
  private readonly amplificationLimits: boolean;
  /** Size of the datagram being handled: the most a reply to an unverified source may take (SEC-102). */
  private replyBudget = Number.POSITIVE_INFINITY;
  /** Source of the datagram being handled: updates relayed from it are not sent back to it (DIS-11). */
  private learnedFrom: PeerKey | undefined;
  /** DIS-12 for the queue: an update that reached at least as many peers as are live may cover them all. */
  private readonly coversLive = (count: number, slot: number): boolean =>
    count >= this.live.size && this.allLiveIn(this.queue.sentTo(slot));

  constructor(config: EngineConfig, init: EngineInit = {}) {
    this.config = resolveConfig(config);
    this.name = this.config.name;
    this.now = init.now ?? 0;
    const baseWire =
      init.wire ??
      codecWire(this.config.cluster, {
        cipher: init.cipher,
        sealWith: init.sealWith,
        openWith: init.openWith,
        compress: init.compress,
        acceptPlaintext: init.acceptPlaintext,
        memo: init.decodeMemo,
      });
    this.security =
      init.security === undefined
        ? undefined
        : new SecureWire(baseWire, init.security, {
            name: this.config.name,
            cluster: this.config.cluster,
            now: () => this.now,
            broadcast: (cls, key, message) => this.broadcast(cls, key, message),
            ownState: () => this.app.kv.deltaFor(this.name, 0, 1 << 20),
          });
    this.wire = this.security ?? baseWire;
    this.amplificationLimits = init.amplificationLimits ?? true;
    this.skipIdleGossip = init.skipIdleGossipWakeups ?? false;
    this.nameIndex = init.nameIndex;
    this.memo = init.wire === undefined && init.security === undefined ? init.decodeMemo : undefined;
    this.members_ = new MemberStore(
      this.nameIndex === undefined ? new PrivateIds() : new SharedIds(this.nameIndex),
    );
    this.rng = new Prng(this.config.seed);
    this.awareness = new Awareness(this.config.lifeguard ? this.config.awarenessMaxMultiplier : 1);
    const names = this.nameIndex;
    this.queue =
      names === undefined
        ? new BroadcastQueue<Message>(this.config.broadcastQueueLimit)
        : new BroadcastQueue<Message>(this.config.broadcastQueueLimit, true, (cls, key) =>
            cls === MEMBERSHIP_CLASS ? names.id(key) : -1,
          );
    this.app = this.createAppData(config);
    this.probeList = new ProbeList(this.rng);
    this.live = new IndexedSet();
    this.deadPeers = new IndexedSet();
    const incarnation = init.incarnation ?? 0;
    if (!isU32(incarnation)) throw new EngineError("config-invalid", "incarnation must be a uint32");
    this.selfId = this.members_.add(
      this.name,
      {
        addr: this.config.addr,
        meta: this.config.meta,
        incarnation,
        protocolMin: PROTOCOL_MIN,
        protocolMax: PROTOCOL_MAX,
      },
      ALIVE,
      incarnation,
      this.now,
    );
    this.members_.setFlag(this.selfId, COUNTED, true);
    this.countedMembers = 1;
    // MEM-3: a node announces itself alive when it starts.
    this.enqueueMembership(this.selfAlive());
    this.scheduleProbe(this.now + this.config.probeIntervalMs);
    if (this.config.gossipIntervalMs > 0) this.scheduleGossip(this.now + this.config.gossipIntervalMs);
    if (this.config.pushPullIntervalMs > 0) this.schedulePushPull();
  }

  // ---------------------------------------------------------------- Engine API

  handleDatagram(from: Address, bytes: Uint8Array, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    this.stats_.packetsIn++;
    this.stats_.bytesIn += bytes.length;
    const r = this.wire.decode(bytes);
    if (!r.ok) {
      this.drop(`decode:${r.reason}`, from);
      return;
    }
    this.replyBudget = bytes.length;
    this.learnedFrom = this.peerKey(from);
    try {
      for (const m of r.messages) this.dispatch(m, from, false);
    } finally {
      this.replyBudget = Number.POSITIVE_INFINITY;
      this.learnedFrom = undefined;
    }
  }

  handleStreamRequest(id: StreamId, from: Address, bytes: Uint8Array, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    this.stats_.streamsIn++;
    this.stats_.bytesIn += bytes.length;
    const r = this.wire.decode(bytes);
    if (!r.ok) {
      this.drop(`decode:${r.reason}`, from);
      this.streamError(id, STREAM_ERROR.badRequest, "undecodable request");
      return;
    }
    let answered = false;
    for (const m of r.messages) {
      if (answered) {
        this.dispatch(m, from, true);
        continue;
      }
      if (m.type === "push-pull" && !m.reply) {
        answered = true;
        this.servePushPull(id, m, from);
      } else if (m.type === "ping") {
        answered = true;
        if (!this.validPing(m)) {
          this.drop("malformed", from);
          this.streamError(id, STREAM_ERROR.badRequest, "malformed ping");
        } else if (m.target !== "" && m.target !== this.name) {
          this.drop("wrong-target", from);
          this.streamError(id, STREAM_ERROR.wrongTarget, "wrong target");
        } else {
          // FD-9: a ping over a stream is answered with an ack over the same stream.
          this.out({
            kind: "stream-reply",
            id,
            bytes: this.encode([{ type: "ack", seq: m.seq, payload: EMPTY }]),
          });
        }
      } else {
        this.dispatch(m, from, true);
      }
    }
    if (!answered) this.streamError(id, STREAM_ERROR.unsupported, "no request message");
  }

  handleStreamReply(id: StreamId, bytes: Uint8Array, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    this.stats_.bytesIn += bytes.length;
    const pending = this.streams.get(id);
    if (pending === undefined) {
      this.drop("unknown-stream", undefined);
      return;
    }
    this.streams.delete(id);
    const r = this.wire.decode(bytes);
    if (!r.ok) {
      this.drop(`decode:${r.reason}`, undefined);
      this.streamFailed(pending);
      return;
    }
    if (pending.kind === "push-pull") {
      const reply = r.messages.find((m): m is PushPull => m.type === "push-pull");
      if (reply === undefined) {
        this.streamFailed(pending);
        return;
      }
      this.mergePushPull(reply, pending.to);
      this.pushPullDone(pending, true);
    } else {
      const ack = r.messages.find((m): m is Ack => m.type === "ack");
      if (ack !== undefined && ack.seq === pending.seq && !pending.probe.done) {
        this.stats_.streamProbeRescues++;
        this.probeSucceeded(pending.probe, false);
      }
    }
  }

  handleStreamFailure(id: StreamId, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    const pending = this.streams.get(id);
    if (pending === undefined) return;
    this.streams.delete(id);
    this.streamFailed(pending);
  }

  tick(now: Millis): void {
    this.stats_.inputs++;
    this.advance(now);
  }

  join(seeds: readonly Address[], now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    if (this.leaving) {
      // API misuse is not fatal: a node that left does not join again.
      this.drop("join-after-leave", undefined);
      this.emit({ type: "join-finished", succeeded: 0, failed: seeds.length });
      return;
    }
    // AE-1: join = push-pull with join=true to every seed over a stream.
    const targets = seeds.filter((s) => validAddr(s) && !sameAddr(s, this.config.addr));
    if (this.pendingJoin !== undefined) {
      // A join while another is in progress: one combined result when both are done.
      this.pendingJoin.waiting += targets.length;
      for (const s of targets) this.startPushPull(s, true);
      return;
    }
    this.pendingJoin = { ok: 0, failed: 0, waiting: targets.length };
    if (targets.length === 0) {
      this.finishJoin();
      return;
    }
    for (const s of targets) this.startPushPull(s, true);
  }

  leave(now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    if (this.leaving) return;
    this.leaving = true;
    // MEM-15: graceful leave is announced with Leave at the current incarnation.
    this.setState(this.selfId, LEFT, this.selfIncarnation());
    if (this.probeTimer) this.probeTimer.cancelled = true;
    if (this.pushPullTimer) this.pushPullTimer.cancelled = true;
    if (this.activeProbe) this.finishProbe(this.activeProbe);
    const msg: Leave = { type: "leave", node: this.name, incarnation: this.selfIncarnation() };
    this.enqueueMembership(msg);
    this.emit({ type: "member-left", member: this.info(this.selfId) });
  }

  takeOutputs(): Output[] {
    const o = this.outputs;
    this.outputs = [];
    return o;
  }

  nextWakeup(): Millis {
    const t = this.timers.peek();
    let at = t === undefined ? Number.POSITIVE_INFINITY : t.at;
    if (t !== undefined && t === this.gossipTimer && this.skipIdleGossip && !this.gossipPending()) {
      // The next live timer: a cancelled one (a probe answered in time) would only wake us for nothing.
      at = this.timers.peekAfter(t)?.at ?? Number.POSITIVE_INFINITY;
    }
    return Math.min(at, this.app.nextWakeup(), this.app.nextPhiCheck());
  }

  members(): readonly MemberInfo[] {
    const out: MemberInfo[] = [];
    const ms = this.members_;
    for (const id of ms.list()) if (this.addrOf(id) !== undefined) out.push(this.info(id));
    return out;
  }

  // ------------------------------------------------------------ extra public API

  /** One member by name (ghost records without an address are not returned). */
  member(name: string): MemberInfo | undefined {
    const id = this.members_.find(name);
    return id < 0 || this.addrOf(id) === undefined ? undefined : this.info(id);
  }

  /** Counters snapshot. */
  stats(): EngineStats {
    const s = this.stats_;
    s.health = this.awareness.health;
    s.broadcastsEnqueued = this.queue.counters.enqueued;
    s.broadcastsSuperseded = this.queue.counters.superseded;
    s.broadcastsRetired = this.queue.counters.retired;
    s.queueDrops = this.queue.counters.dropped;
    return { ...s, drops: { ...s.drops } };
  }

  /** Lifeguard local health score (0 = healthy). */
  health(): number {
    return this.awareness.health;
  }

  /** This node's current incarnation. */
  incarnation(): number {
    return this.selfIncarnation();
  }

  /** n as used by the scaling formulas: alive + suspect members (self included). */
  clusterSize(): number {
    return this.countedMembers;
  }

  /** Number of member records held, ghosts and dead included. */
  knownMembers(): number {
    return this.members_.size;
  }

  /** Queued broadcasts, all classes or one. */
  pendingBroadcasts(cls?: string): number {
    return this.queue.size(cls);
  }

  /** Change this node's metadata; re-announced with a new incarnation (MEM-23). */
  setMeta(meta: Uint8Array, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    if (!(meta instanceof Uint8Array) || meta.length > 512) {
      throw new EngineError("meta-too-large", "meta must be a Uint8Array of at most 512 bytes");
    }
    if (this.leaving) return;
    const info = this.infoOf(this.selfId);
    this.members_.info[this.selfId] = {
      addr: info.addr,
      meta: new Uint8Array(meta), // a copy, as for config.meta
      incarnation: info.incarnation,
      protocolMin: info.protocolMin,
      protocolMax: info.protocolMax,
    };
    this.bumpIncarnation(this.selfIncarnation() + 1);
  }

  /** Queue an application update in traffic class `cls` (part 2: kv, events). `key` supersedes. */
  broadcast(cls: string, key: string | undefined, message: Message): void {
    if (cls === MEMBERSHIP_CLASS) throw new EngineError("reserved-class", "the membership class is reserved");
    this.queue.enqueue(cls, key, message, this.wire.messageSize(message), this.learnedFrom);
  }

  /** Register an extension for extra message types (engine part 2). */
  addExtension(ext: EngineExtension): void {
    for (const t of ext.types) this.extensions.set(t, ext);
    this.extensionList.push(ext);
    if (ext.piggyback) this.piggybackers.push(ext);
  }

  /** What alive information says of member `id`: address, metadata, protocol range. */
  private infoOf(id: number): MemberInfoSource {
    return this.members_.info[id] as MemberInfoSource;
  }

  /** How the broadcast queue knows a peer (DIS-11): its address, as a shared small integer with a name index. */
  private peerKey(a: Address): PeerKey {
    return this.nameIndex === undefined ? addrId(a) : this.nameIndex.peer(addrId(a));
  }

  private addrOf(id: number): Address | undefined {
    return (this.members_.info[id] as MemberInfoSource).addr;
  }

  private stateOf(id: number): StateCode {
    return this.members_.state[id] as StateCode;
  }

  private incarnationOf(id: number): number {
    return this.members_.incarnation[id] as number;
  }

  private selfIncarnation(): number {
    return this.members_.incarnation[this.selfId] as number;
  }

  /** Whether member `id` (present) is alive or suspect with an address. */
  private liveWithAddr(id: number): boolean {
    const st = this.members_.state[id] as StateCode;
    return (st === ALIVE || st === SUSPECT) && this.addrOf(id) !== undefined;
  }

  /** `memberAt(a)` when an extension wants the push-pull peer, else undefined (no scan). */
  private pushPullPeer(a: Address | undefined): MemberInfo | undefined {
    if (a === undefined) return undefined;
    for (const ext of this.extensionList) if (ext.usesPeer !== false) return this.memberAt(a);
    return undefined;
  }

  /** The member whose address is `a` (a linear scan; used only for per-peer extension hooks). */
  private memberAt(a: Address): MemberInfo | undefined {
    for (const id of this.members_.list()) {
      const addr = this.addrOf(id);
      if (id !== this.selfId && addr !== undefined && sameAddr(addr, a)) return this.info(id);
    }
    return undefined;
  }

  /** CRDT-72: after the queue, extensions piggyback per-target messages into the room left. */
  private extensionPiggyback(to: Address, used: number, messages: Message[], primaryCount: number): void {
    let pending = false;
    for (const ext of this.piggybackers) if (ext.hasPiggyback?.() ?? true) pending = true;
    if (!pending) return;
    const target = this.memberAt(to);
    if (target === undefined) return;
    let room = this.config.maxDatagramBytes - used;
    for (let i = primaryCount; i < messages.length; i++)
      room -= this.wire.messageSize(messages[i] as Message);
    for (const ext of this.piggybackers) {
      if (room <= 0) return;
      for (const m of ext.piggyback?.(target, room, this.limit()) ?? []) {
        const size = this.wire.messageSize(m);
        if (size > room) continue;
        room -= size;
        messages.push(m);
      }
    }
  }

  private gossipPending(): boolean {
    return this.queue.size() > 0 || this.extensionsPending();
  }

  private extensionsPending(): boolean {
    for (const ext of this.piggybackers) if (ext.hasPiggyback?.() ?? true) return true;
    return false;
  }

  // ------------------------------------------------------ application data (part 2)

  /** Set a key of this node's key/value state, optionally with a TTL (KV-10, KV-15). Throws KvError. */
  setKey(key: string, value: Uint8Array, options: SetOptions | undefined, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    this.app.setKey(key, value, options, this.now);
  }

  /** Delete a key of this node's key/value state (KV-12). */
  deleteKey(key: string, now: Millis): void {
    this.advance(now);
    this.stats_.inputs++;
    this.app.deleteKey(key, this.now);
  }

  /** A key of `member`'s state as this node knows it. */
  getKey(member: string, key: string): Uint8Array | undefined {
    return this.app.getKey(member, key);
  }

  /** The live keys of `member`'s state as this node knows them. */
  keysOf(member: string): Map<string, Uint8Array> {
    return this.app.keysOf(member);
  }

  /** Broadcast a user event to every node (EVT-1); returns its 16-byte id. Throws EventError. */
  broadcastEvent(name: string, payload: Uint8Array, now: Millis): Uint8Array {
    this.advance(now);
    this.stats_.inputs++;
    return this.app.broadcastEvent(name, payload, this.now);
  }

  private createAppData(config: EngineConfig): AppData {
    const app = new AppData(
      {
        name: this.name,
        datagramRoom: () => this.config.maxDatagramBytes - this.wire.overhead,
        streamRoom: () => 1 << 20,
        sendDatagram: (to, messages) => this.sendDatagram(to, messages),
        broadcast: (cls, key, message) =>
          this.queue.enqueue(cls, key, message, this.wire.messageSize(message), this.learnedFrom),
        pending: (cls, key) => this.queue.pending(cls, key),
        emit: (event) => this.emit(event),
        random: () => this.rng.float(),
        isMember: (name) => this.members_.find(name) >= 0,
        clusterSize: () => this.countedMembers,
        probeIntervalMs: () => this.config.probeIntervalMs,
      },
      config,
    );
    this.addExtension({
      types: app.types,
      handle: (m, from, now) => app.handle(m, from, now),
      pushPullFields: () => app.pushPullFields(),
      mergePushPull: (pp, now) => app.mergePushPull(pp, now),
      usesPeer: false,
    });
    return app;
  }

  /** Application-data timers, and PHI-31: a member whose phi crossed the threshold is suspected. */
  private appTick(): void {
    // Most calls fall between the application layer's deadlines: skip its walk over its stores then.
    // (Within 1 ms of a deadline it runs anyway: it compares times its own way.)
    if (this.app.nextWakeup() <= this.now + 1) this.app.tick(this.now);
    if (this.app.nextPhiCheck() > this.now) return;
    for (const name of this.app.phiSuspects(this.now)) {
      const id = this.members_.find(name);
      if (id >= 0 && this.stateOf(id) === ALIVE) this.applySuspect(name, this.incarnationOf(id), this.name);
    }
  }

  // ------------------------------------------------------------------ plumbing

  private advance(now: Millis): void {
    if (Number.isFinite(now) && now > this.now) this.now = now;
    for (;;) {
      const t = this.timers.peek();
      if (t === undefined || t.at > this.now) break;
      this.timers.pop();
      t.fire();
    }
    this.appTick();
  }

  private schedule(at: Millis, fire: () => void): Timer {
    return this.timers.schedule(at, fire);
  }

  private out(o: Output): void {
    this.outputs.push(o);
  }

  private emit(event: EngineEvent): void {
    this.outputs.push({ kind: "event", event });
  }

  private drop(reason: string, from: Address | undefined): void {
    this.stats_.drops[reason] = (this.stats_.drops[reason] ?? 0) + 1;
    this.emit({ type: "dropped", reason, from });
  }

  private nextSeq(): number {
    this.seq = this.seq >= MAX_SEQ ? 1 : this.seq + 1;
    return this.seq;
  }

  private encode(messages: readonly Message[]): Uint8Array {
    return this.wire.encode(messages);
  }

  /**
   * `encode(messages)` where `messages[first..]` starts with the queued broadcasts in `slots`:
   * membership updates are encoded once per queued update and reused for every packet that
   * carries them (same bytes as encoding them again).
   */
  private encodeWithEntries(
    messages: readonly Message[],
    first: number,
    slots: readonly number[],
  ): Uint8Array {
    const wire = this.wire;
    if (wire.encodeEntry === undefined || wire.encodeParts === undefined) return wire.encode(messages);
    const parts: (Message | Uint8Array)[] = messages.slice();
    const queue = this.queue;
    for (let i = 0; i < slots.length; i++) {
      const slot = slots[i] as number;
      const message = queue.messageAt(slot);
      const t = message.type;
      // Only the engine's own membership messages: immutable once queued.
      if (t !== "alive" && t !== "suspect" && t !== "dead" && t !== "leave") continue;
      let entry = queue.entryAt(slot);
      if (entry === undefined) {
        entry = wire.encodeEntry(message);
        queue.setEntry(slot, entry);
      }
      parts[first + i] = entry;
    }
    return wire.encodeParts(parts);
  }

  private info(id: number): MemberInfo {
    const info = this.infoOf(id);
    const ms = this.members_;
    return {
      name: ms.name(id),
      addr: info.addr as Address,
      meta: info.meta,
      incarnation: ms.incarnation[id] as number,
      state: STATE_NAMES[ms.state[id] as number] as MemberState,
      since: ms.since[id] as number,
    };
  }

  private limit(): number {
    return retransmitLimit(this.config.retransmitMult, this.countedMembers);
  }

  /** PKI counters (undefined without `init.security`). */
  securityStats(): SecureWireStats | undefined {
    return this.security?.stats;
  }

  /** Wall-clock minus driver time, for certificate validity (PKI). */
  setWallClockOffset(ms: number): void {
    this.security?.setWallClockOffset(ms);
  }

  /** SEC-102: whether `a` is the address of an alive or suspect member. */
  private verifiedAddr(a: Address): boolean {
    const key = addrId(a);
    if (this.nameIndex === undefined) return this.liveAddrs.has(key);
    const ids = this.nameIndex.namesAtAddress(key);
    if (ids === undefined) return false;
    const ms = this.members_;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      if (id === this.selfId || !ms.has(id) || !ms.hasFlag(id, COUNTED)) continue;
      const addr = this.addrOf(id);
      if (addr !== undefined && addrId(addr) === key) return true;
    }
    return false;
  }

  /**
   * Member `id` enters `live` at `addr`, or leaves it: counted in `liveAddrs`, or noted in the
   * name index. (A member's address never changes while it is in `live`: MEM-16, MEM-8.)
   */
  private trackLiveAddr(id: number, addr: Address, inLive: boolean): void {
    const k = addrId(addr);
    if (this.nameIndex !== undefined) {
      if (inLive) this.nameIndex.noteAddress(k, id);
      return;
    }
    const c = (this.liveAddrs.get(k) ?? 0) + (inLive ? 1 : -1);
    if (c > 0) this.liveAddrs.set(k, c);
    else this.liveAddrs.delete(k);
  }

  /** Send one datagram: `primary` messages, then piggybacked broadcasts up to the budget (DIS-1). */
  private sendDatagram(to: Address, primary: readonly Message[], piggyback = true): void {
    // SEC-102: in reply to a datagram (a finite budget) from an unverified source, no piggybacked
    // gossip and no reply larger than that datagram. Unsolicited sends (probes, gossip rounds) are not replies.
    const unverified =
      this.amplificationLimits && Number.isFinite(this.replyBudget) && !this.verifiedAddr(to);
    if (unverified) piggyback = false;
    const messages: Message[] = primary.slice();
    const slots: number[] = [];
    if (piggyback) {
      let used = this.wire.overhead;
      for (const m of primary) used += this.wire.messageSize(m);
      this.queue.take(
        this.config.maxDatagramBytes - used,
        this.limit(),
        messages,
        slots,
        this.peerKey(to),
        this.coversLive,
      );
      if (this.piggybackers.length > 0) this.extensionPiggyback(to, used, messages, primary.length);
    }
    if (messages.length === 0) return;
    const bytes =
      slots.length > 0 ? this.encodeWithEntries(messages, primary.length, slots) : this.encode(messages);
    if (unverified && bytes.length > this.replyBudget) {
      this.drop("amplification", to);
      return;
    }
    this.stats_.packetsOut++;
    this.stats_.bytesOut += bytes.length;
    this.out({ kind: "datagram", to, bytes });
  }

  private sendStream(to: Address, messages: readonly Message[], pending: PendingStream): StreamId {
    const id = ++this.streamId;
    this.streams.set(id, pending);
    const bytes = this.encode(messages);
    this.stats_.streamsOut++;
    this.stats_.bytesOut += bytes.length;
    this.out({ kind: "stream-request", id, to, bytes, timeoutMs: this.config.streamTimeoutMs });
    // Guard against a driver that never reports the outcome (AE-1, AE-2).
    this.schedule(this.now + 2 * this.config.streamTimeoutMs, () => {
      const p = this.streams.get(id);
      if (p !== pending) return;
      this.streams.delete(id);
      this.drop("stream-timeout", to);
      this.streamFailed(p);
    });
    return id;
  }

  private streamError(id: StreamId, code: number, message: string): void {
    this.out({ kind: "stream-reply", id, bytes: this.encode([{ type: "error", code, message }]) });
  }

  // ------------------------------------------------------------------ dispatch

  private dispatch(m: Message, from: Address, viaStream: boolean): void {
    this.stats_.messagesIn++;
    switch (m.type) {
      case "ping":
        if (!this.validPing(m)) {
          this.drop("malformed", from);
          return;
        }
        this.onPing(m, from);
        return;
      case "ping-req":
        this.onPingReq(m, from);
        return;
      case "ack":
        this.onAck(m, from);
        return;
      case "nack":
        this.onNack(m, from);
        return;
      case "alive":
        this.onAlive(m, from);
        return;
      case "suspect":
        this.onSuspect(m, from);
        return;
      case "dead":
        this.onDead(m, from);
        return;
      case "leave":
        this.onLeave(m, from);
        return;
      case "push-pull":
        // AE-6 / WIRE-51: merged whatever the transport; a datagram request is answered
        // by datagram only if the reply fits the budget.
        this.mergePushPull(m, from);
        if (!viaStream && !m.reply) {
          const bytes = this.encode([this.pushPullMessage(m.join, true, this.pushPullPeer(from))]);
          const cap =
            this.amplificationLimits && !this.verifiedAddr(from)
              ? Math.min(this.replyBudget, this.config.maxDatagramBytes)
              : this.config.maxDatagramBytes;
          if (bytes.length <= cap) {
            this.stats_.packetsOut++;
            this.stats_.bytesOut += bytes.length;
            this.out({ kind: "datagram", to: from, bytes });
          } else {
            this.drop("push-pull-reply-too-large", from);
          }
        }
        return;
      default: {
        const ext = this.extensions.get(m.type);
        if (ext !== undefined) {
          ext.handle(m, from, this.now);
          return;
        }
        this.drop(`unhandled:${m.type}`, from);
        return;
      }
    }
  }

  private validPing(m: Ping): boolean {
    return (
      isU32(m.seq) && typeof m.target === "string" && (m.sourceAddr === undefined || validAddr(m.sourceAddr))
    );
  }

  // ------------------------------------------------------------------ probing

  private onPing(m: Ping, from: Address): void {
    // FD-4: a ping names its target; another node with a stale address ignores it.
    if (m.target !== "" && m.target !== this.name) {
      this.drop("wrong-target", from);
      return;
    }
    const to = m.sourceAddr ?? from;
    const ack: Ack = { type: "ack", seq: m.seq, payload: EMPTY };
    this.sendDatagram(to, [ack]);
  }

  private onPingReq(m: PingReq, from: Address): void {
    if (!isU32(m.seq) || !validName(m.target) || (m.sourceAddr !== undefined && !validAddr(m.sourceAddr))) {
      this.drop("malformed", from);
      return;
    }
    const requester = m.sourceAddr ?? from;
    let target = m.targetAddr;
    const held = this.members_.find(m.target);
    const heldAddr = held < 0 ? undefined : this.addrOf(held);
    if (target === undefined || !validAddr(target)) target = heldAddr;
    // SEC-103: probe only the address held for the target (the request's only when none is held).
    if (this.amplificationLimits) target = heldAddr ?? target;
    if (target === undefined) {
      this.drop("unknown-target", from);
      return;
    }
    if (m.target === this.name) {
      // Asked to probe ourselves: answer directly.
      this.sendDatagram(requester, [{ type: "ack", seq: m.seq, payload: EMPTY }]);
      return;
    }
    const seq = this.nextSeq();
    const relay: RelayState = {
      kind: "relay",
      origSeq: m.seq,
      requester,
      wantNack: m.wantNack === true,
      budget: this.replyBudget,
      timer: undefined,
    };
    this.ackHandlers.set(seq, relay);
    const ping: Ping = {
      type: "ping",
      seq,
      target: m.target,
      source: this.name,
      sourceAddr: this.config.addr,
    };
    this.sendDatagram(target, [ping]);
    // FD-8: the relay answers with a nack at 80 % of the probe timeout if no ack came (Lifeguard).
    const nackAt = this.now + Math.max(1, Math.floor(this.config.probeTimeoutMs * 0.8));
    relay.timer = this.schedule(nackAt, () => {
      if (this.ackHandlers.get(seq) !== relay) return;
      this.ackHandlers.delete(seq);
      if (relay.wantNack) {
        this.stats_.nacksSent++;
        const nack: Nack = { type: "nack", seq: relay.origSeq };
        this.answerRequester(relay, nack);
      }
    });
  }

  private onAck(m: Ack, from: Address): void {
    if (!isU32(m.seq)) {
      this.drop("malformed", from);
      return;
    }
    const h = this.ackHandlers.get(m.seq);
    if (h === undefined) {
      this.drop("unknown-seq", from);
      return;
    }
    if (h.kind === "relay") {
      this.ackHandlers.delete(m.seq);
      if (h.timer) h.timer.cancelled = true;
      this.answerRequester(h, { type: "ack", seq: h.origSeq, payload: EMPTY });
      return;
    }
    if (!h.done) this.probeSucceeded(h, true);
  }

  /** SEC-103: a relay answers its requester under SEC-102 with the PingReq's size as the budget. */
  private answerRequester(relay: RelayState, m: Ack | Nack): void {
    const saved = this.replyBudget;
    this.replyBudget = relay.budget;
    try {
      this.sendDatagram(relay.requester, [m]);
    } finally {
      this.replyBudget = saved;
    }
  }

  private onNack(m: Nack, from: Address): void {
    if (!isU32(m.seq)) {
      this.drop("malformed", from);
      return;
    }
    const h = this.ackHandlers.get(m.seq);
    if (h === undefined || h.kind !== "probe") {
      this.drop("unknown-seq", from);
      return;
    }
    this.stats_.nacksReceived++;
    h.nacks++;
  }

  private scheduleProbe(at: Millis): void {
    this.probeTimer = this.schedule(at, () => this.probeRound());
  }

  /** FD-1, FD-2: one probe round per (scaled) probe interval, round-robin over a shuffled list. */
  private probeRound(): void {
    if (this.leaving) return;
    const interval = this.awareness.scale(this.config.probeIntervalMs);
    this.scheduleProbe(this.now + interval);
    if (this.activeProbe) this.probeDeadline(this.activeProbe);
    const id = this.probeList.next((m) => this.liveWithAddr(m));
    if (id === undefined) return;
    this.startProbe(id, this.members_.name(id), interval);
  }

  private startProbe(id: number, name: string, interval: number): void {
    const seq = this.nextSeq();
    const probe: ProbeState = {
      kind: "probe",
      seq,
      target: name,
      addr: this.addrOf(id) as Address,
      start: this.now,
      done: false,
      expectedNacks: 0,
      nacks: 0,
      timeoutTimer: undefined,
      deadlineTimer: undefined,
    };
    this.activeProbe = probe;
    this.ackHandlers.set(seq, probe);
    this.stats_.probes++;
    const msgs: Message[] = [
      { type: "ping", seq, target: name, source: this.name, sourceAddr: this.config.addr },
    ];
    // FD-11 (buddy system): probing a suspect member carries the suspicion to it first.
    if (this.stateOf(id) === SUSPECT && this.config.lifeguard) {
      msgs.push({ type: "suspect", node: name, incarnation: this.incarnationOf(id), from: this.name });
    }
    this.sendDatagram(probe.addr, msgs);
    const timeout = this.awareness.scale(this.config.probeTimeoutMs);
    probe.timeoutTimer = this.schedule(this.now + timeout, () => this.probeTimedOut(probe));
    probe.deadlineTimer = this.schedule(this.now + interval, () => this.probeDeadline(probe));
  }

  /** FD-7, FD-9: no direct ack within the probe timeout: ask k relays, and try a stream ping. */
  private probeTimedOut(probe: ProbeState): void {
    if (probe.done) return;
    const target = this.members_.find(probe.target);
    const relays = this.live.sample(
      this.rng,
      this.config.indirectChecks,
      (m) => m !== target && this.stateOf(m) === ALIVE && this.addrOf(m) !== undefined,
    );
    for (const r of relays) {
      const relayAddr = this.addrOf(r) as Address;
      const req: PingReq = {
        type: "ping-req",
        seq: probe.seq,
        target: probe.target,
        targetAddr: probe.addr,
        source: this.name,
        sourceAddr: this.config.addr,
        wantNack: this.config.lifeguard,
      };
      if (this.config.lifeguard) probe.expectedNacks++;
      this.stats_.indirectProbes++;
      this.sendDatagram(relayAddr, [req]);
    }
    if (this.config.streamProbe) {
      // FD-9: fallback probe over the stream transport.
      this.stats_.streamProbes++;
      const seq = probe.seq;
      const ping: Ping = {
        type: "ping",
        seq,
        target: probe.target,
        source: this.name,
        sourceAddr: this.config.addr,
      };
      this.sendStream(probe.addr, [ping], { kind: "ping", probe, seq });
    }
  }

  private probeSucceeded(probe: ProbeState, viaDatagram: boolean): void {
    this.finishProbe(probe);
    this.recordRtt(this.now - probe.start);
    this.app.ackArrived(probe.target, this.now); // PHI-1
    // FD-21 (LHM): a successful probe lowers the health score by 1.
    if (viaDatagram) this.awareness.apply(-1);
  }

  private recordRtt(ms: number): void {
    if (this.rtts.length < RTT_SAMPLES) this.rtts.push(ms);
    else this.rtts[this.rttCount % RTT_SAMPLES] = ms;
    this.rttCount++;
    this.lastRtt = ms;
  }

  /**
   * Round-trip times of successful probes (ping to ack, direct or through a
   * relay): how many so far, the last one, and the most recent 128 samples in
   * no particular order.
   */
  probeRtts(): { readonly count: number; readonly lastMs: number; readonly samples: readonly number[] } {
    return { count: this.rttCount, lastMs: this.lastRtt, samples: this.rtts };
  }

  private finishProbe(probe: ProbeState): void {
    probe.done = true;
    if (this.ackHandlers.get(probe.seq) === probe) this.ackHandlers.delete(probe.seq);
    if (probe.timeoutTimer) probe.timeoutTimer.cancelled = true;
    if (probe.deadlineTimer) probe.deadlineTimer.cancelled = true;
    if (this.activeProbe === probe) this.activeProbe = undefined;
  }

  /** FD-10, FD-21: end of the probe period without any ack: raise the health score and suspect the target. */
  private probeDeadline(probe: ProbeState): void {
    if (probe.done) return;
    this.finishProbe(probe);
    this.stats_.probesFailed++;
    const delta = probe.expectedNacks > 0 ? Math.max(0, probe.expectedNacks - probe.nacks) : 1;
    this.awareness.apply(delta);
    const id = this.members_.find(probe.target);
    if (id < 0) return;
    const st = this.stateOf(id);
    if (st !== ALIVE && st !== SUSPECT) return;
    if (this.app.detector === "phi") {
      // PHI-31: with phi, a failed round alone raises no suspicion; PHI-30: but it starts monitoring.
      this.app.probeFailed(probe.target, this.now);
      return;
    }
    this.applySuspect(probe.target, this.incarnationOf(id), this.name);
  }

  // ------------------------------------------------------------------ gossip

  private scheduleGossip(at: Millis): void {
    this.gossipTimer = this.schedule(at, () => this.gossipRound(at));
  }

  /** DIS-7, DIS-8: every gossip interval, send pending broadcasts to a few random members. */
  private gossipRound(at: Millis): void {
    const interval = this.config.gossipIntervalMs;
    if (!this.skipIdleGossip) {
      this.scheduleGossip(this.now + interval);
    } else {
      // A skipped idle round runs late (see `skipIdleGossipWakeups`) and keeps the schedule it
      // had. Nothing is queued between engine calls, so the rounds due before the next other
      // timer are idle too: step over them (the same float sums as one at a time).
      let next = at + interval;
      if (!this.gossipPending()) {
        const bound = this.timers.peek()?.at ?? Number.POSITIVE_INFINITY;
        while (next <= this.now && next < bound) next += interval;
      }
      this.scheduleGossip(next);
    }
    if (!this.gossipPending()) return;
    // Uniform over live members and members dead for less than gossipToTheDeadMs:
    // random draws over both sets (O(k)), then live members only if more are needed.
    const k = this.config.gossipNodes;
    const targets: number[] = [];
    const nl = this.live.size;
    const total = nl + this.deadPeers.size;
    for (let t = 0; t < 3 * k + 3 && targets.length < k && total > 0; t++) {
      const i = this.rng.below(total);
      const m = i < nl ? this.live.at(i) : this.deadPeers.at(i - nl);
      if (m === undefined || targets.includes(m)) continue;
      if (i >= nl && this.now - (this.members_.since[m] as number) >= this.config.gossipToTheDeadMs) continue;
      targets.push(m);
    }
    if (targets.length < k)
      this.live.sample(this.rng, k - targets.length, (n) => !targets.includes(n), targets);
    if (targets.length === 0) return;
    this.stats_.gossipRounds++;
    for (const id of targets) {
      if (!this.gossipPending()) break;
      // FD-11 (buddy system): a suspect member hears of its suspicion first.
      const primary: Message[] =
        this.stateOf(id) === SUSPECT && this.config.lifeguard
          ? [
              {
                type: "suspect",
                node: this.members_.name(id),
                incarnation: this.incarnationOf(id),
                from: this.name,
              },
            ]
          : [];
      this.sendDatagram(this.addrOf(id) as Address, primary);
    }
  }

  private enqueueMembership(msg: Alive | Suspect | Dead | Leave): void {
    // DIS-11: a statement relayed from a datagram's sender is not sent back to it; one about
    // this node (a refutation, even one prompted by that sender) is.
    const from = msg.node === this.name ? undefined : this.learnedFrom;
    this.queue.enqueue(MEMBERSHIP_CLASS, msg.node, msg, this.wire.messageSize(msg), from);
  }

  /** DIS-12: whether every live member's address is among `keys` (none live: never). */
  private allLiveIn(keys: readonly PeerKey[]): boolean {
    const n = this.live.size;
    if (n === 0 || keys.length < n) return false;
    for (let i = 0; i < n; i++) {
      const addr = this.addrOf(this.live.at(i) as number);
      if (addr !== undefined && !keys.includes(this.peerKey(addr))) return false;
    }
    return true;
  }

  // ------------------------------------------------------------------ membership

  private selfAlive(): Alive {
    return {
      type: "alive",
      node: this.name,
      incarnation: this.selfIncarnation(),
      addr: this.config.addr,
      meta: this.infoOf(this.selfId).meta,
      protocolMin: PROTOCOL_MIN,
      protocolMax: PROTOCOL_MAX,
      certificate: EMPTY,
    };
  }

  /** MEM-10: refute by announcing alive with a higher incarnation. */
  private refute(heard: number): void {
    this.stats_.refutations++;
    // FD-21 (LHM): having to refute raises the health score.
    this.awareness.apply(1);
    this.bumpIncarnation(Math.max(heard, this.selfIncarnation()) + 1);
  }

  private bumpIncarnation(inc: number): void {
    this.members_.incarnation[this.selfId] = Math.min(MAX_INCARNATION, inc);
    this.enqueueMembership(this.selfAlive());
  }

  private setState(id: number, state: StateCode, incarnation: number): void {
    const ms = this.members_;
    const wasCounted = ms.hasFlag(id, COUNTED);
    ms.state[id] = state;
    ms.incarnation[id] = incarnation;
    ms.since[id] = this.now;
    const addr = this.addrOf(id);
    const isSelf = id === this.selfId;
    const name = ms.name(id);
    const counted = addr !== undefined && (state === ALIVE || state === SUSPECT);
    if (counted !== wasCounted) {
      this.countedMembers += counted ? 1 : -1;
      ms.setFlag(id, COUNTED, counted);
      if (!isSelf) this.trackLiveAddr(id, addr as Address, counted);
    }
    const dead = addr !== undefined && state === DEAD && !isSelf;
    if (dead !== ms.hasFlag(id, DEAD_COUNTED)) {
      this.deadMembers += dead ? 1 : -1;
      ms.setFlag(id, DEAD_COUNTED, dead);
      if (dead) this.deadPeers.add(id);
      else this.deadPeers.remove(id);
    }
    if (!isSelf) {
      if (counted) this.live.add(id);
      else this.live.remove(id);
    }
    if (state === DEAD || state === LEFT) {
      this.probeList.remove(id);
      this.app.memberDown(name);
      this.scheduleReap(id);
    } else if (addr === undefined) {
      // MEM-7: a record without address is forgotten after the retention, whatever its state.
      this.scheduleReap(id);
    }
    if (counted && !wasCounted && !isSelf) this.probeList.add(id);
  }

  /** A new member record (in state alive at incarnation 0 until the caller's `setState`). */
  private newMember(name: string, info: MemberInfoSource): number {
    const id = this.members_.add(name, info, ALIVE, 0, this.now);
    if (this.nameIndex) this.absorbedById[id] = undefined;
    return id;
  }

  private cancelSuspicion(id: number): void {
    const s = this.suspicions.get(id);
    if (s !== undefined) {
      s.timer.cancelled = true;
      this.suspicions.delete(id);
    }
  }

  private onAlive(a: Alive, from: Address): void {
    if (!validName(a.node) || !isU32(a.incarnation) || (a.addr !== undefined && !validAddr(a.addr))) {
      this.drop("malformed", from);
      return;
    }
    this.applyAlive(a.node, a.incarnation, a.addr, a.meta instanceof Uint8Array ? a.meta : EMPTY, a);
  }

  /** MEM-4..MEM-6, MEM-11: precedence of alive. */
  private applyAlive(
    node: string,
    inc: number,
    addr: Address | undefined,
    meta: Uint8Array,
    src?: Alive | MemberRecord,
  ): void {
    if (node === this.name) {
      if (this.leaving) return;
      if (addr !== undefined && !sameAddr(addr, this.config.addr)) {
        // MEM-17: another node claims our name.
        this.stats_.nameConflicts++;
        this.emit({ type: "name-conflict", name: node, existing: this.config.addr, other: addr });
        if (inc >= this.selfIncarnation()) this.refute(inc);
        return;
      }
      if (
        inc > this.selfIncarnation() ||
        (inc === this.selfIncarnation() && !sameBytes(meta, this.infoOf(this.selfId).meta))
      ) {
        this.refute(inc);
      }
      return;
    }
    const shared = this.nameIndex !== undefined;
    const id = this.members_.find(node);
    if (shared && id >= 0 && this.absorbedById[id] === src) return;
    const m = this.applyAliveTo(id, node, inc, addr, meta, src);
    if (
      shared &&
      m >= 0 &&
      src !== undefined &&
      addr !== undefined &&
      this.infoOf(m).addr !== undefined &&
      inc <= this.infoOf(m).incarnation &&
      inc <= this.incarnationOf(m) &&
      sameAddr(addr, this.infoOf(m).addr as Address) &&
      Object.isFrozen(src)
    )
      this.absorbedById[m] = src;
  }

  /**
   * The information `src` gives, as held: `src` itself when it says exactly that (a decoded
   * message shared by many engines is then one object for all of them), else a new one.
   */
  private infoFrom(
    inc: number,
    addr: Address | undefined,
    meta: Uint8Array,
    src: Alive | MemberRecord | undefined,
    prev: MemberInfoSource,
  ): MemberInfoSource {
    if (src !== undefined && src.addr === addr && src.meta === meta && src.incarnation === inc) return src;
    return {
      addr,
      meta,
      incarnation: inc,
      protocolMin: src === undefined ? prev.protocolMin : src.protocolMin,
      protocolMax: src === undefined ? prev.protocolMax : src.protocolMax,
    };
  }

  /** `applyAlive` for another node's member `id` (-1: unknown); returns the member's id afterwards (-1: none). */
  private applyAliveTo(
    known: number,
    node: string,
    inc: number,
    addr: Address | undefined,
    meta: Uint8Array,
    src: Alive | MemberRecord | undefined,
  ): number {
    if (known < 0) {
      if (addr === undefined) {
        this.drop("alive-without-addr", undefined);
        return -1;
      }
      const id = this.newMember(node, this.infoFrom(inc, addr, meta, src, NO_INFO));
      this.setState(id, ALIVE, inc);
      this.emit({ type: "member-joined", member: this.info(id) });
      this.enqueueMembership(this.relayedAlive(id, src));
      return id;
    }
    const id = known;
    const info = this.infoOf(id);
    const state = this.stateOf(id);
    if (addr !== undefined && info.addr !== undefined && addr !== info.addr && !sameAddr(addr, info.addr)) {
      if (state === ALIVE || state === SUSPECT) {
        // MEM-16: same name, different address, while the known one is live: conflict.
        this.stats_.nameConflicts++;
        this.emit({ type: "name-conflict", name: node, existing: info.addr, other: addr });
        return id;
      }
    }
    const newer = inc > this.incarnationOf(id); // alive has the lowest rank: it wins only with a higher incarnation
    if (!newer) {
      if (addr !== undefined) this.adoptInfo(id, inc, addr, meta, src);
      return id;
    }
    const moved = addr !== undefined && info.addr !== undefined && !sameAddr(addr, info.addr);
    const changed = moved || !sameBytes(meta, info.meta);
    // An alive without address keeps the one held.
    this.members_.info[id] = this.infoFrom(inc, addr ?? info.addr, meta, src, info);
    if (moved) this.forgetAbsorbed(id);
    if (state === SUSPECT) this.stats_.suspicionsRefuted++;
    this.cancelSuspicion(id);
    this.setState(id, ALIVE, inc);
    if (state === SUSPECT) this.emit({ type: "member-alive", member: this.info(id) });
    else if (state === DEAD || state === LEFT) this.emit({ type: "member-joined", member: this.info(id) });
    else if (changed) this.emit({ type: "member-updated", member: this.info(id) });
    this.enqueueMembership(this.relayedAlive(id, src));
    return id;
  }

  /** A member's address changes: what it took in before no longer says nothing new. */
  private forgetAbsorbed(id: number): void {
    if (this.nameIndex !== undefined) this.absorbedById[id] = undefined;
  }

  /**
   * MEM-8: without a state change, a record still takes its address and meta
   * from the highest-incarnation alive information seen, so that every
   * delivery order ends with the same view.
   */
  private adoptInfo(
    id: number,
    inc: number,
    addr: Address,
    meta: Uint8Array,
    src?: Alive | MemberRecord,
  ): void {
    const info = this.infoOf(id);
    if (id === this.selfId || (info.addr !== undefined && inc <= info.incarnation)) return;
    const state = this.stateOf(id);
    if (info.addr !== undefined && !sameAddr(addr, info.addr) && (state === ALIVE || state === SUSPECT))
      return;
    const wasGhost = info.addr === undefined;
    this.members_.info[id] = this.infoFrom(inc, addr, meta, src, info);
    this.forgetAbsorbed(id);
    if (wasGhost) {
      this.setState(id, state, this.incarnationOf(id));
      if (state === SUSPECT) this.startSuspicion(id, this.name);
    }
  }

  /**
   * `aliveOf(id)`, or a shared alive that says exactly the same: a message from
   * the decode memo is one frozen object for every node that relays it, with
   * its encoding kept (no copy and no encoding per node). With a name index,
   * an alive built here is shared the same way: a member learned from a
   * push-pull record is relayed by every engine that learned it so.
   */
  private relayedAlive(id: number, src: Alive | MemberRecord | undefined): Alive {
    if (src !== undefined && (src as Alive).type === "alive" && this.isSharedAliveOf(id, src as Alive)) {
      if (this.nameIndex !== undefined && this.memo !== undefined)
        this.nameIndex.shareAlive(id, src as Alive);
      return src as Alive;
    }
    if (this.nameIndex === undefined || this.memo === undefined) return this.aliveOf(id);
    const shared = this.nameIndex.alive(id);
    if (shared !== undefined && this.isSharedAliveOf(id, shared)) return shared;
    const a = this.aliveOf(id);
    const entry = this.wire.encodeEntry?.(a);
    if (entry === undefined) return a;
    this.memo.adopt(a, entry);
    this.nameIndex.shareAlive(id, a);
    return a;
  }

  /** Whether `a` is a frozen alive saying exactly what this engine would announce for member `id`. */
  private isSharedAliveOf(id: number, a: Alive): boolean {
    const info = this.infoOf(id);
    return (
      Object.isFrozen(a) &&
      a.incarnation === this.incarnationOf(id) &&
      (a.addr === undefined
        ? info.addr === undefined
        : info.addr !== undefined && sameAddr(a.addr, info.addr)) &&
      sameBytes(a.meta, info.meta) &&
      a.protocolMin === info.protocolMin &&
      a.protocolMax === info.protocolMax &&
      a.certificate.length === 0 &&
      a.node === this.members_.name(id)
    );
  }

  private aliveOf(id: number): Alive {
    const info = this.infoOf(id);
    return {
      type: "alive",
      node: this.members_.name(id),
      incarnation: this.incarnationOf(id),
      addr: info.addr,
      meta: info.meta,
      protocolMin: info.protocolMin,
      protocolMax: info.protocolMax,
      certificate: EMPTY,
    };
  }

  private onSuspect(s: Suspect, from: Address): void {
    if (!validName(s.node) || !isU32(s.incarnation) || typeof s.from !== "string") {
      this.drop("malformed", from);
      return;
    }
    this.applySuspect(s.node, s.incarnation, s.from);
  }

  /** MEM-4, FD-16: precedence of suspect; confirmations shrink the timeout (Lifeguard). */
  private applySuspect(node: string, inc: number, from: string): void {
    if (node === this.name) {
      if (!this.leaving && inc >= this.selfIncarnation()) this.refute(inc);
      return;
    }
    let id = this.members_.find(node);
    if (id < 0) {
      id = this.newMember(node, NO_INFO);
      this.setState(id, SUSPECT, inc);
      this.enqueueMembership({ type: "suspect", node, incarnation: inc, from });
      return;
    }
    const known = this.incarnationOf(id);
    const state = this.stateOf(id);
    const cmp = compare(inc, SUSPECT, known, state);
    if (cmp < 0) return;
    const suspicion = this.suspicions.get(id);
    if (cmp === 0 || (state === SUSPECT && suspicion !== undefined)) {
      // Already suspect: an independent confirmation.
      if (inc > known) this.members_.incarnation[id] = inc;
      if (suspicion !== undefined && this.confirm(id, suspicion, from)) {
        this.stats_.suspicionConfirmations++;
        this.enqueueMembership({ type: "suspect", node, incarnation: this.incarnationOf(id), from });
      }
      return;
    }
    this.setState(id, SUSPECT, inc);
    this.stats_.suspicionsRaised++;
    if (this.addrOf(id) !== undefined) {
      this.startSuspicion(id, from);
      this.emit({ type: "member-suspect", member: this.info(id), from });
    }
    this.enqueueMembership({ type: "suspect", node, incarnation: inc, from });
  }

  /** FD-12..FD-14: start the suspicion timer at max (or min when no confirmations are expected). */
  private startSuspicion(id: number, from: string): void {
    this.cancelSuspicion(id);
    const n = this.countedMembers;
    // FD-25: without Lifeguard the timeout is fixed at min (no confirmations awaited).
    const k = this.config.lifeguard ? suspicionConfirmations(this.config.suspicionMult, n) : 0;
    const min = suspicionMinTimeout(this.config.suspicionMult, n, this.config.probeIntervalMs);
    const max = this.config.suspicionMaxTimeoutMult * min;
    const timeout = k < 1 ? min : max;
    const s: Suspicion = {
      start: this.now,
      k,
      min,
      max,
      confirmedBy: new Set([from]),
      confirmations: 0,
      timer: undefined as unknown as Timer,
    };
    s.timer = this.schedule(this.now + timeout, () => this.suspicionExpired(id, s));
    this.suspicions.set(id, s);
  }

  private confirm(id: number, s: Suspicion, from: string): boolean {
    if (s.confirmations >= s.k || s.confirmedBy.has(from)) return false;
    s.confirmedBy.add(from);
    s.confirmations++;
    const timeout = suspicionTimeout(s.confirmations, s.k, s.min, s.max);
    s.timer.cancelled = true;
    s.timer = this.schedule(Math.max(this.now, s.start + timeout), () => this.suspicionExpired(id, s));
    return true;
  }

  private suspicionExpired(id: number, s: Suspicion): void {
    // The suspicion object is the member's only while it runs (cancelled, or reaped: deleted).
    if (this.suspicions.get(id) !== s || this.stateOf(id) !== SUSPECT) return;
    this.suspicions.delete(id);
    this.stats_.deathsDeclared++;
    this.applyDead(this.members_.name(id), this.incarnationOf(id), this.name);
  }

  private onDead(d: Dead, from: Address): void {
    if (!validName(d.node) || !isU32(d.incarnation) || typeof d.from !== "string") {
      this.drop("malformed", from);
      return;
    }
    this.applyDead(d.node, d.incarnation, d.from);
  }

  private applyDead(node: string, inc: number, from: string): void {
    this.applyDown(node, inc, "dead", from);
  }

  private onLeave(l: Leave, from: Address): void {
    if (!validName(l.node) || !isU32(l.incarnation)) {
      this.drop("malformed", from);
      return;
    }
    this.applyDown(l.node, l.incarnation, "left", l.node);
  }

  /** MEM-4, MEM-15: precedence of dead and left. */
  private applyDown(node: string, inc: number, state: "dead" | "left", from: string): void {
    if (node === this.name) {
      if (!this.leaving && inc >= this.selfIncarnation()) this.refute(inc);
      return;
    }
    const code = state === "dead" ? DEAD : LEFT;
    let id = this.members_.find(node);
    const msg: Dead | Leave =
      state === "dead"
        ? { type: "dead", node, incarnation: inc, from }
        : { type: "leave", node, incarnation: inc };
    if (id < 0) {
      id = this.newMember(node, NO_INFO);
      this.setState(id, code, inc);
      this.enqueueMembership(msg);
      return;
    }
    const prev = this.stateOf(id);
    if (compare(inc, code, this.incarnationOf(id), prev) <= 0) return;
    const wasDown = prev === DEAD || prev === LEFT;
    this.cancelSuspicion(id);
    this.setState(id, code, inc);
    this.enqueueMembership(msg);
    if (this.addrOf(id) === undefined) return;
    if (state === "left") this.emit({ type: "member-left", member: this.info(id) });
    else if (!wasDown) this.emit({ type: "member-dead", member: this.info(id), from });
  }

  private scheduleReap(id: number): void {
    if (id === this.selfId) return;
    const retention = this.stateOf(id) === LEFT ? this.config.leftRetentionMs : this.config.deadRetentionMs;
    const since = this.members_.since[id] as number;
    const name = this.members_.name(id);
    this.schedule(this.now + retention, () => {
      // Still the same record (ids of removed members may be reused) in the same state.
      if (this.members_.find(name) !== id || this.members_.since[id] !== since) return;
      // A ghost that never learned an address, or a member still down: forget it (MEM-19).
      const st = this.stateOf(id);
      if (this.addrOf(id) !== undefined && st !== DEAD && st !== LEFT) return;
      this.reap(id, name);
    });
  }

  private reap(id: number, name: string): void {
    const ms = this.members_;
    const addr = this.addrOf(id);
    if (this.nameIndex) this.absorbedById[id] = undefined;
    this.probeList.remove(id);
    this.live.remove(id);
    this.deadPeers.remove(id);
    this.cancelSuspicion(id);
    if (ms.hasFlag(id, COUNTED)) {
      this.countedMembers--;
      this.trackLiveAddr(id, addr as Address, false);
    }
    if (ms.hasFlag(id, DEAD_COUNTED)) this.deadMembers--;
    ms.remove(id);
    this.stats_.membersReaped++;
    this.app.memberReaped(name);
    if (addr !== undefined) this.emit({ type: "member-reaped", name });
  }

  // ------------------------------------------------------------------ anti-entropy

  private schedulePushPull(): void {
    const interval = pushPullInterval(this.config.pushPullIntervalMs, this.countedMembers);
    this.pushPullTimer = this.schedule(this.now + interval, () => this.pushPullRound());
  }

  /** AE-2, AE-10: periodic push-pull with one random live member. */
  private pushPullRound(): void {
    this.schedulePushPull();
    if (this.leaving || this.pushPullOutstanding) return;
    // AE-10 (partition healing): with probability dead / (n + dead), exchange with a
    // member we believe dead (still retained) instead of a live one.
    const dead = this.deadMembers;
    const healing = dead > 0 && this.rng.below(this.countedMembers + dead) < dead;
    const want: StateCode = healing ? DEAD : ALIVE;
    const [peer] = healing
      ? this.deadPeers.sample(this.rng, 1, () => true)
      : this.live.sample(this.rng, 1, (m) => this.stateOf(m) === want);
    if (peer === undefined) return;
    this.startPushPull(this.addrOf(peer) as Address, false);
  }

  private localState(): MemberRecord[] {
    const out: MemberRecord[] = [];
    for (const id of this.members_.list()) out.push(this.recordOf(id));
    return out;
  }

  /** Member `id`'s push-pull record: the one built last (by any engine sharing the ids) while it still matches, else a new frozen one. */
  private recordOf(id: number): MemberRecord {
    const ms = this.members_;
    const name = ms.name(id);
    const incarnation = this.incarnationOf(id);
    const state = STATE_NAMES[this.stateOf(id)] as MemberState;
    const info = this.infoOf(id);
    const kept = ms.ids.record(id);
    if (kept !== undefined && recordMatches(kept, name, incarnation, state, info)) return kept;
    // Records without an address (MEM-7) are included too, with no addr.
    const record = cachedMemberRecord({
      node: name,
      addr: info.addr,
      meta: info.meta,
      incarnation,
      state,
      protocolMin: info.protocolMin,
      protocolMax: info.protocolMax,
      certificate: EMPTY,
    });
    ms.ids.shareRecord(id, record);
    return record;
  }

  private pushPullMessage(join: boolean, reply: boolean, peer?: MemberInfo): PushPull {
    let extra: Partial<Pick<PushPull, "kvDigest" | "kvDelta" | "crdt">> = {};
    for (const ext of this.extensionList)
      if (ext.pushPullFields) extra = { ...extra, ...ext.pushPullFields(join, peer) };
    return {
      type: "push-pull",
      join,
      reply,
      members: this.localState(),
      kvDigest: extra.kvDigest,
      kvDelta: extra.kvDelta,
      crdt: extra.crdt ?? [],
      signedMembers: [],
    };
  }

  private startPushPull(to: Address, join: boolean): void {
    if (!join) this.pushPullOutstanding = true;
    this.stats_.pushPullsInitiated++;
    this.sendStream(to, [this.pushPullMessage(join, false, this.pushPullPeer(to))], {
      kind: "push-pull",
      join,
      to,
    });
  }

  private servePushPull(id: StreamId, req: PushPull, from?: Address): void {
    if (this.inboundPushPulls >= this.config.maxInboundPushPull) {
      this.drop("push-pull-busy", undefined);
      this.streamError(id, STREAM_ERROR.busy, "too many push-pull exchanges");
      return;
    }
    // Served synchronously; the counter bounds re-entrant drivers.
    this.inboundPushPulls++;
    try {
      this.stats_.pushPullsServed++;
      this.mergePushPull(req, from);
      const reply = this.pushPullMessage(req.join, true, this.pushPullPeer(from));
      const bytes = this.encode([reply]);
      this.stats_.bytesOut += bytes.length;
      this.out({ kind: "stream-reply", id, bytes });
    } finally {
      this.inboundPushPulls--;
    }
  }

  /** AE-5: merge a remote full state. A remote "dead" is taken as a suspicion (memberlist). */
  private mergePushPull(pp: PushPull, fromAddr?: Address): void {
    if (!Array.isArray(pp.members)) {
      this.drop("malformed", undefined);
      return;
    }
    for (const r of pp.members) {
      if (!validName(r.node) || !isU32(r.incarnation) || (r.addr !== undefined && !validAddr(r.addr))) {
        this.drop("malformed", undefined);
        continue;
      }
      const meta = r.meta instanceof Uint8Array ? r.meta : EMPTY;
      switch (r.state) {
        case "alive":
          this.applyAlive(r.node, r.incarnation, r.addr, meta, r);
          continue;
        case "suspect":
          this.applySuspect(r.node, r.incarnation, this.name);
          break;
        case "dead":
          // A remote death is only a suspicion here (the member may refute); about self it is refuted.
          if (r.node === this.name) this.applyDead(r.node, r.incarnation, this.name);
          else this.applySuspect(r.node, r.incarnation, this.name);
          break;
        case "left":
          this.applyDown(r.node, r.incarnation, "left", r.node);
          break;
        default:
          this.drop("malformed", undefined);
          continue;
      }
      const id = this.members_.find(r.node);
      if (id >= 0 && r.addr !== undefined) this.adoptInfo(id, r.incarnation, r.addr, meta, r);
    }
    const from = this.pushPullPeer(fromAddr);
    for (const ext of this.extensionList) ext.mergePushPull?.(pp, this.now, from);
  }

  private pushPullDone(p: Extract<PendingStream, { kind: "push-pull" }>, ok: boolean): void {
    if (!ok) this.stats_.pushPullsFailed++;
    if (p.join) {
      const j = this.pendingJoin;
      if (j === undefined) return;
      if (ok) j.ok++;
      else j.failed++;
      j.waiting--;
      if (j.waiting <= 0) this.finishJoin();
    } else {
      this.pushPullOutstanding = false;
    }
  }

  private finishJoin(): void {
    const j = this.pendingJoin ?? { ok: 0, failed: 0, waiting: 0 };
    this.pendingJoin = undefined;
    this.emit({ type: "join-finished", succeeded: j.ok, failed: j.failed });
  }

  private streamFailed(p: PendingStream): void {
    if (p.kind === "push-pull") this.pushPullDone(p, false);
  }
}

/** Lexicographic (incarnation, rank) comparison: the membership lattice of MEM-4. */
function compare(incA: number, rankA: number, incB: number, rankB: number): number {
  if (incA !== incB) return incA < incB ? -1 : 1;
  return rankA === rankB ? 0 : rankA < rankB ? -1 : 1;
}
