/** Replication control (spec/13-crdt.md, CRDT-64..66). */
import type { Replication } from "@gossip/codec";
import { checkString, compareStrings } from "./bytes.js";
import { CrdtInvalidArgumentError } from "./errors.js";

export type ReplicationPolicy = Replication;

/** What a policy is evaluated against: a peer's name and its decoded metadata. */
export interface PeerInfo {
  readonly name: string;
  readonly meta: Readonly<Record<string, string>>;
}

export const REPLICATE_ALL: ReplicationPolicy = Object.freeze({ mode: "all", nodes: [], match: {} });
export const REPLICATE_NONE: ReplicationPolicy = Object.freeze({ mode: "none", nodes: [], match: {} });

export function replicateToNodes(nodes: readonly string[]): ReplicationPolicy {
  return normalizePolicy({ mode: "nodes", nodes, match: {} });
}

export function replicateToMatching(match: Readonly<Record<string, string>>): ReplicationPolicy {
  return normalizePolicy({ mode: "metadata", nodes: [], match });
}

/** CRDT-64: does a key with `policy` replicate to `peer`? */
export function replicatesTo(policy: ReplicationPolicy, peer: PeerInfo): boolean {
  switch (policy.mode) {
    case "all":
      return true;
    case "none":
      return false;
    case "nodes":
      return policy.nodes.includes(peer.name);
    case "metadata":
      for (const [k, v] of Object.entries(policy.match)) {
        if (!Object.hasOwn(peer.meta, k) || peer.meta[k] !== v) return false;
      }
      return true;
    default:
      return false;
  }
}

/** A canonical copy: nodes sorted and unique, match keys sorted; unused fields emptied. */
export function normalizePolicy(p: ReplicationPolicy): ReplicationPolicy {
  if (!["all", "none", "nodes", "metadata"].includes(p.mode)) {
    throw new CrdtInvalidArgumentError(`unknown replication mode ${String(p.mode)}`);
  }
  const nodes =
    p.mode === "nodes"
      ? [...new Set(p.nodes.map((n) => checkString(n, "node name")))].sort(compareStrings)
      : [];
  const match: Record<string, string> = {};
  if (p.mode === "metadata") {
    for (const k of Object.keys(p.match).sort(compareStrings))
      match[checkString(k, "metadata key")] = p.match[k]!;
  }
  return { mode: p.mode, nodes, match };
}

/**
 * CRDT-73: member metadata as string pairs: a UTF-8 JSON object whose string
 * values are kept (other values ignored); empty or other bytes give `{}`. This
 * is the format the Node.js runtime's `meta` option encodes (`encodeMeta`).
 */
export function decodeMetaPairs(bytes: Uint8Array): Record<string, string> {
  if (bytes.length === 0) return {};
  try {
    const v = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const out: Record<string, string> = {};
      for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
      return out;
    }
  } catch {
    // not string pairs
  }
  return {};
}
