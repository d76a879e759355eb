import type { NodeDelta } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { KvError } from "./errors.js";
import { kvDeltaMessageSize } from "./size.js";
import { KvStore } from "./store.js";

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
const str = (v: Uint8Array | undefined): string | undefined =>
  v === undefined ? undefined : new TextDecoder().decode(v);
const view = (s: KvStore, node: string): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of s.keysOf(node)) out[k] = str(v) as string;
  return out;
};
/** Full anti-entropy from `from` to `to` with an unlimited budget. */
const sync = (from: KvStore, to: KvStore, now = 0) =>
  to.applyDelta(from.computeDelta(to.digest(), { budgetBytes: 1 << 24 }).nodes, now);

describe("KvStore local writes", () => {
  it("KV-2 KV-10: every set takes the next version of the owner", () => {
    const a = new KvStore("a");
    a.set("x", b("1"), 0);
    a.set("y", b("2"), 0);
    a.set("x", b("3"), 0);
    expect(a.maxVersion("a")).toBe(3);
    expect(str(a.get("a", "x"))).toBe("3");
    expect([...a.keysOf("a").keys()]).toEqual(["y", "x"]);
  });

  it("KV-12: delete leaves a tombstone with the next version; deleting an absent key does nothing", () => {
    const a = new KvStore("a");
    a.set("x", b("1"), 0);
    expect(a.delete("x", 5)).toEqual({ node: "a", key: "x", oldValue: b("1"), newValue: undefined });
    expect(a.get("a", "x")).toBeUndefined();
    expect(a.maxVersion("a")).toBe(2);
    expect(a.tombstoneCount("a")).toBe(1);
    expect(a.delete("x", 6)).toBeUndefined();
    expect(a.delete("nope", 6)).toBeUndefined();
    expect(a.maxVersion("a")).toBe(2);
  });

  it("KV-10: set copies the value; KV-60: set reports old and new value, not a rewrite of the same bytes", () => {
    const a = new KvStore("a");
    const v = b("hello");
    expect(a.set("k", v, 0)).toEqual({ node: "a", key: "k", oldValue: undefined, newValue: b("hello") });
    v[0] = 0;
    expect(str(a.get("a", "k"))).toBe("hello");
    expect(a.set("k", b("hello"), 0)).toBeUndefined();
    expect(a.set("k", b("bye"), 0)).toEqual({
      node: "a",
      key: "k",
      oldValue: b("hello"),
      newValue: b("bye"),
    });
  });

  it("KV-50: keys and values over the limits are refused with typed errors", () => {
    const a = new KvStore("a", { maxKeyBytes: 4, maxValueBytes: 3 });
    const code = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof KvError ? e.code : "other";
      }
      return undefined;
    };
    expect(code(() => a.set("", b(""), 0))).toBe("kv-key-invalid");
    expect(code(() => a.set("\ud800", b(""), 0))).toBe("kv-key-invalid");
    expect(code(() => a.set("abcde", b(""), 0))).toBe("kv-key-too-large");
    expect(code(() => a.set("ééé", b(""), 0))).toBe("kv-key-too-large");
    expect(code(() => a.set("ab", b("abcd"), 0))).toBe("kv-value-too-large");
    expect(code(() => a.set("ab", b("abc"), 0, { ttlMs: 0 }))).toBe("kv-ttl-invalid");
    expect(code(() => a.set("ab", b("abc"), 0, { ttlMs: Number.NaN }))).toBe("kv-ttl-invalid");
    expect(code(() => a.set("ab", b("abc"), 0))).toBeUndefined();
    expect(() => new KvStore("a", { maxKeysPerNode: 0 })).toThrow(KvError);
  });

  it("KV-51: the live-key limit refuses new keys but allows overwrites and re-use after delete", () => {
    const a = new KvStore("a", { maxKeysPerNode: 2 });
    a.set("x", b("1"), 0);
    a.set("y", b("1"), 0);
    expect(() => a.set("z", b("1"), 0)).toThrow(expect.objectContaining({ code: "kv-too-many-keys" }));
    a.set("x", b("2"), 0);
    a.delete("y", 0);
    a.set("z", b("1"), 0);
    expect(view(a, "a")).toEqual({ x: "2", z: "1" });
  });

  it("KV-52: beyond the tombstone cap the oldest tombstones are collected early and gc rises", () => {
    const a = new KvStore("a", { maxTombstonesPerNode: 2 });
    for (const k of ["p", "q", "r"]) a.set(k, b("1"), 0);
    a.delete("p", 1); // v4
    a.delete("q", 1); // v5
    expect(a.gcVersion("a")).toBe(0);
    a.delete("r", 1); // v6: p's tombstone goes
    expect(a.tombstoneCount("a")).toBe(2);
    expect(a.gcVersion("a")).toBe(4);
  });
});

