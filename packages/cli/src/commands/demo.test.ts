import { describe, expect, it } from "vitest";
import { runDemo } from "./demo.js";

describe("gossip demo", () => {
  it("TRN-1: a 6-node loopback cluster converges through join, kill, restart and leave (reference engine)", async () => {
    const lines: string[] = [];
    const { code, results } = await runDemo({
      nodes: 6,
      kill: 2,
      phaseTimeoutMs: 15_000,
      json: true,
      progress: false,
      write: (l) => lines.push(l),
    });
    expect(results.map((r) => [r.phase, r.converged])).toEqual([
      ["join", true],
      ["kill", true],
      ["restart", true],
      ["leave", true],
    ]);
    expect(code).toBe(0);
    const summary = JSON.parse(lines.at(-1)!);
    expect(summary.event).toBe("summary");
    expect(summary.ok).toBe(true);
  });
});
