/**
 * SharedStore: the pure, deterministic replication side of shared data
 * (spec/13-crdt.md, CRDT-60..70). It holds key -> CRDT with a type, a
 * replication policy and a TTL; turns local changes into deltas for the
 * engine to piggyback; hands out full states for anti-entropy; merges what
 * arrives; and reports value changes. It never reads a clock: time comes from
 * the injected `now()`.
 */
import { type CrdtDelta, type CrdtType, DEFAULT_LIMITS } from "@gossip/codec";
import { type CrdtTypeName, crdtTypeFromCode, isCrdtTypeName } from "./base.js";
import { checkString, compareStrings, isWellFormed, Reader, Writer } from "./bytes.js";
import { valueEquals } from "./equal.js";
import {
  CrdtError,
  CrdtInvalidArgumentError,
  CrdtLimitError,
  CrdtMalformedError,
  CrdtTypeMismatchError,
  fail,
  ok,
  type Result,
} from "./errors.js";
import { Hlc, type HlcOptions, type Timestamp } from "./hlc.js";
import { checkMapDepth } from "./ormap.js";
import {
  normalizePolicy,
  type PeerInfo,
  REPLICATE_ALL,
  type ReplicationPolicy,
  replicatesTo,
} from "./policy.js";
import { type AnyCrdt, type CrdtOf, decodeCrdt, emptyCrdt } from "./registry.js";

/** A CrdtDelta as carried inside other messages (PushPull.crdt) or on its own. */
export type CrdtMessage = Omit<CrdtDelta, "type">;

export interface Logger {
  debug?(msg: string, fields?: Record<string, unknown>): void;
  warn?(msg: string, fields?: Record<string, unknown>): void;
}

export interface SharedStoreOptions {
  /**
   * Id this replica writes under (counters, dots, HLC tie-break). MUST be
   * unique to this replica's state: a node that restarts without its state
   * needs a fresh one (CRDT-6), e.g. `${name}#${incarnation}`.
   */
  readonly replicaId: string;
  /** Name of this node, put in CrdtDelta.origin (defaults to replicaId). */
  readonly nodeName?: string;
  /** Physical time in ms, injected (a monotonic-ish wall clock in the runtime, virtual in tests). */
  readonly now: () => number;
  /** Most keys held (CRDT-69). Default 10 000. */
  readonly maxKeys?: number;
  /** Largest encoded state of one key (CRDT-69). Default 256 KiB. */
  readonly maxStateBytes?: number;
  /** Forward received deltas that changed local state (CRDT-62). Default true. */
  readonly forwardReceived?: boolean;
  /**
   * When a received full state changes local state, forward what was new (the
   * exact difference for non-causal types, the whole state for OR-Set and
   * OR-Map) if it encodes to at most this many bytes (CRDT-62). Default 1024.
   */
  readonly forwardFullMaxBytes?: number;
  readonly hlc?: HlcOptions;
  readonly logger?: Logger;
}

export interface KeyOptions {
  readonly replication?: ReplicationPolicy;
  /** Time to live after the last write, ms; 0 or absent = none. */
  readonly ttlMs?: number;
}

export type ChangeSource = "local" | "remote" | "expired";

export interface ChangeEvent {
  readonly key: string;
  readonly type: CrdtTypeName;
  readonly previous: unknown;
  /** undefined when the key expired. */
  readonly value: unknown;
  readonly source: ChangeSource;
  /** CrdtDelta.origin for remote changes. */
  readonly origin?: string;
}

export interface MutationContext {
  readonly replica: string;
  /** A fresh HLC timestamp for an LWW write. */
  stamp(): Timestamp;
}

export interface StoreStats {
  received: number;
  applied: number;
  malformed: number;
  typeMismatch: number;
  limit: number;
  driftIgnored: number;
  expired: number;
}

interface Entry {
  readonly key: string;
  readonly type: CrdtTypeName;
  crdt: AnyCrdt;
  policy: ReplicationPolicy;
  /** TTL a local write refreshes the key to; 0 = none. */
  ttlMs: number;
  expiresAt: number | undefined;
  /** Upper bound of the state's encoded size (exact after a local write). */
  size: number;
}

interface Pending {
  delta: AnyCrdt;
  transmits: number;
}

/** Keys are 1..maxKeyBytes (256) UTF-8 bytes, as the wire requires (WIRE-45). */
const MAX_KEY_BYTES = DEFAULT_LIMITS.maxKeyBytes;
const utf8 = new TextEncoder();