describe("KvStore TTL (KV-15)", () => {
  it("the owner turns an expired key into a tombstone on its own clock", () => {
    const a = new KvStore("a");
    a.set("t", b("v"), 100, { ttlMs: 50 });
    expect(a.nextDeadline()).toBe(150);
    expect(a.tick(149)).toEqual([]);
    expect(str(a.get("a", "t"))).toBe("v");
    expect(a.tick(150)).toEqual([{ node: "a", key: "t", oldValue: b("v"), newValue: undefined }]);
    expect(a.get("a", "t")).toBeUndefined();
    expect(a.maxVersion("a")).toBe(2);
  });

  it("a later set without TTL clears the expiry; a delete clears it too", () => {
    const a = new KvStore("a");
    a.set("t", b("v"), 0, { ttlMs: 10 });
    a.set("t", b("w"), 1);
    a.tick(100);
    expect(str(a.get("a", "t"))).toBe("w");
    a.set("u", b("v"), 0, { ttlMs: 10 });
    a.delete("u", 1);
    expect(a.tick(100)).toEqual([]);
    expect(a.maxVersion("a")).toBe(4);
  });

  it("a non-owner never expires another node's key, whatever its own clock says", () => {
    const a = new KvStore("a");
    const c = new KvStore("c");
    a.set("t", b("v"), 0, { ttlMs: 10 });
    sync(a, c, 1_000_000);
    c.tick(9_999_999);
    expect(str(c.get("a", "t"))).toBe("v");
    a.tick(10);
    sync(a, c, 0);
    expect(c.get("a", "t")).toBeUndefined();
  });
});

