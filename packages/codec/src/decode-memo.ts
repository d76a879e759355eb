/**
 * A memo of decoded broadcast messages, keyed by their exact entry bytes.
 *
 * A membership update, user event or key/value delta is encoded once and then
 * retransmitted byte for byte by every node that relays it, so a process that
 * runs many nodes (the simulator) decodes the same entry thousands of times.
 * Sharing one memo among those nodes decodes it once; every node then sees the
 * same frozen message object, and the strings in it are shared too.
 *
 * A memo never changes what a packet decodes to: an entry is stored only after
 * it passed every field rule under the default limits, and only entries whose
 * bytes are equal share a result (hash collisions are checked byte by byte).
 */
import type { Message } from "./messages.js";

interface Slot {
  readonly key: Uint8Array;
  readonly message: Message;
  next: Slot | undefined;
}

/** Body field numbers (first byte of the entry: `field << 3 | 2`) of the message types worth keeping. */
const MEMO_FIRST_BYTES: ReadonlySet<number> = new Set(
  [5, 6, 7, 8, 11, 12, 13].map((field) => (field << 3) | 2), // alive, suspect, dead, leave, kv-delta, user-event, crdt-delta
);

/** Bytes hashed: the start of an entry (type, subject, incarnation) tells entries apart; equality is checked in full. */
const HASHED_BYTES = 32;

function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = Math.imul(0x811c9dc5 ^ (end - start), 0x01000193);
  const stop = Math.min(end, start + HASHED_BYTES);
  for (let i = start; i < stop; i++) h = Math.imul(h ^ (b[i] as number), 0x01000193);
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
  readonly entries: number;
  /** Times the memo was emptied because it reached its capacity. */
  readonly resets: number;
}

/** Pass one instance in `DecodeOptions.memo` to every decoder that should share it. */
export class DecodeMemo {
  private readonly table = new Map<number, Slot>();
  private hits = 0;
  private misses = 0;
  private resets = 0;
  private count = 0;

  /** @param capacity entries kept before the memo is emptied and refilled. */
  constructor(readonly capacity = 65_536) {
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new RangeError("capacity must be a positive integer");
  }

  /** Whether an entry starting with `firstByte` is of a type the memo keeps. */
  static eligible(firstByte: number): boolean {
    return MEMO_FIRST_BYTES.has(firstByte);
  }

  /** The message decoded from `bytes[start, end)`, if memoized. */
  get(bytes: Uint8Array, start: number, end: number): Message | undefined {
    let s = this.table.get(hashBytes(bytes, start, end));
    while (s !== undefined) {
      if (equalAt(s.key, bytes, start, end)) {
        this.hits++;
        return s.message;
      }
      s = s.next;
    }
    this.misses++;
    return undefined;
  }

  /**
   * Keeps `message`, decoded from exactly `key` (which the memo now owns: the
   * message's byte fields may be views of it). Freezes the message.
   */
  set(key: Uint8Array, message: Message): void {
    if (this.count >= this.capacity) {
      this.table.clear();
      this.count = 0;
      this.resets++;
    }
    this.count++;
    deepFreeze(message);
    const h = hashBytes(key, 0, key.length);
    this.table.set(h, { key, message, next: this.table.get(h) });
  }

  stats(): DecodeMemoStats {
    return { hits: this.hits, misses: this.misses, entries: this.count, resets: this.resets };
  }
}
