/**
 * The transmit-limited broadcast (piggyback) queue (spec/05-dissemination.md).
 *
 * - Several traffic classes (membership, key/value, user events, ...) share
 *   each datagram's spare room fairly, by deficit round robin (DIS-4).
 * - Within a class, updates sent fewer times go first; among equals the newest
 *   goes first (DIS-3).
 * - An update with the same key as a queued one supersedes it (DIS-5).
 * - Each update is retired after `limit` transmissions, where the caller
 *   passes `retransmitMult × ceil(log10(n+1))` (DIS-2).
 * - An update is never sent twice to the same peer, nor back to the peer it
 *   was learned from (DIS-11); it is retired early once the caller says the
 *   peers it reached cover everyone (DIS-12).
 * - Each class holds at most `maxPerClass` updates; when full, the update sent
 *   most often is dropped and counted (DIS-6).
 *
 * Operations are O(1) except selection, which visits the items it takes plus
 * a bounded number of items that do not fit.
 *
 * Updates live in slots: columns (typed arrays where they hold numbers) shared
 * by all classes, with the peers each was sent to in one row per slot. A
 * simulated 10,000-node join keeps 4,096 updates queued in each of 10,000
 * engines: an object, a growing array of peers and a hash-table entry per
 * update was over 500 bytes; a slot is about a quarter of that and nothing
 * for the garbage collector to trace.
 */

import { grown } from "./typed-arrays.js";

/** A peer as the queue sees it: any value that is equal for the same peer (the engine uses its address). */
export type PeerKey = number | string;

/** One of 31 bits for a peer key (a filter in front of the sent-to row: no bit, not sent). */
export function peerBit(key: PeerKey): number {
  if (typeof key === "number") return 1 << (key % 31);
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 31;
  return 1 << h;
}

/** No slot (end of a list). */
const NONE = -1;

interface Bucket {
  readonly transmits: number;
  head: number;
  tail: number;
  count: number;
}

/** A key's small-integer id in a class (a member's name id for membership updates), or -1: none. */
export type KeyId = (cls: string, key: string) => number;

class ClassQueue {
  readonly buckets: Bucket[] = [];
  private readonly byKey = new Map<string, number>();
  /** Slot + 1 by key id (0: none), for keys that have an id. */
  private byId = new Int32Array(0);
  count = 0;
  deficit = 0;
  /** No update of this class was ever smaller (a lower bound on every queued size; never raised). */
  minSize = Number.POSITIVE_INFINITY;
  constructor(
    readonly name: string,
    /** 1 + its index in the queue's classes (0 marks a free slot). */
    readonly tag: number,
    private readonly keyId: KeyId | undefined,
  ) {}

  /** The slot queued under `key`, or -1. */
  slotOf(key: string): number {
    const id = this.keyId === undefined ? -1 : this.keyId(this.name, key);
    if (id < 0) return this.byKey.get(key) ?? -1;
    return id < this.byId.length ? (this.byId[id] as number) - 1 : -1;
  }

  setSlot(key: string, slot: number): void {
    const id = this.keyId === undefined ? -1 : this.keyId(this.name, key);
    if (id < 0) {
      this.byKey.set(key, slot);
      return;
    }
    if (id >= this.byId.length) {
      const byId = new Int32Array(Math.max(16, id + 1, this.byId.length * 2));
      byId.set(this.byId);
      this.byId = byId;
    }
    this.byId[id] = slot + 1;
  }

  deleteKey(key: string): void {
    const id = this.keyId === undefined ? -1 : this.keyId(this.name, key);
    if (id < 0) this.byKey.delete(key);
    else if (id < this.byId.length) this.byId[id] = 0;
  }

  bucketFor(transmits: number): Bucket {
    let b = this.buckets[transmits];
    if (b === undefined) {
      for (let i = this.buckets.length; i <= transmits; i++) {
        this.buckets.push({ transmits: i, head: NONE, tail: NONE, count: 0 });
      }
      b = this.buckets[transmits] as Bucket;
    }
    return b;
  }
}

export interface QueueCounters {
  enqueued: number;
  superseded: number;
  retired: number;
  dropped: number;
}

