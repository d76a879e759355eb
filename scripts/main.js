#!/usr/bin/env node
// The README's main job (run by `pnpm start` after the build): a local
// cluster over real UDP, then the conformance suite against the reference
// implementation. Exits non-zero if either fails.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const steps = [
  { title: "Codec vectors", cmd: ["node", join(root, "packages/codec/scripts/vectors-summary.js")] },
  { title: "Local cluster demo", cmd: ["node", join(root, "packages/cli/dist/bin.js"), "demo"] },
];
const conformance = join(root, "conformance/dist/cli/main.js");
if (existsSync(conformance)) {
  steps.push({
    title: "Conformance suite against the reference implementation",
    cmd: ["node", conformance, "run", "--impl", "reference"],
  });
}

let failed = 0;
for (const step of steps) {
  console.log(`\n=== ${step.title}\n`);
  const run = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: "inherit", cwd: root });
  if (run.status !== 0) {
    failed += 1;
    console.log(`\n${step.title}: FAILED (exit ${run.status})`);
  }
}
console.log(`\nmain job: ${steps.length - failed} of ${steps.length} steps succeeded`);
process.exit(failed === 0 ? 0 : 1);
