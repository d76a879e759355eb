import { describe, expect, it } from "vitest";
import { type BroadcastItem, BroadcastQueue } from "./broadcast.js";

describe("broadcast queue items and cached entries", () => {
  it("DIS-3: take reports the items of the messages it returns, in the same order", () => {
    const q = new BroadcastQueue<string>(100);
    for (let i = 0; i < 5; i++) q.enqueue("m", `k${i}`, `v${i}`, 10);
    const items: BroadcastItem<string>[] = [];
    const out = q.take(30, 10, [], items);
    expect(out).toHaveLength(3);
    expect(items.map((it) => it.message)).toEqual(out);
  });

  it("DIS-5: superseding an update drops its cached encoding", () => {
    const q = new BroadcastQueue<string>(100);
    q.enqueue("m", "k", "old", 10);
    const item = q.get("m", "k") as BroadcastItem<string>;
    item.entry = Uint8Array.of(1, 2, 3);
    q.enqueue("m", "k", "new", 10);
    expect(q.get("m", "k")).toBe(item);
    expect(item.message).toBe("new");
    expect(item.entry).toBeUndefined();
  });
});
