// Nodes in separate processes, killed with SIGKILL. The children run the BUILT
// package (dist/), which `pnpm test` builds first.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { createNode, type GossipNode } from "./node.js";
import { waitFor } from "./test-helpers.js";

const CHILD = fileURLToPath(new URL("../fixtures/child.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const FAST = {
  preset: "local",
  protocol: { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 50, pushPullIntervalMs: 2000 },
} as const;

interface Child {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
  send(cmd: Record<string, unknown>): void;
  ready: Promise<{ port: number; address: string }>;
}

const children: Child[] = [];
const nodes: GossipNode[] = [];

function spawnChild(options: Record<string, unknown>): Child {
  const proc = spawn(process.execPath, [CHILD, JSON.stringify(options)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines: Record<string, unknown>[] = [];
  let onReady: (v: { port: number; address: string }) => void = () => {};
  const ready = new Promise<{ port: number; address: string }>((r) => {
    onReady = r;
  });
  createInterface({ input: proc.stdout! }).on("line", (l) => {
    const o = JSON.parse(l) as Record<string, unknown>;
    lines.push(o);
    if (o.ready) onReady({ port: o.port as number, address: o.address as string });
  });
  const c: Child = { proc, lines, ready, send: (cmd) => proc.stdin!.write(`${JSON.stringify(cmd)}\n`) };
  children.push(c);
  return c;
}

function stateAt(n: GossipNode, name: string): string | undefined {
  return n.members().find((m) => m.name === name)?.state;
}

beforeAll(() => {
  if (!existsSync(DIST))
    throw new Error("packages/node/dist is missing: run `pnpm -r build` (pnpm test does) first");
});

afterEach(async () => {
  for (const c of children.splice(0)) if (c.proc.exitCode === null) c.proc.kill("SIGKILL");
  await Promise.all(nodes.splice(0).map((n) => n.close()));
});

describe("nodes in separate processes (reference engine, built package)", () => {
  it("TRN-1, TRN-14: a node killed with SIGKILL is detected as dead by every member, and alive again after a restart", async () => {
    const a = await createNode({ name: "a", bindAddress: "127.0.0.1", bindPort: 0, ...FAST });
    nodes.push(a);
    const b = spawnChild({ name: "b", bindAddress: "127.0.0.1", bindPort: 0, seeds: [a.address], ...FAST });
    const c = spawnChild({ name: "c", bindAddress: "127.0.0.1", bindPort: 0, seeds: [a.address], ...FAST });
    const [, cReady] = await Promise.all([b.ready, c.ready]);
    await waitFor("a sees b and c", () => stateAt(a, "b") === "alive" && stateAt(a, "c") === "alive");
    await waitFor("b sees c", () => b.lines.some((l) => l.event === "member-up" && l.name === "c"));

    c.proc.kill("SIGKILL");
    await waitFor("a: c dead", () => stateAt(a, "c") === "dead", 15_000);
    await waitFor(
      "b: c dead",
      () => b.lines.some((l) => l.event === "member-down" && l.name === "c"),
      15_000,
    );

    const c2 = spawnChild({
      name: "c",
      bindAddress: "127.0.0.1",
      bindPort: cReady.port,
      seeds: [a.address],
      ...FAST,
    });
    await c2.ready;
    await waitFor("a: c alive again", () => stateAt(a, "c") === "alive", 15_000);
    await waitFor("c2 sees b", () => c2.lines.some((l) => l.event === "member-up" && l.name === "b"), 15_000);
  });

  it("TRN-5: a child that leaves gracefully is seen as left, not dead", async () => {
    const a = await createNode({ name: "a", bindAddress: "127.0.0.1", bindPort: 0, ...FAST });
    nodes.push(a);
    const b = spawnChild({
      name: "b",
      bindAddress: "127.0.0.1",
      bindPort: 0,
      seeds: [a.address],
      ...FAST,
      leave: { propagateMs: 300 },
    });
    await b.ready;
    await waitFor("a sees b", () => stateAt(a, "b") === "alive");
    b.send({ cmd: "leave" });
    await waitFor("b exited", () => b.proc.exitCode !== null);
    expect(b.proc.exitCode).toBe(0);
    await waitFor("a: b left", () => stateAt(a, "b") === "left" || stateAt(a, "b") === undefined);
    expect(stateAt(a, "b")).not.toBe("dead");
  });
});
