/**
 * Dots and causal contexts (spec/13-crdt.md, CRDT-35..37), the machinery behind
 * the observed-remove types. A dot (replica, n) names the n-th event of a
 * replica. A causal context is the set of dots a state has seen, kept as a
 * version vector plus a "cloud" of dots beyond it; removes are recorded only
 * as dots in the context, so no per-element tombstone is ever kept.
 */
import { compareStrings, type Reader, type Writer } from "./bytes.js";
import { CrdtMalformedError } from "./errors.js";

export interface Dot {
  readonly replica: string;
  readonly counter: number;
}

export type DotJson = [replica: string, counter: number];

export function compareDots(a: Dot, b: Dot): number {
  return compareStrings(a.replica, b.replica) || a.counter - b.counter;
}

function sortedKeys<V>(m: Map<string, V>): string[] {
  return [...m.keys()].sort(compareStrings);
}

export function readDotJson(j: unknown): Dot {
  if (
    !Array.isArray(j) ||
    j.length !== 2 ||
    typeof j[0] !== "string" ||
    typeof j[1] !== "number" ||
    !Number.isSafeInteger(j[1]) ||
    j[1] < 1
  ) {
    throw new CrdtMalformedError("dot must be [replica, counter >= 1]");
  }
  return { replica: j[0], counter: j[1] };
}

export class CausalContext {
  /** replica -> n: dots (replica, 1..n) are all in the context. Never 0. */
  private readonly vv = new Map<string, number>();
  /** Dots not covered by vv; after compact(), every (r, c) has c > vv[r] + 1. */
  private readonly cloud = new Map<string, Set<number>>();

  static of(dots: Iterable<Dot>): CausalContext {
    const c = new CausalContext();
    for (const d of dots) c.add(d);
    c.compact();
    return c;
  }

  clone(): CausalContext {
    const c = new CausalContext();
    for (const [r, n] of this.vv) c.vv.set(r, n);
    for (const [r, s] of this.cloud) c.cloud.set(r, new Set(s));
    return c;
  }

  isEmpty(): boolean {
    return this.vv.size === 0 && this.cloud.size === 0;
  }

  contains(d: Dot): boolean {
    if (d.counter <= (this.vv.get(d.replica) ?? 0)) return true;
    return this.cloud.get(d.replica)?.has(d.counter) ?? false;
  }

  /** The highest counter of `replica` in the context (0 if none). */
  max(replica: string): number {
    let m = this.vv.get(replica) ?? 0;
    const s = this.cloud.get(replica);
    if (s) for (const c of s) if (c > m) m = c;
    return m;
  }

  /** CRDT-37: the next fresh dot of `replica`. */
  next(replica: string): Dot {
    return { replica, counter: this.max(replica) + 1 };
  }

  /** Version vector entries (replica, n): dots (replica, 1..n). */
  vector(): IterableIterator<[string, number]> {
    return this.vv.entries();
  }

  /** Cloud dots, unordered. */
  *cloudEntries(): Generator<Dot> {
    for (const [replica, s] of this.cloud) for (const counter of s) yield { replica, counter };
  }

  /** Adds a dot; call compact() afterwards. */
  add(d: Dot): void {
    if (this.contains(d)) return;
    let s = this.cloud.get(d.replica);
    if (!s) {
      s = new Set();
      this.cloud.set(d.replica, s);
    }
    s.add(d.counter);
  }

  /** CRDT-35: move contiguous cloud dots into the version vector. */
  compact(): void {
    for (const [r, s] of this.cloud) {
      let n = this.vv.get(r) ?? 0;
      for (const c of s) if (c <= n) s.delete(c);
      while (s.has(n + 1)) {
        s.delete(n + 1);
        n++;
      }
      if (n > 0) this.vv.set(r, n);
      if (s.size === 0) this.cloud.delete(r);
    }
  }

  /** Union with another context (in place). */
  merge(other: CausalContext): void {
    for (const [r, n] of other.vv) {
      if (n > (this.vv.get(r) ?? 0)) this.vv.set(r, n);
    }
    for (const [r, s] of other.cloud) {
      for (const c of s) this.add({ replica: r, counter: c });
    }
    this.compact();
  }

