/**
 * An engine's member records, as columns indexed by a member id.
 *
 * A simulator runs thousands of engines that each know every member: one
 * object per member per engine (with its boxed time) was about 150 bytes and
 * an object for the garbage collector to trace; a row of these columns is
 * about 30 bytes in typed arrays it never traces. The parts an alive statement
 * supplies (address, metadata, protocol range) are one reference to an
 * immutable `MemberInfoSource`, which engines that learned them from the same
 * decoded message share.
 *
 * Ids come from a shared `NameIndex` (never reused; the same id for a name in
 * every engine) or from a private allocator that reuses the id of a removed
 * member. Records are listed in the order they were added (push-pull
 * exchanges list members in that order, so it is part of the output): a
 * removed name added again goes to the end.
 */
import type { Address, MemberRecord, MemberState } from "@gossip/codec";
import type { NameIndex } from "./name-index.js";
import { grown } from "./typed-arrays.js";

/**
 * What the alive information a member record took in says: address, metadata,
 * protocol range, and the incarnation of the statement that said it (MEM-8).
 * An `Alive` or a `MemberRecord` is one; never changed once held.
 */
export interface MemberInfoSource {
  readonly addr: Address | undefined;
  readonly meta: Uint8Array;
  readonly incarnation: number;
  readonly protocolMin: number;
  readonly protocolMax: number;
}

/** Member states as stored (and ranked, MEM-4: a higher code wins at equal incarnation). */
export type StateCode = 0 | 1 | 2 | 3;
export const ALIVE: StateCode = 0;
export const SUSPECT: StateCode = 1;
export const DEAD: StateCode = 2;
export const LEFT: StateCode = 3;
export const STATE_NAMES: readonly MemberState[] = ["alive", "suspect", "dead", "left"];

/** Flag bits. */
const PRESENT = 1;
/** Counts towards n: alive or suspect, with an address. */
export const COUNTED = 2;
/** A dead member with an address, other than self (partition healing candidates). */
export const DEAD_COUNTED = 4;

/** Member ids by name. */
export interface MemberIds {
  /** The id of `name`, or -1 when it has none. */
  find(name: string): number;
  /** The id of `name`, assigned when it has none. */
  intern(name: string): number;
  name(id: number): string;
  /** The member with this id was removed from the engine's table. */
  release(id: number): void;
  /** The push-pull record last built for this id, if still kept. */
  record(id: number): MemberRecord | undefined;
  shareRecord(id: number, record: MemberRecord): void;
  /** How many ids there are likely to be (a shared index knows every name in the process); 0: no idea. */
  expected(): number;
}

/** Ids of a `NameIndex` shared by engines: never released. */
export class SharedIds implements MemberIds {
  constructor(readonly index: NameIndex) {}
  find(name: string): number {
    return this.index.find(name);
  }
  intern(name: string): number {
    return this.index.id(name);
  }
  name(id: number): string {
    return this.index.name(id);
  }
  release(): void {}
  expected(): number {
    return this.index.size;
  }
  record(id: number): MemberRecord | undefined {
    return this.index.record(id);
  }
  shareRecord(id: number, record: MemberRecord): void {
    this.index.shareRecord(id, record);
  }
}

/** Ids of one engine, reused after release (a long-running node sees many names come and go). */
export class PrivateIds implements MemberIds {
  private readonly ids = new Map<string, number>();
  private readonly names: (string | undefined)[] = [];
  private readonly records: (MemberRecord | undefined)[] = [];
  private readonly free: number[] = [];

  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }
  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.free.pop() ?? this.names.length;
      this.ids.set(name, id);
      this.names[id] = name;
    }
    return id;
  }
  name(id: number): string {
    return this.names[id] as string;
  }
  release(id: number): void {
    const name = this.names[id];
    if (name === undefined) return;
    this.ids.delete(name);
    this.names[id] = undefined;
    this.records[id] = undefined;
    this.free.push(id);
  }
  record(id: number): MemberRecord | undefined {
    return this.records[id];
  }
  shareRecord(id: number, record: MemberRecord): void {
    this.records[id] = record;
  }
  expected(): number {
    return 0;
  }
}

