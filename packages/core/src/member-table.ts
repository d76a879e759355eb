/**
 * An engine's member records by name, iterated in the order they were added
 * (push-pull exchanges list members in that order, so it is part of the output).
 *
 * Without a shared `NameIndex` this is a `Map`. With one (a simulator running
 * many engines), records sit in arrays by the shared name id and in an
 * insertion-ordered list with gaps: about 12 bytes per member per engine
 * instead of a hash table's ~48, with the same order a `Map` would give
 * (a removed name added again goes to the end).
 */
import type { NameIndex } from "./name-index.js";

export interface MemberTable<M extends { readonly name: string }> {
  readonly size: number;
  get(name: string): M | undefined;
  /** Adds a record whose name is not in the table. */
  add(m: M): void;
  delete(m: M): void;
  /** Every record in the order added; not to be iterated while the table changes. */
  values(): Iterable<M>;
}

export class MapMemberTable<M extends { readonly name: string }> implements MemberTable<M> {
  private readonly map = new Map<string, M>();
  get size(): number {
    return this.map.size;
  }
  get(name: string): M | undefined {
    return this.map.get(name);
  }
  add(m: M): void {
    this.map.set(m.name, m);
  }
  delete(m: M): void {
    this.map.delete(m.name);
  }
  values(): Iterable<M> {
    return this.map.values();
  }
}

export class IdMemberTable<M extends { readonly name: string }> implements MemberTable<M> {
  private readonly byId: (M | undefined)[] = [];
  /** Index in `list` by name id. */
  private readonly slot: number[] = [];
  /** Records in the order added; undefined where one was deleted (until compacted). */
  private list: (M | undefined)[] = [];
  private gaps = 0;
  size = 0;

  constructor(private readonly names: NameIndex) {}

  get(name: string): M | undefined {
    return this.byId[this.names.id(name)];
  }

  /** The record with this shared name id. */
  at(id: number): M | undefined {
    return this.byId[id];
  }

  add(m: M): void {
    const id = this.names.id(m.name);
    this.byId[id] = m;
    this.slot[id] = this.list.length;
    this.list.push(m);
    this.size++;
  }

  delete(m: M): void {
    const id = this.names.id(m.name);
    if (this.byId[id] !== m) return;
    this.byId[id] = undefined;
    this.list[this.slot[id] as number] = undefined;
    this.size--;
    this.gaps++;
  }

  values(): Iterable<M> {
    if (this.gaps > 0) this.compact();
    return this.list as M[];
  }

  private compact(): void {
    const list: M[] = [];
    for (const m of this.list) {
      if (m === undefined) continue;
      this.slot[this.names.id(m.name)] = list.length;
      list.push(m);
    }
    this.list = list;
    this.gaps = 0;
  }
}
