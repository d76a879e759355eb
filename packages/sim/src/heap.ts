/**
 * A binary min-heap of events ordered by (time, insertion sequence). Ties in
 * time are broken by insertion order, which keeps runs deterministic.
 */
export interface Timed {
  t: number;
  seq: number;
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
      if (parent.t < item.t || (parent.t === item.t && parent.seq < item.seq)) break;
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
        if (rc.t < child.t || (rc.t === child.t && rc.seq < child.seq)) {
          c = r;
          child = rc;
        }
      }
      if (last.t < child.t || (last.t === child.t && last.seq < child.seq)) break;
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
