// Shared CRDT data through the public runtime API (node.shared) over real
// loopback sockets with the reference engine: UDP gossip, TCP push-pull.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ChangeEvent } from "@gossip/crdt";
import { replicateToMatching, replicateToNodes } from "@gossip/crdt";
import { afterEach, describe, expect, it } from "vitest";
import { silentLogger } from "./logger.js";
import { createNode, type GossipNode, type NodeOptions } from "./node.js";
import { SharedRuntime } from "./shared.js";
import { waitFor } from "./test-helpers.js";

const fast = { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 50, pushPullIntervalMs: 2000 };
let nodes: GossipNode[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function start(name: string, seeds: string[] = [], extra: NodeOptions = {}): Promise<GossipNode> {
  const node = await createNode({
    name,
    bindAddress: "127.0.0.1",
    bindPort: 0,
    preset: "local",
    protocol: fast,
    seeds,
    ...extra,
  });
  nodes.push(node);
  return node;
}

async function cluster(n: number, metaOf: (i: number) => Record<string, string> = () => ({})) {
  const first = await start("n0", [], { meta: metaOf(0) });
  const all = [first];
  for (let i = 1; i < n; i++) all.push(await start(`n${i}`, [first.address], { meta: metaOf(i) }));
  await waitFor(
    "membership",
    () => all.every((x) => x.members().filter((m) => m.state === "alive").length === n),
    20_000,
  );
  return all;
}

describe("node.shared over real sockets (UDP gossip, TCP push-pull, loopback)", () => {
  it("CRDT-5, CRDT-60, CRDT-63: a counter incremented on 10 nodes sums correctly everywhere, and every type converges", async () => {
    const all = await cluster(10);
    let total = 0;
    all.forEach((x, i) => {
      for (let k = 0; k <= i; k++) {
        x.shared.counter("hits").increment(i + 1);
        total += i + 1;
      }
    });
    all[1]!.shared.gCounter("g").increment(5);
    all[2]!.shared.gSet("gs").add("a");
    all[3]!.shared.orSet("tags").add("x");
    all[4]!.shared.twoPSet("tp").add("y");
    all[5]!.shared.lwwSet("lw").add("z");
    all[6]!.shared.maxChangeSet("mc").add("w");
    all[7]!.shared.register("leader").set("n7");
    all[8]!.shared.map("m").update("f", "pn-counter", (c, cx) => c.increment(cx.replica, 2));
    all[9]!.shared.map("m").update("f", "pn-counter", (c, cx) => c.increment(cx.replica, 3));
    const done = (x: GossipNode) =>
      x.shared.counter("hits").value === total &&
      x.shared.gCounter("g").value === 5 &&
      x.shared.gSet("gs").has("a") &&
      x.shared.orSet("tags").has("x") &&
      x.shared.twoPSet("tp").has("y") &&
      x.shared.lwwSet("lw").has("z") &&
      x.shared.maxChangeSet("mc").has("w") &&
      x.shared.register("leader").text === "n7" &&
      x.shared.map("m").field("f", "pn-counter")?.value() === 5n;
    await waitFor("convergence", () => all.every(done), 20_000);
    expect(all.map((x) => x.shared.counter("hits").value)).toEqual(all.map(() => total));
    // Metrics of the store and the link are exported.
    const text = all[0]!.prometheus();
    expect(text).toMatch(/gossip_shared_keys \d+/);
    expect(text).toMatch(/gossip_shared_messages_total\{event="deltasIn"\} [1-9]/);
  }, 60_000);

  it("CRDT-64, CRDT-65, CRDT-67, CRDT-72, CRDT-73: nodes, metadata and none policies and TTL over the engine", async () => {
    const all = await cluster(6, (i) => ({ dc: i < 3 ? "eu" : "us" }));
    const [n0, , n2, n3, n4] = all as [GossipNode, GossipNode, GossipNode, GossipNode, GossipNode];
    const names = all.map((x) => x.name);
    const changes: ChangeEvent[] = [];
    n4.on("shared-changed", (e) => changes.push(e));

    n0.shared.counter("pair", { replication: replicateToNodes(["n2", "n4"]) }).increment(7);
    n3.shared.gSet("eu-only", { replication: replicateToMatching({ dc: "eu" }) }).add("x");
    n0.shared.counter("mine", { replication: { mode: "none", nodes: [], match: {} } }).increment(1);
    n2.shared.lwwSet("session", { ttlMs: 8000 }).add("s1");
    n0.shared.counter("everyone").increment(1);

    const view = () => all.map((x) => `${x.name}:${x.shared.store.keys().join(",")}`).join(" ");
    // The TTL'd key is checked on its own: it must reach everyone before it expires, whatever the
    // targeted keys take (a loaded CI machine once needed longer than a 4 s TTL for all of them together).
    await waitFor(
      "session everywhere",
      () => all.every((x) => x.shared.store.keys().includes("session")),
      7_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${view()}`);
    });
    await waitFor(
      "targeted keys",
      () =>
        n2.shared.store.value("pair") === 7n &&
        n4.shared.store.value("pair") === 7n &&
        ["n0", "n1", "n2"].every((n) =>
          all
            .find((x) => x.name === n)!
            .shared.store.keys()
            .includes("eu-only"),
        ) &&
        all.every((x) => x.shared.store.value("everyone") === 1n),
      15_000,
    ).catch((err: Error) => {
      throw new Error(`${err.message}: ${view()}`);
    });
    // Past the TTL, the key is gone everywhere (and a full push-pull round cannot bring it back).
    await waitFor("expiry", () => all.every((x) => !x.shared.store.keys().includes("session")), 15_000);
    await new Promise((r) => setTimeout(r, 2500));
    for (const x of all) {
      const keys = x.shared.store.keys();
      expect(keys.includes("session"), `${x.name} session`).toBe(false);
      expect(keys.includes("pair"), `${x.name} pair`).toBe(["n0", "n2", "n4"].includes(x.name));
      expect(keys.includes("eu-only"), `${x.name} eu-only`).toBe(["n0", "n1", "n2", "n3"].includes(x.name));
      expect(keys.includes("mine"), `${x.name} mine`).toBe(x.name === "n0");
    }
    expect(names).toHaveLength(6);
    // Value changes are node events, including expiry.
    expect(changes.some((e) => e.key === "pair" && e.source === "remote" && e.value === 7n)).toBe(true);
    expect(changes.some((e) => e.key === "session" && e.source === "expired")).toBe(true);
  }, 60_000);

  it("CRDT-6: with a data directory the store is saved and restored, and the replica id is the node name", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-shared-"));
    dirs.push(dir);
    const a = await start("a", [], { dataDir: dir });
    expect(a.sharedRuntime?.replicaId).toBe("a");
    a.shared.counter("hits").increment(4);
    a.shared.orSet("pool").add("10.0.0.7");
    await a.close();
    expect(readdirSync(dir)).toEqual(["gossip-state.json"]); // saved with the rest of the node's state
    const saved = () => JSON.parse(readFileSync(join(dir, "gossip-state.json"), "utf8")).shared;
    expect(saved()).toMatchObject({ replicaId: "a", clean: true });
    const again = await start("a", [], { dataDir: dir });
    expect(again.sharedRuntime?.replicaId).toBe("a");
    // Reusing the id marks the saved snapshot unclean at once: a crash from here gives a fresh id.
    expect(saved()).toMatchObject({ replicaId: "a", clean: false });
    expect(again.shared.counter("hits").value).toBe(4);
    expect(again.shared.orSet("pool").has("10.0.0.7")).toBe(true);
    again.shared.counter("hits").increment(1);
    expect(again.shared.counter("hits").value).toBe(5);

    // Without a data directory every start writes under a fresh replica id.
    const b1 = await start("b");
    const b2 = await start("b2");
    expect(b1.sharedRuntime?.replicaId).toMatch(/^b#[0-9a-f]{8}$/);
    expect(b2.sharedRuntime?.replicaId).not.toBe(b1.sharedRuntime?.replicaId);
  }, 30_000);

  it("CRDT-6: after a crash (no clean snapshot) the node restores its state under a fresh replica id", () => {
    const opts = { name: "a", persistent: true, logger: silentLogger };
    const first = new SharedRuntime({ ...opts, hadState: false, persisted: undefined });
    expect(first.replicaId).toBe("a");
    first.data.counter("hits").increment(3);
    const periodic = first.snapshot(); // a periodic save; the process then dies without close()
    expect(periodic.clean).toBe(false);
    const second = new SharedRuntime({ ...opts, hadState: true, persisted: periodic });
    expect(second.replicaId).toMatch(/^a#[0-9a-f]{8}$/);
    expect(second.reusedId).toBe(false);
    expect(second.data.counter("hits").value).toBe(3);
    second.data.counter("hits").increment(1);
    second.close();
    const third = new SharedRuntime({ ...opts, hadState: true, persisted: second.snapshot() });
    expect(third.replicaId).toBe(second.replicaId); // clean close: the id is kept
    expect(third.reusedId).toBe(true);
    expect(third.data.counter("hits").value).toBe(4);
    // A node whose data directory held another node's state starts with a fresh id.
    expect(new SharedRuntime({ ...opts, hadState: true, persisted: undefined }).replicaId).not.toBe("a");
    third.close();
    first.close();
  });
});
