/**
 * fast-check properties of the key/value state (spec/07-kv-state.md).
 */
import type { NodeDelta } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kvDeltaMessageSize } from "./size.js";
import { KvStore } from "./store.js";

const NAMES = ["n0", "n1", "n2", "n3"];
const KEYS = ["a", "b", "c", "d", "e"];

type Cmd =
  | { t: "set"; node: number; key: number; val: number; ttl: number | null }
  | { t: "del"; node: number; key: number }
  | { t: "advance"; dt: number }
  | { t: "send"; from: number; to: number; budget: number }
  | { t: "piggy"; from: number; to: number; owner: number; lag: number; budget: number }
  | { t: "deliver"; idx: number; keep: boolean }
  | { t: "drop"; idx: number };

const cmd = (n: number): fc.Arbitrary<Cmd> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        t: fc.constant("set" as const),
        node: fc.nat(n - 1),
        key: fc.nat(KEYS.length - 1),
        val: fc.nat(3),
        ttl: fc.option(fc.integer({ min: 1, max: 120 })),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant("del" as const),
        node: fc.nat(n - 1),
        key: fc.nat(KEYS.length - 1),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ t: fc.constant("advance" as const), dt: fc.integer({ min: 0, max: 60 }) }),
    },
    {
      weight: 3,
      arbitrary: fc.record({
        t: fc.constant("send" as const),
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        budget: fc.integer({ min: 40, max: 400 }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        t: fc.constant("piggy" as const),
        from: fc.nat(n - 1),
        to: fc.nat(n - 1),
        owner: fc.nat(n - 1),
        lag: fc.nat(4),
        budget: fc.integer({ min: 40, max: 400 }),
      }),
    },
    {
      weight: 4,
      arbitrary: fc.record({ t: fc.constant("deliver" as const), idx: fc.nat(), keep: fc.boolean() }),
    },
    { weight: 1, arbitrary: fc.record({ t: fc.constant("drop" as const), idx: fc.nat() }) },
  );

interface World {
  stores: KvStore[];
  offsets: number[];
  time: number;
  net: { to: number; nodes: NodeDelta[] }[];
}

function run(
  cmds: Cmd[],
  n: number,
  offsets: number[],
  config: { tombstoneGraceMs: number; maxTombstonesPerNode: number },
): World {
  const w: World = {
    stores: NAMES.slice(0, n).map((name) => new KvStore(name, config)),
    offsets,
    time: 0,
    net: [],
  };
  const clock = (i: number) => w.time + (w.offsets[i] ?? 0);
  for (const c of cmds) {
    switch (c.t) {
      case "set":
        w.stores[c.node]?.set(
          KEYS[c.key] as string,
          new Uint8Array([c.val]),
          clock(c.node),
          c.ttl === null ? undefined : { ttlMs: c.ttl },
        );
        break;
      case "del":
        w.stores[c.node]?.delete(KEYS[c.key] as string, clock(c.node));
        break;
      case "advance":
        w.time += c.dt;
        w.stores.forEach((s, i) => {
          s.tick(clock(i));
        });
        break;
      case "send": {
        const from = w.stores[c.from] as KvStore;
        const to = w.stores[c.to] as KvStore;
        const d = from.computeDelta(to.digest(), { budgetBytes: c.budget });
        expect(kvDeltaMessageSize(d.nodes)).toBeLessThanOrEqual(c.budget);
        if (d.nodes.length > 0) w.net.push({ to: c.to, nodes: d.nodes });
        break;
      }
      case "piggy": {
        // A piggybacked delta of recent changes: from a version somewhat behind the sender's.
        const from = w.stores[c.from] as KvStore;
        const owner = NAMES[c.owner] as string;
        const d = from.deltaFor(owner, Math.max(0, from.maxVersion(owner) - c.lag), c.budget);
        if (d !== undefined) w.net.push({ to: c.to, nodes: [d] });
        break;
      }
      case "deliver": {
        if (w.net.length === 0) break;
        const i = c.idx % w.net.length;
        const m = w.net[i] as World["net"][number];
        if (!c.keep) w.net.splice(i, 1);
        (w.stores[m.to] as KvStore).applyDelta(m.nodes, clock(m.to));
        break;
      }
      case "drop":
        if (w.net.length > 0) w.net.splice(c.idx % w.net.length, 1);
        break;
    }
  }
  return w;
}

