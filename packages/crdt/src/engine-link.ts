/**
 * Links a SharedStore to a gossip engine through the engine's extension hook
 * (EngineExtension in @gossip/core): deltas ride the engine's transmit-limited
 * broadcast queue in traffic class "crdt", full states ride push-pull, and
 * received CrdtDelta messages are merged into the store. Typed structurally,
 * so this package does not depend on @gossip/core.
 *
 * Keys that replicate to every peer ("all", or "metadata" with an empty
 * match) ride the shared broadcast queue. Keys with a "nodes" or "metadata"
 * policy stay pending in the store and are handed out per target through the
 * engine's `piggyback(target, room, limit)` hook, only to peers the policy
 * selects (CRDT-72); push-pull carries the full states of the keys that
 * replicate to the exchange's peer, or, when the engine cannot name the peer,
 * only keys that replicate to everyone (CRDT-71). Keys with policy "none"
 * never leave the node. Peer metadata is decoded with `decodeMeta` (CRDT-73).
 */
import type { Address, CrdtDelta, Message, PushPull } from "@gossip/codec";
import type { PeerInfo } from "./policy.js";
import { decodeMetaPairs, replicatesTo } from "./policy.js";
import type { AnyCrdt } from "./registry.js";
import type { CrdtMessage, SharedStore } from "./store.js";

/** Broadcast-queue traffic class of shared-data deltas. */
export const CRDT_CLASS = "crdt";

/** A member as the engine describes it (a structural subset of core's MemberInfo). */
export interface LinkPeer {
  readonly name: string;
  readonly meta: Uint8Array;
}

/** The part of an engine extension this link implements. */
export interface CrdtExtension {
  readonly types: readonly Message["type"][];
  handle(message: Message, from: Address, now: number): void;
  pushPullFields?(join: boolean, peer?: LinkPeer): Partial<Pick<PushPull, "crdt">>;
  mergePushPull?(remote: PushPull, now: number, from?: LinkPeer): void;
  piggyback?(target: LinkPeer, roomBytes: number, transmitLimit: number): Message[];
  hasPiggyback?(): boolean;
}

/** What the link needs from an engine; GossipEngine satisfies it. */
export interface CrdtEngineHost {
  broadcast(cls: string, key: string | undefined, message: Message): void;
  addExtension(ext: CrdtExtension): void;
}

export interface LinkOptions {
  /** Most state bytes put into one push-pull (a rotating cursor covers all keys over time). Default 32 KiB. */
  readonly pushPullBytes?: number;
  /**
   * Later deltas of a key are joined into the message already queued in the
   * engine (same broadcast key, which supersedes it) for this long after the
   * first, and while the joined state stays within `coalesceBytes`; then a
   * new message (new broadcast key) starts, so nothing queued is superseded
   * by a message that lacks it. Defaults 2000 ms and 512 bytes.
   */
  readonly coalesceMs?: number;
  readonly coalesceBytes?: number;
  /** Decodes a member's metadata for "metadata" policies (CRDT-73). Default decodeMetaPairs. */
  readonly decodeMeta?: (meta: Uint8Array) => Readonly<Record<string, string>>;
}

export interface SharedStoreLink {
  /**
   * deltasOut: deltas handed to the broadcast queue; targetedOut: deltas of
   * "nodes"/"metadata" keys piggybacked to a selected peer; statesOut: full
   * states put into push-pulls; deltasIn/statesIn: received; rejected: refused by the store.
   */
  readonly stats: {
    deltasOut: number;
    targetedOut: number;
    statesOut: number;
    deltasIn: number;
    statesIn: number;
    rejected: number;
  };
  detach(): void;
}

interface Run {
  delta: AnyCrdt;
  message: CrdtMessage;
  since: number;
  bkey: string;
}

/** A peer no "nodes" list names and with no metadata: selects exactly the keys that replicate to everyone. */
const ANY_PEER: PeerInfo = Object.freeze({ name: "", meta: Object.freeze({}) });

