/** Observed-remove set with a causal context (spec/13-crdt.md, CRDT-38..41). */

import { CrdtBase, jsonArray, jsonString } from "./base.js";
import { checkString, compareStrings, type Reader, type Writer } from "./bytes.js";
import { CausalContext, compareDots, type Dot, DotStore, type PayloadOps, readDotJson } from "./causal.js";
import { CrdtMalformedError } from "./errors.js";

const stringOps: PayloadOps<string> = {
  indexKey: (e) => e,
  // Two different elements under one dot only come from a misbehaving
  // writer; the greater one wins so that every replica agrees (CRDT-41).
  join: (a, b) => (compareStrings(a, b) >= 0 ? a : b),
  equals: (a, b) => a === b,
  copy: (a) => a,
};

/**
 * Add-wins observed-remove set. Each add is a fresh dot; a remove only adds
 * the element's observed dots to the causal context, so removed elements
 * leave no tombstone behind (CRDT-40): the state is the live dots plus a
 * context whose size is bounded by the number of replicas once deltas have
 * been filled in by anti-entropy.
 */
export class OrSet extends CrdtBase<string[]> {
  readonly type = "or-set" as const;
  private constructor(
    private readonly store: DotStore<string>,
    private readonly ctx: CausalContext,
  ) {
    super();
  }

  static empty(): OrSet {
    return new OrSet(new DotStore(stringOps), new CausalContext());
  }

  has(e: string): boolean {
    return this.store.hasIndexKey(e);
  }

  private dotsOf(e: string): Dot[] {
    return this.store.dotsWith(e);
  }

  value(): string[] {
    return [...this.store.indexKeys()].sort(compareStrings);
  }

  /** Number of live dots (for tests and metrics). */
  dotCount(): number {
    return this.store.size;
  }

  context(): CausalContext {
    return this.ctx.clone();
  }

  isEmpty(): boolean {
    return this.store.size === 0 && this.ctx.isEmpty();
  }

  clone(): OrSet {
    return new OrSet(this.store.clone(), this.ctx.clone());
  }

  /** CRDT-38: a fresh dot for `e`, superseding the dots of `e` seen so far. */
  add(replica: string, e: string): OrSet {
    checkString(replica, "replica id");
    checkString(e, "element");
    const d = this.ctx.next(replica);
    const store = new DotStore(stringOps);
    store.set(d, e);
    const delta = new OrSet(store, CausalContext.of([d, ...this.dotsOf(e)]));
    this.mergeSame(delta);
    return delta;
  }

  /** CRDT-39: the delta holds no dots, only the removed element's dots in its context. */
  remove(e: string): OrSet {
    checkString(e, "element");
    const delta = new OrSet(new DotStore(stringOps), CausalContext.of(this.dotsOf(e)));
    this.mergeSame(delta);
    return delta;
  }

  protected mergeSame(other: OrSet): boolean {
    const ctxGrows = !this.ctx.covers(other.ctx);
    const storeChanged = this.store.join(this.ctx, other.store, other.ctx);
    if (ctxGrows) this.ctx.merge(other.ctx);
    return ctxGrows || storeChanged;
  }

  /** CRDT-35, CRDT-41: context, then (replica, counter, element) sorted by dot. */
  writeBody(w: Writer): void {
    this.ctx.write(w);
    const entries = this.store.sorted();
    w.uvarint(entries.length);
    for (const [d, e] of entries) w.string(d.replica).uvarint(d.counter).string(e);
  }

  static readBody(r: Reader): OrSet {
    const ctx = CausalContext.read(r);
    const store = new DotStore(stringOps);
    const n = r.count(3);
    let prev: Dot | undefined;
    for (let i = 0; i < n; i++) {
      const d = { replica: r.string(), counter: r.uvarint() };
      const e = r.string();
      checkDot(d, prev, ctx);
      store.set(d, e);
      prev = d;
    }
    return new OrSet(store, ctx);
  }

  protected bodyJson(): Record<string, unknown> {
    return {
      context: this.ctx.toJSON(),
      entries: this.store.sorted().map(([d, e]) => [d.replica, d.counter, e]),
    };
  }

  static readJson(context: unknown, entries: unknown): OrSet {
    const ctx = CausalContext.fromJSON(context);
    const store = new DotStore(stringOps);
    for (const e of jsonArray(entries, "entries")) {
      const [rep, c, el] = jsonArray(e, "entry");
      const d = readDotJson([rep, c]);
      if (store.get(d) !== undefined) throw new CrdtMalformedError("duplicate dot");
      if (!ctx.contains(d)) throw new CrdtMalformedError("entry dot not in context");
      store.set(d, jsonString(el, "element"));
    }
    return new OrSet(store, ctx);
  }
}

/** Shared by OR-Set and OR-Map decoding: dots ascend, are >= 1 and are in the context. */
export function checkDot(d: Dot, prev: Dot | undefined, ctx: CausalContext): void {
  if (d.counter < 1) throw new CrdtMalformedError("dot counter must be >= 1");
  if (prev !== undefined && compareDots(prev, d) >= 0)
    throw new CrdtMalformedError("entries not sorted by dot");
  if (!ctx.contains(d)) throw new CrdtMalformedError("entry dot not in context (CRDT-36)");
}
