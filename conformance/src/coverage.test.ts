import { describe, expect, it } from "vitest";
import { allVectors } from "./catalog.js";
import {
  citedRequirements,
  coverage,
  formatCoverage,
  loadRequirements,
  parseRequirements,
  testedRequirements,
  withVectors,
} from "./coverage.js";

describe("requirement coverage", () => {
  it("parses requirement list items and nothing else", () => {
    const md = [
      "# Chapter",
      "- **MEM-1** (MUST) A node answers.",
      "  - **MEM-2** (SHOULD) Nested item.",
      "- **MEM-3** (MUST NOT) not a level we parse",
      "* **MEM-4** (MUST) wrong bullet",
      "- **MEM-5** (MAY) maybe.",
    ].join("\n");
    expect(parseRequirements(md, "x.md").map((r) => `${r.id}:${r.level}:${r.line}`)).toEqual([
      "MEM-1:MUST:2",
      "MEM-2:SHOULD:3",
      "MEM-5:MAY:6",
    ]);
  });

  it("reports uncovered MUSTs and unknown citations", () => {
    const reqs = parseRequirements("- **A-1** (MUST) x\n- **A-2** (MUST) y\n- **A-3** (SHOULD) z\n", "a.md");
    const c = coverage(
      reqs,
      new Map([
        ["A-1", new Set(["t.json"])],
        ["B-9", new Set(["t.json"])],
      ]),
    );
    expect(c.uncovered.map((r) => r.id)).toEqual(["A-2"]);
    expect(c.unknown).toEqual(["B-9"]);
    expect(formatCoverage(c)).toMatch(/1\/2 +MUST covered/);
  });

  it("reads [local] and [editorial] markers; a [local] MUST is covered by an id-named test, an [editorial] one by nothing", () => {
    const reqs = parseRequirements(
      "- **A-1** (MUST) [local] x\n- **A-2** (MUST) [local] y\n- **A-3** (MUST) [editorial] z\n- **A-4** (MUST) w\n",
      "a.md",
    );
    expect(reqs.map((r) => `${r.id}:${r.scope}:${r.text}`)).toEqual([
      "A-1:local:x",
      "A-2:local:y",
      "A-3:editorial:z",
      "A-4:wire:w",
    ]);
    const tested = new Map([
      ["A-1", new Set(["t.test.ts"])],
      ["A-4", new Set(["t.test.ts"])],
    ]);
    const c = coverage(reqs, new Map(), tested);
    expect(c.uncovered.map((r) => r.id)).toEqual(["A-2", "A-4"]);
    expect(c.local.map((r) => r.id)).toEqual(["A-1"]);
    expect(c.editorial.map((r) => r.id)).toEqual(["A-3"]);
  });

  it("finds requirement ids in the names of the reference implementation's tests", () => {
    const t = testedRequirements();
    expect(t.get("TRN-61")?.size ?? 0).toBeGreaterThan(0);
    expect(t.get("WIRE-7")?.size ?? 0).toBeGreaterThan(0);
  });

  it("every MUST requirement in spec/ has a vector ([local]: or an id-named test)", () => {
    const c = coverage(
      loadRequirements(),
      withVectors(citedRequirements(), allVectors()),
      testedRequirements(),
    );
    expect(c.byFile.reduce((s, f) => s + f.must, 0)).toBeGreaterThan(250);
    expect(c.uncovered.map((r) => r.id)).toEqual([]);
    expect(c.unknown).toEqual([]);
  });
});
