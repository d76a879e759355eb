// Shared helpers for this package's integration tests (not part of the build's public API).
import { fakeEngineFactory } from "../fixtures/fake-engine.mjs";
import { createNode, type GossipNode, type NodeOptions } from "./node.js";

export const fake = fakeEngineFactory({ intervalMs: 50, suspectAfterMs: 400, deadAfterMs: 800 });

export async function waitFor(what: string, cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function aliveView(n: GossipNode): string[] {
  return n
    .members()
    .filter((m) => m.state === "alive")
    .map((m) => m.name)
    .sort();
}

/** Nodes on 127.0.0.1 with free ports, closed by the returned cleanup. */
export class Cluster {
  readonly nodes: GossipNode[] = [];
  async add(opts: NodeOptions): Promise<GossipNode> {
    const n = await createNode({ bindAddress: "127.0.0.1", bindPort: 0, engine: fake, ...opts });
    this.nodes.push(n);
    return n;
  }
  async close(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.close()));
  }
}
