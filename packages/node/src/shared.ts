/**
 * Shared CRDT data in the runtime (docs/crdt.md, spec/13-crdt.md): one
 * SharedStore per node, linked to the engine through its extension hooks,
 * exposed as `node.shared`. This module owns the store's wall clock, its TTL
 * sweep timer, its snapshot (saved by the node in its state file, field
 * `shared`) and its metrics.
 *
 * Replica id (CRDT-6): the node name in a new data directory; the saved id
 * when the state file holds a snapshot written by a clean close; a fresh
 * `name#<random>` otherwise (no data directory, or a snapshot that may miss
 * writes the node had already sent before a crash), so that counts and dots
 * never collide with those of an earlier life.
 */
import { randomBytes } from "node:crypto";
import {
  type ChangeEvent,
  type CrdtEngineHost,
  linkSharedStore,
  SharedData,
  SharedStore,
  type SharedStoreLink,
} from "@gossip/crdt";
import { decodeMeta } from "./config.js";
import type { Logger } from "./logger.js";
import type { Counter, Gauge, MetricsRegistry } from "./metrics.js";
import type { PersistedShared } from "./persistence.js";

export interface SharedRuntimeOptions {
  readonly name: string;
  /** Whether the node has a data directory (its state file carries `snapshot()`). */
  readonly persistent: boolean;
  /** Whether the data directory held any state (of any node) before this start. */
  readonly hadState: boolean;
  /** The snapshot saved by this node (same name) in its state file, if any. */
  readonly persisted: PersistedShared | undefined;
  readonly logger: Logger;
  /** Wall clock in ms (injected for tests). Default Date.now. */
  readonly now?: () => number;
  /** Most keys (CRDT-69). */
  readonly maxKeys?: number;
}

export class SharedRuntime {
  readonly store: SharedStore;
  readonly data: SharedData;
  /** The engine link, when the engine supports extensions. */
  link: SharedStoreLink | undefined;
  /** The replica id was taken over from a clean snapshot: the state file must now be marked unclean. */
  readonly reusedId: boolean;
  private readonly logger: Logger;
  private sweepTimer: NodeJS.Timeout | undefined;
  private sweepAt = Number.POSITIVE_INFINITY;
  private closed = false;
  private readonly offs: (() => void)[] = [];
  private metrics:
    | { keys: Gauge; pending: Gauge; store: Counter; link: Counter; last: Map<string, number> }
    | undefined;

  constructor(options: SharedRuntimeOptions) {
    const now = options.now ?? Date.now;
    this.logger = options.logger;
    const snap = options.persisted;
    const fresh = `${options.name}#${randomBytes(4).toString("hex")}`;
    let replicaId = fresh;
    if (options.persistent && snap?.clean === true) replicaId = snap.replicaId;
    else if (options.persistent && !options.hadState) replicaId = options.name;
    this.reusedId = options.persistent && snap?.clean === true;
    this.store = new SharedStore({
      replicaId,
      nodeName: options.name,
      now,
      ...(options.maxKeys === undefined ? {} : { maxKeys: options.maxKeys }),
      logger: {
        debug: (msg, fields) => this.logger.debug(fields ?? {}, msg),
        warn: (msg, fields) => this.logger.warn(fields ?? {}, msg),
      },
    });
    if (snap !== undefined) {
      const r = this.store.importState(new Uint8Array(Buffer.from(snap.state, "base64")));
      if (!r.ok) this.logger.warn({ code: r.error.code }, "shared-data snapshot not restored");
    }
    this.data = new SharedData(this.store);
    this.offs.push(
      this.store.onChange(() => this.scheduleSweep()),
      this.store.onDelta(() => this.scheduleSweep()),
    );
    this.scheduleSweep();
  }

  get replicaId(): string {
    return this.store.replicaId;
  }

  /** Attach the store to the engine (CRDT extension, decodeMeta as the runtime encodes `meta`). */
  attach(engine: unknown): void {
    const host = engine as Partial<CrdtEngineHost>;
    if (typeof host.addExtension !== "function" || typeof host.broadcast !== "function") {
      this.logger.warn({}, "engine has no extension hooks; shared data stays local");
      return;
    }
    this.link = linkSharedStore(host as CrdtEngineHost, this.store, { decodeMeta });
  }

  /** Hear every value change (local, remote, expired). */
  onChange(listener: (e: ChangeEvent) => void): () => void {
    const off = this.store.onChange(listener);
    this.offs.push(off);
    return off;
  }

  // ---- TTL sweep (CRDT-67) ----

  private scheduleSweep(): void {
    if (this.closed) return;
    const next = this.store.nextExpiry();
    if (next === undefined) return;
    if (this.sweepTimer !== undefined && this.sweepAt <= next) return;
    if (this.sweepTimer !== undefined) clearTimeout(this.sweepTimer);
    this.sweepAt = next;
    this.sweepTimer = setTimeout(
      () => {
        this.sweepTimer = undefined;
        this.sweepAt = Number.POSITIVE_INFINITY;
        this.store.sweep();
        this.scheduleSweep();
      },
      Math.max(1, next - this.store.now() + 1),
    );
    this.sweepTimer.unref();
  }

  // ---- snapshot ----

  /** What the node saves in its state file: clean only after close(). */
  snapshot(): PersistedShared {
    return {
      replicaId: this.store.replicaId,
      clean: this.closed,
      state: Buffer.from(this.store.exportState()).toString("base64"),
    };
  }

  // ---- metrics ----

  /** Registers (once) and refreshes the shared-data metrics in `r`. */
  refreshMetrics(r: MetricsRegistry): void {
    if (this.metrics === undefined) {
      this.metrics = {
        keys: r.gauge("gossip_shared_keys", "Shared-data (CRDT) keys held by this node."),
        pending: r.gauge("gossip_shared_pending_deltas", "Shared-data keys with a delta not yet sent."),
        store: r.counter(
          "gossip_shared_store_total",
          "Shared-data store events: received, applied, malformed, typeMismatch, limit, driftIgnored, expired.",
          true,
        ),
        link: r.counter(
          "gossip_shared_messages_total",
          "Shared-data messages: deltasOut, targetedOut, statesOut, deltasIn, statesIn, rejected.",
          true,
        ),
        last: new Map(),
      };
    }
    const m = this.metrics;
    const size = this.store.size();
    m.keys.set({}, size.keys);
    m.pending.set({}, size.pending);
    const bump = (c: Counter, prefix: string, stats: Readonly<Record<string, number>>) => {
      for (const [k, v] of Object.entries(stats)) {
        const id = `${prefix}:${k}`;
        const d = v - (m.last.get(id) ?? 0);
        if (d > 0) c.inc({ event: k }, d);
        m.last.set(id, v);
      }
    };
    bump(m.store, "store", this.store.stats as unknown as Record<string, number>);
    if (this.link) bump(m.link, "link", this.link.stats);
  }

  /** Stop the sweep timer and detach; snapshot() is clean from now on (the replica id may be reused). */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepTimer = undefined;
    this.link?.detach();
    for (const off of this.offs) off();
  }
}
