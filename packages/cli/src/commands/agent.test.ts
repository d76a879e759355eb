// `gossip agent` and `gossip members` as separate processes, on the BUILT cli
// (dist/bin.js; `pnpm test` builds first).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "gossip-cli-"));
const procs: ChildProcess[] = [];

interface Agent {
  proc: ChildProcess;
  lines: Record<string, unknown>[];
  started: Promise<{ port: number; status: string }>;
  exited: Promise<number | null>;
}

function agent(args: string[]): Agent {
  const proc = spawn(process.execPath, [BIN, "agent", "--json", "--preset", "local", ...args], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  procs.push(proc);
  const lines: Record<string, unknown>[] = [];
  let resolve: (v: { port: number; status: string }) => void = () => {};
  const started = new Promise<{ port: number; status: string }>((r) => {
    resolve = r;
  });
  createInterface({ input: proc.stdout! }).on("line", (l) => {
    const o = JSON.parse(l) as Record<string, unknown>;
    lines.push(o);
    if (o.event === "started") resolve({ port: o.port as number, status: o.status as string });
  });
  const exited = new Promise<number | null>((r) => proc.on("exit", (code) => r(code)));
  return { proc, lines, started, exited };
}

function gossip(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8", timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

async function waitFor(what: string, cond: () => boolean, ms = 15_000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

beforeAll(() => {
  if (!existsSync(BIN))
    throw new Error("packages/cli/dist/bin.js is missing: run `pnpm -r build` (pnpm test does) first");
});

afterAll(() => {
  for (const p of procs) if (p.exitCode === null) p.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("gossip agent / members", () => {
  it("two agents find each other; members reads the status endpoint; SIGTERM leaves cleanly (exit 0)", async () => {
    const a = agent(["--name", "a", "--bind", "127.0.0.1:0", "--status", "127.0.0.1:0"]);
    const sa = await a.started;
    const cfg = join(dir, "b.yaml");
    writeFileSync(
      cfg,
      `name: b\nbindAddress: 127.0.0.1\nbindPort: 0\nmeta:\n  role: web\nstatus: "127.0.0.1:0"\n`,
    );
    const b = agent(["--config", cfg, "--join", `127.0.0.1:${sa.port}`]);
    await b.started;
    await waitFor("a sees b", () => a.lines.some((l) => l.event === "member-up" && l.name === "b"));

    const addr = sa.status.replace("http://", "");
    const json = gossip("members", "--addr", addr, "--json");
    expect(json.code).toBe(0);
    const body = JSON.parse(json.stdout) as {
      self: string;
      members: { name: string; state: string; meta: Record<string, string> }[];
    };
    expect(body.self).toBe("a");
    expect(body.members.map((m) => `${m.name}:${m.state}`).sort()).toEqual(["a:alive", "b:alive"]);
    expect(body.members.find((m) => m.name === "b")?.meta).toEqual({ role: "web" });
    const table = gossip("members", "--addr", addr);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/a \(self\)/);
    expect(table.stdout).toMatch(/role=web/);

    const metrics = await fetch(`${sa.status}/metrics`);
    expect(metrics.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(await metrics.text()).toMatch(/^gossip_members\{state="alive"\} 2$/m);
    const health = await fetch(`${sa.status}/health`);
    expect(health.status).toBe(200);
    expect(((await health.json()) as { status: string }).status).toBe("ok");

    b.proc.kill("SIGTERM");
    expect(await b.exited).toBe(0);
    expect(b.lines.at(-1)?.event).toBe("stopped");
    await waitFor("a sees b leave", () => a.lines.some((l) => l.event === "member-left" && l.name === "b"));

    // Exit codes: a bound port (3), a bad option in a config file (2), an unreachable agent (4).
    const busy = gossip("agent", "--bind", `127.0.0.1:${sa.port}`, "--status", "off");
    expect(busy.code).toBe(3);
    expect(busy.stderr).toMatch(/BIND_ADDRESS_IN_USE/);
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ transport: "quic" }));
    const badRun = gossip("agent", "--config", bad);
    expect(badRun.code).toBe(2);
    expect(badRun.stderr).toMatch(/"transport".*"udp", "tcp", "http"/);
    expect(gossip("agent", "--bogus").code).toBe(2);
    a.proc.kill("SIGTERM");
    expect(await a.exited).toBe(0);
    const gone = gossip("members", "--addr", addr, "--timeout", "1000");
    expect(gone.code).toBe(4);
  });
});
