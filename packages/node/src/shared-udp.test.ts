import { coreEngineFactory, createNode, type GossipNode } from "@gossip/node";
import { afterEach, describe, expect, it } from "vitest";
import { type CrdtEngineHost, linkSharedStore } from "./engine-link.js";
import { SharedData } from "./handles.js";
import { SharedStore } from "./store.js";

const fast = { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 50, pushPullIntervalMs: 2000 };
let nodes: GossipNode[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});

/** A runtime node on loopback whose engine is linked to a SharedStore. */
async function start(name: string, seeds: string[] = []): Promise<{ node: GossipNode; shared: SharedData }> {
  const shared = new SharedData(new SharedStore({ replicaId: name, now: () => Date.now() }));
  const node = await createNode({
    name,
    bindAddress: "127.0.0.1",
    bindPort: 0,
    preset: "local",
    protocol: fast,
    seeds,
    engine: async (init) => {
      const engine = await coreEngineFactory(init);
      linkSharedStore(engine as unknown as CrdtEngineHost, shared.store);
      return engine;
    },
  });
  nodes.push(node);
  return { node, shared };
}

async function waitFor(what: string, pred: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe("shared data over real sockets (UDP gossip, TCP push-pull, loopback)", () => {
  it("CRDT-5, CRDT-60, CRDT-63: a counter incremented on 10 nodes sums correctly everywhere, and every type converges", async () => {
    const first = await start("n0");
    const all = [first];
    for (let i = 1; i < 10; i++) all.push(await start(`n${i}`, [first.node.address]));
    await waitFor("membership", () =>
      all.every((x) => x.node.members().filter((m) => m.state === "alive").length === 10),
    );
    let total = 0;
    all.forEach((x, i) => {
      for (let k = 0; k <= i; k++) {
        x.shared.counter("hits").increment(i + 1);
        total += i + 1;
      }
    });
    // Every other type, written on different nodes.
    all[1]!.shared.gCounter("g").increment(5);
    all[2]!.shared.gSet("gs").add("a");
    all[3]!.shared.orSet("tags").add("x");
    all[4]!.shared.twoPSet("tp").add("y");
    all[5]!.shared.lwwSet("lw").add("z");
    all[6]!.shared.maxChangeSet("mc").add("w");
    all[7]!.shared.register("leader").set("n7");
    all[8]!.shared.map("m").update("f", "pn-counter", (c, cx) => c.increment(cx.replica, 2));
    all[9]!.shared.map("m").update("f", "pn-counter", (c, cx) => c.increment(cx.replica, 3));
    const done = (x: (typeof all)[number]) =>
      x.shared.counter("hits").value === total &&
      x.shared.gCounter("g").value === 5 &&
      x.shared.gSet("gs").has("a") &&
      x.shared.orSet("tags").has("x") &&
      x.shared.twoPSet("tp").has("y") &&
      x.shared.lwwSet("lw").has("z") &&
      x.shared.maxChangeSet("mc").has("w") &&
      x.shared.register("leader").text === "n7" &&
      x.shared.map("m").field("f", "pn-counter")?.value() === 5n;
    await waitFor("convergence", () => all.every(done));
    expect(all.map((x) => x.shared.counter("hits").value)).toEqual(all.map(() => total));
  });
});
