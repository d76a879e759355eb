// Nodes in separate Linux network namespaces joined through a bridge by veth
// pairs, so that each has its own real (private) address. A partition is made
// by taking one node's link down, then healed. Runs where the machine allows it
// (root and `ip netns`); elsewhere it is reported as skipped, with the reason.
// Only private addresses inside namespaces this test creates are used, and they
// are deleted afterwards.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { waitFor } from "./test-helpers.js";

const CHILD = fileURLToPath(new URL("../fixtures/child.mjs", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/index.js", import.meta.url));
const tag = `g${process.pid % 100000}`;
const subnet = `10.231.${process.pid % 250}`;
const bridgeNs = `${tag}br`;
const nodes = ["a", "b", "c"] as const;
const created: string[] = [];

function ip(...args: string[]): void {
  execFileSync("ip", args, { stdio: ["ignore", "ignore", "pipe"], timeout: 5000 });
}

function whyNot(): string | undefined {
  if (process.platform !== "linux") return "not Linux";
  if (process.getuid?.() !== 0) return "not running as root";
  if (!existsSync(DIST)) return "packages/node/dist is missing (build first)";
  try {
    ip("netns", "add", `${tag}probe`);
    ip("netns", "del", `${tag}probe`);
  } catch (err) {
    return `\`ip netns\` is not usable here: ${(err as Error).message.split("\n")[0]}`;
  }
  return undefined;
}

const reason = whyNot();
if (reason) process.stderr.write(`netns.test.ts: skipping the network-namespace test: ${reason}\n`);

function setup(): void {
  ip("netns", "add", bridgeNs);
  created.push(bridgeNs);
  ip("-n", bridgeNs, "link", "add", "br0", "type", "bridge");
  ip("-n", bridgeNs, "link", "set", "br0", "up");
  nodes.forEach((n, i) => {
    const ns = `${tag}${n}`;
    ip("netns", "add", ns);
    created.push(ns);
    ip("link", "add", `${tag}${n}0`, "type", "veth", "peer", "name", `${tag}${n}1`);
    ip("link", "set", `${tag}${n}0`, "netns", ns);
    ip("link", "set", `${tag}${n}1`, "netns", bridgeNs);
    ip("-n", bridgeNs, "link", "set", `${tag}${n}1`, "master", "br0");
    ip("-n", bridgeNs, "link", "set", `${tag}${n}1`, "up");
    ip("-n", ns, "link", "set", "lo", "up");
    ip("-n", ns, "addr", "add", `${subnet}.${i + 1}/24`, "dev", `${tag}${n}0`);
    ip("-n", ns, "link", "set", `${tag}${n}0`, "up");
  });
}

interface Child {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
}
const children: Child[] = [];

function startIn(n: string, options: Record<string, unknown>): Child {
  const proc = spawn(
    "ip",
    ["netns", "exec", `${tag}${n}`, process.execPath, CHILD, JSON.stringify(options)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const c: Child = { proc, lines: [] };
  createInterface({ input: proc.stdout! }).on("line", (l) =>
    c.lines.push(JSON.parse(l) as Record<string, unknown>),
  );
  children.push(c);
  return c;
}

/** The last up/down/left state `c` reported for `name`. */
function lastState(c: Child, name: string): string | undefined {
  let s: string | undefined;
  for (const l of c.lines) {
    if (l.name !== name) continue;
    // A refuted suspicion counts as up; a suspicion alone changes nothing yet.
    if (l.event === "member-up" || l.event === "member-alive") s = "member-up";
    else if (l.event === "member-down" || l.event === "member-left") s = l.event;
  }
  return s;
}

afterAll(() => {
  for (const c of children) if (c.proc.exitCode === null) c.proc.kill("SIGKILL");
  for (const ns of created.reverse()) {
    try {
      ip("netns", "del", ns);
    } catch {
      // already gone
    }
  }
});

describe("nodes in network namespaces (root only)", () => {
  it.runIf(reason === undefined)(
    "TRN-1, TRN-55: distinct real addresses; a partition by a dropped link is detected and heals",
    async () => {
      setup();
      const opts = (n: string, i: number) => ({
        name: n,
        bindAddress: "0.0.0.0",
        bindPort: 7946,
        advertiseAddress: `${subnet}.${i + 1}`,
        seeds: n === "a" ? [] : [`${subnet}.1:7946`],
        preset: "local",
        protocol: {
          probeIntervalMs: 200,
          probeTimeoutMs: 100,
          gossipIntervalMs: 50,
          pushPullIntervalMs: 2000,
        },
        join: { retryInitialMs: 200, retryMaxMs: 1000, rejoinIntervalMs: 1000 },
      });
      const [a, b, c] = nodes.map((n, i) => startIn(n, opts(n, i))) as [Child, Child, Child];
      await waitFor(
        "all see each other",
        () => [a, b, c].every((x, i) => nodes.every((n, j) => i === j || lastState(x, n) === "member-up")),
        20_000,
      );
      // Each learned the others at their own namespace address.
      const upC = a.lines.find((l) => l.event === "member-up" && l.name === "c");
      expect(upC?.address).toBe(`${subnet}.3:7946`);

      // Partition: c's link to the bridge goes down.
      ip("-n", bridgeNs, "link", "set", `${tag}c1`, "down");
      await waitFor(
        "both sides see the partition",
        () =>
          lastState(a, "c") === "member-down" &&
          lastState(b, "c") === "member-down" &&
          lastState(c, "a") === "member-down" &&
          lastState(c, "b") === "member-down",
        20_000,
      );

      // Heal: the link comes back; periodic rejoin (and gossip) reunite the cluster.
      ip("-n", bridgeNs, "link", "set", `${tag}c1`, "up");
      await waitFor(
        "healed",
        () =>
          lastState(a, "c") === "member-up" &&
          lastState(b, "c") === "member-up" &&
          lastState(c, "a") === "member-up" &&
          lastState(c, "b") === "member-up",
        20_000,
      );
    },
    70_000,
  );
});
