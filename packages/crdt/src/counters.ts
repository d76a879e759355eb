/** G-Counter and PN-Counter (spec/13-crdt.md, CRDT-30, CRDT-31, CRDT-32). */

import { CrdtBase, jsonArray, jsonString, jsonU64 } from "./base.js";
import { checkString, compareStrings, type Reader, U64_MAX, type Writer } from "./bytes.js";
import { CrdtInvalidArgumentError, CrdtMalformedError, CrdtOverflowError } from "./errors.js";

function toBig(by: number | bigint): bigint {
  if (typeof by === "bigint") return by;
  if (!Number.isSafeInteger(by)) throw new CrdtInvalidArgumentError("increment must be an integer");
  return BigInt(by);
}

/** A grow-only counter: one non-decreasing uint64 per replica; value = sum. */
export class GCounter extends CrdtBase<bigint> {
  readonly type = "g-counter" as const;
  private readonly counts = new Map<string, bigint>();

  static empty(): GCounter {
    return new GCounter();
  }

  /** This replica's own count. */
  get(replica: string): bigint {
    return this.counts.get(replica) ?? 0n;
  }

  replicas(): string[] {
    return [...this.counts.keys()].sort(compareStrings);
  }

  value(): bigint {
    let s = 0n;
    for (const v of this.counts.values()) s += v;
    return s;
  }

  isEmpty(): boolean {
    return this.counts.size === 0;
  }

  clone(): GCounter {
    const c = new GCounter();
    for (const [r, v] of this.counts) c.counts.set(r, v);
    return c;
  }

  /** CRDT-30: adds `by` >= 0 to `replica`'s count; returns the delta. */
  increment(replica: string, by: number | bigint = 1): GCounter {
    checkString(replica, "replica id");
    const n = toBig(by);
    if (n < 0n) throw new CrdtInvalidArgumentError("a G-Counter cannot be decremented");
    const next = this.get(replica) + n;
    if (next > U64_MAX) throw new CrdtOverflowError("G-Counter entry would exceed 2^64 - 1");
    const delta = new GCounter();
    if (next > 0n) {
      delta.counts.set(replica, next);
      this.counts.set(replica, next);
    }
    return delta;
  }

  override missingFrom(local: GCounter): GCounter {
    const d = new GCounter();
    for (const [r, v] of this.counts) if (v > local.get(r)) d.counts.set(r, v);
    return d;
  }

  protected mergeSame(other: GCounter): boolean {
    let changed = false;
    for (const [r, v] of other.counts) {
      if (v > this.get(r)) {
        this.counts.set(r, v);
        changed = true;
      }
    }
    return changed;
  }

  /** CRDT-30: count, then (replica, uvarint) sorted by replica, no zero entries. */
  writeBody(w: Writer): void {
    const rs = this.replicas();
    w.uvarint(rs.length);
    for (const r of rs) w.string(r).uvarint(this.counts.get(r)!);
  }

  static readBody(r: Reader): GCounter {
    const c = new GCounter();
    const n = r.count(2);
    let prev: string | undefined;
    for (let i = 0; i < n; i++) {
      const rep = r.string();
      const v = r.uvarintBig();
      if (prev !== undefined && compareStrings(prev, rep) >= 0)
        throw new CrdtMalformedError("counter entries not sorted");
      if (v === 0n) throw new CrdtMalformedError("zero counter entry (not canonical)");
      c.counts.set(rep, v);
      prev = rep;
    }
    return c;
  }

  protected bodyJson(): Record<string, unknown> {
    return { counts: this.replicas().map((r) => [r, this.counts.get(r)!.toString()]) };
  }

  static readJson(j: unknown): GCounter {
    const c = new GCounter();
    for (const e of jsonArray(j, "counts")) {
      const [r, v] = jsonArray(e, "counts entry");
      const rep = jsonString(r, "replica");
      const n = jsonU64(v, "count");
      if (c.counts.has(rep)) throw new CrdtMalformedError("duplicate replica in counts");
      if (n > 0n) c.counts.set(rep, n);
    }
    return c;
  }
}

/** A counter that goes both ways: two G-Counters, value = P - N. */
export class PNCounter extends CrdtBase<bigint> {
  readonly type = "pn-counter" as const;
  private constructor(
    readonly p: GCounter,
    readonly n: GCounter,
  ) {
    super();
  }

  static empty(): PNCounter {
    return new PNCounter(new GCounter(), new GCounter());
  }

  value(): bigint {
    return this.p.value() - this.n.value();
  }

  isEmpty(): boolean {
    return this.p.isEmpty() && this.n.isEmpty();
  }

  clone(): PNCounter {
    return new PNCounter(this.p.clone(), this.n.clone());
  }

  /** CRDT-32: a negative `by` decrements. Returns the delta. */
  increment(replica: string, by: number | bigint = 1): PNCounter {
    const v = toBig(by);
    if (v < 0n) return this.decrement(replica, -v);
    return new PNCounter(this.p.increment(replica, v), new GCounter());
  }

  decrement(replica: string, by: number | bigint = 1): PNCounter {
    const v = toBig(by);
    if (v < 0n) return this.increment(replica, -v);
    return new PNCounter(new GCounter(), this.n.increment(replica, v));
  }

  override missingFrom(local: PNCounter): PNCounter {
    return new PNCounter(this.p.missingFrom(local.p), this.n.missingFrom(local.n));
  }

  protected mergeSame(other: PNCounter): boolean {
    const a = this.p.merge(other.p);
    const b = this.n.merge(other.n);
    return a || b;
  }

  /** CRDT-32: the P body, then the N body. */
  writeBody(w: Writer): void {
    this.p.writeBody(w);
    this.n.writeBody(w);
  }

  static readBody(r: Reader): PNCounter {
    const p = GCounter.readBody(r);
    const n = GCounter.readBody(r);
    return new PNCounter(p, n);
  }

  protected bodyJson(): Record<string, unknown> {
    return {
      p: (this.p.toJSON() as { counts: unknown }).counts,
      n: (this.n.toJSON() as { counts: unknown }).counts,
    };
  }

  static readJson(p: unknown, n: unknown): PNCounter {
    return new PNCounter(GCounter.readJson(p), GCounter.readJson(n));
  }
}