describe("KvStore reconciliation", () => {
  it("KV-21: the digest lists every owner held with max and gc versions, sorted by name", () => {
    const a = new KvStore("a");
    const c = new KvStore("c");
    c.set("k", b("1"), 0);
    sync(c, a);
    expect(a.digest()).toEqual([
      { node: "a", maxVersion: 0, gcVersion: 0 },
      { node: "c", maxVersion: 1, gcVersion: 0 },
    ]);
  });

  it("KV-25: a delta carries the entries newer than the peer's max in version order", () => {
    const a = new KvStore("a");
    a.set("x", b("1"), 0);
    a.set("y", b("2"), 0);
    a.set("x", b("3"), 0);
    const d = a.computeDelta([{ node: "a", maxVersion: 1, gcVersion: 0 }], { budgetBytes: 1400 });
    expect(d.complete).toBe(true);
    expect(d.nodes).toEqual([
      {
        node: "a",
        fromVersion: 1,
        reset: false,
        gcVersion: 0,
        maxVersion: 3,
        entries: [
          { key: "y", value: b("2"), version: 2, tombstone: false },
          { key: "x", value: b("3"), version: 3, tombstone: false },
        ],
      },
    ]);
    expect(a.computeDelta([{ node: "a", maxVersion: 3, gcVersion: 0 }], { budgetBytes: 1400 }).nodes).toEqual(
      [],
    );
  });

  it("KV-22: applying the same delta twice changes nothing the second time", () => {
    const a = new KvStore("a");
    const c = new KvStore("c");
    a.set("x", b("1"), 0);
    const d = a.computeDelta(c.digest(), { budgetBytes: 1400 }).nodes;
    const r1 = c.applyDelta(d, 0);
    expect(r1.changes).toEqual([{ node: "a", key: "x", oldValue: undefined, newValue: b("1") }]);
    const r2 = c.applyDelta(d, 0);
    expect(r2.changes).toEqual([]);
    expect(r2.advanced).toEqual([]);
  });

  it("KV-23: a delta that starts past the known version is not applied and reported as a gap", () => {
    const a = new KvStore("a");
    const c = new KvStore("c");
    a.set("x", b("1"), 0);
    a.set("y", b("1"), 0);
    const late = a.deltaFor("a", 1, 1400) as NodeDelta;
    const r = c.applyDelta([late], 0);
    expect(r.gaps).toEqual([{ node: "a", maxVersion: 0, gcVersion: 0 }]);
    expect(c.keysOf("a").size).toBe(0);
  });

  it("KV-24: behind() lists the owners where the peer knows more", () => {
    const a = new KvStore("a");
    a.set("x", b("1"), 0);
    const c = new KvStore("c");
    expect(
      c.behind([
        { node: "a", maxVersion: 1, gcVersion: 0 },
        { node: "c", maxVersion: 9, gcVersion: 0 },
        { node: "z", maxVersion: 0, gcVersion: 0 },
      ]),
    ).toEqual([{ node: "a", maxVersion: 0, gcVersion: 0 }]);
  });

  it("KV-40 KV-26: a delta is cut to the byte budget; the partial delta is applicable and complete up to its max_version", () => {
    const a = new KvStore("a");
    for (let i = 0; i < 20; i++) a.set(`key${i}`, new Uint8Array(50).fill(i), 0);
    const c = new KvStore("c");
    const budget = 300;
    const d = a.computeDelta(c.digest(), { budgetBytes: budget });
    expect(d.complete).toBe(false);
    expect(kvDeltaMessageSize(d.nodes)).toBeLessThanOrEqual(budget);
    const nd = d.nodes[0] as NodeDelta;
    expect(nd.entries.length).toBeGreaterThan(0);
    expect(nd.maxVersion).toBe(nd.entries.at(-1)?.version ?? 0);
    c.applyDelta(d.nodes, 0);
    expect(c.maxVersion("a")).toBe(nd.maxVersion);
    let rounds = 1;
    while (c.maxVersion("a") < a.maxVersion("a")) {
      const next = a.computeDelta(c.digest(), { budgetBytes: budget });
      expect(kvDeltaMessageSize(next.nodes)).toBeLessThanOrEqual(budget);
      c.applyDelta(next.nodes, 0);
      rounds++;
    }
    expect(rounds).toBeGreaterThan(3);
    expect(view(c, "a")).toEqual(view(a, "a"));
  });

  it("KV-26: a partial delta's max_version stops just below the first entry left out", () => {
    const a = new KvStore("a");
    a.set("x", b("1"), 0); // 1
    a.set("y", b("1"), 0); // 2
    a.set("x", b("2"), 0); // 3: versions held are 2, 3
    a.set("z", new Uint8Array(200), 0); // 4
    const d = a.deltaFor("a", 0, 80) as NodeDelta;
    expect(d.entries.map((e) => e.version)).toEqual([2, 3]);
    expect(d.maxVersion).toBe(3);
  });

  it("KV-42: an owner whose first entry does not fit is left out and the result marked incomplete", () => {
    const a = new KvStore("a");
    a.set("x", new Uint8Array(500), 0);
    const d = a.computeDelta([], { budgetBytes: 200 });
    expect(d.nodes).toEqual([]);
    expect(d.complete).toBe(false);
  });

  it("KV-41: the most stale owner goes first; ties break by name without randomness, randomly with it", () => {
    const a = new KvStore("a");
    const owners = ["p", "q", "r"].map((n) => new KvStore(n));
    owners[0]?.set("k", b("1"), 0);
    owners[1]?.set("k", b("1"), 0);
    owners[1]?.set("l", b("1"), 0);
    owners[2]?.set("k", b("1"), 0);
    for (const o of owners) sync(o, a);
    expect(a.computeDelta([], { budgetBytes: 1400 }).nodes.map((n) => n.node)).toEqual(["q", "p", "r"]);
    const seen = new Set<string>();
    let s = 1;
    const rnd = () => {
      s = (s * 16807) % 2147483647;
      return s / 2147483647;
    };
    for (let i = 0; i < 20; i++)
      seen.add(
        a
          .computeDelta([], { budgetBytes: 1400, random: rnd })
          .nodes.map((n) => n.node)
          .join(),
      );
    for (const order of seen) expect(order.startsWith("q")).toBe(true);
    expect(seen.size).toBe(2);
  });

  it("KV-11: deltas about the receiver itself are ignored", () => {
    const a = new KvStore("a");
    a.set("x", b("mine"), 0);
    const r = a.applyDelta(
      [
        {
          node: "a",
          fromVersion: 0,
          reset: false,
          gcVersion: 0,
          maxVersion: 1,
          entries: [{ key: "x", value: b("forged"), version: 1, tombstone: false }],
        },
      ],
      0,
    );
    expect(r.changes).toEqual([]);
    expect(str(a.get("a", "x"))).toBe("mine");
  });

  it("KV-53: malformed or over-limit node deltas are rejected whole and never throw", () => {
    const c = new KvStore("c", { maxKeysPerNode: 1, maxValueBytes: 4 });
    const e = (key: string, version: number, value = b("v")) => ({ key, value, version, tombstone: false });
    const base = { node: "a", fromVersion: 0, reset: false, gcVersion: 0, maxVersion: 5 };
    const bad: NodeDelta[] = [
      { ...base, node: "", entries: [] },
      { ...base, entries: [e("x", 2), e("y", 1)] },
      { ...base, entries: [e("x", 6)] },
      { ...base, entries: [e("x", 1), e("x", 2)] },
      { ...base, entries: [e("", 1)] },
      { ...base, entries: [e("x", 1, new Uint8Array(5))] },
      { ...base, maxVersion: -1, entries: [] },
      { ...base, fromVersion: 6, entries: [] },
      { ...base, gcVersion: 9, entries: [] },
      { ...base, reset: true, fromVersion: 1, entries: [] },
      { ...base, entries: [e("x", 1), e("y", 2)] },
      { ...base, reset: true, entries: [e("x", 1), e("y", 2)] },
      { ...base, maxVersion: 2 ** 60, entries: [] },
    ];
    for (const d of bad) {
      const r = c.applyDelta([d], 0);
      expect(r.rejected.length, JSON.stringify(d)).toBe(1);
    }
    expect(c.nodes()).toEqual(["c"]);
  });

  it("KV-53: a malformed delta about the receiver itself (gc_version above max_version) is rejected, not used to restamp", () => {
    const a = new KvStore("a");
    a.set("x", b("1"), 0);
    const r = a.applyDelta(
      [{ node: "a", fromVersion: 0, reset: false, gcVersion: 50, maxVersion: 10, entries: [] }],
      0,
    );
    expect(r.rejected).toEqual([{ node: "a", reason: "gc_version above max_version" }]);
    expect(r.restamped).toBe(false);
    expect(a.maxVersion("a")).toBe(1);
  });
});

