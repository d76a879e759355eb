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
 */

/** A peer as the queue sees it: any value that is equal for the same peer (the engine uses its address). */
export type PeerKey = number | string;

export interface BroadcastItem<M> {
  readonly cls: string;
  readonly key: string | undefined;
  message: M;
  /** Bytes this message adds to a packet (message + its framing). */
  size: number;
  transmits: number;
  /** Peers it was sent to, and first the peer it was learned from, if any (DIS-11). */
  sentTo: PeerKey[];
  /** `peerBit` of every key in `sentTo`: most packets learn that a peer lacks the update from this alone. */
  sentMask: number;
  /** The message encoded once by the sender (`WireCodec.encodeEntry`), cleared when superseded. */
  entry: Uint8Array | undefined;
  /** @internal */ bucket: Bucket<M> | undefined;
  /** @internal */ prev: BroadcastItem<M> | undefined;
  /** @internal */ next: BroadcastItem<M> | undefined;
}

/** One of 31 bits for a peer key (a filter in front of `sentTo`: no bit, not sent). */
export function peerBit(key: PeerKey): number {
  if (typeof key === "number") return 1 << (key % 31);
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (h * 31 + key.charCodeAt(i)) % 31;
  return 1 << h;
}

interface Bucket<M> {
  readonly transmits: number;
  head: BroadcastItem<M> | undefined;
  tail: BroadcastItem<M> | undefined;
  count: number;
}

class ClassQueue<M> {
  readonly buckets: Bucket<M>[] = [];
  readonly byKey = new Map<string, BroadcastItem<M>>();
  count = 0;
  deficit = 0;
  /** No update of this class was ever smaller (a lower bound on every queued size; never raised). */
  minSize = Number.POSITIVE_INFINITY;
  constructor(readonly name: string) {}

  bucketFor(transmits: number): Bucket<M> {
    let b = this.buckets[transmits];
    if (b === undefined) {
      for (let i = this.buckets.length; i <= transmits; i++) {
        this.buckets.push({ transmits: i, head: undefined, tail: undefined, count: 0 });
      }
      b = this.buckets[transmits] as Bucket<M>;
    }
    return b;
  }

  /** Insert at the front of its bucket (newest first). */
  link(item: BroadcastItem<M>): void {
    const b = this.bucketFor(item.transmits);
    item.bucket = b;
    item.prev = undefined;
    item.next = b.head;
    if (b.head) b.head.prev = item;
    else b.tail = item;
    b.head = item;
    b.count++;
    this.count++;
  }

  unlink(item: BroadcastItem<M>): void {
    const b = item.bucket;
    if (b === undefined) return;
    if (item.prev) item.prev.next = item.next;
    else b.head = item.next;
    if (item.next) item.next.prev = item.prev;
    else b.tail = item.prev;
    item.prev = undefined;
    item.next = undefined;
    item.bucket = undefined;
    b.count--;
    this.count--;
  }

  /** The item sent most often and, among those, the oldest. */
  mostSent(): BroadcastItem<M> | undefined {
    for (let i = this.buckets.length - 1; i >= 0; i--) {
      const b = this.buckets[i] as Bucket<M>;
      if (b.tail) return b.tail;
    }
    return undefined;
  }
}

export interface QueueCounters {
  enqueued: number;
  superseded: number;
  retired: number;
  dropped: number;
}

/** Iteration cursor over one class in priority order. */
interface Cursor<M> {
  q: ClassQueue<M>;
  bucket: number;
  item: BroadcastItem<M> | undefined;
  done: boolean;
  /** Items of the class this take has taken or passed over (each is visited once). */
  passed: number;
}

export class BroadcastQueue<M> {
  private readonly classes: ClassQueue<M>[] = [];
  private readonly byName = new Map<string, ClassQueue<M>>();
  private rotation = 0;
  readonly counters: QueueCounters = { enqueued: 0, superseded: 0, retired: 0, dropped: 0 };
  /** Drops per class. */
  readonly dropsByClass = new Map<string, number>();

  constructor(private readonly maxPerClass: number) {}

  /** Number of queued updates (all classes, or one). */
  size(cls?: string): number {
    if (cls !== undefined) return this.byName.get(cls)?.count ?? 0;
    let n = 0;
    for (const q of this.classes) n += q.count;
    return n;
  }

