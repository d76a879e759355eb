import { describe, expect, it } from "vitest";
import { BroadcastQueue } from "./broadcast.js";

describe("broadcast queue slots and cached entries", () => {
  it("DIS-3: take reports the slots of the messages it returns, in the same order", () => {
    const q = new BroadcastQueue<string>(100);
    for (let i = 0; i < 5; i++) q.enqueue("m", `k${i}`, `v${i}`, 10);
    const slots: number[] = [];
    const out = q.take(30, 10, [], slots);
    expect(out).toHaveLength(3);
    expect(slots.map((s) => q.messageAt(s))).toEqual(out);
  });

  it("DIS-5: superseding an update drops its cached encoding", () => {
    const q = new BroadcastQueue<string>(100);
    q.enqueue("m", "k", "old", 10);
    const slots: number[] = [];
    q.take(100, 10, [], slots);
    const slot = slots[0] as number;
    q.setEntry(slot, Uint8Array.of(1, 2, 3));
    expect(q.entryAt(slot)).toEqual(Uint8Array.of(1, 2, 3));
    q.enqueue("m", "k", "new", 10);
    expect(q.pending("m", "k")).toBe("new");
    expect(q.entryAt(slot)).toBeUndefined();
  });

  it("a retired update's slot stays readable until the next take, then serves a new update", () => {
    const q = new BroadcastQueue<string>(100);
    q.enqueue("m", "a", "a", 10);
    const slots: number[] = [];
    expect(q.take(100, 1, [], slots)).toEqual(["a"]); // sent once: retired
    const slot = slots[0] as number;
    q.enqueue("m", "b", "b", 10); // queued between take and encoding: another slot
    q.setEntry(slot, Uint8Array.of(9));
    expect([q.messageAt(slot), q.entryAt(slot), q.pending("m", "a")]).toEqual([
      "a",
      Uint8Array.of(9),
      undefined,
    ]);
    const next: number[] = [];
    expect(q.take(100, 5, [], next)).toEqual(["b"]);
    expect(next[0]).not.toBe(slot);
    q.enqueue("m", "c", "c", 10); // the retired slot is free again
    const third: number[] = [];
    expect(q.take(100, 5, [], third)).toEqual(["c", "b"]);
    expect(third[0]).toBe(slot);
    expect(q.entryAt(slot)).toBeUndefined();
  });

  it("DIS-11: keeps every peer of a long-lived update, numbers and strings, past its first row width", () => {
    const q = new BroadcastQueue<string>(100);
    q.enqueue("m", "a", "a", 10, "fe80::1");
    const peers: (string | number)[] = ["fe80::1"];
    for (let i = 0; i < 30; i++) {
      const p = i % 3 === 0 ? `h${i}` : 2 ** 40 + i;
      expect(q.take(100, 1000, [], undefined, p)).toEqual(["a"]);
      peers.push(p);
    }
    for (const p of peers) expect(q.take(100, 1000, [], undefined, p)).toEqual([]);
    const slots: number[] = [];
    q.take(100, 1000, [], slots, "new");
    expect(q.sentTo(slots[0] as number)).toEqual([...peers, "new"]);
  });

  it("gives its columns back when it empties, and queues as before afterwards", () => {
    const q = new BroadcastQueue<string>(1000);
    const capacity = () => (q as unknown as { capacity: number }).capacity;
    const expected = Array.from({ length: 600 }, (_, i) => `k${599 - i}`); // newest first
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 600; i++) q.enqueue("m", `k${i}`, `k${i}`, 10);
      expect(capacity()).toBeGreaterThanOrEqual(600); // over the size at which an empty queue gives its columns back (64)
      const out: string[] = [];
      while (q.size() > 0) q.take(100, 1, out, undefined, "p1"); // each sent once to p1, then retired
      expect(out).toEqual(expected); // a new round reaches p1 again: no peer kept from a freed slot
      q.take(100, 1); // frees the last take's slots: the queue is empty
      expect([capacity(), q.pending("m", "k0")]).toEqual([16, undefined]);
    }
  });
});
