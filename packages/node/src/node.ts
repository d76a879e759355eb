/**
 * The Node.js driver of the gossip engine: real sockets, one timer, the public API.
 *
 * After every input (datagram, stream message, timer, API call) the node takes
 * the engine's outputs and carries them out, then sets its single timer to the
 * engine's next wake-up (TRN-70).
 */
import { randomBytes, randomInt } from "node:crypto";
import { lookup } from "node:dns/promises";
import { EventEmitter } from "node:events";
import { readFileSync } from "node:fs";
import { isIP } from "node:net";
import { hostname, networkInterfaces } from "node:os";
import { performance } from "node:perf_hooks";
import type { Address, EnvelopeCipher } from "@gossip/codec";
import type { EngineEvent, MemberInfo, Output } from "@gossip/core";
import type { ChangeEvent, SharedData } from "@gossip/crdt";
import { decodePskFile, Keyring } from "@gossip/security";
import {
  addressToString,
  bytesToIp,
  type HostPort,
  isUnspecified,
  parseHostPort,
  sameAddress,
  toAddress,
} from "./address.js";
import {
  DEFAULT_PORT,
  decodeMeta,
  encodeMeta,
  type NodeConfig,
  type ResolvedConfig,
  resolveConfig,
} from "./config.js";
import { coreEngineFactory, type EngineFactory, type RuntimeEngine, type SetKeyOptions } from "./engine.js";
import { ClosedError, ConfigError, GossipError, JoinError, NotSupportedError, SeedError } from "./errors.js";
import { type Logger, silentLogger } from "./logger.js";
import { type Counter, type Gauge, MetricsRegistry } from "./metrics.js";
import { type PersistedState, StateStore } from "./persistence.js";
import { buildSecurity, type NodeSecurity, type NodeSecurityStats } from "./security.js";
import { SharedRuntime } from "./shared.js";
import { openHttpTransport } from "./transport/http.js";
import type { Responder, Transport, TransportHandlers } from "./transport/types.js";
import { openUdpTcpTransport } from "./transport/udp-tcp.js";

export interface NodeOptions extends NodeConfig {
  /** pino-compatible logger; silent by default. */
  logger?: Logger;
  /** Aborting it closes the node (without a graceful leave). */
  signal?: AbortSignal;
  /** Engine factory; defaults to @gossip/core's createEngine. */
  engine?: EngineFactory;
  /** Envelope cipher to use instead of one built from `encryption.keyFiles` (e.g. a Keyring you rotate). */
  cipher?: EnvelopeCipher;
  /** Keyring to use instead of one built from `encryption.keyFiles` (rotate it with `node.security`). */
  keyring?: Keyring;
}

/** A Keyring from the configured key files; ConfigError names the file that cannot be used. */
function keyringFrom(files: readonly string[]): Keyring {
  const keys = files.map((f, i) => {
    try {
      return decodePskFile(readFileSync(f, "utf8"));
    } catch (err) {
      throw new ConfigError(
        `encryption.keyFiles.${i}`,
        `invalid option "encryption.keyFiles.${i}": ${f}: ${(err as Error).message}`,
      );
    }
  });
  return new Keyring({ keys });
}

export type MemberState = MemberInfo["state"];

export interface Member {
  readonly name: string;
  /** `ip:port` or `[ipv6]:port`; `""` while the address is unknown (heard of only through a suspicion). */
  readonly address: string;
  readonly addr: Address | undefined;
  readonly state: MemberState;
  readonly incarnation: number;
  /** Metadata decoded as string pairs (`{}` when it is not in that form). */
  readonly meta: Readonly<Record<string, string>>;
  readonly metaBytes: Uint8Array;
  /** Wall-clock time (ms since the epoch) of the last state change. */
  readonly since: number;
}

export interface KeyChange {
  readonly member: string;
  readonly key: string;
  readonly oldValue: Uint8Array | undefined;
  readonly newValue: Uint8Array | undefined;
}

export interface UserEventInfo {
  readonly origin: string;
  readonly name: string;
  readonly payload: Uint8Array;
  readonly id: Uint8Array;
}

export interface NodeEvents {
  /** A member joined, or came back after being down or having left. */
  "member-up": [member: Member];
  "member-suspect": [member: Member, info: { from: string }];
  /** A suspicion was refuted. */
  "member-alive": [member: Member];
  "member-down": [member: Member, info: { from: string }];
  "member-left": [member: Member];
  /** Metadata or address changed. */
  "member-updated": [member: Member];
  "member-reaped": [info: { name: string }];
  "name-conflict": [info: { name: string; existing: string; other: string }];
  "key-changed": [change: KeyChange];
  "user-event": [event: UserEventInfo];
  /** A shared-data (CRDT) key's value changed: by a local write, a merge, or expiry (docs/crdt.md). */
  "shared-changed": [change: ChangeEvent];
  /** The node reached another member after a join attempt. */
  joined: [info: { members: number; attempts: number }];
  /** Non-fatal problems (socket errors, persistence failures, join giving up). Without a listener they are only logged. */
  error: [error: Error];
}