/** Iteration cursor over one class in priority order. */
interface Cursor {
  q: ClassQueue;
  bucket: number;
  slot: number;
  done: boolean;
  /** Items of the class this take has taken or passed over (each is visited once). */
  passed: number;
}

/**
 * Whether every peer has an update, given how many peers it reached and a way
 * to list them (`BroadcastQueue.sentTo(slot)`), for DIS-12.
 */
export type CoveredCheck = (count: number, slot: number) => boolean;

export class BroadcastQueue<M> {
  private readonly classes: ClassQueue[] = [];
  private readonly byName = new Map<string, ClassQueue>();
  private rotation = 0;
  readonly counters: QueueCounters = { enqueued: 0, superseded: 0, retired: 0, dropped: 0 };
  /** Drops per class. */
  readonly dropsByClass = new Map<string, number>();

  // Slot columns.
  private readonly message: (M | undefined)[] = [];
  private readonly key: (string | undefined)[] = [];
  /** The message encoded once by the sender (`WireCodec.encodeEntry`), cleared when superseded. */
  private readonly entries: (Uint8Array | undefined)[] = [];
  private sizes = new Int32Array(0);
  private transmits = new Int32Array(0);
  /** `peerBit` of every peer in the slot's row: most packets learn that a peer lacks the update from this alone. */
  private masks = new Int32Array(0);
  private prev = new Int32Array(0);
  private next = new Int32Array(0);
  /** The class's tag; 0: a free slot. */
  private cls = new Uint8Array(0);
  /** Peers in the slot's row. */
  private sentCount = new Int32Array(0);
  /**
   * Numeric peer keys, `width` per slot (NaN where the key is a string, kept in `sentStrings`);
   * 4-byte integers when every key is one (`int32Peers`).
   */
  private sent: Float64Array | Int32Array;
  private width = 4;
  /** Rows with string keys (IPv6 addresses), by slot. */
  private readonly sentStrings = new Map<number, (string | undefined)[]>();
  private readonly free: number[] = [];
  private capacity = 0;

  /**
   * @param int32Peers every peer key is an integer in [0, 2^31) (the engine's peer ids from a shared
   *   `NameIndex`): the queue keeps them in 4 bytes each instead of 8.
   * @param keyId small-integer ids of keys (member name ids for membership updates): a class finds
   *   those keys in an array by id instead of a hash table. The same key must always get the same id.
   */
  constructor(
    private readonly maxPerClass: number,
    private readonly int32Peers = false,
    private readonly keyId?: KeyId,
  ) {
    this.sent = this.row(0);
  }

  private row(length: number): Float64Array | Int32Array {
    return this.int32Peers ? new Int32Array(length) : new Float64Array(length);
  }

  /** Number of queued updates (all classes, or one). */
  size(cls?: string): number {
    if (cls !== undefined) return this.byName.get(cls)?.count ?? 0;
    let n = 0;
    for (const q of this.classes) n += q.count;
    return n;
  }

  private classQueue(name: string): ClassQueue {
    let q = this.byName.get(name);
    if (q === undefined) {
      if (this.classes.length >= 255) throw new RangeError("at most 255 traffic classes");
      q = new ClassQueue(name, this.classes.length + 1, this.keyId);
      this.byName.set(name, q);
      this.classes.push(q);
    }
    return q;
  }

  /**
   * Queue an update. A queued update of the same class and key is replaced.
   * `learnedFrom`: the peer this update came from, which is never sent it (DIS-11).
   */
  enqueue(cls: string, key: string | undefined, message: M, size: number, learnedFrom?: PeerKey): void {
    const q = this.classQueue(cls);
    if (size < q.minSize) q.minSize = size;
    if (key !== undefined) {
      const old = q.slotOf(key);
      if (old >= 0) {
        // Supersede in place: reuse the slot, back to zero transmissions.
        this.unlink(q, old);
        this.fill(q, old, message, size, learnedFrom);
        this.counters.superseded++;
        this.counters.enqueued++;
        return;
      }
    }
    if (q.count >= this.maxPerClass) {
      const victim = this.mostSent(q);
      if (victim !== NONE) {
        this.unlink(q, victim);
        const k = this.key[victim];
        if (k !== undefined) q.deleteKey(k);
        this.release(victim);
        this.counters.dropped++;
        this.dropsByClass.set(cls, (this.dropsByClass.get(cls) ?? 0) + 1);
      }
    }
    const slot = this.allocate();
    this.cls[slot] = q.tag;
    this.key[slot] = key;
    this.fill(q, slot, message, size, learnedFrom);
    if (key !== undefined) q.setSlot(key, slot);
    this.counters.enqueued++;
  }