  /** Every dot of `other` is in this context. */
  covers(other: CausalContext): boolean {
    // This context is compact, so (r, vv[r] + 1) is never in the cloud: a
    // shorter vector entry cannot cover a longer one.
    for (const [r, n] of other.vv) if ((this.vv.get(r) ?? 0) < n) return false;
    for (const [r, s] of other.cloud)
      for (const c of s) if (!this.contains({ replica: r, counter: c })) return false;
    return true;
  }

  /** CRDT-35, CRDT-41: vv entries sorted by replica, then cloud dots sorted. */
  write(w: Writer): void {
    const vr = sortedKeys(this.vv);
    w.uvarint(vr.length);
    for (const r of vr) w.string(r).uvarint(this.vv.get(r)!);
    const cloud = this.cloudDots();
    w.uvarint(cloud.length);
    for (const d of cloud) w.string(d.replica).uvarint(d.counter);
  }

  cloudDots(): Dot[] {
    const out: Dot[] = [];
    for (const r of sortedKeys(this.cloud)) {
      for (const c of [...this.cloud.get(r)!].sort((a, b) => a - b)) out.push({ replica: r, counter: c });
    }
    return out;
  }

  static read(r: Reader): CausalContext {
    const ctx = new CausalContext();
    const nv = r.count(2);
    let prev: string | undefined;
    for (let i = 0; i < nv; i++) {
      const rep = r.string();
      const n = r.uvarint();
      if (prev !== undefined && compareStrings(prev, rep) >= 0)
        throw new CrdtMalformedError("context vector not sorted");
      if (n < 1) throw new CrdtMalformedError("context vector entry must be >= 1");
      ctx.vv.set(rep, n);
      prev = rep;
    }
    const nc = r.count(2);
    let prevDot: Dot | undefined;
    for (let i = 0; i < nc; i++) {
      const d = { replica: r.string(), counter: r.uvarint() };
      if (prevDot !== undefined && compareDots(prevDot, d) >= 0)
        throw new CrdtMalformedError("context cloud not sorted");
      if (d.counter <= (ctx.vv.get(d.replica) ?? 0) + 1) {
        throw new CrdtMalformedError("context cloud dot is not beyond vector + 1 (not compact)");
      }
      let s = ctx.cloud.get(d.replica);
      if (!s) {
        s = new Set();
        ctx.cloud.set(d.replica, s);
      }
      s.add(d.counter);
      prevDot = d;
    }
    return ctx;
  }

  toJSON(): { vv: DotJson[]; cloud: DotJson[] } {
    return {
      vv: sortedKeys(this.vv).map((r) => [r, this.vv.get(r)!]),
      cloud: this.cloudDots().map((d) => [d.replica, d.counter]),
    };
  }

  static fromJSON(j: unknown): CausalContext {
    if (typeof j !== "object" || j === null) throw new CrdtMalformedError("context must be an object");
    const o = j as Record<string, unknown>;
    if (!Array.isArray(o.vv) || !Array.isArray(o.cloud))
      throw new CrdtMalformedError("context needs vv and cloud arrays");
    const ctx = new CausalContext();
    for (const e of o.vv) {
      const d = readDotJson(e);
      if (ctx.vv.has(d.replica)) throw new CrdtMalformedError("duplicate context vector entry");
      ctx.vv.set(d.replica, d.counter);
    }
    for (const e of o.cloud) ctx.add(readDotJson(e));
    ctx.compact();
    return ctx;
  }
}

/**
 * A map from dots to payloads, joined as a causal "dot function"
 * (CRDT-36): a dot survives a join if both sides hold it, or if the side
 * without it has not seen it.
 */
export interface PayloadOps<P> {
  /** Optional index key: DotStore keeps payload key -> dots, for O(1) lookups. */
  indexKey?(p: P): string;
  /** Join of two payloads of the same dot; must not mutate its arguments. */
  join(a: P, b: P): P;
  equals(a: P, b: P): boolean;
  /** An independent copy (payloads are never shared between stores). */
  copy(p: P): P;
}

export class DotStore<P> {
  /** replica -> counter -> payload */
  readonly dots = new Map<string, Map<number, P>>();
  /** indexKey(payload) -> (dot id -> dot), when ops.indexKey is given. */
  private readonly index: Map<string, Map<string, Dot>> | undefined;