export interface ProbeRttStats {
  readonly count: number;
  readonly lastMs: number;
  readonly medianMs: number;
  readonly p99Ms: number;
}

export interface NodeStats {
  readonly packetsIn: number;
  readonly packetsOut: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly streamsIn: number;
  readonly streamsOut: number;
  readonly streamFailures: number;
  /**
   * Discarded inputs and outputs by reason: the engine's reasons as it reports
   * them (e.g. `decode:bad-magic`, `unknown-seq`), the transport's prefixed
   * `transport:` (e.g. `transport:frame-too-large`).
   */
  readonly drops: Readonly<Record<string, number>>;
  readonly probeRtt: ProbeRttStats | undefined;
  readonly suspicionsRaised: number;
  readonly suspicionsRefuted: number;
  readonly members: Readonly<Record<MemberState, number>>;
  readonly joinAttempts: number;
  readonly rejoins: number;
  /** The engine's own counters, when it has them. */
  readonly engine: Readonly<Record<string, unknown>> | undefined;
  /** Encryption mode, keyring and PKI counters (docs/security.md). */
  readonly security?: NodeSecurityStats | undefined;
}

const RTT_WINDOW = 256;

function defaultName(): string {
  const host =
    hostname()
      .replace(/[^A-Za-z0-9._-]/g, "-")
      .slice(0, 100) || "node";
  return `${host}-${randomBytes(3).toString("hex")}`;
}

/** A usable address of this host in `family`, preferring non-internal ones. */
function pickAdvertiseIp(bind: string): string {
  if (!isUnspecified(bind)) return bind;
  const want = bind === "::" ? ["IPv4", "IPv6"] : ["IPv4"];
  const nics = networkInterfaces();
  for (const fam of want) {
    for (const list of Object.values(nics)) {
      for (const a of list ?? []) {
        if (a.family === fam && !a.internal && !(fam === "IPv6" && a.address.startsWith("fe80")))
          return a.address;
      }
    }
  }
  return bind === "::" ? "::1" : "127.0.0.1";
}

type Listener<A extends unknown[]> = (...args: A) => void;

export class GossipNode {
  /** Key rotation, encryption mode, revocation lists and security counters (docs/security.md). */
  security: NodeSecurity | undefined;
  /** @internal the shared-data runtime (see `shared`). */
  sharedRuntime: SharedRuntime | undefined;
  private readonly emitter = new EventEmitter();
  private readonly t0 = performance.now();
  private timer: NodeJS.Timeout | undefined;
  private timerAt = Number.POSITIVE_INFINITY;
  private draining = false;
  private closing: Promise<void> | undefined;
  private leaving: Promise<void> | undefined;
  private readonly inbound = new Map<number, Responder>();
  private nextInboundId = 1;
  private readonly metrics = new MetricsRegistry();
  private readonly m: {
    packetsIn: Counter;
    packetsOut: Counter;
    bytesIn: Counter;
    bytesOut: Counter;
    streamsIn: Counter;
    streamsOut: Counter;
    streamFailures: Counter;
    drops: Counter;
    events: Counter;
    suspicionsRaised: Counter;
    suspicionsRefuted: Counter;
    joinAttempts: Counter;
    rejoins: Counter;
    members: Gauge;
    rtt: Gauge;
    health: Gauge;
  };
  private readonly dropCounts = new Map<string, number>();
  private readonly rtts: number[] = [];
  /** Wall-clock expiry of own keys set with a TTL, so a restart restores only the time left. */
  private readonly keyExpiry = new Map<string, number>();
  private lastRtt = 0;
  private rttCount = 0;
  private readonly suspected = new Set<string>();
  private joinPromise: Promise<number> | undefined;
  private joinAbort = new AbortController();
  private rejoinTimer: NodeJS.Timeout | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private readonly onAbort = () => void this.close();
  private seedHostPorts: HostPort[];

  /** @internal use createNode() */
  constructor(
    readonly config: ResolvedConfig,
    private readonly engine: RuntimeEngine,
    private transport: Transport,
    private readonly advertised: Address,
    private readonly logger: Logger,
    private readonly store: StateStore | undefined,
    private readonly persisted: PersistedState | undefined,
    private readonly signal: AbortSignal | undefined,
  ) {
    const r = this.metrics;
    this.m = {
      packetsIn: r.counter("gossip_packets_received_total", "Datagrams received."),
      packetsOut: r.counter("gossip_packets_sent_total", "Datagrams sent."),
      bytesIn: r.counter("gossip_bytes_received_total", "Bytes received (datagrams and stream envelopes)."),
      bytesOut: r.counter("gossip_bytes_sent_total", "Bytes sent (datagrams and stream envelopes)."),
      streamsIn: r.counter("gossip_streams_received_total", "Inbound stream requests."),
      streamsOut: r.counter("gossip_streams_sent_total", "Outbound stream requests."),
      streamFailures: r.counter(
        "gossip_stream_failures_total",
        "Outbound stream requests that failed or timed out.",
      ),
      drops: r.counter("gossip_dropped_total", "Inputs or outputs discarded, by reason.", true),
      events: r.counter("gossip_events_total", "Engine events, by type.", true),
      suspicionsRaised: r.counter("gossip_suspicions_raised_total", "Members this node saw become suspect."),
      suspicionsRefuted: r.counter(
        "gossip_suspicions_refuted_total",
        "Suspicions that ended with the member alive.",
      ),
      joinAttempts: r.counter("gossip_join_attempts_total", "Join attempts (each contacts every seed)."),
      rejoins: r.counter(
        "gossip_rejoins_total",
        "Periodic rejoins started because the cluster looked partitioned.",
      ),
      members: r.gauge("gossip_members", "Known members by state (this node included)."),
      rtt: r.gauge("gossip_probe_rtt_milliseconds", "Probe round-trip time over the recent window."),
      health: r.gauge("gossip_local_health", "Local health score (Lifeguard); 0 is healthy."),
    };
    this.seedHostPorts = config.seeds.map((s) => parseHostPort(s, DEFAULT_PORT));
    if (signal) signal.addEventListener("abort", this.onAbort, { once: true });
  }

