/**
 * The data directory (TRN-60..TRN-64): one JSON file with this node's name,
 * last incarnation, the members it knew and its own key/value state, written
 * atomically (temporary file, then rename).
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PersistenceError } from "./errors.js";

export const STATE_FILE = "gossip-state.json";
const FORMAT = 1;

export interface PersistedMember {
  readonly name: string;
  /** `ip:port` or `[ipv6]:port`. */
  readonly address: string;
  readonly state: string;
}

/** The shared-data (CRDT) store of the node (packages/node/src/shared.ts, docs/crdt.md). */
export interface PersistedShared {
  readonly replicaId: string;
  /** Written after the store was closed: every write of this replica is in `state`, so the id may be reused. */
  readonly clean: boolean;
  /** SharedStore.exportState(), base64. */
  readonly state: string;
}

export interface PersistedState {
  readonly name: string;
  readonly incarnation: number;
  readonly members: readonly PersistedMember[];
  /** This node's own keys; values base64. */
  readonly kv: Readonly<Record<string, string>>;
  /** Wall-clock expiry (ms since the epoch) of the keys in `kv` that were set with a TTL. */
  readonly kvExpiresAt?: Readonly<Record<string, number>> | undefined;
  readonly shared?: PersistedShared | undefined;
}

function sharedFrom(v: unknown): PersistedShared | undefined {
  const o = v as Record<string, unknown> | undefined;
  return o && typeof o.replicaId === "string" && typeof o.clean === "boolean" && typeof o.state === "string"
    ? { replicaId: o.replicaId, clean: o.clean, state: o.state }
    : undefined;
}

function expiriesFrom(v: unknown): Record<string, number> | undefined {
  if (typeof v !== "object" || v === null) return undefined;
  return Object.fromEntries(
    Object.entries(v as Record<string, unknown>).filter(
      (e): e is [string, number] => typeof e[1] === "number" && Number.isFinite(e[1]),
    ),
  );
}

export class StateStore {
  readonly path: string;

  constructor(readonly dir: string) {
    this.path = join(dir, STATE_FILE);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      throw new PersistenceError(dir, `cannot create data directory ${dir}: ${(err as Error).message}`, err);
    }
  }

  /** The saved state, `undefined` if there is none. A corrupt file is an error (never silently reset). */
  load(): PersistedState | undefined {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw new PersistenceError(this.path, `cannot read ${this.path}: ${(err as Error).message}`, err);
    }
    let v: unknown;
    try {
      v = JSON.parse(text);
    } catch (err) {
      throw new PersistenceError(this.path, `${this.path} is not valid JSON`, err);
    }
    const o = v as Record<string, unknown>;
    if (
      !o ||
      o.format !== FORMAT ||
      typeof o.name !== "string" ||
      typeof o.incarnation !== "number" ||
      !Array.isArray(o.members) ||
      typeof o.kv !== "object" ||
      o.kv === null
    )
      throw new PersistenceError(this.path, `${this.path} is not a gossip state file of format ${FORMAT}`);
    return {
      name: o.name,
      incarnation: o.incarnation,
      members: (o.members as PersistedMember[]).filter(
        (m) => typeof m?.name === "string" && typeof m?.address === "string",
      ),
      kv: o.kv as Record<string, string>,
      kvExpiresAt: expiriesFrom(o.kvExpiresAt),
      shared: sharedFrom(o.shared),
    };
  }

  save(state: PersistedState): void {
    const tmp = `${this.path}.tmp-${process.pid}`;
    const body = JSON.stringify({ format: FORMAT, savedAt: new Date().toISOString(), ...state }, null, 2);
    try {
      writeFileSync(tmp, body, { mode: 0o600 });
      renameSync(tmp, this.path);
    } catch (err) {
      throw new PersistenceError(this.path, `cannot write ${this.path}: ${(err as Error).message}`, err);
    }
  }
}
