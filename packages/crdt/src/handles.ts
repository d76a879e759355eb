/**
 * Typed handles over a SharedStore: `shared.counter("hits").increment(3)`,
 * `.value`, `.onChange(fn)`. A handle is a view: it holds no state itself.
 */
import type { CrdtTypeName } from "./base.js";
import type { AnyCrdt, CrdtOf } from "./registry.js";
import type { ChangeEvent, KeyOptions, MutationContext, SharedStore } from "./store.js";

const utf8 = new TextEncoder();
const utf8d = new TextDecoder();

abstract class Handle<T extends CrdtTypeName, V> {
  constructor(
    protected readonly store: SharedStore,
    readonly key: string,
    protected readonly type: T,
    protected readonly options: KeyOptions,
  ) {
    store.define(key, type, options);
  }

  protected state(): CrdtOf<T> | undefined {
    return this.store.getAs(this.key, this.type);
  }

  protected apply(op: (s: CrdtOf<T>, cx: MutationContext) => AnyCrdt): void {
    this.store.mutate(this.key, this.type, op);
  }

  abstract get value(): V;

  /** Calls `fn` with the new value whenever it changes (locally, remotely, or by expiry). */
  onChange(fn: (value: V, event: ChangeEvent) => void): () => void {
    return this.store.onChange((e) => {
      if (e.key === this.key && e.type === this.type) fn(this.value, e);
    });
  }
}

/** PN-Counter. `value` is a number (exact up to 2^53); `bigValue` is exact always. */
export class CounterHandle extends Handle<"pn-counter", number> {
  increment(by: number | bigint = 1): void {
    this.apply((s, cx) => s.increment(cx.replica, by));
  }
  decrement(by: number | bigint = 1): void {
    this.apply((s, cx) => s.decrement(cx.replica, by));
  }
  get bigValue(): bigint {
    return this.state()?.value() ?? 0n;
  }
  get value(): number {
    return Number(this.bigValue);
  }
}

export class GCounterHandle extends Handle<"g-counter", number> {
  increment(by: number | bigint = 1): void {
    this.apply((s, cx) => s.increment(cx.replica, by));
  }
  get bigValue(): bigint {
    return this.state()?.value() ?? 0n;
  }
  get value(): number {
    return Number(this.bigValue);
  }
}

abstract class SetHandle<T extends CrdtTypeName> extends Handle<T, string[]> {
  get value(): string[] {
    return (this.state()?.value() as string[] | undefined) ?? [];
  }
  has(e: string): boolean {
    return this.value.includes(e);
  }
}

export class GSetHandle extends SetHandle<"g-set"> {
  add(e: string): void {
    this.apply((s) => s.add(e));
  }
}

export class TwoPSetHandle extends SetHandle<"two-p-set"> {
  add(e: string): void {
    this.apply((s) => s.add(e));
  }
  remove(e: string): void {
    this.apply((s) => s.remove(e));
  }
}

export class OrSetHandle extends SetHandle<"or-set"> {
  add(e: string): void {
    this.apply((s, cx) => s.add(cx.replica, e));
  }
  remove(e: string): void {
    this.apply((s) => s.remove(e));
  }
}

export class LwwSetHandle extends SetHandle<"lww-element-set"> {
  add(e: string): void {
    this.apply((s, cx) => s.add(e, cx.stamp()));
  }
  remove(e: string): void {
    this.apply((s, cx) => s.remove(e, cx.stamp()));
  }
}

export class MaxChangeSetHandle extends SetHandle<"max-change-set"> {
  add(e: string): void {
    this.apply((s) => s.add(e));
  }
  remove(e: string): void {
    this.apply((s) => s.remove(e));
  }
}

/** LWW-Register of bytes; `set` takes a string (UTF-8) or bytes. */
export class RegisterHandle extends Handle<"lww-register", Uint8Array | undefined> {
  set(v: string | Uint8Array): void {
    const bytes = typeof v === "string" ? utf8.encode(v) : v;
    this.apply((s, cx) => s.set(bytes, cx.stamp()));
  }
  get value(): Uint8Array | undefined {
    return this.state()?.value();
  }
  /** The value as UTF-8 text. */
  get text(): string | undefined {
    const v = this.value;
    return v === undefined ? undefined : utf8d.decode(v);
  }
}

export class MapHandle extends Handle<"or-map", ReadonlyMap<string, { type: CrdtTypeName; value: unknown }>> {
  /** Mutates field `field` of type `type` (e.g. `(c, cx) => c.increment(cx.replica, 1)`). */
  update<F extends CrdtTypeName>(
    field: string,
    type: F,
    op: (s: CrdtOf<F>, cx: MutationContext) => unknown,
  ): void {
    this.apply((m, cx) => m.update(cx.replica, field, type, (s) => op(s, cx)));
  }
  remove(field: string, type?: CrdtTypeName): void {
    this.apply((m) => m.remove(field, type));
  }
  get value(): ReadonlyMap<string, { type: CrdtTypeName; value: unknown }> {
    return this.state()?.value() ?? new Map();
  }
  field<F extends CrdtTypeName>(field: string, type: F): CrdtOf<F> | undefined {
    return this.state()?.get(field, type);
  }
}

/** The typed façade the runtime exposes as `node.shared`. */
export class SharedData {
  constructor(readonly store: SharedStore) {}
  counter(key: string, options: KeyOptions = {}): CounterHandle {
    return new CounterHandle(this.store, key, "pn-counter", options);
  }
  gCounter(key: string, options: KeyOptions = {}): GCounterHandle {
    return new GCounterHandle(this.store, key, "g-counter", options);
  }
  gSet(key: string, options: KeyOptions = {}): GSetHandle {
    return new GSetHandle(this.store, key, "g-set", options);
  }
  twoPSet(key: string, options: KeyOptions = {}): TwoPSetHandle {
    return new TwoPSetHandle(this.store, key, "two-p-set", options);
  }
  orSet(key: string, options: KeyOptions = {}): OrSetHandle {
    return new OrSetHandle(this.store, key, "or-set", options);
  }
  lwwSet(key: string, options: KeyOptions = {}): LwwSetHandle {
    return new LwwSetHandle(this.store, key, "lww-element-set", options);
  }
  maxChangeSet(key: string, options: KeyOptions = {}): MaxChangeSetHandle {
    return new MaxChangeSetHandle(this.store, key, "max-change-set", options);
  }
  register(key: string, options: KeyOptions = {}): RegisterHandle {
    return new RegisterHandle(this.store, key, "lww-register", options);
  }
  map(key: string, options: KeyOptions = {}): MapHandle {
    return new MapHandle(this.store, key, "or-map", options);
  }
  onChange(fn: (e: ChangeEvent) => void): () => void {
    return this.store.onChange(fn);
  }
}
