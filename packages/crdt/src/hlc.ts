/**
 * Hybrid logical clock (spec/13-crdt.md, CRDT-20..25). Physical time is always
 * passed in by the caller; the clock never reads a wall clock itself.
 */
import { compareStrings, type Reader, U32_MAX, type Writer } from "./bytes.js";
import { CrdtInvalidArgumentError, CrdtMalformedError } from "./errors.js";

/** A point in hybrid logical time. Totally ordered by (wall, logical, node). */
export interface Timestamp {
  /** Milliseconds (the physical component), 0 .. 2^53 - 1. */
  readonly wall: number;
  /** Logical counter, 0 .. 2^32 - 1. */
  readonly logical: number;
  /** Replica id of the writer: the tie-break. */
  readonly node: string;
}

export interface TimestampJson {
  wall: number;
  logical: number;
  node: string;
}

export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.wall !== b.wall) return a.wall < b.wall ? -1 : 1;
  if (a.logical !== b.logical) return a.logical < b.logical ? -1 : 1;
  return compareStrings(a.node, b.node);
}

export function maxTimestamp(a: Timestamp | undefined, b: Timestamp | undefined): Timestamp | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareTimestamps(a, b) >= 0 ? a : b;
}

export function writeTimestamp(w: Writer, t: Timestamp): void {
  w.uvarint(t.wall).uvarint(t.logical).string(t.node);
}

export function readTimestamp(r: Reader): Timestamp {
  const wall = r.uvarint();
  const logical = r.uvarint(U32_MAX);
  const node = r.string();
  return { wall, logical, node };
}

export function timestampToJson(t: Timestamp): TimestampJson {
  return { wall: t.wall, logical: t.logical, node: t.node };
}

export function timestampFromJson(j: unknown): Timestamp {
  if (typeof j !== "object" || j === null) throw new CrdtMalformedError("timestamp must be an object");
  const o = j as Record<string, unknown>;
  const { wall, logical, node } = o;
  if (typeof wall !== "number" || !Number.isSafeInteger(wall) || wall < 0) {
    throw new CrdtMalformedError("timestamp.wall must be a non-negative safe integer");
  }
  if (typeof logical !== "number" || !Number.isInteger(logical) || logical < 0 || logical > U32_MAX) {
    throw new CrdtMalformedError("timestamp.logical must be a uint32");
  }
  if (typeof node !== "string") throw new CrdtMalformedError("timestamp.node must be a string");
  return { wall, logical, node };
}

export interface HlcOptions {
  /**
   * A remote timestamp more than this far ahead of local physical time is not
   * adopted by the clock (CRDT-25). Default 60 000 ms.
   */
  readonly maxDriftMs?: number;
}

/**
 * The clock of one replica. `now(physicalMs)` gives a fresh timestamp greater
 * than every timestamp this clock has issued or observed; `observe` folds in a
 * timestamp seen in received state.
 */
export class Hlc {
  private wall = 0;
  private logical = 0;
  readonly maxDriftMs: number;

  constructor(
    readonly node: string,
    options: HlcOptions = {},
  ) {
    this.maxDriftMs = options.maxDriftMs ?? 60_000;
  }

  /** The last timestamp issued or observed (not a fresh one). */
  peek(): Timestamp {
    return { wall: this.wall, logical: this.logical, node: this.node };
  }

  /** CRDT-21: a timestamp for a local write at physical time `physicalMs`. */
  now(physicalMs: number): Timestamp {
    const pt = checkPhysical(physicalMs);
    if (pt > this.wall) {
      this.wall = pt;
      this.logical = 0;
    } else {
      this.bump();
    }
    return this.peek();
  }

  /**
   * CRDT-22: fold a received timestamp into the clock. Returns false (and
   * leaves the clock alone) when `t` is more than maxDriftMs ahead (CRDT-25).
   */
  observe(t: Timestamp, physicalMs: number): boolean {
    const pt = checkPhysical(physicalMs);
    if (t.wall > pt + this.maxDriftMs) return false;
    const wall = Math.max(this.wall, t.wall, pt);
    if (wall === this.wall && wall === t.wall) {
      this.logical = Math.max(this.logical, t.logical);
      this.bump();
    } else if (wall === this.wall) {
      this.bump();
    } else if (wall === t.wall) {
      this.wall = wall;
      this.logical = t.logical;
      this.bump();
    } else {
      this.wall = wall;
      this.logical = 0;
    }
    return true;
  }

  /** CRDT-23: logical overflow carries into the physical component. */
  private bump(): void {
    if (this.logical >= U32_MAX) {
      this.wall += 1;
      this.logical = 0;
    } else {
      this.logical += 1;
    }
  }
}

function checkPhysical(ms: number): number {
  if (!Number.isFinite(ms) || ms < 0)
    throw new CrdtInvalidArgumentError("physical time must be a non-negative number");
  return Math.floor(ms);
}
