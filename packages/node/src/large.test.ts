import { afterEach, describe, expect, it } from "vitest";
import { createNode, type GossipNode } from "./node.js";
import { waitFor } from "./test-helpers.js";

const FAST = {
  preset: "local",
  protocol: { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 50, pushPullIntervalMs: 3000 },
} as const;
const N = 30;
const running = new Map<string, GossipNode>();

afterEach(async () => {
  await Promise.all([...running.values()].map((n) => n.close()));
  running.clear();
});

function agreed(expected: Map<string, string>): boolean {
  for (const n of running.values()) {
    const view = new Map(n.members().map((m) => [m.name, m.state]));
    for (const [name, state] of expected) if (name !== n.name && view.get(name) !== state) return false;
  }
  return true;
}

describe(`a ${N}-node cluster over real UDP (reference engine)`, () => {
  it("TRN-1: joins, detects three stopped nodes, and takes them back after a restart", async () => {
    const names = Array.from({ length: N }, (_, i) => `n${i}`);
    const ports = new Map<string, number>();
    const start = async (name: string, seed: string | undefined) => {
      const n = await createNode({
        name,
        bindAddress: "127.0.0.1",
        bindPort: ports.get(name) ?? 0,
        seeds: seed ? [seed] : [],
        ...FAST,
      });
      ports.set(name, n.port);
      running.set(name, n);
      return n;
    };
    const first = await start(names[0]!, undefined);
    // Seeds spread over the first few nodes, like a real deployment.
    for (const [i, name] of names.slice(1).entries())
      await start(name, running.get(names[i % 3]!)?.address ?? first.address);
    await waitFor("all alive everywhere", () => agreed(new Map(names.map((x) => [x, "alive"]))), 30_000);

    const victims = names.slice(-3);
    for (const v of victims) {
      await running.get(v)!.close();
      running.delete(v);
    }
    await waitFor(
      "victims dead everywhere",
      () => agreed(new Map(names.map((x) => [x, victims.includes(x) ? "dead" : "alive"]))),
      30_000,
    );
    for (const v of victims) await start(v, first.address);
    await waitFor("all alive again", () => agreed(new Map(names.map((x) => [x, "alive"]))), 30_000);
    const s = first.stats();
    expect(s.packetsIn).toBeGreaterThan(0);
    // Late acks and the like are normal while nodes die; the transport itself discarded nothing.
    expect(Object.keys(s.drops).filter((k) => k.startsWith("transport:"))).toEqual([]);
  });
});