export function linkSharedStore(
  engine: CrdtEngineHost,
  store: SharedStore,
  options: LinkOptions = {},
): SharedStoreLink {
  const pushPullBytes = options.pushPullBytes ?? 32 * 1024;
  const coalesceMs = options.coalesceMs ?? 2000;
  const coalesceBytes = options.coalesceBytes ?? 512;
  const decodeMeta = options.decodeMeta ?? decodeMetaPairs;
  const stats = { deltasOut: 0, targetedOut: 0, statesOut: 0, deltasIn: 0, statesIn: 0, rejected: 0 };
  /** Decoded metadata by byte array (the engine keeps a member's array until its metadata changes). */
  const metaCache = new WeakMap<Uint8Array, PeerInfo["meta"]>();
  const peerInfo = (p: LinkPeer): PeerInfo => {
    let meta = metaCache.get(p.meta);
    if (meta === undefined) {
      meta = Object.freeze({ ...decodeMeta(p.meta) });
      metaCache.set(p.meta, meta);
    }
    return { name: p.name, meta };
  };
  /** Keys left pending in the store for per-target piggybacking. */
  let targeted = 0;
  /** Per key: the joined delta last handed to the engine, its broadcast key, and when that run started. */
  const inFlight = new Map<string, Run>();
  let runs = 0;
  let attached = true;

  const toEngine = (key: string): void => {
    if (!attached) return;
    const policy = store.policyOf(key);
    if (policy === undefined || policy.mode === "none") {
      store.takePending(key); // CRDT-66: stays on this node
      return;
    }
    if (!replicatesTo(policy, ANY_PEER)) {
      targeted = store.size().pending; // left pending for piggyback() (CRDT-72)
      return;
    }
    const delta = store.takePending(key);
    if (delta === undefined) return;
    const now = store.now();
    const prev = inFlight.get(key);
    let run: Run | undefined;
    if (prev !== undefined && now - prev.since < coalesceMs && prev.delta.type === delta.type) {
      const joined = prev.delta.clone() as AnyCrdt;
      joined.merge(delta);
      const message = store.deltaMessage(key, joined);
      if (message !== undefined && message.state.length <= coalesceBytes)
        run = { ...prev, delta: joined, message };
    }
    if (run === undefined) {
      const message = store.deltaMessage(key, delta);
      if (message === undefined) return;
      // A fresh broadcast key per run (the counter makes it unique).
      run = { delta, message, since: now, bkey: `${key}\u0000${runs++}` };
    }
    inFlight.set(key, run);
    if (inFlight.size > 4096) {
      // Bounded memory: forget runs that can no longer be joined.
      for (const [k, r] of inFlight) if (now - r.since >= coalesceMs) inFlight.delete(k);
    }
    stats.deltasOut++;
    engine.broadcast(CRDT_CLASS, run.bkey, { type: "crdt-delta", ...run.message });
  };

  const offDelta = store.onDelta(toEngine);

  const receive = (m: CrdtMessage, full: boolean): void => {
    if (!attached) return;
    if (full) stats.statesIn++;
    else stats.deltasIn++;
    if (!store.receive(m).ok) stats.rejected++;
  };

  engine.addExtension({
    types: ["crdt-delta"],
    handle(message) {
      if (message.type !== "crdt-delta") return;
      const { type: _t, ...m } = message as CrdtDelta;
      receive(m, m.full);
    },
    pushPullFields(_join, peer) {
      if (!attached) return {};
      const crdt = store.fullStates(peer === undefined ? ANY_PEER : peerInfo(peer), {
        maxBytes: pushPullBytes,
      });
      stats.statesOut += crdt.length;
      return { crdt };
    },
    piggyback(target, roomBytes, transmitLimit) {
      if (!attached || targeted === 0) return [];
      const out = store.piggyback(peerInfo(target), { maxBytes: roomBytes, transmitLimit });
      targeted = store.size().pending;
      stats.targetedOut += out.length;
      return out.map((m) => ({ type: "crdt-delta", ...m }) as Message);
    },
    hasPiggyback() {
      return attached && targeted > 0;
    },
    mergePushPull(remote) {
      if (!Array.isArray(remote.crdt)) return;
      for (const c of remote.crdt) receive(c, true);
    },
  });

  return {
    stats,
    detach() {
      attached = false;
      offDelta();
    },
  };
}
