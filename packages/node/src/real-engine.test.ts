import { randomBytes } from "node:crypto";
import dgram from "node:dgram";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { encodeFrame } from "./framing.js";
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

describe("runtime with the reference engine (@gossip/core)", () => {
  it("TRN-1: three nodes join over real UDP+TCP and detect a stopped node", async () => {
    const a = await start("a");
    const b = await start("b", { seeds: [a.address] });
    const c = await start("c", { seeds: [a.address] });
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    await c.close();
    await waitFor("c dead", () =>
      [a, b].every((n) => n.members().find((m) => m.name === "c")?.state === "dead"),
    );
    expect(a.stats().packetsIn).toBeGreaterThan(0);
  });

  it("TRN-40: an HTTP-only cluster joins and detects a stopped node", async () => {
    const a = await start("a", { transport: "http" });
    const b = await start("b", { transport: "http", seeds: [a.address] });
    const c = await start("c", { transport: "http", seeds: [b.address] });
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    await b.close();
    await waitFor("b dead", () =>
      [a, c].every((n) => n.members().find((m) => m.name === "b")?.state === "dead"),
    );
  });

  it("TRN-30: a TCP-only cluster joins and detects a stopped node", async () => {
    const a = await start("a", { transport: "tcp" });
    const b = await start("b", { transport: "tcp", seeds: [a.address] });
    const c = await start("c", { transport: "tcp", seeds: [b.address] });
    await waitFor("full view", () => [a, b, c].every((n) => aliveView(n).join() === "a,b,c"));
    await c.close();
    await waitFor("c dead", () =>
      [a, b].every((n) => n.members().find((m) => m.name === "c")?.state === "dead"),
    );
  });

  it("TRN-21: peers learn and use the advertised address, not the bound one", async () => {
    const a = await start("a");
    const b = await start("b", { bindAddress: "0.0.0.0", advertiseAddress: "127.0.0.2", seeds: [a.address] });
    await waitFor("joined", () => aliveView(a).join() === "a,b" && aliveView(b).join() === "a,b");
    expect(a.members().find((m) => m.name === "b")?.address).toBe(`127.0.0.2:${b.port}`);
    // a keeps b alive by probing 127.0.0.2 (the bound 0.0.0.0 is never used as a destination).
    const before = a.stats().packetsOut;
    await waitFor("a keeps probing b", () => a.stats().packetsOut > before + 5);
    expect(a.members().find((m) => m.name === "b")?.state).toBe("alive");
  });

  it("TRN-62: a restarted node with a data directory keeps its name and does not go back in incarnation", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-real-"));
    try {
      const a = await start("a");
      const b = await start("b", { name: undefined, dataDir: dir, seeds: [a.address] });
      const name = b.name;
      await waitFor("joined", () => aliveView(a).length === 2);
      const inc = b.localNode.incarnation;
      const port = b.port;
      await b.close();
      nodes.splice(nodes.indexOf(b), 1);
      await waitFor("b dead", () => a.members().find((m) => m.name === name)?.state === "dead");
      // No seeds: the remembered members are enough to rejoin (TRN-63).
      const b2 = await start("ignored", { name: undefined, dataDir: dir, bindPort: port });
      expect(b2.name).toBe(name);
      expect(b2.localNode.incarnation).toBeGreaterThanOrEqual(inc);
      await waitFor("b alive again at a", () => a.members().find((m) => m.name === name)?.state === "alive");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("TRN-24, TRN-12, TRN-32: garbage datagrams and frames reach the engine as counted decode drops; the cluster keeps working", async () => {
    const a = await start("a");
    const b = await start("b", { seeds: [a.address] });
    await waitFor("joined", () => aliveView(a).join() === "a,b");
    const sock = dgram.createSocket("udp4");
    for (let i = 0; i < 50; i++) sock.send(randomBytes(1 + (i % 200)), a.port, "127.0.0.1");
    sock.send(Buffer.from("gs"), a.port, "127.0.0.1");
    await waitFor("decode drops", () => {
      const d = a.stats().drops;
      return (
        Object.entries(d)
          .filter(([k]) => k.startsWith("decode"))
          .reduce((n, [, v]) => n + v, 0) >= 40
      );
    });
    sock.close();
    const tcp = net.connect(a.port, "127.0.0.1");
    await new Promise<void>((r) => tcp.on("connect", () => r()));
    const reply: Buffer[] = [];
    tcp.on("data", (c: Buffer) => reply.push(c));
    tcp.end(encodeFrame(randomBytes(64)));
    await new Promise<void>((r) => tcp.on("close", () => r()));
    // The engine answered the undecodable request with an error reply: one frame.
    const r = Buffer.concat(reply);
    expect(r.length).toBeGreaterThan(4);
    expect(r.readUInt32BE(0)).toBe(r.length - 4);
    expect(a.closed).toBe(false);
    await new Promise((r) => setTimeout(r, 600));
    expect(aliveView(a)).toEqual(["a", "b"]);
    expect(aliveView(b)).toEqual(["a", "b"]);
  });
});