  /** Puts `message` in `slot`, never sent, and links it at the front of its class's first bucket. */
  private fill(
    q: ClassQueue,
    slot: number,
    message: M,
    size: number,
    learnedFrom: PeerKey | undefined,
  ): void {
    this.message[slot] = message;
    this.sizes[slot] = size;
    this.entries[slot] = undefined;
    this.transmits[slot] = 0;
    this.resetSent(slot, learnedFrom);
    this.link(q, slot);
  }

  /** Remove the queued update with this key, if any. */
  remove(cls: string, key: string): boolean {
    const q = this.byName.get(cls);
    const slot = q === undefined ? -1 : q.slotOf(key);
    if (q === undefined || slot < 0) return false;
    this.unlink(q, slot);
    q.deleteKey(key);
    this.release(slot);
    return true;
  }

  /** The queued update with this key, if any. */
  pending(cls: string, key: string): M | undefined {
    const slot = this.byName.get(cls)?.slotOf(key) ?? -1;
    return slot < 0 ? undefined : this.message[slot];
  }

  /** The update in a slot `take` reported (valid until the queue changes). */
  messageAt(slot: number): M {
    return this.message[slot] as M;
  }

  /** The encoding kept for the update in `slot`, if any. */
  entryAt(slot: number): Uint8Array | undefined {
    return this.entries[slot];
  }

  /** Keep the update's encoding (dropped when it is superseded). */
  setEntry(slot: number, entry: Uint8Array): void {
    this.entries[slot] = entry;
  }

  /** The peers the update in `slot` reached, and first the one it was learned from (DIS-11, DIS-12). */
  sentTo(slot: number): PeerKey[] {
    const out: PeerKey[] = [];
    const n = this.sentCount[slot] as number;
    const strings = this.sentStrings.get(slot);
    const base = slot * this.width;
    for (let i = 0; i < n; i++) {
      const s = strings?.[i];
      out.push(s !== undefined ? s : (this.sent[base + i] as number));
    }
    return out;
  }