function validKey(key: string): boolean {
  return key.length > 0 && (key.length * 3 <= MAX_KEY_BYTES || utf8.encode(key).length <= MAX_KEY_BYTES);
}

function checkKey(key: string): void {
  checkString(key, "key");
  if (!validKey(key)) throw new CrdtInvalidArgumentError(`key must be 1..${MAX_KEY_BYTES} UTF-8 bytes`);
}

/** Bytes a CrdtDelta adds around its state: key, type, flags, policy, ttl, origin (estimate). */
const MESSAGE_OVERHEAD = 24;

export class SharedStore {
  readonly replicaId: string;
  readonly nodeName: string;
  readonly clock: Hlc;
  readonly stats: StoreStats = {
    received: 0,
    applied: 0,
    malformed: 0,
    typeMismatch: 0,
    limit: 0,
    driftIgnored: 0,
    expired: 0,
  };
  private readonly entries = new Map<string, Entry>();
  private readonly pending = new Map<string, Pending>();
  private readonly listeners = new Set<(e: ChangeEvent) => void>();
  /** The injected clock. */
  readonly now: () => number;
  private readonly maxKeys: number;
  private readonly maxStateBytes: number;
  private readonly forwardReceived: boolean;
  private readonly forwardFullMaxBytes: number;
  private readonly logger: Logger | undefined;
  private cursor = "";

  constructor(options: SharedStoreOptions) {
    this.replicaId = checkString(options.replicaId, "replicaId");
    this.nodeName = options.nodeName ?? options.replicaId;
    this.now = options.now;
    this.maxKeys = options.maxKeys ?? 10_000;
    this.maxStateBytes = options.maxStateBytes ?? 256 * 1024;
    this.forwardReceived = options.forwardReceived ?? true;
    this.forwardFullMaxBytes = options.forwardFullMaxBytes ?? 1024;
    this.logger = options.logger;
    this.clock = new Hlc(this.replicaId, options.hlc);
  }

  // ---- reading ----

  private live(key: string): Entry | undefined {
    const e = this.entries.get(key);
    if (e?.expiresAt !== undefined && e.expiresAt <= this.now()) {
      this.expire(e);
      return undefined;
    }
    return e;
  }

  /** Live keys, sorted. */
  keys(): string[] {
    this.sweep();
    return [...this.entries.keys()].sort(compareStrings);
  }

  typeOf(key: string): CrdtTypeName | undefined {
    return this.live(key)?.type;
  }

  /** A copy of the key's state. */
  get(key: string): AnyCrdt | undefined {
    return this.live(key)?.crdt.clone() as AnyCrdt | undefined;
  }

  /** The key's state if it has type `type`; throws CrdtTypeMismatchError otherwise. */
  getAs<T extends CrdtTypeName>(key: string, type: T): CrdtOf<T> | undefined {
    const e = this.live(key);
    if (e === undefined) return undefined;
    if (e.type !== type) throw new CrdtTypeMismatchError(key, e.type, type);
    return e.crdt.clone() as CrdtOf<T>;
  }

  value(key: string): unknown {
    return this.live(key)?.crdt.value();
  }

  policyOf(key: string): ReplicationPolicy | undefined {
    return this.live(key)?.policy;
  }

  /** Number of keys and of pending deltas (for metrics and bounds checks). */
  size(): { keys: number; pending: number } {
    return { keys: this.entries.size, pending: this.pending.size };
  }

  // ---- local writes ----

  /**
   * Creates `key` with `type` if absent; applies options. Throws
   * CrdtTypeMismatchError if the key holds another type, CrdtLimitError when full.
   */
  define(key: string, type: CrdtTypeName, options: KeyOptions = {}): void {
    checkKey(key);
    if (!isCrdtTypeName(type)) throw new CrdtInvalidArgumentError(`unknown CRDT type ${String(type)}`);
    const e = this.live(key);
    if (e !== undefined && e.type !== type) throw new CrdtTypeMismatchError(key, e.type, type);
    const policy = options.replication ? normalizePolicy(options.replication) : undefined;
    const ttl = options.ttlMs ?? 0;
    if (!Number.isSafeInteger(ttl) || ttl < 0)
      throw new CrdtInvalidArgumentError("ttlMs must be a non-negative integer");
    if (e === undefined) {
      if (this.entries.size >= this.maxKeys) throw new CrdtLimitError(`store holds ${this.maxKeys} keys`);
      this.entries.set(key, {
        key,
        type,
        crdt: emptyCrdt(type),
        policy: policy ?? REPLICATE_ALL,
        ttlMs: ttl,
        expiresAt: ttl > 0 ? this.now() + ttl : undefined,
        size: 0,
      });
      return;
    }
    if (policy) e.policy = policy;
    if (options.ttlMs !== undefined) {
      e.ttlMs = ttl;
      e.expiresAt = ttl > 0 ? this.now() + ttl : undefined;
    }
  }

