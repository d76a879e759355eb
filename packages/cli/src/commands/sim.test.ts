import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { register, type SimFlags, scenarioFromFlags } from "./sim.js";

const base: SimFlags = {
  nodes: "10",
  duration: "30",
  seed: "1",
  runs: "1",
  loss: "5",
  latency: "0.5",
  preset: "lan",
  lifeguard: true,
  detector: "swim",
  set: ["gossipIntervalMs=100"],
  crash: "1",
  crashAt: "10",
  eventAt: "5",
  slow: "0",
  slowDelay: "1500",
  out: "x.json",
  progress: false,
};

describe("gossip sim", () => {
  it("builds a scenario from flags", () => {
    const s = scenarioFromFlags({ ...base, partition: "12:20" });
    expect(s.nodes).toBe(10);
    expect(s.durationMs).toBe(30_000);
    expect(s.network?.loss).toBeCloseTo(0.05);
    expect(s.engine?.overrides).toEqual({ gossipIntervalMs: 100 });
    expect(s.actions?.map((a) => a.type)).toEqual(["crash", "user-event", "partition"]);
  });

  it("rejects bad flags with a usage error", () => {
    expect(() => scenarioFromFlags({ ...base, nodes: "zero" })).toThrow(/--nodes/);
    expect(() => scenarioFromFlags({ ...base, set: ["nope"] })).toThrow(/--set/);
    expect(() => scenarioFromFlags({ ...base, partition: "x" })).toThrow(/--partition/);
  });

  it("runs a scenario file and writes JSON results", async () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-sim-"));
    const file = join(dir, "s.json");
    const out = join(dir, "r.json");
    writeFileSync(
      file,
      JSON.stringify({ nodes: 8, durationMs: 30_000, actions: [{ at: 10_000, type: "crash", nodes: [3] }] }),
    );
    const program = new Command().exitOverride();
    register(program);
    const writes: string[] = [];
    const orig = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => {
      writes.push(String(s));
      return true;
    }) as typeof process.stdout.write;
    try {
      await program.parseAsync(["node", "gossip", "sim", "--scenario", file, "--out", out, "--no-progress"]);
    } finally {
      process.stdout.write = orig;
    }
    const res = JSON.parse(readFileSync(out, "utf8"));
    expect(res.aggregate.nodes).toBe(8);
    expect(res.runs[0].failures).toHaveLength(1);
    expect(writes.join("")).toContain("crash: dead everywhere");
  });

  it("gives -o/--out to the subcommand it follows (report, real-check), not to `sim`", async () => {
    for (const sub of ["report", "real-check"]) {
      const program = new Command().exitOverride();
      register(program);
      const target = program.commands
        .find((c) => c.name() === "sim")
        ?.commands.find((c) => c.name() === sub) as Command;
      let got: unknown;
      target.action((flags: { out: string }) => {
        got = flags.out;
      });
      await program.parseAsync(["node", "gossip", "sim", sub, "-o", `/tmp/${sub}-out.json`]);
      expect(got).toBe(`/tmp/${sub}-out.json`);
    }
  });
});