describe("KvStore garbage collection and resets", () => {
  it("KV-30: a tombstone is kept for the grace period on the holder's clock, then collected and gc raised", () => {
    const a = new KvStore("a", { tombstoneGraceMs: 1000 });
    a.set("x", b("1"), 0);
    a.delete("x", 10);
    expect(a.nextDeadline()).toBe(1010);
    a.tick(1009);
    expect(a.tombstoneCount("a")).toBe(1);
    a.tick(1010);
    expect(a.tombstoneCount("a")).toBe(0);
    expect(a.gcVersion("a")).toBe(2);
    expect(a.nextDeadline()).toBe(Number.POSITIVE_INFINITY);
  });

  it("KV-30: a non-owner collects a tombstone a grace period after it stored it", () => {
    const a = new KvStore("a", { tombstoneGraceMs: 1000 });
    const c = new KvStore("c", { tombstoneGraceMs: 1000 });
    a.set("x", b("1"), 0);
    a.delete("x", 0);
    sync(a, c, 5000);
    c.tick(5999);
    expect(c.tombstoneCount("a")).toBe(1);
    c.tick(6000);
    expect(c.tombstoneCount("a")).toBe(0);
    expect(c.gcVersion("a")).toBe(2);
  });

  it("KV-25 KV-32: a peer behind the GC horizon gets a reset that removes keys deleted meanwhile", () => {
    const a = new KvStore("a", { tombstoneGraceMs: 100 });
    const c = new KvStore("c");
    a.set("x", b("1"), 0);
    a.set("y", b("1"), 0);
    sync(a, c);
    a.delete("x", 0);
    a.set("z", b("1"), 0);
    a.tick(100);
    expect(a.gcVersion("a")).toBe(3);
    const d = a.computeDelta(c.digest(), { budgetBytes: 1400 }).nodes;
    expect(d[0]?.reset).toBe(true);
    const r = c.applyDelta(d, 0);
    expect(view(c, "a")).toEqual({ y: "1", z: "1" });
    expect(c.gcVersion("a")).toBe(3);
    expect(r.changes).toEqual([
      { node: "a", key: "x", oldValue: b("1"), newValue: undefined },
      { node: "a", key: "z", oldValue: undefined, newValue: b("1") },
    ]);
    expect(c.applyDelta(d, 0).changes).toEqual([]);
  });

  it("KV-32: a reset no newer than what the receiver holds is ignored", () => {
    const a = new KvStore("a", { tombstoneGraceMs: 0 });
    const c = new KvStore("c");
    a.set("x", b("1"), 0);
    a.delete("x", 0);
    a.tick(0);
    a.set("y", b("1"), 0); // 3
    const oldReset = a.computeDelta(c.digest(), { budgetBytes: 1400 }).nodes;
    expect(oldReset[0]?.reset).toBe(true);
    a.set("y", b("2"), 0); // 4
    sync(a, c);
    const r = c.applyDelta(oldReset, 0);
    expect(r.advanced).toEqual([]);
    expect(r.changes).toEqual([]);
    expect(view(c, "a")).toEqual({ y: "2" });
    expect(c.maxVersion("a")).toBe(4);
  });

  it("KV-33: a partial reset reaches at least the GC horizon, or the owner is left out", () => {
    const a = new KvStore("a", { tombstoneGraceMs: 0 });
    for (let i = 0; i < 10; i++) a.set(`k${i}`, new Uint8Array(40), 0);
    a.set("gone", b("1"), 0);
    a.delete("gone", 0);
    a.tick(0);
    expect(a.gcVersion("a")).toBe(12);
    // Every entry is below the horizon, so nothing less than all of them may go.
    expect(a.deltaFor("a", 0, 200)).toBeUndefined();
    expect(a.deltaFor("a", 0, 1400)?.maxVersion).toBe(12);
    a.set("k0", new Uint8Array(40), 0); // 13
    a.set("k1", new Uint8Array(40), 0); // 14
    const d = a.deltaFor("a", 0, 520) as NodeDelta;
    expect(d.reset).toBe(true);
    expect(d.maxVersion).toBeGreaterThanOrEqual(12);
    expect(d.maxVersion).toBeLessThan(14);
  });

  it("KV-35: removing a reaped owner reports its keys as gone", () => {
    const a = new KvStore("a");
    const c = new KvStore("c");
    a.set("x", b("1"), 0);
    sync(a, c);
    expect(c.removeNode("a")).toEqual([{ node: "a", key: "x", oldValue: b("1"), newValue: undefined }]);
    expect(c.nodes()).toEqual(["c"]);
    expect(c.removeNode("c")).toEqual([]);
  });
});

