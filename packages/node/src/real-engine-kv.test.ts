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
  const n = await createNode({
    name,
    bindAddress: "127.0.0.1",
    bindPort: 0,
    preset: "local",
    protocol: fast,
    ...extra,
  });
  nodes.push(n);
  return n;
}

describe("key/value state and user events with the reference engine", () => {
  it("TRN-1: key/value state and user events spread over real sockets (KV, EVT with the reference engine)", async () => {
    const a = await start("a");
    const b = await start("b", { seeds: [a.address] });
    const c = await start("c", { seeds: [b.address] });
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    const changes: string[] = [];
    c.on("key-changed", (k) =>
      changes.push(`${k.member}.${k.key}=${k.newValue ? new TextDecoder().decode(k.newValue) : "-"}`),
    );
    a.setKey("role", "db");
    await waitFor("key at c", () => c.getKey("role", "a") !== undefined);
    expect(new TextDecoder().decode(c.getKey("role", "a"))).toBe("db");
    expect(changes).toContain("a.role=db");
    expect([...c.keysOf("a").keys()]).toEqual(["role"]);
    a.deleteKey("role");
    await waitFor("deleted at c", () => c.getKey("role", "a") === undefined);

    const got: string[] = [];
    for (const n of [a, b])
      n.on("user-event", (e) =>
        got.push(`${n.name}<-${e.origin}:${e.name}:${new TextDecoder().decode(e.payload)}`),
      );
    const id = c.broadcast("deploy", "v2");
    expect(id?.length).toBe(16);
    await waitFor("event at a and b", () => got.length === 2);
    expect(got.sort()).toEqual(["a<-c:deploy:v2", "b<-c:deploy:v2"]);
  });
});
