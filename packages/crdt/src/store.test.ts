import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toHex } from "./bytes.js";
import { GCounter } from "./counters.js";
import { SharedData } from "./handles.js";
import {
  type PeerInfo,
  REPLICATE_NONE,
  replicatesTo,
  replicateToMatching,
  replicateToNodes,
} from "./policy.js";
import { GSet } from "./sets.js";
import { type ChangeEvent, type CrdtMessage, SharedStore } from "./store.js";

function node(
  name: string,
  clock: { t: number },
  extra: Partial<ConstructorParameters<typeof SharedStore>[0]> = {},
) {
  return new SharedStore({ replicaId: name, now: () => clock.t, ...extra });
}
const peer = (name: string, meta: Record<string, string> = {}): PeerInfo => ({ name, meta });
const ALL = { maxBytes: 1 << 20, transmitLimit: 3 };

describe("SharedStore", () => {
  it("CRDT-60: a local change becomes a delta another store merges", () => {
    const clock = { t: 1000 };
    const a = new SharedData(node("a", clock));
    const b = node("b", clock);
    a.counter("hits").increment(3);
    expect(a.counter("hits").value).toBe(3);
    const msgs = a.store.piggyback(peer("b"), ALL);
    expect(msgs).toHaveLength(1);
    expect(msgs[0]).toMatchObject({
      key: "hits",
      crdtType: "pn-counter",
      full: false,
      ttlMs: 0,
      origin: "a",
    });
    expect(b.receive(msgs[0]!)).toEqual({ ok: true, value: { changed: true } });
    expect(b.value("hits")).toBe(3n);
    expect(b.receive(msgs[0]!)).toEqual({ ok: true, value: { changed: false } });
  });

  it("CRDT-61: a delta is handed out transmitLimit times, least-sent first, within maxBytes", () => {
    const clock = { t: 0 };
    const s = new SharedData(node("a", clock));
    s.gSet("x").add("1");
    s.gSet("y").add("2");
    const one = s.store.piggyback(peer("b"), { maxBytes: 40, transmitLimit: 2 });
    expect(one.map((m) => m.key)).toEqual(["x"]);
    const two = s.store.piggyback(peer("b"), { maxBytes: 40, transmitLimit: 2 });
    expect(two.map((m) => m.key)).toEqual(["y"]);
    expect(s.store.piggyback(peer("b"), { maxBytes: 1000, transmitLimit: 2 }).map((m) => m.key)).toEqual([
      "x",
      "y",
    ]);
    expect(s.store.piggyback(peer("b"), { maxBytes: 1000, transmitLimit: 2 })).toEqual([]);
    // A new change re-arms the key with the joined delta.
    s.gSet("x").add("3");
    const again = s.store.piggyback(peer("b"), ALL);
    expect(again).toHaveLength(1);
    expect(toHex(again[0]!.state)).toBe(toHex(GSet.of(["3"]).encode()));
  });

  it("CRDT-15, CRDT-68: never throws on bad network input; errors are typed and counted", () => {
    const clock = { t: 0 };
    const s = node("a", clock);
    s.define("k", "g-set");
    const base: CrdtMessage = {
      key: "k",
      crdtType: "g-counter",
      state: GCounter.empty().encode(),
      full: true,
      replication: undefined,
      ttlMs: 0,
      origin: "x",
    };
    const mismatch = s.receive(base);
    expect(mismatch.ok || mismatch.error.code).toBe("CRDT_TYPE_MISMATCH");
    const bad = s.receive({ ...base, key: "j", state: Uint8Array.of(1, 5) });
    expect(bad.ok || bad.error.code).toBe("CRDT_MALFORMED");
    const wrongType = s.receive({ ...base, key: "j", crdtType: "g-set" });
    expect(wrongType.ok || wrongType.error.code).toBe("CRDT_MALFORMED");
    const unspecified = s.receive({ ...base, key: "j", crdtType: "unspecified" });
    expect(unspecified.ok || unspecified.error.code).toBe("CRDT_MALFORMED");
    expect(s.stats).toMatchObject({ received: 4, applied: 0, malformed: 3, typeMismatch: 1 });
    fc.assert(
      fc.property(
        fc.record({
          key: fc.oneof(fc.string(), fc.constant("k"), fc.integer() as fc.Arbitrary<unknown>),
          crdtType: fc.oneof(fc.constantFrom("g-set", "or-map", "or-set", "bogus"), fc.string()),
          state: fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constant(null as unknown)),
          full: fc.boolean(),
          replication: fc.constantFrom(undefined, { mode: "all", nodes: [], match: {} }, { mode: "x" }, null),
          ttlMs: fc.oneof(fc.nat(), fc.constant(-1), fc.double()),
          origin: fc.string(),
        }),
        (m) => {
          const r = s.receive(m as unknown as CrdtMessage);
          if (!r.ok) expect(["CRDT_MALFORMED", "CRDT_TYPE_MISMATCH", "CRDT_LIMIT"]).toContain(r.error.code);
        },
      ),
    );
  });

  it("CRDT-64: replicatesTo evaluates all, none, nodes and metadata", () => {
    const dc1 = peer("n1", { dc: "east", rack: "r1" });
    const dc2 = peer("n2", { dc: "west" });
    expect(replicatesTo({ mode: "all", nodes: [], match: {} }, dc1)).toBe(true);
    expect(replicatesTo(REPLICATE_NONE, dc1)).toBe(false);
    expect(replicatesTo(replicateToNodes(["n2", "n3"]), dc1)).toBe(false);
    expect(replicatesTo(replicateToNodes(["n2", "n3"]), dc2)).toBe(true);
    expect(replicatesTo(replicateToMatching({ dc: "east" }), dc1)).toBe(true);
    expect(replicatesTo(replicateToMatching({ dc: "east" }), dc2)).toBe(false);
    expect(replicatesTo(replicateToMatching({ dc: "east", rack: "r2" }), dc1)).toBe(false);
    expect(replicatesTo(replicateToMatching({}), dc2)).toBe(true);
    expect(replicatesTo(replicateToMatching({ toString: "x" }), peer("n", {}))).toBe(false);
  });

  it("CRDT-65: deltas and full states go only to peers the key's policy selects", () => {
    const clock = { t: 0 };
    const s = new SharedData(node("a", clock));
    s.counter("east", { replication: replicateToMatching({ dc: "east" }) }).increment();
    s.counter("local", { replication: REPLICATE_NONE }).increment();
    s.counter("pair", { replication: replicateToNodes(["b"]) }).increment();
    const keys = (ms: CrdtMessage[]) => ms.map((m) => m.key).sort();
    expect(keys(s.store.fullStates(peer("b", { dc: "west" })))).toEqual(["pair"]);
    expect(keys(s.store.fullStates(peer("c", { dc: "east" })))).toEqual(["east"]);
    expect(keys(s.store.piggyback(peer("c", { dc: "east" }), ALL))).toEqual(["east"]);
    expect(keys(s.store.piggyback(peer("b", {}), ALL))).toEqual(["pair"]);
    const sent = s.store.fullStates(peer("c", { dc: "east" }))[0]!;
    expect(sent.replication).toEqual({ mode: "metadata", nodes: [], match: { dc: "east" } });
  });

  it("CRDT-63: fullStates with a byte budget rotates through every key", () => {
    const clock = { t: 0 };
    const s = new SharedData(node("a", clock));
    for (let i = 0; i < 10; i++) s.gSet(`k${i}`).add("v");
    const seen = new Set<string>();
    for (let round = 0; round < 5; round++) {
      for (const m of s.store.fullStates(peer("b"), { maxBytes: 70 })) seen.add(m.key);
    }
    expect(seen.size).toBe(10);
  });

  it("CRDT-67: keys expire after their TTL; writes refresh it; receipt never shortens it", () => {
    const clock = { t: 1000 };
    const a = new SharedData(node("a", clock));
    const b = node("b", clock);
    const events: ChangeEvent[] = [];
    b.onChange((e) => events.push(e));
    a.counter("t", { ttlMs: 500 }).increment();
    const msg = a.store.piggyback(peer("b"), ALL)[0]!;
    expect(msg.ttlMs).toBe(500);
    clock.t = 1200;
    a.counter("t").increment();
    clock.t = 1600;
    expect(a.store.value("t")).toBe(2n); // refreshed at 1200 -> expires 1700
    b.receive(msg);
    expect(b.nextExpiry()).toBe(2100);
    b.receive({ ...msg, ttlMs: 10 });
    expect(b.nextExpiry()).toBe(2100);
    clock.t = 1700;
    expect(a.store.value("t")).toBeUndefined();
    clock.t = 2100;
    expect(b.sweep()).toBe(1);
    expect(b.keys()).toEqual([]);
    expect(events.map((e) => e.source)).toEqual(["remote", "expired"]);
    expect(events[1]).toMatchObject({ key: "t", previous: 1n, value: undefined });
  });

  it("CRDT-69: memory is bounded by maxKeys and maxStateBytes", () => {
    const clock = { t: 0 };
    const s = new SharedData(node("a", clock, { maxKeys: 2, maxStateBytes: 64 }));
    s.gSet("a").add("x");
    s.gSet("b").add("x");
    expect(() => s.gSet("c")).toThrowError(expect.objectContaining({ code: "CRDT_LIMIT" }));
    const other = node("z", clock);
    other.define("c", "g-set");
    other.mutate("c", "g-set", (g) => g.add("y"));
    const r = s.store.receive(other.fullStates(peer("a"))[0]!);
    expect(r.ok || r.error.code).toBe("CRDT_LIMIT");
    expect(() => s.gSet("a").add("y".repeat(100))).toThrowError(
      expect.objectContaining({ code: "CRDT_LIMIT" }),
    );
    expect(s.gSet("a").value).toEqual(["x"]);
    expect(s.store.stats.limit).toBe(1);
  });

  it("CRDT-70: change events fire on value changes only, with old and new values", () => {
    const clock = { t: 0 };
    const a = new SharedData(node("a", clock));
    const b = new SharedData(node("b", clock));
    const seen: unknown[] = [];
    const off = b.counter("c").onChange((v, e) => seen.push([v, e.source, e.previous, e.origin]));
    a.counter("c").increment(2);
    for (const m of a.store.piggyback(peer("b"), ALL)) b.store.receive(m);
    for (const m of a.store.fullStates(peer("b"))) b.store.receive(m); // same value: no event
    b.counter("c").decrement(2);
    off();
    b.counter("c").increment();
    expect(seen).toEqual([
      [2, "remote", 0n, "a"],
      [0, "local", 2n, undefined],
    ]);
  });

  it("CRDT-15, CRDT-68: a key's type is fixed; local misuse is a typed error", () => {
    const s = new SharedData(node("a", { t: 0 }));
    s.counter("k").increment();
    expect(() => s.gSet("k")).toThrowError(expect.objectContaining({ code: "CRDT_TYPE_MISMATCH" }));
  });

  it("CRDT-22: a write after observing a newer write wins even with a slower physical clock", () => {
    const fast = { t: 10_000 };
    const slow = { t: 9_000 };
    const a = new SharedData(node("a", fast));
    const b = new SharedData(node("b", slow));
    a.register("leader").set("a");
    for (const m of a.store.piggyback(peer("b"), ALL)) b.store.receive(m);
    expect(b.register("leader").text).toBe("a");
    b.register("leader").set("b");
    for (const m of b.store.piggyback(peer("a"), ALL)) a.store.receive(m);
    expect(a.register("leader").text).toBe("b");
    expect(b.register("leader").text).toBe("b");
  });

  it("typed handles cover every type", () => {
    const s = new SharedData(node("a", { t: 5 }));
    s.gCounter("g").increment(2);
    s.twoPSet("tp").add("x");
    s.twoPSet("tp").remove("x");
    s.orSet("or").add("x");
    s.orSet("or").add("y");
    s.orSet("or").remove("x");
    s.lwwSet("lw").add("x");
    s.maxChangeSet("mc").add("x");
    s.maxChangeSet("mc").remove("x");
    s.maxChangeSet("mc").add("x");
    s.map("m").update("hits", "pn-counter", (c, cx) => c.increment(cx.replica, 4));
    s.map("m").update("tags", "or-set", (c, cx) => c.add(cx.replica, "t"));
    s.map("m").remove("tags");
    expect(s.gCounter("g").value).toBe(2);
    expect(s.twoPSet("tp").value).toEqual([]);
    expect(s.orSet("or").value).toEqual(["y"]);
    expect(s.lwwSet("lw").has("x")).toBe(true);
    expect(s.maxChangeSet("mc").value).toEqual(["x"]);
    expect([...s.map("m").value]).toEqual([["hits", { type: "pn-counter", value: 4n }]]);
    expect(s.map("m").field("hits", "pn-counter")?.value()).toBe(4n);
  });
});

