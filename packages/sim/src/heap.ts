/**
 * A binary min-heap of events ordered by (time, key, insertion sequence).
 * Ties in time are broken by the caller's key first (the simulator: which node
 * and what kind of event, so that the order does not depend on when an event
 * was scheduled), then by insertion order; runs stay deterministic.
 */
export interface Timed {
  t: number;
  seq: number;
  /** Tie-break before insertion order (default 0). */
  key?: number;
}

function before(a: Timed, b: Timed): boolean {
  if (a.t !== b.t) return a.t < b.t;
  const ka = a.key ?? 0;
  const kb = b.key ?? 0;
  return ka !== kb ? ka < kb : a.seq < b.seq;
}

export class EventHeap<T extends Timed> {
  private items: T[] = [];
  private counter = 0;

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    item.seq = this.counter++;
    const a = this.items;
    let i = a.length;
    a.push(item);
    while (i > 0) {
      const p = (i - 1) >> 1;
      const parent = a[p] as T;
      if (before(parent, item)) break;
      a[i] = parent;
      i = p;
    }
    a[i] = item;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  pop(): T | undefined {
    const a = this.items;
    const n = a.length;
    if (n === 0) return undefined;
    const top = a[0] as T;
    const last = a.pop() as T;
    if (n === 1) return top;
    const m = n - 1;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= m) break;
      const r = l + 1;
      let c = l;
      let child = a[l] as T;
      if (r < m) {
        const rc = a[r] as T;
        if (before(rc, child)) {
          c = r;
          child = rc;
        }
      }
      if (before(last, child)) break;
      a[i] = child;
      i = c;
    }
    a[i] = last;
    return top;
  }

  clear(): void {
    this.items = [];
  }
}