/** Full digest exchange between every ordered pair until nothing changes. */
function antiEntropy(w: World, budget: number): number {
  const n = w.stores.length;
  for (let round = 1; round <= n + 2; round++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const a = w.stores[i] as KvStore;
        const b = w.stores[j] as KvStore;
        // Repeat while the budget cuts the delta short.
        for (let k = 0; k < 1000; k++) {
          const d = a.computeDelta(b.digest(), { budgetBytes: budget });
          const r = b.applyDelta(d.nodes, w.time + (w.offsets[j] ?? 0));
          if (r.advanced.length > 0) changed = true;
          if (d.complete || r.advanced.length === 0) break;
        }
      }
    }
    if (!changed) return round;
  }
  return n + 3;
}

function snapshot(s: KvStore, owner: string): string {
  return JSON.stringify([...s.keysOf(owner)].map(([k, v]) => [k, [...v]]).sort());
}

function expectConverged(w: World): void {
  for (const owner of w.stores) {
    const truth = snapshot(owner, owner.self);
    for (const s of w.stores) {
      expect(snapshot(s, owner.self), `${s.self}'s view of ${owner.self}`).toBe(truth);
      expect(s.maxVersion(owner.self)).toBe(owner.maxVersion(owner.self));
    }
  }
}

describe("key/value properties", () => {
  it("KV-20 KV-22 KV-23 KV-25 KV-32: any delivery order, duplication and loss of deltas, then anti-entropy, converges every node", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.array(cmd(n), { maxLength: 150, size: "max" }),
            fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: n, maxLength: n }),
            fc.record({
              tombstoneGraceMs: fc.integer({ min: 0, max: 200 }),
              maxTombstonesPerNode: fc.integer({ min: 1, max: 6 }),
            }),
            fc.integer({ min: 60, max: 3000 }),
          ),
        ),
        ([n, cmds, offsets, config, budget]) => {
          const w = run(cmds, n, offsets, config);
          const rounds = antiEntropy(w, budget);
          expect(rounds).toBeLessThanOrEqual(n + 2);
          // A reset must carry every entry up to the GC horizon at once (KV-33); with these few
          // small keys that always fits 400 bytes. Below that, a large (stream) exchange finishes.
          if (budget < 400) antiEntropy(w, 1 << 20);
          expectConverged(w);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("KV-30: tombstones are collected only once the grace period has passed on the holder's clock", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ t: fc.constant("set" as const), key: fc.nat(KEYS.length - 1) }),
            fc.record({ t: fc.constant("del" as const), key: fc.nat(KEYS.length - 1) }),
            fc.record({ t: fc.constant("advance" as const), dt: fc.integer({ min: 0, max: 80 }) }),
          ),
          { maxLength: 60, size: "max" },
        ),
        fc.integer({ min: 1, max: 150 }),
        (ops, grace) => {
          const owner = new KvStore("o", { tombstoneGraceMs: grace });
          const peer = new KvStore("p", { tombstoneGraceMs: grace });
          const deletedAt = new Map<string, number>();
          let now = 0;
          const tombstones = (s: KvStore) =>
            new Set(
              s
                .computeDelta([], { budgetBytes: 1 << 20 })
                .nodes.flatMap((d) =>
                  d.node === "o" ? d.entries.filter((e) => e.tombstone).map((e) => e.key) : [],
                ),
            );
          for (const op of ops) {
            const key = op.t === "advance" ? "" : (KEYS[op.key] as string);
            if (op.t === "set") {
              owner.set(key, new Uint8Array([1]), now);
              deletedAt.delete(key);
            } else if (op.t === "del") {
              if (owner.delete(key, now) !== undefined) deletedAt.set(key, now);
            } else {
              now += op.dt;
              owner.tick(now);
              peer.tick(now);
            }
            peer.applyDelta(owner.computeDelta(peer.digest(), { budgetBytes: 1 << 20 }).nodes, now);
            for (const s of [owner, peer]) {
              const held = tombstones(s);
              for (const [k, at] of deletedAt) {
                if (now < at + grace) expect(held.has(k), `${s.self} still holds ${k}`).toBe(true);
                else expect(held.has(k), `${s.self} collected ${k}`).toBe(false);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("KV-25 KV-32 KV-33: a node behind the GC horizon recovers through a reset, whatever the budget", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(KEYS.length - 1), fc.boolean(), fc.nat(3)), {
          minLength: 1,
          maxLength: 40,
          size: "max",
        }),
        fc.array(fc.tuple(fc.nat(KEYS.length - 1), fc.boolean(), fc.nat(3)), {
          minLength: 1,
          maxLength: 40,
          size: "max",
        }),
        fc.integer({ min: 90, max: 600 }),
        (before, after, budget) => {
          const owner = new KvStore("o", { tombstoneGraceMs: 10 });
          const relay = new KvStore("r", { tombstoneGraceMs: 10 });
          const late = new KvStore("l", { tombstoneGraceMs: 10 });
          const apply = (ops: [number, boolean, number][], now: number) => {
            for (const [k, del, v] of ops) {
              if (del) owner.delete(KEYS[k] as string, now);
              else owner.set(KEYS[k] as string, new Uint8Array([v]), now);
            }
          };
          apply(before, 0);
          late.applyDelta(owner.computeDelta(late.digest(), { budgetBytes: 1 << 20 }).nodes, 0);
          apply(after, 1);
          relay.applyDelta(owner.computeDelta(relay.digest(), { budgetBytes: 1 << 20 }).nodes, 1);
          owner.tick(100);
          relay.tick(100);
          // The late node catches up from the relay, which collected tombstones it never saw.
          const behindHorizon = late.maxVersion("o") < relay.gcVersion("o");
          let resets = 0;
          for (let i = 0; i < 200 && late.maxVersion("o") < relay.maxVersion("o"); i++) {
            const d = relay.computeDelta(late.digest(), { budgetBytes: budget });
            if (d.nodes.length === 0) break;
            resets += d.nodes.filter((x) => x.reset).length;
            late.applyDelta(d.nodes, 100);
          }
          if (late.maxVersion("o") < relay.maxVersion("o")) {
            // Only when even the reset up to the horizon cannot fit the budget (KV-33): then a larger one must.
            expect(behindHorizon).toBe(true);
            const d = relay.computeDelta(late.digest(), { budgetBytes: 1 << 20 });
            resets += d.nodes.filter((x) => x.reset).length;
            late.applyDelta(d.nodes, 100);
          }
          expect(snapshot(late, "o")).toBe(snapshot(owner, "o"));
          expect(late.maxVersion("o")).toBe(owner.maxVersion("o"));
          expect(resets > 0).toBe(behindHorizon);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("KV-15: an expired key disappears from every node's view; no node uses another's clock", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 4 })
          .chain((n) =>
            fc.tuple(
              fc.constant(n),
              fc.array(cmd(n), { maxLength: 100, size: "max" }),
              fc.array(fc.integer({ min: -1_000_000, max: 1_000_000 }), { minLength: n, maxLength: n }),
            ),
          ),
        ([n, cmds, offsets]) => {
          const w = run(cmds, n, offsets, { tombstoneGraceMs: 100, maxTombstonesPerNode: 16 });
          // Only owners tick from here on, past every TTL; then anti-entropy.
          w.time += 121;
          w.stores.forEach((s, i) => {
            s.tick(w.time + (w.offsets[i] ?? 0));
          });
          antiEntropy(w, 1400);
          expectConverged(w);
          // Every key set with a TTL was set at most 120 ms (TTL) before; none is left anywhere.
          const ttlKeys = new Map<string, Set<string>>();
          for (const c of cmds) {
            if (c.t === "set") {
              const set = ttlKeys.get(NAMES[c.node] as string) ?? new Set();
              if (c.ttl !== null) set.add(KEYS[c.key] as string);
              else set.delete(KEYS[c.key] as string);
              ttlKeys.set(NAMES[c.node] as string, set);
            }
          }
          for (const s of w.stores) {
            for (const [owner, keys] of ttlKeys)
              for (const k of keys) expect(s.get(owner, k), `${s.self} ${owner}/${k}`).toBeUndefined();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
