#!/usr/bin/env node
import { readFileSync } from "node:fs";
/**
 * `pnpm --filter @gossip/sim experiments [--quick] [--out report.html] [--json results.json]
 *   [--engine core|model] [--only sizes,loss] [--huge]`
 */
import { parseArgs } from "node:util";
import type { SuiteResult } from "../experiments.js";
import { realCheckSection } from "../report.js";
import { relaunchWithSimulationOptions, tuneProcessForSimulation } from "../tune.js";
import { headline, mergeSuites, renderTo, writeReport } from "../write-report.js";

// Started without the simulator's Node options (a larger young generation, a heap limit for 10,000 nodes): run again with them.
const relaunched = relaunchWithSimulationOptions();
if (relaunched !== undefined) process.exit(relaunched);
tuneProcessForSimulation();

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const { values } = parseArgs({
  // `pnpm --filter @gossip/sim <script> -- --flag` passes a literal `--` first.
  args: process.argv.slice(2).filter((a) => a !== "--"),
  options: {
    quick: { type: "boolean", default: false },
    huge: { type: "boolean", default: false },
    out: { type: "string", default: "sim-report/report.html" },
    json: { type: "string", default: "sim-report/results.json" },
    engine: { type: "string" },
    only: { type: "string" },
    seed: { type: "string" },
    render: { type: "string" },
    variants: { type: "string" },
    realcheck: { type: "string" },
  },
});
if (values.render) {
  // Render a report from saved results: --render a.json,b.json
  const parts = values.render.split(",").map((f) => JSON.parse(readFileSync(f, "utf8")) as SuiteResult);
  const merged = mergeSuites(parts);
  const sections = values.realcheck
    ? [realCheckSection(JSON.parse(readFileSync(values.realcheck, "utf8")))]
    : [];
  await renderTo(values.out as string, merged, { sections });
  for (const [k, v] of headline(merged)) say(`${k}: ${v}`);
  say(`report: ${values.out}`);
  process.exit(0);
}
const engine = values.engine === "core" || values.engine === "model" ? values.engine : undefined;
let last = 0;
const suite = await writeReport(values.out as string, {
  ...(values.realcheck
    ? { extras: { sections: [realCheckSection(JSON.parse(readFileSync(values.realcheck, "utf8")))] } }
    : {}),
  quick: values.quick ?? false,
  huge: values.huge ?? false,
  ...(engine ? { engine } : {}),
  ...(values.only ? { only: values.only.split(",") } : {}),
  ...(values.seed ? { seed: Number(values.seed) } : {}),
  ...(values.variants ? { variants: values.variants.split("|") } : {}),
  jsonPath: values.json as string,
  onProgress: (label, done, total) => {
    const now = performance.now();
    if (now - last > 2000 || done === total) {
      last = now;
      process.stderr.write(`[${done}/${total}] ${label}\n`);
    }
  },
});
for (const n of suite.notes) say(`note: ${n}`);
for (const [k, v] of headline(suite)) say(`${k}: ${v}`);
say(
  `engine ${suite.engine}; ${suite.rows.length} rows in ${(suite.wallMs / 1000).toFixed(0)} s; report: ${values.out}; results: ${values.json}`,
);
