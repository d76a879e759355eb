import { describe, expect, it } from "vitest";
import { allVectors } from "./catalog.js";
import {
  citedRequirements,
  coverage,
  formatCoverage,
  loadRequirements,
  parseRequirements,
  withVectors,
} from "./coverage.js";

/**
 * Chapters whose MUST requirements must all be cited by a vector. A chapter
 * joins this list once its vectors are written; `gossip-conformance coverage`
 * lists what is uncovered everywhere.
 */
const ENFORCED_CHAPTERS = [
  "03-membership.md",
  "06-anti-entropy.md",
  "08-user-events.md",
  "11-security.md",
  "13-crdt.md",
  "14-presets.md",
];

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

  it("every MUST requirement of the enforced chapters has a vector", () => {
    const c = coverage(loadRequirements(), withVectors(citedRequirements(), allVectors()));
    const enforced = c.uncovered.filter((r) => ENFORCED_CHAPTERS.includes(r.file));
    expect(enforced.map((r) => `${r.id} (spec/${r.file}:${r.line})`)).toEqual([]);
    for (const f of ENFORCED_CHAPTERS)
      expect(
        c.byFile.some((x) => x.file === f && x.must > 0),
        f,
      ).toBe(true);
  });
});
