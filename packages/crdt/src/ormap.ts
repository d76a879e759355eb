/**
 * Observed-remove map of CRDTs (spec/13-crdt.md, CRDT-48..52). Built on the
 * same dots and causal context as the OR-Set: every update of a field is a
 * fresh dot carrying the field's whole new nested state; removing a field
 * drops its dots, and with them its nested state (no tombstones).
 */

import {
  CRDT_TYPE_CODES,
  CRDT_TYPE_NAMES,
  CrdtBase,
  type CrdtTypeName,
  jsonArray,
  jsonString,
} from "./base.js";
import { checkString, compareStrings, Reader, type Writer } from "./bytes.js";
import { CausalContext, type Dot, DotStore, type PayloadOps, readDotJson } from "./causal.js";
import { CrdtLimitError, CrdtMalformedError } from "./errors.js";
import type { Timestamp } from "./hlc.js";
import { maxTimestamp } from "./hlc.js";
import { checkDot } from "./orset.js";
import type { AnyCrdt, CrdtOf } from "./registry.js";
import { emptyCrdt, readCrdt, readCrdtJson } from "./registry.js";

/** Nesting bound for decoding (an OR-Map inside an OR-Map ...), CRDT-52. */
export const MAX_MAP_DEPTH = 4;

export interface MapField {
  readonly key: string;
  readonly nested: AnyCrdt;
}

function compareFieldIds(a: MapField, b: MapField): number {
  return compareStrings(a.key, b.key) || CRDT_TYPE_CODES[a.nested.type] - CRDT_TYPE_CODES[b.nested.type];
}

const fieldId = (key: string, type: CrdtTypeName) => `${CRDT_TYPE_CODES[type]}:${key}`;

const fieldOps: PayloadOps<MapField> = {
  indexKey: (f) => fieldId(f.key, f.nested.type),
  join(a, b) {
    const c = compareFieldIds(a, b);
    if (c !== 0) return fieldOps.copy(c > 0 ? a : b);
    const n = a.nested.clone() as AnyCrdt;
    n.merge(b.nested);
    return { key: a.key, nested: n };
  },
  equals: (a, b) => a.key === b.key && a.nested.equals(b.nested),
  copy: (a) => ({ key: a.key, nested: a.nested.clone() as AnyCrdt }),
};

export interface OrMapEntry {
  readonly type: CrdtTypeName;
  readonly value: unknown;
}

export class OrMap extends CrdtBase<ReadonlyMap<string, OrMapEntry>> {
  readonly type = "or-map" as const;
  private constructor(
    private readonly store: DotStore<MapField>,
    private readonly ctx: CausalContext,
  ) {
    super();
  }

  static empty(): OrMap {
    return new OrMap(new DotStore(fieldOps), new CausalContext());
  }

  private dotsOf(key: string, type?: CrdtTypeName): Dot[] {
    if (type !== undefined) return this.store.dotsWith(fieldId(key, type));
    return CRDT_TYPE_NAMES.flatMap((t) => this.store.dotsWith(fieldId(key, t)));
  }

  /** The field's current state: the join of its live dots' states, or undefined. */
  get<T extends CrdtTypeName>(key: string, type: T): CrdtOf<T> | undefined {
    let acc: AnyCrdt | undefined;
    for (const d of this.store.dotsWith(fieldId(key, type))) {
      const f = this.store.get(d)!;
      if (acc === undefined) acc = f.nested.clone() as AnyCrdt;
      else acc.merge(f.nested);
    }
    return acc as CrdtOf<T> | undefined;
  }

  /** Live (key, type) pairs, sorted by key, then type code. */
  fields(): { key: string; type: CrdtTypeName }[] {
    const seen: MapField[] = [];
    for (const id of this.store.indexKeys()) seen.push(this.store.get(this.store.dotsWith(id)[0]!)!);
    return seen.sort(compareFieldIds).map((f) => ({ key: f.key, type: f.nested.type }));
  }

  keys(): string[] {
    return [...new Set(this.fields().map((f) => f.key))];
  }

  /**
   * Key -> { type, value }. If concurrent writers created one key with two
   * different types, the type with the lower code is shown (CRDT-50); both
   * stay reachable through get(key, type).
   */
  value(): ReadonlyMap<string, OrMapEntry> {
    const out = new Map<string, OrMapEntry>();
    for (const f of this.fields()) {
      if (out.has(f.key)) continue;
      out.set(f.key, { type: f.type, value: this.get(f.key, f.type)!.value() });
    }
    return out;
  }