describe("CRDT-5: many stores, lossy piggyback, then anti-entropy", () => {
  it("converges on every replica and loses no counter update", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ node: fc.nat(7), op: fc.nat(4), x: fc.nat(5), to: fc.nat(7), lose: fc.boolean() }),
          { maxLength: 80 },
        ),
        (steps) => {
          const clock = { t: 0 };
          const nodes = Array.from({ length: 8 }, (_, i) => new SharedData(node(`n${i}`, clock)));
          let total = 0;
          for (const st of steps) {
            clock.t += 7;
            const s = nodes[st.node]!;
            if (st.op === 0) {
              s.counter("hits").increment(st.x);
              total += st.x;
            } else if (st.op === 1) s.orSet("set").add(`e${st.x}`);
            else if (st.op === 2) s.orSet("set").remove(`e${st.x}`);
            else if (st.op === 3) s.register("reg").set(`v${st.x}`);
            else s.map("m").update(`f${st.x % 2}`, "g-counter", (c, cx) => c.increment(cx.replica, 1));
            // One gossip message, maybe lost.
            const target = nodes[st.to]!;
            const msgs = s.store.piggyback(peer(target.store.replicaId), { maxBytes: 600, transmitLimit: 2 });
            if (!st.lose && target !== s) for (const m of msgs) expect(target.store.receive(m).ok).toBe(true);
          }
          // Anti-entropy: push-pull around a ring twice.
          for (let round = 0; round < 2; round++) {
            for (let i = 0; i < nodes.length; i++) {
              const a = nodes[i]!.store;
              const b = nodes[(i + 1) % nodes.length]!.store;
              const fromA = a.fullStates(peer(b.replicaId));
              for (const m of b.fullStates(peer(a.replicaId))) a.receive(m);
              for (const m of fromA) b.receive(m);
            }
          }
          const dump = (s: SharedStore) => s.keys().map((k) => [k, toHex(s.get(k)!.encode())]);
          for (const n of nodes) expect(dump(n.store)).toEqual(dump(nodes[0]!.store));
          if (steps.some((s) => s.op === 0)) expect(nodes[3]!.counter("hits").value).toBe(total);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("SharedStore snapshots", () => {
  it("CRDT-6: exportState/importState restore every key, policy, TTL and the clock", () => {
    const clock = { t: 1000 };
    const a = new SharedData(node("a#1", clock));
    a.counter("hits", { ttlMs: 5000 }).increment(4);
    a.orSet("tags", { replication: replicateToMatching({ dc: "east" }) }).add("x");
    a.register("r").set("v");
    const snap = a.store.exportState();
    const b = new SharedData(node("a#1", clock));
    expect(b.store.importState(snap)).toEqual({ ok: true, value: 3 });
    const dump = (s: SharedStore) => s.keys().map((k) => [k, toHex(s.get(k)!.encode()), s.policyOf(k)]);
    expect(dump(b.store)).toEqual(dump(a.store));
    expect(b.store.nextExpiry()).toBe(6000);
    expect(b.store.piggyback(peer("z", { dc: "east" }), ALL)).toEqual([]);
    // The restored clock is past the restored write, so a new write wins.
    b.register("r").set("w");
    expect(b.register("r").text).toBe("w");
    // The same replica id continues its dots after the restore.
    b.orSet("tags").add("y");
    expect(b.orSet("tags").value).toEqual(["x", "y"]);
    expect(toHex(b.store.exportState())).not.toBe(toHex(snap));
  });

  it("CRDT-15: a malformed snapshot is a typed error and changes nothing", () => {
    const s = node("a", { t: 0 });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 48 }), (bytes) => {
        const r = s.importState(bytes);
        if (!r.ok) expect(["CRDT_MALFORMED", "CRDT_TYPE_MISMATCH", "CRDT_LIMIT"]).toContain(r.error.code);
      }),
    );
    const good = new SharedData(node("x", { t: 0 }));
    good.gSet("k").add("v");
    const snap = good.store.exportState();
    const fresh = node("y", { t: 0 });
    expect(fresh.importState(snap.slice(0, snap.length - 1)).ok).toBe(false);
    expect(fresh.keys()).toEqual([]);
  });
});
