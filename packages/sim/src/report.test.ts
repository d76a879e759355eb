/**
 * The report: SVG plots rendered server-side, one self-contained HTML file,
 * checked in headless Chromium when it is installed
 * (`apt-get install -y chromium`).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { aggregate } from "./aggregate.js";
import { modelAdapter } from "./engines.js";
import type { Row, SuiteResult } from "./experiments.js";
import { plotSpecs, renderReport } from "./report.js";
import type { Scenario } from "./scenario.js";
import { Simulation } from "./sim.js";

function row(experiment: string, variant: string, params: Row["params"], s: Scenario): Row {
  const r = new Simulation(s, 1, { adapter: modelAdapter }).run();
  const lat = r.dissemination.flatMap((d) => d.latencies).sort((a, b) => a - b);
  const targets = r.dissemination.reduce((a, d) => a + d.targets, 0);
  return {
    experiment,
    variant,
    params,
    agg: aggregate([r]),
    dissemCdf: lat.map((t, k) => [t, (k + 1) / Math.max(1, targets)] as [number, number]),
    timeline: r.convergence.timeline,
  };
}

function tinySuite(): SuiteResult {
  const common = (n: number, extra: Partial<Scenario> = {}): Scenario => ({
    nodes: n,
    durationMs: 40_000,
    actions: [
      { at: 8_000, type: "user-event", name: "a" },
      { at: 10_000, type: "crash", nodes: [n - 1] },
    ],
    measure: { cpu: true, costFromMs: 5_000, sampleEveryMs: 500 },
    ...extra,
  });
  const rows: Row[] = [
    row("sizes", "n=5", { nodes: 5 }, common(5)),
    row("sizes", "n=10", { nodes: 10 }, common(10)),
    row("loss", "n=10 loss=0%", { nodes: 10, loss: 0 }, common(10)),
    row("loss", "n=10 loss=25%", { nodes: 10, loss: 0.25 }, common(10, { network: { loss: 0.25 } })),
    row(
      "sweep-gossipNodes",
      "gossipNodes=2",
      { gossipNodes: 2 },
      common(10, { engine: { overrides: { gossipNodes: 2 } } }),
    ),
    row(
      "sweep-gossipNodes",
      "gossipNodes=4",
      { gossipNodes: 4 },
      common(10, { engine: { overrides: { gossipNodes: 4 } } }),
    ),
    row(
      "accuracy",
      "on",
      { detector: "SWIM+Lifeguard", condition: "5% loss" },
      common(10, { network: { loss: 0.05 } }),
    ),
    row(
      "partition",
      "5 s",
      { partitionMs: 5000 },
      common(10, { actions: [{ at: 5_000, type: "partition", fraction: 0.5, until: 10_000 }] }),
    ),
  ];
  return {
    engine: "model",
    quick: true,
    startedAt: "2026-01-01T00:00:00Z",
    wallMs: 1,
    rows,
    notes: ["test"],
    serf: [{ nodes: 30, loss: 0, seconds: 1.4 }],
  };
}

const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => existsSync(p));

describe("HTML report", () => {
  const suite = tinySuite();
  let html = "";

  it("renders every plot as inline SVG in one self-contained file", { timeout: 120_000 }, async () => {
    const specs = plotSpecs(suite);
    expect(specs.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        "dissemination",
        "join",
        "detection",
        "false-positives",
        "bandwidth",
        "cpu",
        "tradeoff-dissemination",
        "partition",
      ]),
    );
    html = await renderReport(suite, { headline: [["x", "y"]] });
    expect((html.match(/<svg/g) ?? []).length).toBe(specs.length);
    // Self-contained: no scripts, no external resources.
    expect(html).not.toMatch(/<script|<link |src="http/);
    expect(html).toContain("Serf");
  });

  it.runIf(chromium !== undefined)(
    `opens in headless Chromium with every plot drawn (${chromium ?? "chromium not installed: apt-get install -y chromium"})`,
    async () => {
      if (!html) html = await renderReport(suite);
      const dir = mkdtempSync(join(tmpdir(), "gossip-report-"));
      const file = join(dir, "report.html");
      writeFileSync(file, html);
      const dom = execFileSync(
        chromium as string,
        [
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--dump-dom",
          `file://${file}`,
        ],
        { encoding: "utf8", timeout: 60_000, stdio: ["ignore", "pipe", "ignore"] },
      );
      const svgs = (dom.match(/<svg/g) ?? []).length;
      expect(svgs).toBe(plotSpecs(suite).length);
      // Marks actually present: lines, bars (rects) and points.
      expect((dom.match(/class="mark-line/g) ?? []).length).toBeGreaterThan(3);
      expect((dom.match(/class="mark-rect/g) ?? []).length).toBeGreaterThan(0);
      expect((dom.match(/<path/g) ?? []).length).toBeGreaterThan(20);
    },
    120_000,
  );
});

describe("scenario schema", () => {
  const schema = JSON.parse(
    readFileSync(new URL("../../../schemas/json/scenario.schema.json", import.meta.url), "utf8"),
  );
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(schema);

  it("accepts the scenarios the suite and docs use", () => {
    const good: Scenario[] = [
      { nodes: 100, durationMs: 60_000 },
      {
        name: "everything",
        nodes: 50,
        durationMs: 300_000,
        seed: 7,
        runs: 3,
        engine: {
          impl: "core",
          preset: "wan",
          detector: "swim",
          lifeguard: true,
          overrides: { gossipIntervalMs: 100 },
        },
        network: {
          latency: { kind: "lognormal", median: 0.5, sigma: 0.5, min: 0.1 },
          loss: 0.01,
          duplicate: 0.001,
          reorder: 0.01,
          zones: 2,
          links: [{ from: 0, to: 1, latency: { kind: "normal", mean: 40, sd: 5 }, loss: 0.02 }],
          crashedRefuses: true,
        },
        join: { staggerMs: 10, jitterMs: 1000, seeds: 2 },
        actions: [
          { at: 10_000, type: "crash", nodes: { random: 2 } },
          { at: 20_000, type: "restart", nodes: [5] },
          { at: 30_000, type: "partition", fraction: 0.5, until: 60_000 },
          { at: 30_000, type: "partition", groups: [[1, 2], [3]] },
          { at: 70_000, type: "heal" },
          { at: 80_000, type: "user-event", node: 1, name: "deploy", payloadBytes: 64 },
          { at: 90_000, type: "set-key", key: "role", valueBytes: 8 },
          {
            at: 0,
            type: "slow",
            nodes: { fraction: 0.1 },
            delay: { kind: "uniform", min: 0, max: 1500 },
            drop: 0.1,
            until: 100_000,
          },
          { at: 100_000, type: "leave", nodes: [9] },
        ],
        churn: { ratePerSec: 0.1, meanDowntimeMs: 20_000, leaveFraction: 0.2 },
        measure: { cpu: true, costFromMs: 20_000, sampleEveryMs: 1000 },
      },
    ];
    for (const s of good) expect(validate(s), JSON.stringify(validate.errors)).toBe(true);
  });

  it("rejects malformed scenarios", () => {
    const bad: unknown[] = [
      { nodes: 0, durationMs: 1000 },
      { nodes: 10 },
      { nodes: 10, durationMs: 1000, network: { loss: 2 } },
      { nodes: 10, durationMs: 1000, actions: [{ at: 1, type: "explode" }] },
      { nodes: 10, durationMs: 1000, actions: [{ at: 1, type: "crash" }] },
      { nodes: 10, durationMs: 1000, engine: { preset: "moon" } },
      { nodes: 10, durationMs: 1000, surprise: true },
    ];
    for (const s of bad) expect(validate(s)).toBe(false);
  });
});
