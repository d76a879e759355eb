import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createNode, type GossipNode } from "./node.js";

let nodes: GossipNode[] = [];
let dirs: string[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  nodes = [];
  dirs = [];
});

async function start(dataDir: string): Promise<GossipNode> {
  const n = await createNode({ name: "p", bindAddress: "127.0.0.1", bindPort: 0, preset: "local", dataDir });
  nodes.push(n);
  return n;
}

async function restart(n: GossipNode, dataDir: string): Promise<GossipNode> {
  await n.close();
  nodes.splice(nodes.indexOf(n), 1);
  return start(dataDir);
}

describe("TRN-60: own keys set with a TTL survive a restart with only the time they had left", () => {
  it("restores a live TTL key as expiring, a plain key as permanent, and drops an expired one", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-ttl-"));
    dirs.push(dir);
    let n = await start(dir);
    n.setKey("plain", "1");
    n.setKey("long", "2", { ttlMs: 60_000 });
    n.setKey("short", "3", { ttlMs: 300 });
    n.setKey("was-ttl", "4", { ttlMs: 60_000 });
    n.setKey("was-ttl", "5"); // overwritten without a TTL: permanent again
    n = await restart(n, dir);
    const saved = JSON.parse(readFileSync(join(dir, "gossip-state.json"), "utf8"));
    expect(Object.keys(saved.kvExpiresAt ?? {}).sort()).toEqual(
      ["long", "short"].filter((k) => k in saved.kv),
    );
    // "short" may or may not have expired before the first close; after waiting it must be gone for good.
    await new Promise((r) => setTimeout(r, 400));
    n = await restart(n, dir);
    const keys = [...n.keysOf().keys()].sort();
    expect(keys).toEqual(["long", "plain", "was-ttl"]);
    expect(new TextDecoder().decode(n.getKey("was-ttl"))).toBe("5");
    const again = JSON.parse(readFileSync(join(dir, "gossip-state.json"), "utf8"));
    expect(Object.keys(again.kvExpiresAt)).toEqual(["long"]);
    expect(again.kvExpiresAt.long).toBe(saved.kvExpiresAt.long);
  });
});
