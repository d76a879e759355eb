/**
 * Per-node versioned key/value state, reconciled scuttlebutt-style
 * (spec/07-kv-state.md). Pure and deterministic: time comes in as `now`
 * (the local driver clock), nothing here reads a clock or draws randomness
 * except through an injected `random` function.
 *
 * Invariant (KV-20): for every owner, the entries a node holds are exactly
 * the owner's state as of some version `max` (the latest entry of each key
 * with version <= max), minus tombstones collected at or below `gc`. Entries
 * of one owner are kept in a Map in ascending version order (every write
 * deletes and re-inserts the key), so a delta is a walk from the front.
 */
import type { NodeDelta, NodeDigest } from "@gossip/codec";
import { KvError } from "./errors.js";
import { delimited, entryBodySize, nodeDeltaHeaderSize, utf8Length } from "./size.js";

export interface KvConfig {
  /** Longest key, UTF-8 bytes (KV-50). */
  readonly maxKeyBytes: number;
  /** Longest value, bytes (KV-50). */
  readonly maxValueBytes: number;
  /** Most live keys one owner may hold (KV-51). */
  readonly maxKeysPerNode: number;
  /** Most tombstones kept per owner; beyond it the oldest are collected early (KV-52). */
  readonly maxTombstonesPerNode: number;
  /** Time a tombstone is kept, on the holder's own clock, before it is collected (KV-30). */
  readonly tombstoneGraceMs: number;
  /**
   * First version of this node's own state in this lifetime (KV-13). Must
   * exceed every version the node issued in earlier lifetimes; the Node.js
   * runtime passes wall-clock milliseconds at start. 0 for a first start.
   */
  readonly initialVersion: number;
}

export const KV_DEFAULTS: KvConfig = Object.freeze({
  maxKeyBytes: 256,
  maxValueBytes: 1024,
  maxKeysPerNode: 256,
  maxTombstonesPerNode: 256,
  tombstoneGraceMs: 600_000,
  initialVersion: 0,
});

/** A change of one key in the local view (KV-60). `undefined` means absent or deleted. */
export interface KeyChange {
  readonly node: string;
  readonly key: string;
  readonly oldValue: Uint8Array | undefined;
  readonly newValue: Uint8Array | undefined;
}

export interface SetOptions {
  /** Time to live in milliseconds on the owner's clock; the owner deletes the key when it expires (KV-15). */
  readonly ttlMs?: number;
}

export interface ApplyResult {
  /** Key changes in the local view, in application order. */
  readonly changes: KeyChange[];
  /** Owners whose known version advanced: `from` was the version before, `to` after. */
  readonly advanced: { readonly node: string; readonly from: number; readonly to: number }[];
  /** This node's digest entries for owners whose delta started past what it holds (KV-23). */
  readonly gaps: NodeDigest[];
  /** Node deltas rejected as malformed or over a limit (KV-53). */
  readonly rejected: { readonly node: string; readonly reason: string }[];
  /** True when this node re-stamped its own state after learning of a higher version of itself (KV-14). */
  restamped: boolean;
}

export interface DeltaOptions {
  /** Bytes available for the NodeDelta elements (KV-40); see `computeDelta`. */
  readonly budgetBytes: number;
  /** Also send owners the peer's digest does not mention (full anti-entropy). Default true. */
  readonly includeUnlisted?: boolean;
  /** Tie-break among equally stale owners (KV-41); without it, ties go by name. */
  readonly random?: () => number;
}

export interface DeltaResult {
  readonly nodes: NodeDelta[];
  /** False when some owner the peer lacks did not fit. */
  readonly complete: boolean;
  readonly restamped: boolean;
}

interface Entry {
  readonly value: Uint8Array;
  readonly version: number;
  readonly tombstone: boolean;
  /** Local clock when this node stored the entry. */
  readonly storedAt: number;
}

interface OwnerState {
  /** Every entry in ascending version order. */
  readonly entries: Map<string, Entry>;
  /** Tombstones only, in ascending version (and storedAt) order. */
  readonly tombs: Map<string, Entry>;
  max: number;
  gc: number;
  live: number;
}