  /** @internal */
  start(transport: Transport): void {
    this.transport = transport;
    if (this.persisted && this.engine.setKey) {
      const wall = Date.now();
      for (const [k, v] of Object.entries(this.persisted.kv)) {
        // A key saved with a TTL keeps only the time it had left; an expired one is not restored.
        const expiresAt = this.persisted.kvExpiresAt?.[k];
        if (expiresAt !== undefined && expiresAt <= wall) continue;
        try {
          const options = expiresAt === undefined ? undefined : { ttlMs: expiresAt - wall };
          if (expiresAt !== undefined) this.keyExpiry.set(k, expiresAt);
          this.engine.setKey(k, Buffer.from(v, "base64"), options, this.now());
        } catch (err) {
          this.reportError(err as Error);
        }
      }
    }
    this.drain();
    if (this.config.join.rejoinIntervalMs > 0) {
      this.rejoinTimer = setInterval(() => void this.maybeRejoin(), this.config.join.rejoinIntervalMs);
      this.rejoinTimer.unref();
    }
    if (this.seedHostPorts.length > 0 || (this.persisted?.members.length ?? 0) > 0) {
      this.join().catch((err: Error) => this.reportError(err));
    }
  }

  // ---- events ----------------------------------------------------------------

  on<E extends keyof NodeEvents>(event: E, listener: Listener<NodeEvents[E]>): this {
    this.emitter.on(event, listener as (...a: unknown[]) => void);
    return this;
  }
  once<E extends keyof NodeEvents>(event: E, listener: Listener<NodeEvents[E]>): this {
    this.emitter.once(event, listener as (...a: unknown[]) => void);
    return this;
  }
  off<E extends keyof NodeEvents>(event: E, listener: Listener<NodeEvents[E]>): this {
    this.emitter.off(event, listener as (...a: unknown[]) => void);
    return this;
  }
  private emit<E extends keyof NodeEvents>(event: E, ...args: NodeEvents[E]): void {
    try {
      this.emitter.emit(event, ...args);
    } catch (err) {
      this.logger.error({ err, event }, "event listener threw");
    }
  }

  private reportError(err: Error): void {
    if (this.closing) return;
    this.logger.warn({ err: err.message, code: (err as GossipError).code }, "gossip node error");
    if (this.emitter.listenerCount("error") > 0) this.emit("error", err);
  }

  // ---- clock and engine driving ------------------------------------------------

  /** The driver's monotonic clock, in whole milliseconds. */
  now(): number {
    return Math.floor(performance.now() - this.t0);
  }

  private wall(since: number): number {
    return Date.now() - (this.now() - since);
  }

