import { MemoryNetwork } from "@gossip/core/testing";
import { describe, expect, it } from "vitest";
import { toHex } from "./bytes.js";
import { linkSharedStore } from "./engine-link.js";
import { SharedData } from "./handles.js";
import { decodeMetaPairs, replicateToMatching, replicateToNodes } from "./policy.js";
import { SharedStore } from "./store.js";

/** One node: an engine in the memory network, a store, and the link between them. */
function setup(n: number, seed: number, metaOf: (i: number) => Uint8Array = () => new Uint8Array(0)) {
  const net = new MemoryNetwork({ seed, defaults: { preset: "local" }, loss: 0.05 });
  const shared = new Map<string, SharedData>();
  const links = new Map<string, ReturnType<typeof linkSharedStore>>();
  const attach = (name: string, replicaId: string, existing?: SharedData) => {
    const data =
      existing ?? new SharedData(new SharedStore({ replicaId, nodeName: name, now: () => net.now }));
    links.set(name, linkSharedStore(net.node(name).engine, data.store));
    shared.set(name, data);
    return data;
  };
  for (let i = 0; i < n; i++) {
    net.addNode(`n${i}`, { meta: metaOf(i) });
    attach(`n${i}`, `n${i}`);
  }
  for (let i = 1; i < n; i++) net.join(`n${i}`, ["n0"]);
  return { net, shared, attach, links };
}

const fingerprint = (d: SharedData) =>
  d.store
    .keys()
    .map((k) => `${k}=${toHex(d.store.get(k)!.encode())}`)
    .join(";");

function converged(names: readonly string[], shared: Map<string, SharedData>): boolean {
  const first = fingerprint(shared.get(names[0]!)!);
  return names.every((n) => fingerprint(shared.get(n)!) === first);
}