  /**
   * Take updates totalling at most `budget` bytes for the peer `to`, sharing the
   * room fairly among classes, and count one transmission for each (retiring
   * those that reach `limit`, or for which `covered` says every peer has it).
   * Updates already sent to `to` or learned from it are passed over (DIS-11).
   * Returns the messages in the order taken; `slots`, if given, receives their
   * slots in the same order (for `entryAt`, `setEntry`, `messageAt`; valid until
   * the queue changes).
   */
  take(
    budget: number,
    limit: number,
    out: M[] = [],
    slots?: number[],
    to?: PeerKey,
    covered?: CoveredCheck,
  ): M[] {
    this.reclaim();
    if (budget <= 0) return out;
    const active: Cursor[] = [];
    const nc = this.classes.length;
    for (let i = 0; i < nc; i++) {
      const q = this.classes[(this.rotation + i) % nc] as ClassQueue;
      if (q.count > 0) active.push({ q, bucket: 0, slot: NONE, done: false, passed: 0 });
      else q.deficit = 0;
    }
    if (active.length === 0) return out;
    this.rotation = (this.rotation + 1) % Math.max(1, nc);
    const taken: number[] = [];
    const toBit = to === undefined ? 0 : peerBit(to);
    const sizes = this.sizes;
    const masks = this.masks;
    let remaining = budget;
    const quantum = Math.max(1, Math.floor(budget / active.length));
    let misfits = 0;
    const MAX_MISFITS = 64;
    let progress = true;
    while (progress && remaining > 0) {
      progress = false;
      for (const cur of active) {
        if (cur.done) continue;
        cur.q.deficit += quantum;
        for (;;) {
          if (remaining < cur.q.minSize) {
            // No update left in this class fits: the visits would all be passed over. Counted as
            // such, so that other classes get the same visits as if they had been made.
            misfits += cur.q.count - cur.passed;
            cur.done = true;
            break;
          }
          const slot = this.advance(cur);
          if (slot === NONE) {
            cur.done = true;
            cur.q.deficit = 0;
            break;
          }
          const size = sizes[slot] as number;
          // Passed over when this peer has it (DIS-11) or when it does not fit this packet at all
          // (DIS-3); both bounded, so that a long queue costs a packet a bounded number of visits.
          if (
            size > remaining ||
            (((masks[slot] as number) & toBit) !== 0 && this.wasSent(slot, to as PeerKey))
          ) {
            this.step(cur, slot);
            cur.passed++;
            if (++misfits > MAX_MISFITS) {
              cur.done = true;
              break;
            }
            continue;
          }
          if (size > cur.q.deficit) break; // wait for the next round
          cur.q.deficit -= size;
          remaining -= size;
          taken.push(slot);
          out.push(this.message[slot] as M);
          slots?.push(slot);
          progress = true;
          cur.passed++;
          this.step(cur, slot);
        }
      }
    }
    for (const cur of active) if (cur.done || cur.q.count === 0) cur.q.deficit = 0;
    // Re-link in reverse so the bucket keeps newest-first order among the slots just sent.
    for (let i = taken.length - 1; i >= 0; i--) {
      const slot = taken[i] as number;
      const q = (
        active.length === 1 ? active[0]?.q : this.classes[(this.cls[slot] as number) - 1]
      ) as ClassQueue;
      this.unlink(q, slot);
      const transmits = (this.transmits[slot] as number) + 1;
      this.transmits[slot] = transmits;
      if (to !== undefined) {
        this.addSent(slot, to, limit);
        this.masks[slot] = (this.masks[slot] as number) | toBit;
      }
      if (transmits >= limit || covered?.(this.sentCount[slot] as number, slot) === true) {
        const k = this.key[slot];
        if (k !== undefined) q.deleteKey(k);
        this.counters.retired++;
        // Released after the caller is done with this take's slots: see `reclaim`.
        this.retiring.push(slot);
      } else {
        this.link(q, slot);
      }
    }
    return out;
  }

  /**
   * Slots retired by the last `take`, freed at the next `take` (the caller
   * reads their messages and entries after `take`, and may queue updates).
   */
  private readonly retiring: number[] = [];

  private reclaim(): void {
    for (const slot of this.retiring) this.release(slot);
    this.retiring.length = 0;
    // An empty queue gives its columns back: a join fills them, and a settled node keeps nothing.
    if (this.capacity > 64 && this.free.length === this.message.length) this.clearSlots();
  }

  private clearSlots(): void {
    this.message.length = 0;
    this.key.length = 0;
    this.entries.length = 0;
    this.free.length = 0;
    this.sentStrings.clear();
    this.capacity = 0;
    this.resize(16, false);
  }

  /** The next candidate of a cursor, moving across buckets. */
  private advance(cur: Cursor): number {
    if (cur.slot !== NONE) return cur.slot;
    const buckets = cur.q.buckets;
    while (cur.bucket < buckets.length) {
      const b = buckets[cur.bucket] as Bucket;
      if (b.head !== NONE && !cur.done) {
        cur.slot = b.head;
        return cur.slot;
      }
      cur.bucket++;
    }
    return NONE;
  }

  /** Move a cursor past `slot`. */
  private step(cur: Cursor, slot: number): void {
    cur.slot = this.next[slot] as number;
    if (cur.slot === NONE) cur.bucket++;
  }

  private wasSent(slot: number, to: PeerKey): boolean {
    const n = this.sentCount[slot] as number;
    if (typeof to === "string") {
      const strings = this.sentStrings.get(slot);
      return strings?.includes(to) === true;
    }
    const sent = this.sent;
    const base = slot * this.width;
    for (let i = 0; i < n; i++) if (sent[base + i] === to) return true;
    return false;
  }