  /**
   * Applies a local operation (CRDT-60). `op` mutates the state it is
   * given and returns the delta the mutation produced; the delta is queued
   * for piggybacking and listeners hear of a value change.
   */
  mutate<T extends CrdtTypeName>(
    key: string,
    type: T,
    op: (state: CrdtOf<T>, cx: MutationContext) => AnyCrdt,
    options: KeyOptions = {},
  ): CrdtOf<T> {
    this.define(key, type, options);
    const e = this.entries.get(key)!;
    const work = e.crdt.clone() as CrdtOf<T>;
    const cx: MutationContext = {
      replica: this.replicaId,
      stamp: () => this.clock.now(this.now()),
    };
    const delta = op(work, cx) as CrdtOf<T>;
    if (delta.type !== type) throw new CrdtTypeMismatchError(key, type, delta.type);
    checkMapDepth(work);
    // Upper bound first (old size + delta); measure exactly only near the limit.
    let size = e.size + delta.encode().length;
    if (size > this.maxStateBytes) size = work.encode().length;
    if (size > this.maxStateBytes) throw new CrdtLimitError(`state of ${key} would be ${size} bytes`);
    const previous = this.listeners.size > 0 ? e.crdt.value() : undefined;
    e.crdt = work;
    e.size = size;
    // A write refreshes the TTL (CRDT-67).
    if (e.ttlMs > 0) e.expiresAt = this.now() + e.ttlMs;
    if (!delta.isEmpty()) this.queue(key, delta);
    this.notify(e, previous, "local");
    return delta;
  }

  // ---- replication out ----

  private queue(key: string, delta: AnyCrdt): void {
    const p = this.pending.get(key);
    if (p === undefined) {
      this.pending.set(key, { delta: delta.clone() as AnyCrdt, transmits: 0 });
    } else {
      p.delta.merge(delta);
      p.transmits = 0;
    }
    for (const l of [...this.deltaListeners]) l(key);
  }

  private readonly deltaListeners = new Set<(key: string) => void>();

  /**
   * Hears that `key` has a new pending delta (a local change, or a received
   * delta to forward). An engine link uses it to hand deltas to the engine's
   * broadcast queue via takePending().
   */
  onDelta(listener: (key: string) => void): () => void {
    this.deltaListeners.add(listener);
    return () => this.deltaListeners.delete(listener);
  }

  /**
   * Removes and returns the pending delta of `key` as a message (for an engine
   * that runs its own transmit-limited queue), or undefined if none is pending.
   */
  takePending(key: string): AnyCrdt | undefined {
    const p = this.pending.get(key);
    if (p === undefined) return undefined;
    this.pending.delete(key);
    return this.live(key) === undefined ? undefined : p.delta;
  }

  /** A CrdtDelta for `key` carrying `delta` (a delta or state of the key's type), with the key's policy and TTL. */
  deltaMessage(key: string, delta: AnyCrdt): CrdtMessage | undefined {
    const e = this.live(key);
    if (e === undefined || e.type !== delta.type) return undefined;
    return this.message(e, delta, false);
  }

  private message(e: Entry, state: AnyCrdt, full: boolean): CrdtMessage {
    const remaining = e.expiresAt === undefined ? 0 : Math.max(1, e.expiresAt - this.now());
    return {
      key: e.key,
      crdtType: e.type,
      state: state.encode(),
      full,
      replication: e.policy,
      ttlMs: remaining,
      origin: this.nodeName,
    };
  }