  private guard(what: string, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      this.reportError(
        new GossipError("ENGINE_ERROR", `engine threw in ${what}: ${(err as Error).message}`, { cause: err }),
      );
    }
    this.drain();
  }

  private drain(): void {
    if (this.draining || this.closing) return;
    this.draining = true;
    try {
      for (;;) {
        const outs = this.engine.takeOutputs();
        if (outs.length === 0) break;
        for (const o of outs) {
          try {
            this.execute(o);
          } catch (err) {
            this.reportError(
              new GossipError(
                "DRIVER_ERROR",
                `cannot carry out a ${o.kind} output: ${(err as Error).message}`,
                { cause: err },
              ),
            );
          }
        }
      }
    } finally {
      this.draining = false;
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.closing) return;
    const at = this.engine.nextWakeup();
    if (at === this.timerAt && this.timer) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = at;
    if (!Number.isFinite(at)) return;
    // At least 1 ms: an engine that keeps asking for "now" cannot make the driver spin.
    const delay = Math.min(Math.max(1, Math.ceil(at - this.now())), 0x7fffffff);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      this.guard("tick", () => this.engine.tick(this.now()));
    }, delay);
  }

  private execute(o: Output): void {
    switch (o.kind) {
      case "datagram":
        this.m.packetsOut.inc();
        this.m.bytesOut.inc({}, o.bytes.length);
        this.transport.sendDatagram(o.to, o.bytes);
        return;
      case "stream-request": {
        const { id } = o;
        this.m.streamsOut.inc();
        this.m.bytesOut.inc({}, o.bytes.length);
        this.transport.request(o.to, o.bytes, o.timeoutMs).then(
          (reply) => {
            if (this.closing) return;
            this.m.bytesIn.inc({}, reply.length);
            this.guard("handleStreamReply", () => this.engine.handleStreamReply(id, reply, this.now()));
          },
          (err: Error) => {
            if (this.closing) return;
            this.m.streamFailures.inc();
            this.logger.debug({ to: addressToString(o.to), err: err.message }, "stream request failed");
            this.guard("handleStreamFailure", () => this.engine.handleStreamFailure(id, this.now()));
          },
        );
        return;
      }
      case "stream-reply": {
        const r = this.inbound.get(o.id);
        if (!r) {
          this.countDrop("reply-to-closed-stream", undefined);
          return;
        }
        this.inbound.delete(o.id);
        this.m.bytesOut.inc({}, o.bytes.length);
        r.reply(o.bytes);
        return;
      }
      case "event":
        this.onEngineEvent(o.event);
        return;
    }
  }

  private countDrop(reason: string, from: Address | undefined): void {
    this.m.drops.inc({ reason });
    this.dropCounts.set(reason, (this.dropCounts.get(reason) ?? 0) + 1);
    this.logger.debug({ reason, from: from ? addressToString(from) : undefined }, "dropped");
  }

  /** @internal the transport's callbacks */
  readonly handlers: TransportHandlers = {
    datagram: (from, bytes) => {
      if (this.closing) return;
      this.m.packetsIn.inc();
      this.m.bytesIn.inc({}, bytes.length);
      this.guard("handleDatagram", () => this.engine.handleDatagram(from, bytes, this.now()));
    },
    streamRequest: (from, bytes, responder) => {
      if (this.closing) {
        responder.abort();
        return;
      }
      const id = this.nextInboundId++;
      this.inbound.set(id, responder);
      responder.onDone(() => this.inbound.delete(id));
      this.m.streamsIn.inc();
      this.m.bytesIn.inc({}, bytes.length);
      this.guard("handleStreamRequest", () => this.engine.handleStreamRequest(id, from, bytes, this.now()));
    },
    drop: (reason, from) => this.countDrop(`transport:${reason}`, from),
    error: (err) => this.reportError(err),
  };

  private toMember(m: MemberInfo): Member {
    const addr = m.addr as Address | undefined;
    return {
      name: m.name,
      address: addr ? addressToString(addr) : "",
      addr,
      state: m.state,
      incarnation: m.incarnation,
      meta: decodeMeta(m.meta),
      metaBytes: m.meta,
      since: this.wall(m.since),
    };
  }

  private onEngineEvent(e: EngineEvent): void {
    this.m.events.inc({ type: e.type });
    switch (e.type) {
      case "member-joined":
        this.suspected.delete(e.member.name);
        this.emit("member-up", this.toMember(e.member));
        this.scheduleSave();
        return;
      case "member-alive":
        if (this.suspected.delete(e.member.name)) {
          this.m.suspicionsRefuted.inc();
          this.emit("member-alive", this.toMember(e.member));
        } else {
          this.emit("member-up", this.toMember(e.member));
        }
        this.scheduleSave();
        return;
      case "member-suspect":
        if (!this.suspected.has(e.member.name)) {
          this.suspected.add(e.member.name);
          this.m.suspicionsRaised.inc();
        }
        this.emit("member-suspect", this.toMember(e.member), { from: e.from });
        return;
      case "member-dead":
        this.suspected.delete(e.member.name);
        this.emit("member-down", this.toMember(e.member), { from: e.from });
        this.scheduleSave();
        return;
      case "member-left":
        this.suspected.delete(e.member.name);
        this.emit("member-left", this.toMember(e.member));
        this.scheduleSave();
        return;
      case "member-updated":
        this.emit("member-updated", this.toMember(e.member));
        this.scheduleSave();
        return;
      case "member-reaped":
        this.emit("member-reaped", { name: e.name });
        return;
      case "name-conflict":
        this.logger.warn({ name: e.name }, "name conflict");
        this.emit("name-conflict", {
          name: e.name,
          existing: addressToString(e.existing),
          other: addressToString(e.other),
        });
        return;
      case "key-changed":
        if (e.node === this.engine.name) this.scheduleSave();
        this.emit("key-changed", { member: e.node, key: e.key, oldValue: e.oldValue, newValue: e.newValue });
        return;
      case "user-event":
        this.emit("user-event", { origin: e.origin, name: e.name, payload: e.payload, id: e.id });
        return;
      case "dropped":
        this.countDrop(e.reason, e.from);
        return;
      default: {
        // Events added to the engine later; a probe RTT report is recognised by shape.
        const x = e as { type: string; rttMs?: unknown };
        if (typeof x.rttMs === "number") this.recordRtt(x.rttMs);
      }
    }
  }

  private recordRtt(ms: number): void {
    this.lastRtt = ms;
    this.rttCount++;
    this.rtts.push(ms);
    if (this.rtts.length > RTT_WINDOW) this.rtts.shift();
  }

  // ---- public API ---------------------------------------------------------------

  /** This node's name. */
  get name(): string {
    return this.engine.name;
  }

  /** The address other members use to reach this node. */
  get address(): string {
    return addressToString(this.advertised);
  }

  /** The locally bound port (the same for UDP and TCP). */
  get port(): number {
    return this.transport.boundPort;
  }

  get transportKind(): "udp" | "tcp" | "http" {
    return this.transport.kind;
  }

  get closed(): boolean {
    return this.closing !== undefined;
  }

  /** Every known member (this node included) with its state and metadata. */
  members(): Member[] {
    return this.engine.members().map((m) => this.toMember(m));
  }

  /**
   * Shared CRDT data replicated to the cluster (docs/crdt.md), e.g.
   * `node.shared.counter("hits").increment(3)`. Changes are also emitted as "shared-changed".
   */
  get shared(): SharedData {
    if (this.sharedRuntime === undefined) throw new NotSupportedError("shared");
    return this.sharedRuntime.data;
  }

  /** @internal */
  attachShared(rt: SharedRuntime): void {
    this.sharedRuntime = rt;
    rt.onChange((e) => {
      this.scheduleSave();
      this.emit("shared-changed", e);
    });
    // The saved snapshot no longer holds every write of the reused replica id (CRDT-6).
    if (rt.reusedId) this.saveNow();
  }

  /** This node as the cluster sees it. */
  get localNode(): Member {
    const self = this.engine.members().find((m) => m.name === this.engine.name);
    if (self) return this.toMember(self);
    return {
      name: this.engine.name,
      address: this.address,
      addr: this.advertised,
      state: "alive",
      incarnation: 0,
      meta: this.config.meta,
      metaBytes: encodeMeta(this.config.meta),
      since: Date.now(),
    };
  }

  private need<K extends keyof RuntimeEngine>(what: string, k: K): NonNullable<RuntimeEngine[K]> {
    if (this.closing) throw new ClosedError(what);
    const f = this.engine[k];
    if (typeof f !== "function") throw new NotSupportedError(what);
    return (f as (...a: unknown[]) => unknown).bind(this.engine) as NonNullable<RuntimeEngine[K]>;
  }

  /** An API call: errors (e.g. a key too large) go to the caller; outputs are carried out either way. */
  private api<T>(fn: () => T): T {
    try {
      return fn();
    } finally {
      this.drain();
    }
  }

  /**
   * Set one of this node's keys (a string is stored as UTF-8); it spreads to
   * every member. With `ttlMs` the key is deleted when it expires.
   */
  setKey(key: string, value: string | Uint8Array, options?: SetKeyOptions): void {
    const set = this.need("setKey", "setKey");
    const bytes = typeof value === "string" ? new TextEncoder().encode(value) : value;
    this.api(() => set(key, bytes, options, this.now()));
    if (options?.ttlMs !== undefined) this.keyExpiry.set(key, Date.now() + options.ttlMs);
    else this.keyExpiry.delete(key);
  }

  deleteKey(key: string): void {
    const del = this.need("deleteKey", "deleteKey");
    this.api(() => del(key, this.now()));
    this.keyExpiry.delete(key);
  }

  /** A key of `member` (default: this node) as known here. */
  getKey(key: string, member: string = this.engine.name): Uint8Array | undefined {
    const get = this.need("getKey", "getKey");
    return get(member, key);
  }

  /** Every key of `member` as known here. */
  keysOf(member: string = this.engine.name): Map<string, Uint8Array> {
    const keys = this.need("keysOf", "keysOf");
    const v = keys(member);
    if (!v) return new Map();
    return v instanceof Map ? new Map(v) : new Map(Object.entries(v));
  }

  /** Send a user event to every member (a string payload is sent as UTF-8); returns the event's id. */
  broadcast(name: string, payload: string | Uint8Array = new Uint8Array(0)): Uint8Array | undefined {
    const b = this.need("broadcast", "broadcastEvent");
    const bytes = typeof payload === "string" ? new TextEncoder().encode(payload) : payload;
    return this.api(() => b(name, bytes, this.now()) ?? undefined);
  }

  stats(): NodeStats {
    const counts: Record<MemberState, number> = { alive: 0, suspect: 0, dead: 0, left: 0 };
    for (const m of this.engine.members()) counts[m.state]++;
    const drops: Record<string, number> = Object.fromEntries(this.dropCounts);
    const eng = this.engine.stats?.();
    const engineRtts = this.engine.probeRtts?.();
    const sorted = [...(engineRtts ? engineRtts.samples : this.rtts)].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    return {
      packetsIn: this.m.packetsIn.value(),
      packetsOut: this.m.packetsOut.value(),
      bytesIn: this.m.bytesIn.value(),
      bytesOut: this.m.bytesOut.value(),
      streamsIn: this.m.streamsIn.value(),
      streamsOut: this.m.streamsOut.value(),
      streamFailures: this.m.streamFailures.value(),
      drops,
      probeRtt:
        sorted.length > 0
          ? {
              count: engineRtts ? engineRtts.count : this.rttCount,
              lastMs: engineRtts ? engineRtts.lastMs : this.lastRtt,
              medianMs: q(0.5),
              p99Ms: q(0.99),
            }
          : undefined,
      suspicionsRaised: this.m.suspicionsRaised.value(),
      suspicionsRefuted: this.m.suspicionsRefuted.value(),
      members: counts,
      joinAttempts: this.m.joinAttempts.value(),
      rejoins: this.m.rejoins.value(),
      engine: eng ? { ...eng } : undefined,
      security: this.security?.stats(),
    };
  }

  /** The metrics registry, with gauges refreshed. */
  metricsRegistry(): MetricsRegistry {
    const s = this.stats();
    this.m.members.reset();
    for (const [state, n] of Object.entries(s.members)) this.m.members.set({ state }, n);
    this.m.rtt.reset();
    if (s.probeRtt) {
      this.m.rtt.set({ quantile: "0.5" }, s.probeRtt.medianMs);
      this.m.rtt.set({ quantile: "0.99" }, s.probeRtt.p99Ms);
    }
    const health = s.engine?.health;
    if (typeof health === "number") this.m.health.set({}, health);
    if (s.security !== undefined) {
      const refused = this.metrics.gauge(
        "gossip_security_refused",
        "Envelopes refused by the keyring and messages refused by the verifier, by reason.",
      );
      refused.reset();
      for (const [reason, n] of Object.entries(s.security.keyring?.rejected ?? {}))
        refused.set({ layer: "keyring", reason }, n);
      for (const [reason, n] of Object.entries(s.security.verifier?.signed ?? {}))
        if (reason !== "ok") refused.set({ layer: "verifier", reason }, n);
      this.metrics
        .gauge("gossip_keyring_keys", "Keys installed in the keyring.")
        .set({}, s.security.keys.length);
    }
    this.sharedRuntime?.refreshMetrics(this.metrics);
    return this.metrics;
  }

  /** Metrics in the Prometheus text format. */
  prometheus(): string {
    return this.metricsRegistry().prometheus();
  }

  // ---- join, rejoin -------------------------------------------------------------

  private aliveOthers(): MemberInfo[] {
    return this.engine.members().filter((m) => m.name !== this.engine.name && m.state === "alive");
  }

  /** Resolve seeds (DNS each time) and known members; failures are logged, not thrown. */
  private async resolveTargets(seeds: HostPort[], includeKnown: boolean): Promise<Address[]> {
    const out: Address[] = [];
    const add = (a: Address) => {
      if (sameAddress(a, this.advertised)) return;
      if (!out.some((x) => sameAddress(x, a))) out.push(a);
    };
    await Promise.all(
      seeds.map(async (s) => {
        if (isIP(s.host)) {
          add(toAddress(s.host, s.port));
          return;
        }
        try {
          const found = await lookup(s.host, { all: true });
          for (const f of found) add(toAddress(f.address, s.port));
        } catch (err) {
          this.logger.warn({ seed: s.host, err: (err as Error).message }, "cannot resolve seed");
        }
      }),
    );
    if (includeKnown) {
      for (const m of this.persisted?.members ?? []) {
        if (m.name === this.engine.name) continue;
        try {
          const hp = parseHostPort(m.address, DEFAULT_PORT);
          add(toAddress(hp.host, hp.port));
        } catch {
          // ignore a bad entry
        }
      }
      for (const m of this.engine.members()) if (m.name !== this.engine.name && m.addr) add(m.addr);
    }
    return out;
  }

  /**
   * Join the cluster through `seeds` (default: the configured seeds and, with a
   * data directory, the members known before a restart). Retries with
   * exponential back-off, re-resolving DNS names each time, until another
   * member is alive; resolves with the number of other alive members. Rejects
   * with JoinError after `join.timeoutMs` (never, when 0).
   */
  join(seeds?: readonly string[]): Promise<number> {
    if (this.closing) return Promise.reject(new ClosedError("join"));
    if (seeds === undefined && this.joinPromise) return this.joinPromise;
    const hps = seeds === undefined ? this.seedHostPorts : seeds.map((s) => parseHostPort(s, DEFAULT_PORT));
    const p = this.joinLoop(hps, seeds === undefined);
    if (seeds === undefined) {
      this.joinPromise = p;
      p.then(
        () => {
          if (this.joinPromise === p) this.joinPromise = undefined;
        },
        () => {
          if (this.joinPromise === p) this.joinPromise = undefined;
        },
      );
    }
    return p;
  }

  private async joinLoop(seeds: HostPort[], includeKnown: boolean): Promise<number> {
    const started = Date.now();
    const { retryInitialMs, retryMaxMs, timeoutMs } = this.config.join;
    let delay = retryInitialMs;
    const signal = this.joinAbort.signal;
    for (let attempt = 1; ; attempt++) {
      if (this.closing || signal.aborted) throw new ClosedError("join");
      const targets = await this.resolveTargets(seeds, includeKnown);
      if (this.closing) throw new ClosedError("join");
      if (targets.length === 0 && seeds.length === 0) return this.aliveOthers().length;
      this.m.joinAttempts.inc();
      if (targets.length > 0) {
        this.logger.debug({ attempt, targets: targets.map(addressToString) }, "joining");
        this.guard("join", () => this.engine.join(targets, this.now()));
      }
      if (await this.waitForMember(delay, signal)) {
        const n = this.aliveOthers().length;
        this.logger.info({ members: n, attempts: attempt }, "joined");
        this.emit("joined", { members: n, attempts: attempt });
        return n;
      }
      if (timeoutMs > 0 && Date.now() - started >= timeoutMs) {
        throw new JoinError(
          attempt,
          `no member reachable through ${seeds.length} seed(s) after ${attempt} attempt(s)`,
        );
      }
      delay = Math.min(delay * 2, retryMaxMs);
      if (timeoutMs > 0) delay = Math.min(delay, Math.max(1, timeoutMs - (Date.now() - started)));
    }
  }

  /** Wait up to `ms` for another member to be alive. */
  private waitForMember(ms: number, signal: AbortSignal): Promise<boolean> {
    if (this.aliveOthers().length > 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (v: boolean) => {
        clearTimeout(t);
        this.off("member-up", onUp);
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      };
      const onUp = () => finish(true);
      const onAbort = () => finish(false);
      const t = setTimeout(() => finish(this.aliveOthers().length > 0), ms);
      this.on("member-up", onUp);
      signal.addEventListener("abort", onAbort, { once: true });
    });
  }

  /** Periodic partition check (TRN-56): alone, or a seed missing from the alive members → join again. */
  private async maybeRejoin(): Promise<void> {
    if (this.closing || this.leaving || this.joinPromise) return;
    const alive = this.aliveOthers();
    const seeds = await this.resolveTargets(this.seedHostPorts, false);
    const missing = seeds.filter((a) => !alive.some((m) => m.addr && sameAddress(m.addr, a)));
    let targets = missing;
    if (alive.length === 0) targets = await this.resolveTargets(this.seedHostPorts, true);
    if (targets.length === 0 || this.closing) return;
    this.m.rejoins.inc();
    this.logger.info({ targets: targets.map(addressToString) }, "cluster looks partitioned; rejoining");
    this.guard("join", () => this.engine.join(targets, this.now()));
  }

  // ---- persistence -------------------------------------------------------------------

  private scheduleSave(): void {
    if (!this.store || this.saveTimer || this.closing) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.saveNow();
    }, 1000);
    this.saveTimer.unref();
  }

  private saveNow(): void {
    if (!this.store) return;
    const members = this.engine.members();
    const self = members.find((m) => m.name === this.engine.name);
    let kv: Record<string, string> = {};
    if (this.engine.keysOf) {
      try {
        kv = Object.fromEntries(
          [...this.keysOfRaw(this.engine.name)].map(([k, v]) => [k, Buffer.from(v).toString("base64")]),
        );
      } catch {
        kv = {};
      }
    }
    try {
      this.store.save({
        name: this.engine.name,
        incarnation: Math.max(self?.incarnation ?? 0, this.persisted?.incarnation ?? 0),
        members: members
          .filter(
            (m) => m.name !== this.engine.name && m.addr && (m.state === "alive" || m.state === "suspect"),
          )
          .map((m) => ({ name: m.name, address: addressToString(m.addr), state: m.state })),
        kv,
        kvExpiresAt: Object.fromEntries([...this.keyExpiry].filter(([k]) => k in kv)),
        shared: this.sharedRuntime?.snapshot(),
      });
    } catch (err) {
      this.reportError(err as Error);
    }
  }

  private keysOfRaw(member: string): Map<string, Uint8Array> {
    const v = this.engine.keysOf?.(member);
    if (!v) return new Map();
    return v instanceof Map ? new Map(v) : new Map(Object.entries(v));
  }

  // ---- leave, close ------------------------------------------------------------------

  /**
   * Announce a graceful departure and keep running until it has spread
   * (`leave.propagateMs`, or until the engine's queue is empty), at most
   * `leave.timeoutMs`. The node stays open; call close() afterwards.
   */
  leave(): Promise<void> {
    if (this.closing) return Promise.resolve();
    if (this.leaving) return this.leaving;
    this.joinAbort.abort();
    this.guard("leave", () => this.engine.leave(this.now()));
    const { propagateMs, timeoutMs } = this.config.leave;
    const limit = Math.min(propagateMs, timeoutMs);
    this.leaving = new Promise<void>((resolve) => {
      const started = Date.now();
      const poll = () => {
        const elapsed = Date.now() - started;
        const pending = this.engine.pendingBroadcasts?.();
        const drained = pending !== undefined && pending === 0 && elapsed >= Math.min(limit, 200);
        if (this.closing || elapsed >= limit || drained) resolve();
        else setTimeout(poll, 50);
      };
      setTimeout(poll, Math.min(50, limit));
    });
    return this.leaving;
  }

  /** Stop: release every socket and timer (without announcing; call leave() first for that). Idempotent. */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    this.sharedRuntime?.close();
    this.saveNow();
    this.closing = (async () => {
      this.joinAbort.abort();
      if (this.timer) clearTimeout(this.timer);
      this.timer = undefined;
      if (this.rejoinTimer) clearInterval(this.rejoinTimer);
      if (this.saveTimer) clearTimeout(this.saveTimer);
      this.signal?.removeEventListener("abort", this.onAbort);
      for (const r of this.inbound.values()) r.abort();
      this.inbound.clear();
      await this.transport.close();
      this.logger.info({ name: this.engine.name }, "closed");
    })();
    return this.closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }
}