  private resetSent(slot: number, learnedFrom: PeerKey | undefined): void {
    this.sentCount[slot] = 0;
    this.masks[slot] = 0;
    this.sentStrings.delete(slot);
    if (learnedFrom !== undefined) {
      this.addSent(slot, learnedFrom, 1);
      this.masks[slot] = peerBit(learnedFrom);
    }
  }

  /** Appends a peer to the slot's row (which holds at most the limit's transmissions plus the peer it came from). */
  private addSent(slot: number, key: PeerKey, limit: number): void {
    const n = this.sentCount[slot] as number;
    if (n >= this.width) this.widen(Math.max(n + 1, limit + 1));
    if (typeof key === "string") {
      if (this.int32Peers) throw new TypeError("peer keys must be integers in this queue");
      let strings = this.sentStrings.get(slot);
      if (strings === undefined) {
        strings = [];
        this.sentStrings.set(slot, strings);
      }
      strings[n] = key;
      this.sent[slot * this.width + n] = Number.NaN;
    } else {
      this.sent[slot * this.width + n] = key;
    }
    this.sentCount[slot] = n + 1;
  }

  private widen(width: number): void {
    const sent = this.row(this.capacity * width);
    for (let s = 0; s < this.capacity; s++) {
      const n = this.sentCount[s] as number;
      for (let i = 0; i < n; i++) sent[s * width + i] = this.sent[s * this.width + i] as number;
    }
    this.sent = sent;
    this.width = width;
  }

  private allocate(): number {
    const slot = this.free.pop();
    if (slot !== undefined) return slot;
    if (this.message.length === this.capacity) this.grow();
    const s = this.message.length;
    this.message.push(undefined);
    this.key.push(undefined);
    this.entries.push(undefined);
    return s;
  }

  private release(slot: number): void {
    this.cls[slot] = 0;
    this.message[slot] = undefined;
    this.key[slot] = undefined;
    this.entries[slot] = undefined;
    this.sentCount[slot] = 0;
    this.sentStrings.delete(slot);
    this.free.push(slot);
  }

  private grow(): void {
    this.resize(Math.max(16, this.capacity * 2), true);
  }

  private resize(cap: number, keep: boolean): void {
    const column = <T extends Int32Array | Uint8Array | Float64Array>(a: T, length: number): T =>
      grown(keep ? a : (a.subarray(0, 0) as T), length);
    this.sizes = column(this.sizes, cap);
    this.transmits = column(this.transmits, cap);
    this.masks = column(this.masks, cap);
    this.prev = column(this.prev, cap);
    this.next = column(this.next, cap);
    this.sentCount = column(this.sentCount, cap);
    this.cls = column(this.cls, cap);
    this.sent = column(this.sent, cap * this.width);
    this.capacity = cap;
  }

  /** Insert at the front of its bucket (newest first). */
  private link(q: ClassQueue, slot: number): void {
    const b = q.bucketFor(this.transmits[slot] as number);
    this.prev[slot] = NONE;
    this.next[slot] = b.head;
    if (b.head !== NONE) this.prev[b.head] = slot;
    else b.tail = slot;
    b.head = slot;
    b.count++;
    q.count++;
  }

  private unlink(q: ClassQueue, slot: number): void {
    const b = q.buckets[this.transmits[slot] as number] as Bucket;
    const prev = this.prev[slot] as number;
    const next = this.next[slot] as number;
    if (prev !== NONE) this.next[prev] = next;
    else b.head = next;
    if (next !== NONE) this.prev[next] = prev;
    else b.tail = prev;
    this.prev[slot] = NONE;
    this.next[slot] = NONE;
    b.count--;
    q.count--;
  }

  /** The slot sent most often and, among those, the oldest. */
  private mostSent(q: ClassQueue): number {
    for (let i = q.buckets.length - 1; i >= 0; i--) {
      const b = q.buckets[i] as Bucket;
      if (b.tail !== NONE) return b.tail;
    }
    return NONE;
  }
}
