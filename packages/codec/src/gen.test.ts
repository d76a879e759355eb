import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const pkg = join(import.meta.dirname, "..");

describe("generated code", () => {
  it("src/gen is exactly what `pnpm gen` produces from schemas/wire (no hand edits)", () => {
    const out = mkdtempSync(join(tmpdir(), "gossip-gen-"));
    try {
      execFileSync(process.execPath, [join(pkg, "scripts", "gen.js"), out], { stdio: "pipe" });
      const checkedIn = readdirSync(join(pkg, "src", "gen")).sort();
      expect(readdirSync(out).sort()).toEqual(checkedIn);
      for (const f of checkedIn) {
        expect(
          readFileSync(join(out, f), "utf8") === readFileSync(join(pkg, "src", "gen", f), "utf8"),
          `${f} differs: run pnpm gen`,
        ).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
