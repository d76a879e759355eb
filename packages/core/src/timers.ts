/**
 * A binary min-heap of timers ordered by (due time, insertion order).
 * Cancelling is lazy: a cancelled timer stays in the heap until it reaches
 * the top. Push and pop are O(log n); `peek` skips cancelled entries.
 */
import { EngineError } from "./errors.js";

export interface Timer {
  readonly at: number;
  readonly order: number;
  cancelled: boolean;
  readonly fire: () => void;
}

export class TimerHeap {
  private readonly heap: Timer[] = [];
  private order = 0;

  get size(): number {
    return this.heap.length;
  }

  schedule(at: number, fire: () => void): Timer {
    const timer: Timer = { at, order: this.order++, cancelled: false, fire };
    this.push(timer);
    return timer;
  }

  /** Puts `timer` (with its order) into the heap. */
  private push(timer: Timer): void {
    const h = this.heap;
    h.push(timer);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = h[p] as Timer;
      if (!less(timer, parent)) break;
      h[i] = parent;
      i = p;
    }
    h[i] = timer;
  }

  /**
   * The earliest live timer other than `top` (which must be the earliest live
   * timer), dropping cancelled ones that come before it; or undefined.
   */
  peekAfter(top: Timer): Timer | undefined {
    const h = this.heap;
    if (h[0] !== top) throw new EngineError("timer-not-top", "peekAfter: not the top timer");
    this.pop();
    const next = this.peek();
    this.push(top);
    return next;
  }

  /** The earliest live timer, dropping cancelled ones from the top. */
  peek(): Timer | undefined {
    for (;;) {
      const top = this.heap[0];
      if (top === undefined || !top.cancelled) return top;
      this.pop();
    }
  }

  pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    if (top === undefined) return undefined;
    const last = h.pop() as Timer;
    if (h.length > 0) {
      let i = 0;
      const n = h.length;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n && less(h[r] as Timer, h[l] as Timer)) c = r;
        const child = h[c] as Timer;
        if (!less(child, last)) break;
        h[i] = child;
        i = c;
      }
      h[i] = last;
    }
    return top;
  }
}

function less(a: Timer, b: Timer): boolean {
  return a.at < b.at || (a.at === b.at && a.order < b.order);
}
