/**
 * Anti-replay for sealed envelopes (SEC-30..SEC-36): one sliding window per
 * sender id over the 48-bit nonce counter, as in IPsec ESP (RFC 4303 §3.4.3)
 * and DTLS (RFC 6347 §4.1.2.6), kept in a bounded, least-recently-used table.
 */

/** Default window width in counters (bits). SEC-32. */
export const DEFAULT_REPLAY_WINDOW = 4096;
/** Default number of sender ids tracked at once. SEC-34. */
export const DEFAULT_MAX_SENDERS = 1024;

export type ReplayVerdict = "fresh" | "duplicate" | "too-old";

/** The window of one sender: the highest counter seen and a bitmap of the `size` counters up to it. */
export class ReplayWindow {
  readonly size: number;
  private top = -1;
  private readonly bits: Uint32Array;

  constructor(size: number = DEFAULT_REPLAY_WINDOW) {
    if (!Number.isInteger(size) || size < 32 || size % 32 !== 0) {
      throw new RangeError(`replay window size must be a positive multiple of 32, got ${size}`);
    }
    this.size = size;
    this.bits = new Uint32Array(size / 32);
  }

  /** The highest counter accepted so far, or -1. */
  get highest(): number {
    return this.top;
  }

  /** Classifies `counter` without recording it. */
  check(counter: number): ReplayVerdict {
    if (counter > this.top) return "fresh";
    if (counter <= this.top - this.size) return "too-old";
    const slot = counter % this.size;
    return (this.bits[slot >>> 5]! >>> (slot & 31)) & 1 ? "duplicate" : "fresh";
  }

  /** Records `counter`; call only after the packet authenticated and `check` said fresh. */
  accept(counter: number): void {
    if (counter > this.top) {
      const advance = counter - this.top;
      if (this.top < 0 || advance >= this.size) {
        this.bits.fill(0);
      } else {
        for (let c = this.top + 1; c <= counter; c++) {
          const slot = c % this.size;
          this.bits[slot >>> 5]! &= ~(1 << (slot & 31));
        }
      }
      this.top = counter;
    }
    const slot = counter % this.size;
    this.bits[slot >>> 5]! |= 1 << (slot & 31);
  }

  /** `check`, then `accept` when fresh. */
  checkAndAccept(counter: number): ReplayVerdict {
    const verdict = this.check(counter);
    if (verdict === "fresh") this.accept(counter);
    return verdict;
  }
}

/**
 * Windows for many senders, at most `maxSenders` of them; the sender heard from
 * least recently is forgotten first. Memory is bounded by
 * `maxSenders * (windowSize / 8 + ~100)` bytes.
 */
export class ReplayGuard {
  readonly windowSize: number;
  readonly maxSenders: number;
  private readonly windows = new Map<number, ReplayWindow>();
  private evictedCount = 0;

  constructor(options: { windowSize?: number; maxSenders?: number } = {}) {
    this.windowSize = options.windowSize ?? DEFAULT_REPLAY_WINDOW;
    this.maxSenders = options.maxSenders ?? DEFAULT_MAX_SENDERS;
    if (!Number.isInteger(this.maxSenders) || this.maxSenders < 1) {
      throw new RangeError(`maxSenders must be a positive integer, got ${this.maxSenders}`);
    }
    // Validate the size once, eagerly.
    new ReplayWindow(this.windowSize);
  }

  /** Number of senders currently tracked. */
  get size(): number {
    return this.windows.size;
  }

  /** Senders forgotten to stay within `maxSenders`. */
  get evicted(): number {
    return this.evictedCount;
  }

  /** Classifies (sender, counter) and records it when fresh. */
  checkAndAccept(sender: number, counter: number): ReplayVerdict {
    let window = this.windows.get(sender);
    if (window === undefined) {
      window = new ReplayWindow(this.windowSize);
      if (this.windows.size >= this.maxSenders) {
        const oldest = this.windows.keys().next().value as number;
        this.windows.delete(oldest);
        this.evictedCount++;
      }
    } else {
      // Move to the most-recently-used end.
      this.windows.delete(sender);
    }
    this.windows.set(sender, window);
    return window.checkAndAccept(counter);
  }

  clear(): void {
    this.windows.clear();
  }
}
