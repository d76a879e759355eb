import { afterEach, describe, expect, it } from "vitest";
import { createNode, type GossipNode } from "./node.js";
import { aliveView, waitFor } from "./test-helpers.js";

const fast = { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 50, pushPullIntervalMs: 2000 };
let nodes: GossipNode[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});

async function start(name: string, extra: Parameters<typeof createNode>[0] = {}): Promise<GossipNode> {
  const n = await createNode({ name, bindAddress: "127.0.0.1", bindPort: 0, preset: "local", protocol: fast, ...extra });
  nodes.push(n);
  return n;
}

describe("runtime with the reference engine (@gossip/core)", () => {
  it("TRN-1: three nodes join over real UDP+TCP and detect a stopped node", async () => {
    const a = await start("a");
    const b = await start("b", { seeds: [a.address] });
    const c = await start("c", { seeds: [a.address] });
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    await c.close();
    await waitFor("c dead", () => [a, b].every((n) => n.members().find((m) => m.name === "c")?.state === "dead"));
    expect(a.stats().packetsIn).toBeGreaterThan(0);
  });
});