/**
 * Create a node: validate options (ConfigError), bind its sockets
 * (BindError), create the engine, and start joining the seeds in the
 * background (see `node.join()` to wait for it).
 */
export async function createNode(options: NodeOptions = {}): Promise<GossipNode> {
  const {
    logger = silentLogger,
    signal,
    engine: factory = coreEngineFactory,
    cipher: givenCipher,
    keyring: givenKeyring,
    ...json
  } = options;
  signal?.throwIfAborted();
  const config = resolveConfig(json);
  for (const s of config.seeds) {
    try {
      parseHostPort(s, DEFAULT_PORT);
    } catch (err) {
      throw err instanceof SeedError ? err : new SeedError(s, String(err));
    }
  }
  const keyring =
    givenKeyring ??
    (givenCipher === undefined && config.encryption ? keyringFrom(config.encryption.keyFiles) : undefined);
  const cipher = givenCipher ?? keyring;
  const store = config.dataDir ? new StateStore(config.dataDir) : undefined;
  const persisted = store?.load();
  const name = config.name ?? persisted?.name ?? defaultName();
  const sameIdentity = persisted && persisted.name === name ? persisted : undefined;

  let advertised: Address | undefined;
  let node: GossipNode | undefined;
  const handlers: TransportHandlers = {
    datagram: (f, b) => node?.handlers.datagram(f, b),
    streamRequest: (f, b, r) => (node ? node.handlers.streamRequest(f, b, r) : r.abort()),
    drop: (reason, f) => node?.handlers.drop(reason, f),
    error: (e) => node?.handlers.error(e),
  };
  const topts = {
    bindAddress: config.bindAddress,
    bindPort: config.bindPort,
    maxFrameBytes: config.stream.maxFrameBytes,
    streamTimeoutMs: config.stream.timeoutMs,
    maxConnections: config.stream.maxConnections,
    advertised: () => advertised!,
    handlers,
  };
  const transport =
    config.transport === "http"
      ? await openHttpTransport(topts)
      : await openUdpTcpTransport({ ...topts, tcpOnly: config.transport === "tcp" });
  try {
    const ip = config.advertiseAddress ?? pickAdvertiseIp(config.bindAddress);
    advertised = toAddress(ip, config.advertisePort ?? transport.boundPort);
    const t0 = performance.now();
    let engineRef: RuntimeEngine | undefined;
    const sec =
      givenCipher === undefined
        ? buildSecurity({
            name,
            cluster: config.cluster,
            mode: config.encryption?.mode ?? "plaintext",
            compress: config.compress,
            keyring,
            pki: config.pki,
            engine: () => engineRef,
          })
        : undefined;
    const engine = await factory({
      name,
      cluster: config.cluster,
      addr: advertised,
      meta: encodeMeta(config.meta),
      preset: config.preset,
      protocol: config.protocol,
      seed: config.randomSeed ?? randomInt(0, 2 ** 32 - 1),
      now: 0,
      incarnation: sameIdentity?.incarnation,
      cipher,
      acceptPlaintext: cipher ? (config.encryption?.acceptPlaintext ?? false) : true,
      compress: config.compress,
      wire: sec?.security.wire,
      security: sec?.engineSecurity,
    });
    engineRef = engine;
    // Shared CRDT data (docs/crdt.md), linked through the engine's extension hooks.
    const sharedRt = new SharedRuntime({
      name,
      persistent: store !== undefined,
      hadState: persisted !== undefined,
      persisted: sameIdentity?.shared,
      logger,
    });
    sharedRt.attach(engine);
    if (sec?.revocation !== undefined) sec.security.applyRevocation(sec.revocation);
    void t0;
    node = new GossipNode(config, engine, transport, advertised, logger, store, sameIdentity, signal);
    if (sec !== undefined) node.security = sec.security;
    logger.info(
      {
        name,
        transport: transport.kind,
        bind: `${bytesToIp(toAddress(config.bindAddress, 1).ip)}:${transport.boundPort}`,
        advertise: addressToString(advertised),
      },
      "gossip node started",
    );
    node.start(transport);
    // After start, so that a save it triggers holds the restored keys.
    node.attachShared(sharedRt);
    if (signal?.aborted) await node.close();
    return node;
  } catch (err) {
    await transport.close();
    throw err;
  }
}
