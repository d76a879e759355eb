// Lint and format are part of the test suite, so CI fails on either.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url).pathname;

describe("biome", () => {
  it("finds no lint or format error in the tree", () => {
    const run = spawnSync(join(root, "node_modules/.bin/biome"), ["check", ".", "--max-diagnostics=20"], {
      cwd: root,
      encoding: "utf8",
    });
    expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
  });
});
