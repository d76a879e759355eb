/**
 * State-based sets without causal contexts (spec/13-crdt.md): G-Set, 2P-Set,
 * LWW-Element-Set and Max-Change-Set. Elements are Unicode strings, sorted
 * by code point (= UTF-8 bytes) in every encoding.
 */

import { CrdtBase, jsonArray, jsonSafeInt, jsonString } from "./base.js";
import { checkString, compareStrings, type Reader, type Writer } from "./bytes.js";
import { CrdtMalformedError } from "./errors.js";
import {
  compareTimestamps,
  readTimestamp,
  type Timestamp,
  timestampFromJson,
  timestampToJson,
  writeTimestamp,
} from "./hlc.js";

function sorted(s: Iterable<string>): string[] {
  return [...s].sort(compareStrings);
}

function writeStringSet(w: Writer, s: Set<string>): void {
  const items = sorted(s);
  w.uvarint(items.length);
  for (const e of items) w.string(e);
}

function readStringSet(r: Reader): Set<string> {
  const out = new Set<string>();
  const n = r.count(1);
  let prev: string | undefined;
  for (let i = 0; i < n; i++) {
    const e = r.string();
    if (prev !== undefined && compareStrings(prev, e) >= 0)
      throw new CrdtMalformedError("set elements not sorted and unique");
    out.add(e);
    prev = e;
  }
  return out;
}

function readJsonStringSet(j: unknown, what: string): Set<string> {
  const out = new Set<string>();
  for (const e of jsonArray(j, what)) {
    const s = jsonString(e, `${what} element`);
    if (out.has(s)) throw new CrdtMalformedError(`duplicate element in ${what}`);
    out.add(s);
  }
  return out;
}

/** Grow-only set: merge is union. */
export class GSet extends CrdtBase<string[]> {
  readonly type = "g-set" as const;
  private readonly items = new Set<string>();

  static empty(): GSet {
    return new GSet();
  }

  static of(items: Iterable<string>): GSet {
    const s = new GSet();
    for (const e of items) s.items.add(checkString(e, "element"));
    return s;
  }

  has(e: string): boolean {
    return this.items.has(e);
  }

  value(): string[] {
    return sorted(this.items);
  }

  isEmpty(): boolean {
    return this.items.size === 0;
  }

  clone(): GSet {
    return GSet.of(this.items);
  }

  add(e: string): GSet {
    checkString(e, "element");
    this.items.add(e);
    return GSet.of([e]);
  }

  override missingFrom(local: GSet): GSet {
    const d = new GSet();
    for (const e of this.items) if (!local.items.has(e)) d.items.add(e);
    return d;
  }

  protected mergeSame(other: GSet): boolean {
    const before = this.items.size;
    for (const e of other.items) this.items.add(e);
    return this.items.size !== before;
  }

  writeBody(w: Writer): void {
    writeStringSet(w, this.items);
  }

  static readBody(r: Reader): GSet {
    const s = new GSet();
    for (const e of readStringSet(r)) s.items.add(e);
    return s;
  }

  protected bodyJson(): Record<string, unknown> {
    return { elements: this.value() };
  }

  static readJson(j: unknown): GSet {
    const s = new GSet();
    for (const e of readJsonStringSet(j, "elements")) s.items.add(e);
    return s;
  }
}

/**
 * Two-phase set: an element may be added, and once removed it stays removed.
 * Canonical state keeps `live` = added minus removed, so an element is held
 * once (CRDT-34).
 */
export class TwoPSet extends CrdtBase<string[]> {
  readonly type = "two-p-set" as const;
  private readonly live = new Set<string>();
  private readonly removed = new Set<string>();

  static empty(): TwoPSet {
    return new TwoPSet();
  }

  has(e: string): boolean {
    return this.live.has(e);
  }

  wasRemoved(e: string): boolean {
    return this.removed.has(e);
  }

  value(): string[] {
    return sorted(this.live);
  }

  isEmpty(): boolean {
    return this.live.size === 0 && this.removed.size === 0;
  }

  clone(): TwoPSet {
    const s = new TwoPSet();
    for (const e of this.live) s.live.add(e);
    for (const e of this.removed) s.removed.add(e);
    return s;
  }

  /** CRDT-34: a no-op (empty delta) once `e` has been removed. */
  add(e: string): TwoPSet {
    checkString(e, "element");
    const d = new TwoPSet();
    if (this.removed.has(e)) return d;
    d.live.add(e);
    this.live.add(e);
    return d;
  }

  /** CRDT-34: removes `e` for good; a no-op (empty delta) unless `e` is present. */
  remove(e: string): TwoPSet {
    checkString(e, "element");
    const d = new TwoPSet();
    if (!this.live.has(e)) return d;
    d.removed.add(e);
    this.live.delete(e);
    this.removed.add(e);
    return d;
  }