export class MemberStore {
  /** Address, metadata and protocol range (undefined only where no member is present). */
  info: (MemberInfoSource | undefined)[] = [];
  incarnation = new Uint32Array(0);
  state = new Uint8Array(0);
  /** When it entered its state; for a dead or left member, when it went down. */
  since = new Float64Array(0);
  flags = new Uint8Array(0);
  size = 0;
  /** Ids in the order added; -1 where one was removed (until compacted). */
  private order = new Int32Array(16);
  private orderLength = 0;
  private gaps = 0;
  /** Position in `order` by id. */
  private slot = new Int32Array(0);

  constructor(readonly ids: MemberIds) {}

  /** The id of the member named `name`, or -1 when there is none. */
  find(name: string): number {
    const id = this.ids.find(name);
    return id >= 0 && id < this.flags.length && (this.flags[id] as number) & PRESENT ? id : -1;
  }

  /** Whether a member with this id is present. */
  has(id: number): boolean {
    return id >= 0 && id < this.flags.length && ((this.flags[id] as number) & PRESENT) !== 0;
  }

  name(id: number): string {
    return this.ids.name(id);
  }

  /** Adds a member that is not present, in state `state` since `now`. */
  add(name: string, info: MemberInfoSource, state: StateCode, incarnation: number, now: number): number {
    const id = this.ids.intern(name);
    if (id >= this.flags.length) this.grow(id + 1);
    this.info[id] = info;
    this.incarnation[id] = incarnation;
    this.state[id] = state;
    this.since[id] = now;
    this.flags[id] = PRESENT;
    if (this.orderLength === this.order.length) this.compactOrGrowOrder();
    this.slot[id] = this.orderLength;
    this.order[this.orderLength++] = id;
    this.size++;
    return id;
  }

  remove(id: number): void {
    if (!this.has(id)) return;
    this.flags[id] = 0;
    this.info[id] = undefined;
    this.order[this.slot[id] as number] = -1;
    this.gaps++;
    this.size--;
    this.ids.release(id);
  }

  /** Ids of every present member in the order added; a view, not to be kept while the store changes. */
  list(): Int32Array {
    if (this.gaps > 0) this.compact();
    return this.order.subarray(0, this.orderLength);
  }

  hasFlag(id: number, flag: number): boolean {
    return ((this.flags[id] as number) & flag) !== 0;
  }

  setFlag(id: number, flag: number, on: boolean): void {
    const f = this.flags[id] as number;
    this.flags[id] = on ? f | flag : f & ~flag;
  }

  private grow(min: number): void {
    // Every copy allocates new backing stores (external memory, which makes V8 collect): grow to the
    // number of names the shared index knows at once, as the engine will learn most of them.
    const cap = Math.max(min, this.flags.length * 2, this.ids.expected(), 16);
    // Filled, so that an id learned before a lower one leaves no hole (holes can make a sparse array a dictionary).
    for (let i = this.info.length; i < cap; i++) this.info.push(undefined);
    this.incarnation = grown(this.incarnation, cap);
    this.state = grown(this.state, cap);
    this.since = grown(this.since, cap);
    this.flags = grown(this.flags, cap);
    this.slot = grown(this.slot, cap);
  }

  private compactOrGrowOrder(): void {
    if (this.gaps > this.orderLength / 4) {
      this.compact();
      return;
    }
    this.order = grown(this.order, Math.max(16, this.order.length * 2, this.ids.expected()));
  }

  private compact(): void {
    let n = 0;
    for (let i = 0; i < this.orderLength; i++) {
      const id = this.order[i] as number;
      if (id < 0) continue;
      this.slot[id] = n;
      this.order[n++] = id;
    }
    this.orderLength = n;
    this.gaps = 0;
  }
}