describe("KvStore lifetimes (KV-13, KV-14)", () => {
  it("KV-13: a node restarted with a higher initial version makes holders of its old state reset", () => {
    const old = new KvStore("a");
    old.set("stale", b("1"), 0);
    old.set("kept", b("1"), 0);
    const c = new KvStore("c");
    sync(old, c);
    const a = new KvStore("a", { initialVersion: 1000 });
    a.set("kept", b("2"), 0);
    sync(a, c);
    expect(view(c, "a")).toEqual({ kept: "2" });
  });

  it("KV-14: learning of a higher version of itself, a node moves past it and re-issues its keys", () => {
    const old = new KvStore("a");
    for (let i = 0; i < 5; i++) old.set(`s${i}`, b("old"), 0);
    const c = new KvStore("c");
    sync(old, c);
    const a = new KvStore("a"); // restarted without a higher initial version
    a.set("new", b("1"), 0);
    const r = a.computeDelta(c.digest(), { budgetBytes: 1400 });
    expect(r.restamped).toBe(true);
    expect(a.maxVersion("a")).toBe(7);
    expect(a.gcVersion("a")).toBe(6);
    c.applyDelta(r.nodes, 0);
    expect(view(c, "a")).toEqual({ new: "1" });
    // The same through a delta about itself.
    const a2 = new KvStore("a");
    expect(a2.applyDelta(old.computeDelta([], { budgetBytes: 1400 }).nodes, 0).restamped).toBe(true);
    expect(a2.gcVersion("a")).toBe(6);
    // A claim with no room left below 2^53 is ignored.
    expect(a2.observe([{ node: "a", maxVersion: Number.MAX_SAFE_INTEGER - 1, gcVersion: 0 }])).toBe(false);
    expect(a2.maxVersion("a")).toBe(6);
    expect(a2.observe([{ node: "a", maxVersion: 9, gcVersion: 0 }])).toBe(true);
    expect(a2.maxVersion("a")).toBe(10);
  });
});