  override missingFrom(local: TwoPSet): TwoPSet {
    const d = new TwoPSet();
    for (const e of this.removed) if (!local.removed.has(e)) d.removed.add(e);
    for (const e of this.live) if (!local.live.has(e) && !local.removed.has(e)) d.live.add(e);
    return d;
  }

  protected mergeSame(other: TwoPSet): boolean {
    let changed = false;
    for (const e of other.removed) {
      if (!this.removed.has(e)) {
        this.removed.add(e);
        this.live.delete(e);
        changed = true;
      }
    }
    for (const e of other.live) {
      if (!this.removed.has(e) && !this.live.has(e)) {
        this.live.add(e);
        changed = true;
      }
    }
    return changed;
  }

  /** CRDT-34: live set, then removed set; disjoint. */
  writeBody(w: Writer): void {
    writeStringSet(w, this.live);
    writeStringSet(w, this.removed);
  }

  static readBody(r: Reader): TwoPSet {
    const s = new TwoPSet();
    for (const e of readStringSet(r)) s.live.add(e);
    for (const e of readStringSet(r)) {
      if (s.live.has(e)) throw new CrdtMalformedError("2P-Set element both live and removed (not canonical)");
      s.removed.add(e);
    }
    return s;
  }

  protected bodyJson(): Record<string, unknown> {
    return { live: this.value(), removed: sorted(this.removed) };
  }

  static readJson(live: unknown, removed: unknown): TwoPSet {
    const s = new TwoPSet();
    for (const e of readJsonStringSet(removed, "removed")) s.removed.add(e);
    for (const e of readJsonStringSet(live, "live")) if (!s.removed.has(e)) s.live.add(e);
    return s;
  }
}

interface LwwEntry {
  readonly ts: Timestamp;
  readonly present: boolean;
}

/** Total order of LWW entries: timestamp, then add (present) above remove. */
function compareLww(a: LwwEntry, b: LwwEntry): number {
  return compareTimestamps(a.ts, b.ts) || (a.present === b.present ? 0 : a.present ? 1 : -1);
}

/**
 * Last-writer-wins element set. Per element only the greatest (timestamp,
 * present) pair is kept (CRDT-45): present iff the latest operation was
 * an add; at an equal timestamp an add wins.
 */
export class LwwElementSet extends CrdtBase<string[]> {
  readonly type = "lww-element-set" as const;
  private readonly entries = new Map<string, LwwEntry>();

  static empty(): LwwElementSet {
    return new LwwElementSet();
  }

  has(e: string): boolean {
    return this.entries.get(e)?.present ?? false;
  }

  value(): string[] {
    return sorted([...this.entries].filter(([, v]) => v.present).map(([k]) => k));
  }

  isEmpty(): boolean {
    return this.entries.size === 0;
  }

  clone(): LwwElementSet {
    const s = new LwwElementSet();
    for (const [k, v] of this.entries) s.entries.set(k, v);
    return s;
  }

  private apply(e: string, ts: Timestamp, present: boolean): LwwElementSet {
    checkString(e, "element");
    checkString(ts.node, "timestamp node");
    const d = new LwwElementSet();
    d.entries.set(e, { ts, present });
    this.mergeSame(d);
    return d;
  }

  /** Adds `e` at time `ts` (take it from the replica's Hlc). Returns the delta. */
  add(e: string, ts: Timestamp): LwwElementSet {
    return this.apply(e, ts, true);
  }

  remove(e: string, ts: Timestamp): LwwElementSet {
    return this.apply(e, ts, false);
  }

  override missingFrom(local: LwwElementSet): LwwElementSet {
    const d = new LwwElementSet();
    for (const [k, v] of this.entries) {
      const mine = local.entries.get(k);
      if (mine === undefined || compareLww(v, mine) > 0) d.entries.set(k, v);
    }
    return d;
  }

  protected mergeSame(other: LwwElementSet): boolean {
    let changed = false;
    for (const [k, v] of other.entries) {
      const mine = this.entries.get(k);
      if (mine === undefined || compareLww(v, mine) > 0) {
        this.entries.set(k, v);
        changed = true;
      }
    }
    return changed;
  }

  override latestTimestamp(): Timestamp | undefined {
    let m: Timestamp | undefined;
    for (const v of this.entries.values()) if (m === undefined || compareTimestamps(v.ts, m) > 0) m = v.ts;
    return m;
  }

  /** CRDT-45: (element, timestamp, present byte) sorted by element. */
  writeBody(w: Writer): void {
    const ks = sorted(this.entries.keys());
    w.uvarint(ks.length);
    for (const k of ks) {
      const v = this.entries.get(k)!;
      w.string(k);
      writeTimestamp(w, v.ts);
      w.byte(v.present ? 1 : 0);
    }
  }

