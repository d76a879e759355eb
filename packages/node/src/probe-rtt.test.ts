import { afterEach, describe, expect, it } from "vitest";
import { createNode, type GossipNode } from "./node.js";
import { aliveView, waitFor } from "./test-helpers.js";

let nodes: GossipNode[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});

describe("probe round-trip times in stats()", () => {
  it("reports count, last, median and p99 of real probe round trips", async () => {
    const protocol = {
      probeIntervalMs: 100,
      probeTimeoutMs: 50,
      gossipIntervalMs: 50,
      pushPullIntervalMs: 2000,
    };
    const a = await createNode({
      name: "a",
      bindAddress: "127.0.0.1",
      bindPort: 0,
      preset: "local",
      protocol,
    });
    nodes.push(a);
    const b = await createNode({
      name: "b",
      bindAddress: "127.0.0.1",
      bindPort: 0,
      preset: "local",
      protocol,
      seeds: [a.address],
    });
    nodes.push(b);
    await waitFor("joined", () => aliveView(a).join() === "a,b" && aliveView(b).join() === "a,b");
    await waitFor("a few probes answered", () => (a.stats().probeRtt?.count ?? 0) >= 3);
    const rtt = a.stats().probeRtt!;
    // Loopback round trips are well under the probe timeout, and ordered.
    expect(rtt.medianMs).toBeGreaterThanOrEqual(0);
    expect(rtt.medianMs).toBeLessThan(protocol.probeTimeoutMs);
    expect(rtt.p99Ms).toBeGreaterThanOrEqual(rtt.medianMs);
    expect(rtt.lastMs).toBeLessThan(protocol.probeTimeoutMs);
  });
});