  isEmpty(): boolean {
    return this.store.size === 0 && this.ctx.isEmpty();
  }

  clone(): OrMap {
    return new OrMap(this.store.clone(), this.ctx.clone());
  }

  /**
   * CRDT-48: applies `mutate` to the field's current state (or to the empty
   * state of `type`) and records the result under a fresh dot. Returns the delta.
   */
  update<T extends CrdtTypeName>(
    replica: string,
    key: string,
    type: T,
    mutate: (field: CrdtOf<T>) => unknown,
  ): OrMap {
    checkString(replica, "replica id");
    checkString(key, "map key");
    const next = this.get(key, type) ?? emptyCrdt(type);
    mutate(next);
    const d = this.ctx.next(replica);
    const store = new DotStore(fieldOps);
    store.set(d, { key, nested: next });
    const delta = new OrMap(store, CausalContext.of([d, ...this.dotsOf(key, type)]));
    this.mergeSame(delta);
    return delta;
  }

  /** CRDT-49: removes the field (all types of `key` unless `type` is given). Returns the delta. */
  remove(key: string, type?: CrdtTypeName): OrMap {
    checkString(key, "map key");
    const delta = new OrMap(new DotStore(fieldOps), CausalContext.of(this.dotsOf(key, type)));
    this.mergeSame(delta);
    return delta;
  }

  protected mergeSame(other: OrMap): boolean {
    const ctxGrows = !this.ctx.covers(other.ctx);
    const storeChanged = this.store.join(this.ctx, other.store, other.ctx);
    if (ctxGrows) this.ctx.merge(other.ctx);
    return ctxGrows || storeChanged;
  }

  override latestTimestamp(): Timestamp | undefined {
    let m: Timestamp | undefined;
    for (const [, f] of this.store.entries()) m = maxTimestamp(m, f.nested.latestTimestamp());
    return m;
  }

  /** CRDT-51: context, then (replica, counter, key, nested state bytes) sorted by dot. */
  writeBody(w: Writer): void {
    this.ctx.write(w);
    const entries = this.store.sorted();
    w.uvarint(entries.length);
    for (const [d, f] of entries)
      w.string(d.replica).uvarint(d.counter).string(f.key).bytes(f.nested.encode());
  }

  static readBody(r: Reader, depth: number): OrMap {
    if (depth > MAX_MAP_DEPTH) throw new CrdtMalformedError(`OR-Map nested deeper than ${MAX_MAP_DEPTH}`);
    const ctx = CausalContext.read(r);
    const store = new DotStore(fieldOps);
    const n = r.count(5);
    let prev: Dot | undefined;
    for (let i = 0; i < n; i++) {
      const d = { replica: r.string(), counter: r.uvarint() };
      const key = r.string();
      const inner = new Reader(r.bytes());
      const nested = readCrdt(inner, depth + 1);
      inner.end();
      checkDot(d, prev, ctx);
      store.set(d, { key, nested });
      prev = d;
    }
    return new OrMap(store, ctx);
  }

  protected bodyJson(): Record<string, unknown> {
    return {
      context: this.ctx.toJSON(),
      entries: this.store.sorted().map(([d, f]) => [d.replica, d.counter, f.key, f.nested.toJSON()]),
    };
  }

  static readJson(context: unknown, entries: unknown, depth: number): OrMap {
    if (depth > MAX_MAP_DEPTH) throw new CrdtMalformedError(`OR-Map nested deeper than ${MAX_MAP_DEPTH}`);
    const ctx = CausalContext.fromJSON(context);
    const store = new DotStore(fieldOps);
    for (const e of jsonArray(entries, "entries")) {
      const [rep, c, key, nested] = jsonArray(e, "entry");
      const d = readDotJson([rep, c]);
      if (store.get(d) !== undefined) throw new CrdtMalformedError("duplicate dot");
      if (!ctx.contains(d)) throw new CrdtMalformedError("entry dot not in context");
      store.set(d, { key: jsonString(key, "key"), nested: readCrdtJson(nested, depth + 1) });
    }
    return new OrMap(store, ctx);
  }
}

/** Local-API guard: a nested map deeper than MAX_MAP_DEPTH could not be decoded by peers. */
export function checkMapDepth(c: AnyCrdt, depth = 1): void {
  if (c.type !== "or-map") return;
  if (depth > MAX_MAP_DEPTH) throw new CrdtLimitError(`OR-Map nested deeper than ${MAX_MAP_DEPTH}`);
  for (const f of c.fields()) checkMapDepth(c.get(f.key, f.type)!, depth + 1);
}
