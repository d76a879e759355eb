import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BroadcastQueue, type PeerKey } from "./broadcast.js";

/**
 * The queue's selection rules (DIS-1..6, DIS-11, DIS-12) written as plainly as
 * possible: sorted arrays instead of linked buckets, every candidate visited in
 * turn, nothing skipped ahead. The real queue must take exactly what this takes.
 */
interface ModelItem {
  readonly cls: string;
  readonly key: string | undefined;
  message: string;
  size: number;
  transmits: number;
  sentTo: PeerKey[];
  /** When it was last put at the front of its bucket. */
  linked: number;
}

interface ModelClass {
  items: ModelItem[];
  deficit: number;
}

const MAX_PASSED_OVER = 64;

class ModelQueue {
  private readonly classes: ModelClass[] = [];
  private readonly byName = new Map<string, ModelClass>();
  private rotation = 0;
  private clock = 0;
  dropped = 0;

  constructor(private readonly maxPerClass: number) {}

  size(): number {
    return this.classes.reduce((n, c) => n + c.items.length, 0);
  }

  pending(cls: string, key: string): string | undefined {
    return this.byName.get(cls)?.items.find((i) => i.key === key)?.message;
  }

  enqueue(cls: string, key: string | undefined, message: string, size: number, learnedFrom?: PeerKey): void {
    let q = this.byName.get(cls);
    if (q === undefined) {
      q = { items: [], deficit: 0 };
      this.byName.set(cls, q);
      this.classes.push(q);
    }
    const sentTo = learnedFrom === undefined ? [] : [learnedFrom];
    const old = key === undefined ? undefined : q.items.find((i) => i.key === key);
    if (old !== undefined) {
      Object.assign(old, { message, size, transmits: 0, sentTo, linked: ++this.clock });
      return;
    }
    if (q.items.length >= this.maxPerClass) {
      // The most-sent update, and among those the oldest.
      const victim = [...q.items].sort((a, b) => b.transmits - a.transmits || a.linked - b.linked)[0];
      if (victim !== undefined) {
        q.items.splice(q.items.indexOf(victim), 1);
        this.dropped++;
      }
    }
    q.items.push({ cls, key, message, size, transmits: 0, sentTo, linked: ++this.clock });
  }

  take(
    budget: number,
    limit: number,
    to?: PeerKey,
    covered?: (sentTo: readonly PeerKey[]) => boolean,
  ): string[] {
    if (budget <= 0) return [];
    const nc = this.classes.length;
    const active: { q: ModelClass; order: ModelItem[]; pos: number; done: boolean }[] = [];
    for (let i = 0; i < nc; i++) {
      const q = this.classes[(this.rotation + i) % nc] as ModelClass;
      if (q.items.length === 0) q.deficit = 0;
      else {
        // Fewer transmissions first; newest first among equals.
        const order = [...q.items].sort((a, b) => a.transmits - b.transmits || b.linked - a.linked);
        active.push({ q, order, pos: 0, done: false });
      }
    }
    if (active.length === 0) return [];
    this.rotation = (this.rotation + 1) % Math.max(1, nc);
    const taken: ModelItem[] = [];
    let remaining = budget;
    const quantum = Math.max(1, Math.floor(budget / active.length));
    let passedOver = 0;
    let progress = true;
    while (progress && remaining > 0) {
      progress = false;
      for (const cur of active) {
        if (cur.done) continue;
        cur.q.deficit += quantum;
        for (;;) {
          const item = cur.order[cur.pos];
          if (item === undefined) {
            cur.done = true;
            break;
          }
          if (item.size > remaining || (to !== undefined && item.sentTo.includes(to))) {
            cur.pos++;
            if (++passedOver > MAX_PASSED_OVER) {
              cur.done = true;
              break;
            }
            continue;
          }
          if (item.size > cur.q.deficit) break;
          cur.q.deficit -= item.size;
          remaining -= item.size;
          taken.push(item);
          progress = true;
          cur.pos++;
        }
      }
    }
    for (const cur of active) if (cur.done || cur.q.items.length === 0) cur.q.deficit = 0;
    for (let i = taken.length - 1; i >= 0; i--) {
      const item = taken[i] as ModelItem;
      item.transmits++;
      if (to !== undefined) item.sentTo.push(to);
      const q = this.byName.get(item.cls) as ModelClass;
      if (item.transmits >= limit || covered?.(item.sentTo) === true)
        q.items.splice(q.items.indexOf(item), 1);
      else item.linked = ++this.clock;
    }
    return taken.map((i) => i.message);
  }
}

const op = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("enqueue" as const),
      cls: fc.constantFrom("membership", "kv", "events"),
      key: fc.option(fc.constantFrom("a", "b", "c", "d", "e", "f"), { nil: undefined }),
      size: fc.integer({ min: 1, max: 400 }),
      from: fc.option(fc.constantFrom<PeerKey>("p1", "p2", 3, 2 ** 40), { nil: undefined }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("take" as const),
      budget: fc.integer({ min: 0, max: 1200 }),
      limit: fc.integer({ min: 1, max: 6 }),
      to: fc.option(fc.constantFrom<PeerKey>("p1", "p2", "p3", 3, 2 ** 40), { nil: undefined }),
      coverAt: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    }),
  },
);