  constructor(private readonly ops: PayloadOps<P>) {
    this.index = ops.indexKey ? new Map() : undefined;
  }

  private indexAdd(d: Dot, p: P): void {
    if (!this.index) return;
    const k = this.ops.indexKey!(p);
    let m = this.index.get(k);
    if (!m) {
      m = new Map();
      this.index.set(k, m);
    }
    m.set(`${d.counter}@${d.replica}`, d);
  }

  private indexRemove(d: Dot, p: P): void {
    if (!this.index) return;
    const k = this.ops.indexKey!(p);
    const m = this.index.get(k);
    if (!m) return;
    m.delete(`${d.counter}@${d.replica}`);
    if (m.size === 0) this.index.delete(k);
  }

  /** Dots whose payload has index key `k` (requires ops.indexKey). */
  dotsWith(k: string): Dot[] {
    const m = this.index?.get(k);
    return m ? [...m.values()] : [];
  }

  /** Index keys present (requires ops.indexKey). */
  indexKeys(): IterableIterator<string> {
    return (this.index ?? new Map<string, unknown>()).keys();
  }

  hasIndexKey(k: string): boolean {
    return this.index?.has(k) ?? false;
  }

  get size(): number {
    let n = 0;
    for (const m of this.dots.values()) n += m.size;
    return n;
  }

  get(d: Dot): P | undefined {
    return this.dots.get(d.replica)?.get(d.counter);
  }

  set(d: Dot, p: P): void {
    let m = this.dots.get(d.replica);
    if (!m) {
      m = new Map();
      this.dots.set(d.replica, m);
    }
    const old = m.get(d.counter);
    if (old !== undefined) this.indexRemove(d, old);
    m.set(d.counter, p);
    this.indexAdd(d, p);
  }

  delete(d: Dot): void {
    const m = this.dots.get(d.replica);
    if (!m) return;
    const old = m.get(d.counter);
    if (old === undefined) return;
    this.indexRemove(d, old);
    m.delete(d.counter);
    if (m.size === 0) this.dots.delete(d.replica);
  }

  *entries(): Generator<[Dot, P]> {
    for (const [replica, m] of this.dots) for (const [counter, p] of m) yield [{ replica, counter }, p];
  }

  /** Entries in canonical order (replica, then counter). */
  sorted(): [Dot, P][] {
    const out: [Dot, P][] = [];
    for (const r of sortedKeys(this.dots)) {
      const m = this.dots.get(r)!;
      for (const c of [...m.keys()].sort((a, b) => a - b)) out.push([{ replica: r, counter: c }, m.get(c)!]);
    }
    return out;
  }

  clone(): DotStore<P> {
    const s = new DotStore<P>(this.ops);
    for (const [d, p] of this.entries()) s.set(d, this.ops.copy(p));
    return s;
  }

  /**
   * Joins (other, otherCtx) into (this, ctx) in place, without touching the
   * contexts (the caller merges them afterwards). Returns true if this store changed.
   */
  join(ctx: CausalContext, other: DotStore<P>, otherCtx: CausalContext): boolean {
    let changed = false;
    // Only dots the other context has seen can be dropped: visit those, not the whole store.
    const drop: Dot[] = [];
    for (const [replica, n] of otherCtx.vector()) {
      const mine = this.dots.get(replica);
      if (!mine) continue;
      for (const counter of mine.keys()) {
        if (counter <= n && other.get({ replica, counter }) === undefined) drop.push({ replica, counter });
      }
    }
    for (const d of otherCtx.cloudEntries()) {
      if (this.get(d) !== undefined && other.get(d) === undefined) drop.push(d);
    }
    for (const d of drop) this.delete(d);
    if (drop.length > 0) changed = true;
    for (const [d, p] of other.entries()) {
      const mine = this.get(d);
      if (mine !== undefined) {
        const j = this.ops.join(mine, p);
        if (!this.ops.equals(j, mine)) {
          this.set(d, j);
          changed = true;
        }
      } else if (!ctx.contains(d)) {
        this.set(d, this.ops.copy(p));
        changed = true;
      }
    }
    return changed;
  }
}