const EMPTY = new Uint8Array(0);
/** Room kept for the Packet/Message/KvDelta wrappers around the NodeDelta elements. */
export const KV_DELTA_OVERHEAD = 10;
/** Room kept for one NodeDelta element's tag and length prefix. */
const ELEMENT_OVERHEAD = 5;

export function resolveKvConfig(partial: Partial<KvConfig> | undefined): KvConfig {
  const c: KvConfig = { ...KV_DEFAULTS, ...stripUndefined(partial ?? {}) };
  const positive: (keyof KvConfig)[] = [
    "maxKeyBytes",
    "maxValueBytes",
    "maxKeysPerNode",
    "maxTombstonesPerNode",
  ];
  for (const k of positive) {
    if (!Number.isInteger(c[k]) || c[k] < 1)
      throw new KvError("kv-config-invalid", `${k} must be a positive integer`);
  }
  if (!Number.isFinite(c.tombstoneGraceMs) || c.tombstoneGraceMs < 0) {
    throw new KvError("kv-config-invalid", "tombstoneGraceMs must be >= 0");
  }
  if (!Number.isSafeInteger(c.initialVersion) || c.initialVersion < 0) {
    throw new KvError("kv-config-invalid", "initialVersion must be a safe integer >= 0");
  }
  return c;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

export class KvStore {
  readonly self: string;
  readonly config: KvConfig;
  private readonly owners = new Map<string, OwnerState>();
  /** Expiry time of own keys with a TTL (KV-15). */
  private readonly expiries = new Map<string, number>();
  private ttlDeadline = Number.POSITIVE_INFINITY;
  private gcDeadline = Number.POSITIVE_INFINITY;

  constructor(self: string, config?: Partial<KvConfig>) {
    this.self = self;
    this.config = resolveKvConfig(config);
    const own = newOwner();
    own.max = this.config.initialVersion;
    own.gc = this.config.initialVersion;
    this.owners.set(self, own);
  }

  // ---- local writes (owner only) -------------------------------------------------------------

  /** Set a key of this node's own state. Throws KvError on a limit (KV-50, KV-51). */
  set(key: string, value: Uint8Array, now: number, options?: SetOptions): KeyChange | undefined {
    this.checkKey(key);
    if (!(value instanceof Uint8Array)) throw new KvError("kv-value-too-large", "value must be a Uint8Array");
    if (value.length > this.config.maxValueBytes) {
      throw new KvError(
        "kv-value-too-large",
        `value is ${value.length} bytes, limit ${this.config.maxValueBytes}`,
      );
    }
    const ttl = options?.ttlMs;
    if (ttl !== undefined && !(Number.isFinite(ttl) && ttl > 0)) {
      throw new KvError("kv-ttl-invalid", "ttlMs must be a positive finite number");
    }
    const own = this.own();
    const old = own.entries.get(key);
    const oldLive = old !== undefined && !old.tombstone;
    if (!oldLive && own.live >= this.config.maxKeysPerNode) {
      throw new KvError(
        "kv-too-many-keys",
        `this node already holds ${own.live} keys (limit ${this.config.maxKeysPerNode})`,
      );
    }
    const copy = value.slice();
    this.write(own, key, { value: copy, version: own.max + 1, tombstone: false, storedAt: now }, now);
    own.max += 1;
    if (ttl !== undefined) {
      const at = now + ttl;
      this.expiries.set(key, at);
      if (at < this.ttlDeadline) this.ttlDeadline = at;
    } else this.expiries.delete(key);
    if (oldLive && equalBytes(old.value, copy)) return undefined;
    return { node: this.self, key, oldValue: oldLive ? old.value : undefined, newValue: copy };
  }

  /** Delete a key of this node's own state, leaving a tombstone (KV-12). */
  delete(key: string, now: number): KeyChange | undefined {
    const own = this.own();
    const old = own.entries.get(key);
    if (old === undefined || old.tombstone) return undefined;
    this.expiries.delete(key);
    this.write(own, key, { value: EMPTY, version: own.max + 1, tombstone: true, storedAt: now }, now);
    own.max += 1;
    return { node: this.self, key, oldValue: old.value, newValue: undefined };
  }

  // ---- reads ---------------------------------------------------------------------------------

  get(node: string, key: string): Uint8Array | undefined {
    const e = this.owners.get(node)?.entries.get(key);
    return e === undefined || e.tombstone ? undefined : e.value;
  }

  /** Live keys of `node`, in version order. */
  keysOf(node: string): Map<string, Uint8Array> {
    const out = new Map<string, Uint8Array>();
    const st = this.owners.get(node);
    if (st === undefined) return out;
    for (const [k, e] of st.entries) if (!e.tombstone) out.set(k, e.value);
    return out;
  }

  /** Owners this node holds state of (itself included), sorted by name. */
  nodes(): string[] {
    return [...this.owners.keys()].sort();
  }

  /** Highest version of `node` this node holds (0 if none). */
  maxVersion(node: string): number {
    return this.owners.get(node)?.max ?? 0;
  }

  /** This node's GC horizon for `node` (0 if none). */
  gcVersion(node: string): number {
    return this.owners.get(node)?.gc ?? 0;
  }

  /** Number of tombstones held for `node`. */
  tombstoneCount(node: string): number {
    return this.owners.get(node)?.tombs.size ?? 0;
  }

  /** Approximate bytes of keys and values held (for metrics). */
  byteSize(): number {
    let n = 0;
    for (const st of this.owners.values())
      for (const [k, e] of st.entries) n += k.length + e.value.length + 16;
    return n;
  }

  /** The scuttlebutt digest: one entry per owner held (KV-21). */
  digest(): NodeDigest[] {
    return this.nodes().map((node) => this.digestOf(node));
  }

  digestOf(node: string): NodeDigest {
    const st = this.owners.get(node);
    return { node, maxVersion: st?.max ?? 0, gcVersion: st?.gc ?? 0 };
  }

  /** KV-14: inspect a peer's digest entries about this node; true if it re-stamped. */
  observe(peer: readonly NodeDigest[]): boolean {
    let restamped = false;
    for (const d of peer) {
      if (d.node !== this.self) continue;
      const claimed = Math.max(d.maxVersion, d.gcVersion);
      if (Number.isSafeInteger(claimed) && claimed > this.own().max)
        restamped = this.restamp(claimed) || restamped;
    }
    return restamped;
  }

  /** Digest entries of owners where `peer` knows more than this node, or that this node lacks (KV-24). */
  behind(peer: readonly NodeDigest[]): NodeDigest[] {
    const out: NodeDigest[] = [];
    for (const d of peer) {
      if (d.node === this.self) continue;
      const st = this.owners.get(d.node);
      if (st === undefined ? d.maxVersion > 0 : d.maxVersion > st.max) out.push(this.digestOf(d.node));
    }
    return out;
  }

  // ---- reconciliation ------------------------------------------------------------------------

  /**
   * Deltas the peer lacks given its digest, most stale owner first, cut so
   * that the NodeDelta elements fit `budgetBytes` minus KV_DELTA_OVERHEAD (KV-40).
   */
  computeDelta(peer: readonly NodeDigest[], options: DeltaOptions): DeltaResult {
    let restamped = false;
    const peerMax = new Map<string, number>();
    for (const d of peer) {
      if (d.node === this.self && d.maxVersion > this.own().max)
        restamped = this.restamp(d.maxVersion) || restamped;
      peerMax.set(d.node, d.maxVersion);
    }
    const includeUnlisted = options.includeUnlisted ?? true;
    const candidates: { node: string; st: OwnerState; pm: number; stale: number }[] = [];
    for (const [node, st] of this.owners) {
      const listed = peerMax.get(node);
      if (listed === undefined && !includeUnlisted) continue;
      const pm = listed ?? 0;
      if (pm >= st.max && pm >= st.gc) continue;
      if (st.max === 0) continue;
      candidates.push({ node, st, pm, stale: st.max - pm });
    }
    if (options.random !== undefined) {
      const rnd = options.random;
      for (let i = candidates.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        const t = candidates[i] as (typeof candidates)[number];
        candidates[i] = candidates[j] as (typeof candidates)[number];
        candidates[j] = t;
      }
      candidates.sort((a, b) => b.stale - a.stale);
    } else {
      candidates.sort((a, b) => b.stale - a.stale || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
    }
    let remaining = options.budgetBytes - KV_DELTA_OVERHEAD;
    const nodes: NodeDelta[] = [];
    let complete = true;
    for (const c of candidates) {
      const cut = this.cut(c.node, c.st, c.pm, remaining - ELEMENT_OVERHEAD);
      if (cut === undefined) {
        complete = false;
        continue;
      }
      nodes.push(cut.delta);
      remaining -= cut.size + ELEMENT_OVERHEAD;
      if (cut.delta.maxVersion < c.st.max) complete = false;
    }
    return { nodes, complete, restamped };
  }

  /**
   * The delta of one owner for a receiver known to hold `fromVersion`
   * (a reset when that is below this node's GC horizon), cut to fit
   * `budgetBytes` as one NodeDelta element. Undefined when nothing is newer
   * or nothing fits.
   */
  deltaFor(node: string, fromVersion: number, budgetBytes: number): NodeDelta | undefined {
    const st = this.owners.get(node);
    if (st === undefined) return undefined;
    return this.cut(node, st, fromVersion, budgetBytes - ELEMENT_OVERHEAD)?.delta;
  }

  private cut(
    node: string,
    st: OwnerState,
    peerMax: number,
    budget: number,
  ): { delta: NodeDelta; size: number } | undefined {
    const reset = peerMax < st.gc;
    if (!reset && peerMax >= st.max) return undefined;
    const from = reset ? 0 : peerMax;
    let size = nodeDeltaHeaderSize(node, from, st.gc, st.max);
    if (size > budget) return undefined;
    const entries: { key: string; value: Uint8Array; version: number; tombstone: boolean }[] = [];
    let maxVersion = st.max;
    for (const [key, e] of st.entries) {
      if (e.version <= from) continue;
      const s = delimited(entryBodySize({ key, value: e.value, version: e.version }));
      if (size + s > budget) {
        maxVersion = e.version - 1;
        break;
      }
      size += s;
      entries.push({ key, value: e.value, version: e.version, tombstone: e.tombstone });
    }
    if (maxVersion < st.max) {
      // A partial delta must make progress (KV-42), and a partial reset must reach the GC horizon (KV-33).
      if (maxVersion <= from) return undefined;
      if (reset && maxVersion < st.gc) return undefined;
    }
    return { delta: { node, fromVersion: from, reset, gcVersion: st.gc, maxVersion, entries }, size };
  }

  /** Apply received node deltas (KV-22..KV-34). Idempotent; never throws on any input. */
  applyDelta(nodes: readonly NodeDelta[], now: number): ApplyResult {
    const result: ApplyResult = { changes: [], advanced: [], gaps: [], rejected: [], restamped: false };
    for (const d of nodes) {
      // A malformed delta is rejected whole, whoever it is about (KV-53).
      const problem = this.validate(d);
      if (problem !== undefined) {
        result.rejected.push({ node: d.node, reason: problem });
        continue;
      }
      if (d.node === this.self) {
        // Only the owner writes its state (KV-11); a higher version of itself means an earlier lifetime (KV-14).
        const claimed = Math.max(d.maxVersion, d.gcVersion);
        if (Number.isSafeInteger(claimed) && claimed > this.own().max) {
          result.restamped = this.restamp(claimed) || result.restamped;
        }
        continue;
      }
      if (d.reset) this.applyReset(d, now, result);
      else this.applyIncremental(d, now, result);
    }
    return result;
  }

  private validate(d: NodeDelta): string | undefined {
    if (typeof d.node !== "string" || d.node.length === 0) return "empty node name";
    const nums = [d.fromVersion, d.maxVersion, d.gcVersion];
    for (const n of nums) if (!Number.isSafeInteger(n) || n < 0) return "version out of range";
    if (d.maxVersion < d.fromVersion) return "max_version below from_version";
    if (d.gcVersion > d.maxVersion) return "gc_version above max_version";
    if (d.reset && d.fromVersion !== 0) return "reset with non-zero from_version";
    let prev = d.fromVersion;
    const seen = new Set<string>();
    for (const e of d.entries) {
      if (!Number.isSafeInteger(e.version) || e.version <= prev)
        return "entries not in ascending version order";
      if (e.version > d.maxVersion) return "entry above max_version";
      prev = e.version;
      if (typeof e.key !== "string" || e.key.length === 0) return "empty key";
      if (utf8Length(e.key) > this.config.maxKeyBytes) return "key too large";
      if (!(e.value instanceof Uint8Array)) return "value not bytes";
      if (e.value.length > this.config.maxValueBytes) return "value too large";
      if (seen.has(e.key)) return "duplicate key";
      seen.add(e.key);
    }
    return undefined;
  }

  private applyIncremental(d: NodeDelta, now: number, result: ApplyResult): void {
    let st = this.owners.get(d.node);
    const known = st?.max ?? 0;
    if (d.fromVersion > known) {
      // Applying would skip versions in (known, from] (KV-23).
      result.gaps.push(this.digestOf(d.node));
      return;
    }
    if (d.maxVersion <= known) return; // nothing new (KV-22)
    // Limit check before touching state (KV-53).
    let live = st?.live ?? 0;
    for (const e of d.entries) {
      if (e.version <= known) continue;
      const old = st?.entries.get(e.key);
      const oldLive = old !== undefined && !old.tombstone;
      if (oldLive && e.tombstone) live--;
      else if (!oldLive && !e.tombstone) live++;
    }
    if (live > this.config.maxKeysPerNode) {
      result.rejected.push({ node: d.node, reason: "too many keys" });
      return;
    }
    if (st === undefined) {
      st = newOwner();
      this.owners.set(d.node, st);
    }
    for (const e of d.entries) {
      if (e.version <= known) continue;
      const old = st.entries.get(e.key);
      const entry: Entry = {
        value: e.tombstone ? EMPTY : e.value,
        version: e.version,
        tombstone: e.tombstone,
        storedAt: now,
      };
      this.write(st, e.key, entry, now);
      pushChange(result.changes, d.node, e.key, old, entry);
    }
    st.max = d.maxVersion;
    result.advanced.push({ node: d.node, from: known, to: d.maxVersion });
  }

  private applyReset(d: NodeDelta, now: number, result: ApplyResult): void {
    const st = this.owners.get(d.node);
    const known = st?.max ?? 0;
    if (d.maxVersion <= known) return; // stale or duplicate (KV-32)
    let live = 0;
    for (const e of d.entries) if (!e.tombstone) live++;
    if (live > this.config.maxKeysPerNode) {
      result.rejected.push({ node: d.node, reason: "too many keys" });
      return;
    }
    const fresh = newOwner();
    for (const e of d.entries) {
      this.write(
        fresh,
        e.key,
        { value: e.tombstone ? EMPTY : e.value, version: e.version, tombstone: e.tombstone, storedAt: now },
        now,
      );
    }
    fresh.max = d.maxVersion;
    fresh.gc = Math.max(fresh.gc, d.gcVersion, st?.gc ?? 0);
    this.owners.set(d.node, fresh);
    // Key changes: the difference of the two live views.
    if (st !== undefined) {
      for (const [k, old] of st.entries) {
        if (old.tombstone) continue;
        const neu = fresh.entries.get(k);
        if (neu === undefined || neu.tombstone)
          result.changes.push({ node: d.node, key: k, oldValue: old.value, newValue: undefined });
      }
    }
    for (const [k, neu] of fresh.entries) {
      if (neu.tombstone) continue;
      const old = st?.entries.get(k);
      const oldValue = old === undefined || old.tombstone ? undefined : old.value;
      if (oldValue === undefined || !equalBytes(oldValue, neu.value)) {
        result.changes.push({ node: d.node, key: k, oldValue, newValue: neu.value });
      }
    }
    result.advanced.push({ node: d.node, from: known, to: d.maxVersion });
  }

  /** Forget everything held of `node` (its member was reaped). Returns the keys that vanished (KV-35). */
  removeNode(node: string): KeyChange[] {
    if (node === this.self) return [];
    const st = this.owners.get(node);
    if (st === undefined) return [];
    this.owners.delete(node);
    const out: KeyChange[] = [];
    for (const [k, e] of st.entries)
      if (!e.tombstone) out.push({ node, key: k, oldValue: e.value, newValue: undefined });
    return out;
  }

  // ---- time ----------------------------------------------------------------------------------

  /** Earliest local time at which `tick` has work (TTL expiry or tombstone collection). */
  nextDeadline(): number {
    return Math.min(this.ttlDeadline, this.gcDeadline);
  }

  /** Expire own keys whose TTL passed (KV-15) and collect tombstones past the grace period (KV-30). */
  tick(now: number): KeyChange[] {
    const changes: KeyChange[] = [];
    if (now >= this.ttlDeadline) {
      let next = Number.POSITIVE_INFINITY;
      const due: string[] = [];
      for (const [k, at] of this.expiries) {
        if (at <= now) due.push(k);
        else if (at < next) next = at;
      }
      this.ttlDeadline = next;
      for (const k of due) {
        const c = this.delete(k, now);
        if (c !== undefined) changes.push(c);
      }
    }
    if (now >= this.gcDeadline) {
      const grace = this.config.tombstoneGraceMs;
      let next = Number.POSITIVE_INFINITY;
      for (const st of this.owners.values()) {
        for (const [k, t] of st.tombs) {
          if (t.storedAt + grace > now) {
            next = Math.min(next, t.storedAt + grace);
            break;
          }
          this.collect(st, k, t);
        }
      }
      this.gcDeadline = next;
    }
    return changes;
  }

  // ---- internals -----------------------------------------------------------------------------

  private own(): OwnerState {
    return this.owners.get(this.self) as OwnerState;
  }

  private checkKey(key: string): void {
    if (typeof key !== "string" || key.length === 0 || !isWellFormed(key)) {
      throw new KvError("kv-key-invalid", "key must be a non-empty, well-formed string");
    }
    const len = utf8Length(key);
    if (len > this.config.maxKeyBytes) {
      throw new KvError("kv-key-too-large", `key is ${len} bytes, limit ${this.config.maxKeyBytes}`);
    }
  }

  /** Insert `entry` as the newest of `st` (version order), keeping counters and the tombstone queue. */
  private write(st: OwnerState, key: string, entry: Entry, now: number): void {
    const old = st.entries.get(key);
    if (old !== undefined) {
      st.entries.delete(key);
      if (old.tombstone) st.tombs.delete(key);
      else st.live--;
    }
    st.entries.set(key, entry);
    if (entry.tombstone) {
      st.tombs.set(key, entry);
      const at = now + this.config.tombstoneGraceMs;
      if (at < this.gcDeadline) this.gcDeadline = at;
      // Bounded tombstones: collect the oldest early (KV-52).
      while (st.tombs.size > this.config.maxTombstonesPerNode) {
        const first = st.tombs.entries().next().value as [string, Entry];
        this.collect(st, first[0], first[1]);
      }
    } else st.live++;
  }

  private collect(st: OwnerState, key: string, t: Entry): void {
    st.tombs.delete(key);
    st.entries.delete(key);
    if (t.version > st.gc) st.gc = t.version;
  }

  /**
   * KV-14: some node holds a version `seen` of this node's state above what
   * it has: an earlier lifetime. Move past it and force resets on holders of
   * the old state by raising the GC horizon above it, then re-issue every
   * live key with a fresh version.
   */
  private restamp(seen: number): boolean {
    const own = this.own();
    if (seen <= own.max) return false;
    // Versions must stay exact (WIRE-41): a claim that leaves no room is ignored.
    if (!Number.isSafeInteger(seen + 2 + own.live)) return false;
    const live: [string, Entry][] = [];
    for (const [k, e] of own.entries) if (!e.tombstone) live.push([k, e]);
    own.entries.clear();
    own.tombs.clear();
    own.live = 0;
    own.max = seen + 1;
    own.gc = seen + 1;
    for (const [k, e] of live) {
      own.max += 1;
      own.entries.set(k, { value: e.value, version: own.max, tombstone: false, storedAt: e.storedAt });
      own.live++;
    }
    return true;
  }
}

function newOwner(): OwnerState {
  return { entries: new Map(), tombs: new Map(), max: 0, gc: 0, live: 0 };
}

function pushChange(out: KeyChange[], node: string, key: string, old: Entry | undefined, neu: Entry): void {
  const oldValue = old === undefined || old.tombstone ? undefined : old.value;
  const newValue = neu.tombstone ? undefined : neu.value;
  if (oldValue === undefined && newValue === undefined) return;
  if (oldValue !== undefined && newValue !== undefined && equalBytes(oldValue, newValue)) return;
  out.push({ node, key, oldValue, newValue });
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