describe("broadcast queue against a plain model", () => {
  /** The model's peers as the integers of a queue that keeps 4-byte peers. */
  const PEER_INTS = new Map<PeerKey, number>([
    ["p1", 0],
    ["p2", 1],
    ["p3", 2],
    [3, 3],
    [2 ** 40, 4],
  ]);
  const asInt = (p: PeerKey | undefined) => (p === undefined ? undefined : (PEER_INTS.get(p) as number));

  /** Membership keys by id, as the engine's name ids (sparse, not in key order); other classes by map. */
  const KEY_IDS: Readonly<Record<string, number>> = { a: 40, b: 3, c: 0, d: 17, e: 5, f: 1000 };
  const keyId = (cls: string, key: string) => (cls === "membership" ? (KEY_IDS[key] ?? -1) : -1);

  for (const int32Peers of [false, true]) {
    it(`DIS-1..6, DIS-11, DIS-12: takes exactly what visiting every candidate in order takes${int32Peers ? " (4-byte peers, membership keys by id)" : ""}`, () => {
      fc.assert(
        fc.property(fc.array(op, { maxLength: 80 }), fc.integer({ min: 1, max: 12 }), (ops, maxPerClass) => {
          const real = int32Peers
            ? new BroadcastQueue<string>(maxPerClass, true, keyId)
            : new BroadcastQueue<string>(maxPerClass);
          const model = new ModelQueue(maxPerClass);
          const key = (p: PeerKey | undefined) => (int32Peers ? asInt(p) : p);
          let n = 0;
          for (const o of ops) {
            if (o.kind === "enqueue") {
              const message = `m${n++}`;
              real.enqueue(o.cls, o.key, message, o.size, key(o.from));
              model.enqueue(o.cls, o.key, message, o.size, o.from);
            } else {
              // Both queues are asked about the same peers, in the same order.
              const asked: { real: PeerKey[][]; model: PeerKey[][] } = { real: [], model: [] };
              const covered =
                o.coverAt === undefined
                  ? undefined
                  : (s: readonly PeerKey[]) => {
                      asked.model.push(s.map((p) => key(p) as PeerKey));
                      return s.length >= (o.coverAt as number);
                    };
              const realCovered =
                o.coverAt === undefined
                  ? undefined
                  : (count: number, slot: number) => {
                      const s = real.sentTo(slot);
                      expect(s).toHaveLength(count);
                      asked.real.push(s);
                      return s.length >= (o.coverAt as number);
                    };
              expect(real.take(o.budget, o.limit, [], undefined, key(o.to), realCovered)).toEqual(
                model.take(o.budget, o.limit, o.to, covered),
              );
              expect(asked.real).toEqual(asked.model);
            }
            expect(real.size()).toBe(model.size());
            for (const cls of ["membership", "kv", "events"])
              for (const k of ["a", "b", "c", "d", "e", "f"])
                expect(real.pending(cls, k)).toBe(model.pending(cls, k));
          }
          expect(real.counters.dropped).toBe(model.dropped);
        }),
        { numRuns: 1000 },
      );
    });
  }

  it("counts updates too large for the room left as passed over, so the next class gets no extra visits", () => {
    const real = new BroadcastQueue<string>(1000);
    const model = new ModelQueue(1000);
    const both = (cls: string, key: string, size: number, from?: PeerKey) => {
      real.enqueue(cls, key, key, size, from);
      model.enqueue(cls, key, key, size, from);
    };
    for (let i = 0; i < 100; i++) both("big", `b${i}`, 300); // none fits 200 bytes: 100 passed over
    both("small", "fits", 10);
    both("small", "has-it", 10, "p1"); // newest, so visited first: one more passed over
    const expected = model.take(200, 50, "p1");
    expect(expected).toEqual([]); // the 64 visits were spent before "fits" was reached
    expect(real.take(200, 50, [], undefined, "p1")).toEqual(expected);
  });

  it("passes over at most 64 updates per packet, also when many are too large for the room left", () => {
    const real = new BroadcastQueue<string>(1000);
    const model = new ModelQueue(1000);
    // Many updates that fit a packet only alone, one small one of another class behind them.
    for (let i = 0; i < 100; i++) {
      real.enqueue("big", `b${i}`, `b${i}`, 300);
      model.enqueue("big", `b${i}`, `b${i}`, 300);
    }
    real.enqueue("small", "s", "s", 10);
    model.enqueue("small", "s", "s", 10);
    for (let k = 0; k < 6; k++) {
      const budget = 350 + k * 20;
      expect(real.take(budget, 50, [], undefined, `p${k}`)).toEqual(model.take(budget, 50, `p${k}`));
    }
  });
});
