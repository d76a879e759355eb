import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SPEC = fileURLToPath(new URL("../../../spec/10-transports.md", import.meta.url));
const TEST_DIRS = [new URL("./", import.meta.url), new URL("../../cli/src/commands/", import.meta.url)];

describe("spec/10-transports.md", () => {
  it("every TRN MUST requirement is cited by a test of the runtime or the CLI", () => {
    const musts = [...readFileSync(SPEC, "utf8").matchAll(/^- \*\*(TRN-\d+)\*\* \(MUST\)/gm)].map(
      (m) => m[1]!,
    );
    expect(musts.length).toBeGreaterThan(20);
    let tests = "";
    for (const dir of TEST_DIRS)
      for (const f of readdirSync(dir).filter((x) => x.endsWith(".test.ts") && x !== "spec-coverage.test.ts"))
        tests += readFileSync(new URL(f, dir), "utf8");
    const cited = new Set(
      [...tests.matchAll(/it(?:\.runIf\([^)]*\))?\(\s*"([^"]*)"/g)].flatMap(
        (m) => m[1]!.match(/TRN-\d+/g) ?? [],
      ),
    );
    expect(musts.filter((id) => !cited.has(id))).toEqual([]);
  });
});