  static readBody(r: Reader): LwwElementSet {
    const s = new LwwElementSet();
    const n = r.count(5);
    let prev: string | undefined;
    for (let i = 0; i < n; i++) {
      const k = r.string();
      if (prev !== undefined && compareStrings(prev, k) >= 0)
        throw new CrdtMalformedError("elements not sorted and unique");
      const ts = readTimestamp(r);
      const p = r.byte();
      if (p > 1) throw new CrdtMalformedError("present flag must be 0 or 1");
      s.entries.set(k, { ts, present: p === 1 });
      prev = k;
    }
    return s;
  }

  protected bodyJson(): Record<string, unknown> {
    return {
      entries: sorted(this.entries.keys()).map((k) => {
        const v = this.entries.get(k)!;
        return [k, timestampToJson(v.ts), v.present];
      }),
    };
  }

  static readJson(j: unknown): LwwElementSet {
    const s = new LwwElementSet();
    for (const e of jsonArray(j, "entries")) {
      const [k, ts, p] = jsonArray(e, "entry");
      const key = jsonString(k, "element");
      if (typeof p !== "boolean") throw new CrdtMalformedError("present must be a boolean");
      if (s.entries.has(key)) throw new CrdtMalformedError("duplicate element");
      s.entries.set(key, { ts: timestampFromJson(ts), present: p });
    }
    return s;
  }
}

/**
 * Max-change set: per element a change count; odd means present. Add and
 * remove bump the count only when they change presence; merge takes the max.
 */
export class MaxChangeSet extends CrdtBase<string[]> {
  readonly type = "max-change-set" as const;
  private readonly counts = new Map<string, number>();

  static empty(): MaxChangeSet {
    return new MaxChangeSet();
  }

  has(e: string): boolean {
    return (this.counts.get(e) ?? 0) % 2 === 1;
  }

  value(): string[] {
    return sorted([...this.counts].filter(([, c]) => c % 2 === 1).map(([k]) => k));
  }

  isEmpty(): boolean {
    return this.counts.size === 0;
  }

  clone(): MaxChangeSet {
    const s = new MaxChangeSet();
    for (const [k, v] of this.counts) s.counts.set(k, v);
    return s;
  }

  private bump(e: string, wantPresent: boolean): MaxChangeSet {
    checkString(e, "element");
    const d = new MaxChangeSet();
    if (this.has(e) === wantPresent) return d;
    const next = (this.counts.get(e) ?? 0) + 1;
    if (!Number.isSafeInteger(next)) throw new CrdtMalformedError("change count exhausted");
    this.counts.set(e, next);
    d.counts.set(e, next);
    return d;
  }

  /** CRDT-46: no-op (empty delta) if already present. */
  add(e: string): MaxChangeSet {
    return this.bump(e, true);
  }

  remove(e: string): MaxChangeSet {
    return this.bump(e, false);
  }

  override missingFrom(local: MaxChangeSet): MaxChangeSet {
    const d = new MaxChangeSet();
    for (const [k, v] of this.counts) if (v > (local.counts.get(k) ?? 0)) d.counts.set(k, v);
    return d;
  }

  protected mergeSame(other: MaxChangeSet): boolean {
    let changed = false;
    for (const [k, v] of other.counts) {
      if (v > (this.counts.get(k) ?? 0)) {
        this.counts.set(k, v);
        changed = true;
      }
    }
    return changed;
  }

  /** CRDT-46: (element, count >= 1) sorted by element. */
  writeBody(w: Writer): void {
    const ks = sorted(this.counts.keys());
    w.uvarint(ks.length);
    for (const k of ks) w.string(k).uvarint(this.counts.get(k)!);
  }

  static readBody(r: Reader): MaxChangeSet {
    const s = new MaxChangeSet();
    const n = r.count(2);
    let prev: string | undefined;
    for (let i = 0; i < n; i++) {
      const k = r.string();
      const c = r.uvarint();
      if (prev !== undefined && compareStrings(prev, k) >= 0)
        throw new CrdtMalformedError("elements not sorted and unique");
      if (c < 1) throw new CrdtMalformedError("zero change count (not canonical)");
      s.counts.set(k, c);
      prev = k;
    }
    return s;
  }

  protected bodyJson(): Record<string, unknown> {
    return { counts: sorted(this.counts.keys()).map((k) => [k, this.counts.get(k)!]) };
  }

  static readJson(j: unknown): MaxChangeSet {
    const s = new MaxChangeSet();
    for (const e of jsonArray(j, "counts")) {
      const [k, c] = jsonArray(e, "counts entry");
      const key = jsonString(k, "element");
      if (s.counts.has(key)) throw new CrdtMalformedError("duplicate element");
      const n = jsonSafeInt(c, "count", 0);
      if (n > 0) s.counts.set(key, n);
    }
    return s;
  }
}