  /**
   * Deltas to piggyback on a packet to `peer` (CRDT-61): pending deltas
   * whose policy replicates to the peer, least-sent first, within `maxBytes`.
   * Each delta is handed out at most `transmitLimit` times, then dropped
   * (anti-entropy covers any loss).
   */
  piggyback(peer: PeerInfo, opts: { maxBytes: number; transmitLimit: number }): CrdtMessage[] {
    const out: CrdtMessage[] = [];
    let budget = opts.maxBytes;
    const candidates = [...this.pending].sort(
      ([ka, a], [kb, b]) => a.transmits - b.transmits || compareStrings(ka, kb),
    );
    for (const [key, p] of candidates) {
      const e = this.live(key);
      if (e === undefined) {
        this.pending.delete(key);
        continue;
      }
      if (!replicatesTo(e.policy, peer)) continue;
      const m = this.message(e, p.delta, false);
      const cost = m.state.length + key.length + MESSAGE_OVERHEAD;
      if (cost > budget) continue;
      budget -= cost;
      out.push(m);
      p.transmits++;
      if (p.transmits >= opts.transmitLimit) this.pending.delete(key);
    }
    return out;
  }

  /**
   * Full states for anti-entropy with `peer` (CRDT-63): every live key
   * whose policy replicates to the peer. With `maxBytes`, a rotating cursor
   * makes successive calls cover all keys.
   */
  fullStates(peer: PeerInfo, opts: { maxBytes?: number } = {}): CrdtMessage[] {
    const keys = this.keys().filter((k) => replicatesTo(this.entries.get(k)!.policy, peer));
    if (keys.length === 0) return [];
    let start = keys.findIndex((k) => compareStrings(k, this.cursor) > 0);
    if (start < 0 || opts.maxBytes === undefined) start = 0;
    const out: CrdtMessage[] = [];
    let budget = opts.maxBytes ?? Number.POSITIVE_INFINITY;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[(start + i) % keys.length]!;
      const e = this.entries.get(k)!;
      const m = this.message(e, e.crdt, true);
      const cost = m.state.length + k.length + MESSAGE_OVERHEAD;
      if (cost > budget && out.length > 0) break;
      budget -= cost;
      out.push(m);
      this.cursor = k;
    }
    return out;
  }

  /** Joins two messages of one key and type into one (for coalescing queued deltas); undefined if either is malformed. */
  joinMessages(a: CrdtMessage, b: CrdtMessage): CrdtMessage | undefined {
    const t = a.crdtType;
    if (a.key !== b.key || t !== b.crdtType || !isCrdtTypeName(t)) return undefined;
    const x = decodeCrdt(a.state, t);
    const y = decodeCrdt(b.state, t);
    if (!x.ok || !y.ok) return undefined;
    x.value.merge(y.value);
    return { ...b, state: x.value.encode() };
  }

  // ---- replication in ----

  /**
   * Merges a received CrdtDelta (CRDT-15, CRDT-68). Never throws on bad input:
   * malformed state bytes, an unknown type, a type other than the key's, or
   * a bound exceeded give a typed error (and are counted in `stats`).
   */
  receive(msg: CrdtMessage): Result<{ changed: boolean }> {
    this.stats.received++;
    try {
      return this.receiveInner(msg);
    } catch (err) {
      this.stats.malformed++;
      const e = err instanceof CrdtError ? err : new CrdtMalformedError(`bad CrdtDelta: ${String(err)}`);
      return fail(e);
    }
  }

  private reject(
    counter: "malformed" | "typeMismatch" | "limit",
    error: CrdtError,
  ): Result<{ changed: boolean }> {
    this.stats[counter]++;
    this.logger?.debug?.("crdt delta rejected", { code: error.code, reason: error.message });
    return fail(error);
  }

  private receiveInner(msg: CrdtMessage): Result<{ changed: boolean }> {
    if (typeof msg.key !== "string" || !isWellFormed(msg.key) || !validKey(msg.key)) {
      return this.reject(
        "malformed",
        new CrdtMalformedError("key must be a well-formed string of 1..256 UTF-8 bytes"),
      );
    }
    const type = msg.crdtType as CrdtType;
    if (!isCrdtTypeName(type))
      return this.reject("malformed", new CrdtMalformedError(`unknown CRDT type ${type}`));
    if (!(msg.state instanceof Uint8Array))
      return this.reject("malformed", new CrdtMalformedError("state must be bytes"));
    if (msg.state.length > this.maxStateBytes) {
      return this.reject("limit", new CrdtLimitError(`state of ${msg.key} is ${msg.state.length} bytes`));
    }
    const decoded = decodeCrdt(msg.state, type);
    if (!decoded.ok) return this.reject("malformed", decoded.error);
    let policy: ReplicationPolicy | undefined;
    if (msg.replication !== undefined) {
      try {
        policy = normalizePolicy(msg.replication);
      } catch (err) {
        return this.reject("malformed", new CrdtMalformedError(`bad replication policy: ${String(err)}`));
      }
    }
    const ttl = msg.ttlMs;
    if (!Number.isSafeInteger(ttl) || ttl < 0)
      return this.reject("malformed", new CrdtMalformedError("bad ttlMs"));

    let e = this.live(msg.key);
    if (e !== undefined && e.type !== type) {
      return this.reject("typeMismatch", new CrdtTypeMismatchError(msg.key, e.type, type));
    }
    const now = this.now();
    const isNew = e === undefined;
    if (e === undefined) {
      if (this.entries.size >= this.maxKeys) {
        return this.reject("limit", new CrdtLimitError(`store holds ${this.maxKeys} keys`));
      }
      e = {
        key: msg.key,
        type,
        crdt: emptyCrdt(type),
        policy: REPLICATE_ALL,
        ttlMs: 0,
        expiresAt: undefined,
        size: 0,
      };
    }
    // The merged state is at most the sum of both encodings; only near the
    // bound is it worth working on a copy and measuring exactly.
    const previous = this.listeners.size > 0 ? e.crdt.value() : undefined;
    // CRDT-62: what to forward if the merge teaches us something. For a full
    // state, only the part we lacked (exact for the non-causal types; the
    // causal ones would need most of their state, so they are forwarded whole).
    let forward: AnyCrdt | undefined = decoded.value;
    if (msg.full) {
      const causal = type === "or-set" || type === "or-map";
      forward = causal ? decoded.value : (decoded.value.missingFrom(e.crdt as never) as AnyCrdt);
      if ((causal ? msg.state.length : forward.encode().length) > this.forwardFullMaxBytes)
        forward = undefined;
    }
    const bound = e.size + msg.state.length;
    let changed: boolean;
    if (bound <= this.maxStateBytes) {
      changed = e.crdt.merge(decoded.value);
      if (changed) e.size = bound;
    } else {
      const work = e.crdt.clone() as AnyCrdt;
      changed = work.merge(decoded.value);
      const size = work.encode().length;
      if (changed && size > this.maxStateBytes) {
        return this.reject("limit", new CrdtLimitError(`merged state of ${msg.key} would be ${size} bytes`));
      }
      e.crdt = work;
      e.size = size;
    }
    // Commit.
    if (isNew) this.entries.set(msg.key, e);
    if (policy !== undefined) e.policy = policy;
    if (ttl > 0) {
      // CRDT-67: never shortens a key's life; a key without TTL gains one.
      e.expiresAt = Math.max(e.expiresAt ?? 0, now + ttl);
      if (e.ttlMs === 0) e.ttlMs = ttl;
    }
    this.stats.applied++;
    const latest = decoded.value.latestTimestamp();
    if (latest !== undefined && !this.clock.observe(latest, now)) {
      this.stats.driftIgnored++;
      this.logger?.warn?.("crdt timestamp too far ahead; clock not advanced", {
        key: msg.key,
        wall: latest.wall,
      });
    }
    // Anti-entropy's repairs spread epidemically too, not only pair by pair.
    if (
      changed &&
      forward !== undefined &&
      !forward.isEmpty() &&
      this.forwardReceived &&
      e.policy.mode !== "none"
    ) {
      this.queue(msg.key, forward);
    }
    if (changed || isNew) this.notify(e, previous, "remote", msg.origin, isNew);
    return ok({ changed });
  }

  // ---- persistence ----

  /**
   * The whole store as bytes, for a runtime's data directory: restoring it
   * lets a restarted node keep its replica id (CRDT-6) and lose no write it
   * had acknowledged. Layout: 0x01, then per key (sorted): key, policy
   * (mode byte, nodes, match pairs), remaining TTL ms (0 = none), TTL, state.
   */
  exportState(): Uint8Array {
    const w = new Writer();
    w.byte(1);
    const keys = this.keys();
    w.uvarint(keys.length);
    const now = this.now();
    const modes = ["all", "none", "nodes", "metadata"];
    for (const k of keys) {
      const e = this.entries.get(k)!;
      w.string(k);
      w.byte(modes.indexOf(e.policy.mode));
      w.uvarint(e.policy.nodes.length);
      for (const n of e.policy.nodes) w.string(n);
      const match = Object.keys(e.policy.match).sort(compareStrings);
      w.uvarint(match.length);
      for (const m of match) w.string(m).string(e.policy.match[m]!);
      w.uvarint(e.expiresAt === undefined ? 0 : Math.max(1, e.expiresAt - now));
      w.uvarint(e.ttlMs);
      w.bytes(e.crdt.encode());
    }
    return w.finish();
  }

  /**
   * Merges a snapshot made by exportState (on this or another node) into the
   * store. Never throws: a malformed snapshot gives a typed error and changes
   * nothing; a key that cannot be merged (type mismatch, bound) is skipped and
   * counted in `stats`. Returns the number of keys merged.
   */
  importState(bytes: Uint8Array): Result<number> {
    const modes = ["all", "none", "nodes", "metadata"] as const;
    const items: { msg: CrdtMessage; ttlMs: number }[] = [];
    try {
      const r = new Reader(bytes);
      if (r.byte() !== 1) throw new CrdtMalformedError("unknown snapshot version");
      const n = r.count(6);
      for (let i = 0; i < n; i++) {
        const key = r.string();
        const mode = modes[r.byte()];
        if (mode === undefined) throw new CrdtMalformedError("bad replication mode");
        const nodes: string[] = [];
        for (let j = r.count(1); j > 0; j--) nodes.push(r.string());
        const match: Record<string, string> = {};
        for (let j = r.count(2); j > 0; j--) match[r.string()] = r.string();
        const remaining = r.uvarint();
        const ttlMs = r.uvarint();
        const state = r.bytes();
        const type = crdtTypeFromCode(state[0] ?? 0);
        if (type === undefined) throw new CrdtMalformedError("bad state type");
        const msg: CrdtMessage = {
          key,
          crdtType: type,
          state,
          full: true,
          replication: { mode, nodes, match },
          ttlMs: remaining,
          origin: this.nodeName,
        };
        items.push({ msg, ttlMs });
      }
      r.end();
    } catch (err) {
      return fail(err instanceof CrdtError ? err : new CrdtMalformedError(String(err)));
    }
    let merged = 0;
    for (const { msg, ttlMs } of items) {
      const hadPending = this.pending.has(msg.key);
      const res = this.receive(msg);
      if (!res.ok) continue; // counted in stats like any rejected message
      const e = this.entries.get(msg.key);
      if (e !== undefined && ttlMs > 0) e.ttlMs = ttlMs;
      // A restored state is not news for the cluster: do not forward it as a delta.
      if (!hadPending) this.pending.delete(msg.key);
      merged++;
    }
    return ok(merged);
  }

  // ---- TTL ----

  /** Removes expired keys (CRDT-67); returns how many. Call it from a timer. */
  sweep(): number {
    const now = this.now();
    let n = 0;
    for (const e of [...this.entries.values()]) {
      if (e.expiresAt !== undefined && e.expiresAt <= now) {
        this.expire(e);
        n++;
      }
    }
    return n;
  }

  /** Earliest expiry time among keys, for scheduling sweep(). */
  nextExpiry(): number | undefined {
    let m: number | undefined;
    for (const e of this.entries.values())
      if (e.expiresAt !== undefined && (m === undefined || e.expiresAt < m)) m = e.expiresAt;
    return m;
  }

  private expire(e: Entry): void {
    this.entries.delete(e.key);
    this.pending.delete(e.key);
    this.stats.expired++;
    if (this.listeners.size > 0) {
      this.emit({ key: e.key, type: e.type, previous: e.crdt.value(), value: undefined, source: "expired" });
    }
  }

  // ---- notifications ----

  /** Hears every value change (CRDT-70). Returns an unsubscribe function. */
  onChange(listener: (e: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(e: Entry, previous: unknown, source: ChangeSource, origin?: string, force = false): void {
    if (this.listeners.size === 0) return;
    const value = e.crdt.value();
    if (!force && valueEquals(previous, value)) return;
    this.emit({
      key: e.key,
      type: e.type,
      previous,
      value,
      source,
      ...(origin !== undefined ? { origin } : {}),
    });
  }

  private emit(ev: ChangeEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(ev);
      } catch (err) {
        this.logger?.warn?.("shared-data listener threw", { key: ev.key, error: String(err) });
      }
    }
  }
}
