import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodePskFile, generateKey } from "@gossip/security";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { ConfigError } from "./errors.js";
import { createNode, type GossipNode } from "./node.js";
import { aliveView, waitFor } from "./test-helpers.js";

const FAST = {
  preset: "local",
  protocol: { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 50, pushPullIntervalMs: 2000 },
} as const;
const dir = mkdtempSync(join(tmpdir(), "gossip-keys-"));
const keyA = join(dir, "a.key");
const keyB = join(dir, "b.key");
writeFileSync(keyA, encodePskFile(generateKey()));
writeFileSync(keyB, encodePskFile(generateKey()));
let nodes: GossipNode[] = [];

afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(name: string, extra: Parameters<typeof createNode>[0] = {}): Promise<GossipNode> {
  const n = await createNode({ name, bindAddress: "127.0.0.1", bindPort: 0, ...FAST, ...extra });
  nodes.push(n);
  return n;
}

describe("encryption from key files (reference engine, @gossip/security keyring)", () => {
  it("TRN-22: nodes sharing a key join; a node with another key or none stays out, and its packets are counted drops", async () => {
    const a = await start("a", { encryption: { keyFiles: [keyA] } });
    const b = await start("b", { encryption: { keyFiles: [keyA] }, seeds: [a.address] });
    await waitFor("a and b joined", () => aliveView(a).join() === "a,b" && aliveView(b).join() === "a,b");
    const c = await start("c", {
      encryption: { keyFiles: [keyB] },
      seeds: [a.address],
      join: { timeoutMs: 1500 },
    });
    const d = await start("d", { seeds: [a.address], join: { timeoutMs: 1500 } });
    await expect(c.join()).rejects.toMatchObject({ code: "JOIN_FAILED" });
    await expect(d.join()).rejects.toMatchObject({ code: "JOIN_FAILED" });
    expect(aliveView(a)).toEqual(["a", "b"]);
    const drops = Object.entries(a.stats().drops).reduce((n, [, v]) => n + v, 0);
    expect(drops).toBeGreaterThan(0);
  });

  it("TRN-22: a key rotation keeps working with the old key as a secondary; a bad key file is a ConfigError", async () => {
    const a = await start("a", { encryption: { keyFiles: [keyA, keyB] } });
    const b = await start("b", { encryption: { keyFiles: [keyB, keyA] }, seeds: [a.address] });
    await waitFor(
      "joined across primaries",
      () => aliveView(a).join() === "a,b" && aliveView(b).join() === "a,b",
    );
    const bad = join(dir, "bad.key");
    writeFileSync(bad, "not a key\n");
    const err = await createNode({
      bindAddress: "127.0.0.1",
      bindPort: 0,
      encryption: { keyFiles: [bad] },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).option).toBe("encryption.keyFiles.0");
  });
});
