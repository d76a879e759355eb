/**
 * A memo of decoded broadcast messages, keyed by their exact entry bytes.
 *
 * A membership update, user event or key/value delta is encoded once and then
 * retransmitted byte for byte by every node that relays it, so a process that
 * runs many nodes (the simulator) decodes the same entry thousands of times.
 * Sharing one memo among those nodes decodes it once; every node then sees the
 * same frozen message object, and the strings in it are shared too.
 *
 * Push-pull exchanges carry every member's record, and in a settled cluster
 * every node sends the same record for a member; the memo keeps those too.
 *
 * A memo never changes what a packet decodes to: an entry is stored only after
 * it passed every field rule under the default limits, and only entries whose
 * bytes are equal share a result (hash collisions are checked byte by byte).
 */
import type { MemberRecord, Message } from "./messages.js";

interface Slot<V> {
  readonly key: Uint8Array;
  readonly value: V;
  next: Slot<V> | undefined;
}

/** Body field numbers (first byte of the entry: `field << 3 | 2`) of the message types worth keeping. */
const MEMO_FIRST_BYTES: ReadonlySet<number> = new Set(
  [5, 6, 7, 8, 11, 12, 13].map((field) => (field << 3) | 2), // alive, suspect, dead, leave, kv-delta, user-event, crdt-delta
);

/** Bytes hashed: the start of an entry (type, subject, incarnation) tells entries apart; equality is checked in full. */
const HASHED_BYTES = 32;

/** Bytes hashed at the end too: records of one member that differ only in their last fields (state, incarnation) spread out. */
const HASHED_TAIL_BYTES = 8;

function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  const stop = Math.min(end, start + HASHED_BYTES);
  for (let i = start; i < stop; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
  for (let i = Math.max(stop, end - HASHED_TAIL_BYTES); i < end; i++)
    h = Math.imul(h ^ (b[i] as number), 0x01000193);
  return h >>> 0;
}

function equalAt(key: Uint8Array, b: Uint8Array, start: number, end: number): boolean {
  if (key.length !== end - start) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== b[start + i]) return false;
  return true;
}

function deepFreeze(v: unknown): void {
  if (v === null || typeof v !== "object" || ArrayBuffer.isView(v) || Object.isFrozen(v)) return;
  Object.freeze(v);
  for (const x of Object.values(v)) deepFreeze(x);
}

export interface DecodeMemoStats {
  readonly hits: number;
  readonly misses: number;
  /** Push-pull member records found in the memo / decoded and kept. */
  readonly recordHits: number;
  readonly recordMisses: number;
  /** Entries and records kept now. */
  readonly entries: number;
  /** Times the memo was emptied because it reached its capacity. */
  readonly resets: number;
}

/** Values keyed by exact byte strings (collisions checked byte by byte). */
class BytesTable<V> {
  private readonly table = new Map<number, Slot<V>>();
  hits = 0;
  misses = 0;

  get(bytes: Uint8Array, start: number, end: number): V | undefined {
    let s = this.table.get(hashBytes(bytes, start, end));
    while (s !== undefined) {
      if (equalAt(s.key, bytes, start, end)) {
        this.hits++;
        return s.value;
      }
      s = s.next;
    }
    this.misses++;
    return undefined;
  }

  set(key: Uint8Array, value: V): void {
    const h = hashBytes(key, 0, key.length);
    this.table.set(h, { key, value, next: this.table.get(h) });
  }

  clear(): void {
    this.table.clear();
  }
}

/** Pass one instance in `DecodeOptions.memo` to every decoder that should share it. */
export class DecodeMemo {
  private readonly entries = new BytesTable<Message>();
  private readonly records = new BytesTable<MemberRecord>();
  /** Packet entries of kept messages whose encoding reproduces their bytes exactly. */
  private readonly encodings = new Map<Message, Uint8Array>();
  private resets = 0;
  private count = 0;

  /** @param capacity entries and records kept before the memo is emptied and refilled. */
  constructor(readonly capacity = 65_536) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError("capacity must be a positive integer");
  }

  /** Whether an entry starting with `firstByte` is of a type the memo keeps. */
  static eligible(firstByte: number): boolean {
    return MEMO_FIRST_BYTES.has(firstByte);
  }

  /** The message decoded from the packet entry `bytes[start, end)`, if memoized. */
  get(bytes: Uint8Array, start: number, end: number): Message | undefined {
    return this.entries.get(bytes, start, end);
  }

  /**
   * Keeps `message`, decoded from exactly `key` (which the memo now owns: the
   * message's byte fields may be views of it). Freezes the message. `entry`, when
   * given, is the message's packet entry as the encoder writes it (it must encode
   * to exactly `key`: the caller checked); {@link entryOf} hands it out.
   */
  set(key: Uint8Array, message: Message, entry?: Uint8Array): void {
    this.makeRoom();
    deepFreeze(message);
    this.entries.set(key, message);
    if (entry !== undefined) this.encodings.set(message, entry);
  }

  /**
   * The packet entry of a message this memo handed out, when re-encoding it gives
   * back the bytes it was decoded from: a node relaying the shared message copies
   * these bytes instead of encoding it again. Not to be modified.
   */
  entryOf(message: Message): Uint8Array | undefined {
    return this.encodings.get(message);
  }

  /**
   * Keeps `entry` as the packet entry of `message`, a message built by a caller
   * rather than decoded, which many callers will send (a simulator's engines
   * relaying an alive they learned from a push-pull record): freezes the message,
   * and {@link entryOf} then hands out those bytes to all of them. `entry` must be
   * exactly what `encodePacketEntry(message)` writes.
   */
  adopt(message: Message, entry: Uint8Array): void {
    if (this.encodings.has(message)) return;
    this.makeRoom();
    deepFreeze(message);
    this.encodings.set(message, entry);
  }

  /** The push-pull member record decoded from `bytes[start, end)` (a `MemberRecord`'s bytes), if memoized. */
  getRecord(bytes: Uint8Array, start: number, end: number): MemberRecord | undefined {
    return this.records.get(bytes, start, end);
  }

  /** Keeps a member record decoded from exactly `key` (owned by the memo from now on). Freezes it. */
  setRecord(key: Uint8Array, record: MemberRecord): void {
    this.makeRoom();
    deepFreeze(record);
    this.records.set(key, record);
  }

  stats(): DecodeMemoStats {
    return {
      hits: this.entries.hits,
      misses: this.entries.misses,
      recordHits: this.records.hits,
      recordMisses: this.records.misses,
      entries: this.count,
      resets: this.resets,
    };
  }

  private makeRoom(): void {
    if (this.count >= this.capacity) {
      this.entries.clear();
      this.records.clear();
      this.encodings.clear();
      this.count = 0;
      this.resets++;
    }
    this.count++;
  }
}
