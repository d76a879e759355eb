/** The shape every CRDT type shares (spec/13-crdt.md, CRDT-1..7). */
import { bytesEqual, Writer } from "./bytes.js";
import { CrdtMalformedError, CrdtTypeMismatchError } from "./errors.js";
import type { Timestamp } from "./hlc.js";

/** CRDT type names, as in CrdtDelta.crdtType, with their one-byte codes (CRDT-10). */
export const CRDT_TYPE_CODES = {
  "g-counter": 1,
  "pn-counter": 2,
  "g-set": 3,
  "two-p-set": 4,
  "or-set": 5,
  "lww-element-set": 6,
  "max-change-set": 7,
  "lww-register": 8,
  "or-map": 9,
} as const;

export type CrdtTypeName = keyof typeof CRDT_TYPE_CODES;

export const CRDT_TYPE_NAMES = Object.keys(CRDT_TYPE_CODES) as CrdtTypeName[];

export function crdtTypeFromCode(code: number): CrdtTypeName | undefined {
  return CRDT_TYPE_NAMES[code - 1];
}

export function isCrdtTypeName(s: unknown): s is CrdtTypeName {
  return typeof s === "string" && Object.hasOwn(CRDT_TYPE_CODES, s);
}

export abstract class CrdtBase<V> {
  abstract readonly type: CrdtTypeName;

  /** The value the application sees. */
  abstract value(): V;

  /** True for the bottom (initial, empty) state. */
  abstract isEmpty(): boolean;

  /** An independent deep copy. */
  abstract clone(): CrdtBase<V>;

  protected abstract mergeSame(other: this): boolean;

  /** The encoding after the type byte. */
  abstract writeBody(w: Writer): void;

  protected abstract bodyJson(): Record<string, unknown>;

  /**
   * Joins a state or delta of the same type into this one, in place
   * (CRDT-1..3). Returns true if this state changed.
   */
  merge(other: CrdtBase<unknown>): boolean {
    if (other.type !== this.type) throw new CrdtTypeMismatchError("", this.type, other.type);
    return this.mergeSame(other as this);
  }

  /** Canonical bytes: the type code, then the body (CRDT-10..17). */
  encode(): Uint8Array {
    const w = new Writer();
    w.byte(CRDT_TYPE_CODES[this.type]);
    this.writeBody(w);
    return w.finish();
  }

  /** Canonical JSON form used by the conformance vectors. */
  toJSON(): Record<string, unknown> {
    return { type: this.type, ...this.bodyJson() };
  }

  equals(other: CrdtBase<unknown>): boolean {
    return other.type === this.type && bytesEqual(this.encode(), other.encode());
  }

  /**
   * A delta holding what `local` lacks of this state: `d ≤ this` and
   * `local ⊔ d = local ⊔ this` (CRDT-62). Types without a cheap exact
   * difference return a copy of the whole state.
   */
  missingFrom(_local: this): CrdtBase<V> {
    return this.clone();
  }

  /** The greatest HLC timestamp inside the state, if the type has any (for Hlc.observe). */
  latestTimestamp(): Timestamp | undefined {
    return undefined;
  }
}

// ---- helpers shared by the JSON readers ----

export function jsonObject(j: unknown, what: string): Record<string, unknown> {
  if (typeof j !== "object" || j === null || Array.isArray(j))
    throw new CrdtMalformedError(`${what} must be an object`);
  return j as Record<string, unknown>;
}

export function jsonArray(j: unknown, what: string): unknown[] {
  if (!Array.isArray(j)) throw new CrdtMalformedError(`${what} must be an array`);
  return j;
}

export function jsonString(j: unknown, what: string): string {
  if (typeof j !== "string") throw new CrdtMalformedError(`${what} must be a string`);
  return j;
}

/** A decimal string for a uint64 (JSON numbers cannot hold 64 bits exactly). */
export function jsonU64(j: unknown, what: string): bigint {
  if (typeof j !== "string" || !/^(0|[1-9][0-9]*)$/.test(j))
    throw new CrdtMalformedError(`${what} must be a decimal string`);
  const v = BigInt(j);
  if (v >= 1n << 64n) throw new CrdtMalformedError(`${what} exceeds 64 bits`);
  return v;
}

export function jsonSafeInt(j: unknown, what: string, min = 0): number {
  if (typeof j !== "number" || !Number.isSafeInteger(j) || j < min) {
    throw new CrdtMalformedError(`${what} must be an integer >= ${min}`);
  }
  return j;
}