  private classQueue(name: string): ClassQueue<M> {
    let q = this.byName.get(name);
    if (q === undefined) {
      q = new ClassQueue<M>(name);
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
      const old = q.byKey.get(key);
      if (old !== undefined) {
        // Supersede in place: reuse the item, back to zero transmissions.
        q.unlink(old);
        old.message = message;
        old.size = size;
        old.entry = undefined;
        old.transmits = 0;
        old.sentTo = learnedFrom === undefined ? [] : [learnedFrom];
        old.sentMask = learnedFrom === undefined ? 0 : peerBit(learnedFrom);
        q.link(old);
        this.counters.superseded++;
        this.counters.enqueued++;
        return;
      }
    }
    if (q.count >= this.maxPerClass) {
      const victim = q.mostSent();
      if (victim !== undefined) {
        q.unlink(victim);
        if (victim.key !== undefined) q.byKey.delete(victim.key);
        this.counters.dropped++;
        this.dropsByClass.set(cls, (this.dropsByClass.get(cls) ?? 0) + 1);
      }
    }
    const item: BroadcastItem<M> = {
      cls,
      key,
      message,
      size,
      transmits: 0,
      sentTo: learnedFrom === undefined ? [] : [learnedFrom],
      sentMask: learnedFrom === undefined ? 0 : peerBit(learnedFrom),
      entry: undefined,
      bucket: undefined,
      prev: undefined,
      next: undefined,
    };
    q.link(item);
    if (key !== undefined) q.byKey.set(key, item);
    this.counters.enqueued++;
  }

  /** Remove the queued update with this key, if any. */
  remove(cls: string, key: string): boolean {
    const q = this.byName.get(cls);
    const item = q?.byKey.get(key);
    if (q === undefined || item === undefined) return false;
    q.unlink(item);
    q.byKey.delete(key);
    return true;
  }

  /** The queued update with this key, if any. */
  get(cls: string, key: string): BroadcastItem<M> | undefined {
    return this.byName.get(cls)?.byKey.get(key);
  }

  /**
   * Take updates totalling at most `budget` bytes for the peer `to`, sharing the
   * room fairly among classes, and count one transmission for each (retiring
   * those that reach `limit`, or for which `covered(sentTo)` says every peer has
   * it). Updates already sent to `to` or learned from it are passed over (DIS-11).
   * Returns the messages in the order taken; `items`, if given, receives their
   * queue items in the same order.
   */
  take(
    budget: number,
    limit: number,
    out: M[] = [],
    items?: BroadcastItem<M>[],
    to?: PeerKey,
    covered?: (sentTo: readonly PeerKey[]) => boolean,
  ): M[] {
    if (budget <= 0) return out;
    const active: Cursor<M>[] = [];
    const nc = this.classes.length;
    for (let i = 0; i < nc; i++) {
      const q = this.classes[(this.rotation + i) % nc] as ClassQueue<M>;
      if (q.count > 0) active.push({ q, bucket: 0, item: undefined, done: false, passed: 0 });
      else q.deficit = 0;
    }
    if (active.length === 0) return out;
    this.rotation = (this.rotation + 1) % Math.max(1, nc);
    const taken: BroadcastItem<M>[] = [];
    const toBit = to === undefined ? 0 : peerBit(to);
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
          const item = advance(cur);
          if (item === undefined) {
            cur.done = true;
            cur.q.deficit = 0;
            break;
          }
          // Passed over when this peer has it (DIS-11) or when it does not fit this packet at all
          // (DIS-3); both bounded, so that a long queue costs a packet a bounded number of visits.
          if (
            item.size > remaining ||
            ((item.sentMask & toBit) !== 0 && item.sentTo.includes(to as PeerKey))
          ) {
            cur.item = item.next;
            if (cur.item === undefined) cur.bucket++;
            cur.passed++;
            if (++misfits > MAX_MISFITS) {
              cur.done = true;
              break;
            }
            continue;
          }
          if (item.size > cur.q.deficit) break; // wait for the next round
          cur.q.deficit -= item.size;
          remaining -= item.size;
          taken.push(item);
          out.push(item.message);
          items?.push(item);
          progress = true;
          cur.passed++;
          cur.item = item.next;
          if (cur.item === undefined) cur.bucket++;
        }
      }
    }
    for (const cur of active) if (cur.done || cur.q.count === 0) cur.q.deficit = 0;
    // Re-link in reverse so the bucket keeps newest-first order among the items just sent.
    for (let i = taken.length - 1; i >= 0; i--) {
      const item = taken[i] as BroadcastItem<M>;
      const q = (active.length === 1 ? active[0]?.q : this.byName.get(item.cls)) as ClassQueue<M>;
      q.unlink(item);
      item.transmits++;
      if (to !== undefined) {
        item.sentTo.push(to);
        item.sentMask |= toBit;
      }
      if (item.transmits >= limit || covered?.(item.sentTo) === true) {
        if (item.key !== undefined) q.byKey.delete(item.key);
        this.counters.retired++;
      } else {
        q.link(item);
      }
    }
    return out;
  }
}

/** The next candidate of a cursor, moving across buckets; sets cursor.item to it. */
function advance<M>(cur: Cursor<M>): BroadcastItem<M> | undefined {
  const buckets = cur.q.buckets;
  if (cur.item !== undefined) return cur.item;
  while (cur.bucket < buckets.length) {
    const b = buckets[cur.bucket] as Bucket<M>;
    // cur.item undefined at a fresh bucket means: start at its head.
    if (b.head !== undefined && !cur.done) {
      cur.item = b.head;
      // Mark the bucket as entered by moving bucket index past it once exhausted (see take()).
      return cur.item;
    }
    cur.bucket++;
  }
  return undefined;
}