describe("SharedStore over the engine (in-memory network)", () => {
  it("CRDT-5, CRDT-60, CRDT-63: 100 nodes, concurrent updates, partition and heal, crashes: every replica converges and no update is lost", () => {
    const N = Number(process.env.CRDT_N ?? 100);
    const t0 = performance.now();
    const lap = (s: string) =>
      process.env.CRDT_N &&
      process.stderr.write(`${s} ${Math.round(performance.now() - t0)}ms (virtual ${net.now} ms)\n`);
    const { net, shared, attach } = setup(N, 11);
    const names = [...shared.keys()];
    expect(net.runUntilTrue(() => net.converged(names), 60_000, 500)).toBe(true);
    lap("membership");

    let total = 0;
    const round = (who: readonly string[], r: number) => {
      who.forEach((name, i) => {
        const d = shared.get(name)!;
        const by = ((i * 7 + r) % 5) + 1;
        d.counter("hits").increment(by);
        total += by;
        if (i % 10 === r % 10) d.orSet("tags").add(`t${(i + r) % 13}`);
        if (i % 17 === 0) d.orSet("tags").remove(`t${r % 13}`);
        if (i % 25 === r % 25) d.register("leader").set(name);
      });
    };

    for (let r = 0; r < 3; r++) {
      round(names, r);
      net.run(300);
    }

    // Partition into two halves; both keep writing.
    const left = names.slice(0, N / 2);
    const right = names.slice(N / 2);
    net.partition(left, right);
    for (let r = 3; r < 6; r++) {
      round(names, r);
      net.run(500);
    }
    net.heal();
    lap("partition");

    // Crash three nodes after their last writes (their state is kept, as if persisted).
    const crashed = names.slice(-3);
    for (const c of crashed) net.kill(c);
    const up = names.filter((n) => !crashed.includes(n));
    round(up, 6);

    expect(net.runUntilTrue(() => converged(up, shared), 120_000, 500)).toBe(true);
    lap("converged");
    const a = shared.get("n0")!;
    // Writes of the crashed nodes that had not spread yet come back with them.
    expect(a.counter("hits").value).toBeLessThanOrEqual(total);

    // Restart the crashed nodes with their stored state; everything converges to the full total.
    for (const c of crashed) {
      net.restart(c);
      attach(c, c, shared.get(c));
      net.join(c, ["n0"]);
    }
    expect(
      net.runUntilTrue(() => converged(names, shared) && a.counter("hits").value === total, 120_000, 500),
    ).toBe(true);
    for (const name of names) expect(shared.get(name)!.counter("hits").value).toBe(total);
    lap("restarted");
  }, 600_000);

  it("CRDT-65: a key with policy none never leaves its node", () => {
    const { net, shared } = setup(5, 3);
    const names = [...shared.keys()];
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);
    shared
      .get("n1")!
      .counter("secret", { replication: { mode: "none", nodes: [], match: {} } })
      .increment(5);
    shared.get("n1")!.counter("public").increment(2);
    expect(net.runUntilTrue(() => shared.get("n4")!.store.value("public") === 2n, 30_000, 200)).toBe(true);
    net.run(5_000);
    for (const n of names.filter((x) => x !== "n1")) expect(shared.get(n)!.store.keys()).toEqual(["public"]);
  });

  it("CRDT-64, CRDT-65, CRDT-72: a nodes-policy key reaches exactly the named nodes, by deltas and by anti-entropy", () => {
    const { net, shared, links } = setup(8, 5);
    const names = [...shared.keys()];
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);
    const named = ["n2", "n5", "n6"];
    // Written on a node that is not itself named.
    shared
      .get("n0")!
      .counter("pair", { replication: replicateToNodes(named) })
      .increment(4);
    shared.get("n0")!.counter("everyone").increment(1);
    expect(
      net.runUntilTrue(() => named.every((n) => shared.get(n)!.store.value("pair") === 4n), 60_000, 200),
    ).toBe(true);
    // A later write on a named node reaches the other named nodes, and not the unnamed writer.
    shared
      .get("n5")!
      .counter("pair", { replication: replicateToNodes(named) })
      .increment(1);
    expect(
      net.runUntilTrue(() => named.every((n) => shared.get(n)!.store.value("pair") === 5n), 60_000, 200),
    ).toBe(true);
    net.run(40_000); // several push-pull rounds
    for (const n of names) {
      expect([n, shared.get(n)!.store.value("everyone")]).toEqual([n, 1n]);
      if (named.includes(n)) expect(shared.get(n)!.store.value("pair")).toBe(5n);
      else if (n === "n0") expect(shared.get(n)!.store.value("pair")).toBe(4n);
      else expect(shared.get(n)!.store.keys()).toEqual(["everyone"]);
    }
    // The deltas went out per target (not only by push-pull).
    expect(links.get("n0")!.stats.targetedOut).toBeGreaterThan(0);
    expect(links.get("n5")!.stats.targetedOut).toBeGreaterThan(0);
  });

  it("CRDT-64, CRDT-71, CRDT-73: a metadata-policy key reaches only nodes whose metadata matches", () => {
    const meta = (i: number) => new TextEncoder().encode(JSON.stringify({ dc: i % 2 === 0 ? "eu" : "us" }));
    const { net, shared } = setup(8, 9, meta);
    const names = [...shared.keys()];
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);
    const eu = names.filter((_, i) => i % 2 === 0);
    const us = names.filter((_, i) => i % 2 === 1);
    shared
      .get("n0")!
      .orSet("eu-pool", { replication: replicateToMatching({ dc: "eu" }) })
      .add("a");
    shared
      .get("n1")!
      .orSet("eu-pool", { replication: replicateToMatching({ dc: "eu" }) })
      .add("b");
    // n1 (us) wrote it: it keeps its own write and sends it to eu nodes only.
    expect(
      net.runUntilTrue(
        () => eu.every((n) => shared.get(n)!.orSet("eu-pool").value.join() === "a,b"),
        60_000,
        200,
      ),
    ).toBe(true);
    net.run(40_000); // several push-pull rounds
    for (const n of us.filter((x) => x !== "n1")) expect(shared.get(n)!.store.keys()).toEqual([]);
  });

  it("CRDT-67: a key's TTL expires it on every node", () => {
    const { net, shared } = setup(6, 13);
    const names = [...shared.keys()];
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);
    // Long enough a lifetime for push-pull (15 s with the local preset) to repair a delta that
    // gossip's two transmissions did not bring to every node (5 % loss).
    shared.get("n3")!.lwwSet("sessions", { ttlMs: 30_000 }).add("s1");
    expect(
      net.runUntilTrue(() => names.every((n) => shared.get(n)!.lwwSet("sessions").has("s1")), 25_000, 100),
    ).toBe(true);
    net.run(3_000);
    // Reading defines nothing new: the key is gone everywhere once its lifetime has passed.
    expect(
      net.runUntilTrue(() => names.every((n) => shared.get(n)!.store.keys().length === 0), 30_000, 500),
    ).toBe(true);
    net.run(40_000); // and anti-entropy does not bring it back
    for (const n of names) expect(shared.get(n)!.store.keys()).toEqual([]);
  });

  it("CRDT-73: metadata is decoded as string pairs from a UTF-8 JSON object", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(decodeMetaPairs(enc('{"dc":"eu","n":3}'))).toEqual({ dc: "eu" });
    expect(decodeMetaPairs(new Uint8Array(0))).toEqual({});
    expect(decodeMetaPairs(enc("[1]"))).toEqual({});
    expect(decodeMetaPairs(new Uint8Array([0xff, 0xfe]))).toEqual({});
  });
});
