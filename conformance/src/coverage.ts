/**
 * Requirement coverage: every `(MUST)` requirement in spec/*.md must be
 * cited by at least one vector. Requirements are list items of the form
 * `- **MEM-12** (MUST) text`; vectors cite ids in their `requirements` (any
 * JSON string value under conformance/vectors/ that is exactly an id counts).
 *
 * A marker after the level (spec/README.md) changes what covers a MUST:
 * `[local]` requirements (not observable on the wire) are covered by a test
 * of the reference implementation whose name cites the id
 * (`it("TRN-61: ...")` in packages/*\/src/**\/*.test.ts); `[editorial]`
 * ones bind specification authors and need nothing.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { listJson, VECTOR_DIR } from "./vectors.js";

export const SPEC_DIR = fileURLToPath(new URL("../../spec/", import.meta.url));
export const PACKAGES_DIR = fileURLToPath(new URL("../../packages/", import.meta.url));

/** `wire`: needs a vector; `local`: an id-named implementation test; `editorial`: nothing. */
export type Scope = "wire" | "local" | "editorial";

export interface Requirement {
  readonly id: string;
  readonly level: "MUST" | "SHOULD" | "MAY";
  readonly scope: Scope;
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const REQ = /^\s*- \*\*([A-Z][A-Z0-9]*-[0-9]+)\*\* \((MUST|SHOULD|MAY)\) (?:\[(local|editorial)\] )?(.*)$/;
const ID = /^[A-Z][A-Z0-9]*-[0-9]+$/;

export function parseRequirements(markdown: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  markdown.split("\n").forEach((line, i) => {
    const m = REQ.exec(line);
    if (m)
      out.push({
        id: m[1] as string,
        level: m[2] as Requirement["level"],
        scope: (m[3] ?? "wire") as Scope,
        file,
        line: i + 1,
        text: (m[4] as string).trim(),
      });
  });
  return out;
}

export function loadRequirements(specDir: string = SPEC_DIR): Requirement[] {
  if (!existsSync(specDir)) return [];
  return readdirSync(specDir)
    .filter((f) => /^\d\d-.*\.md$/.test(f))
    .sort()
    .flatMap((f) => parseRequirements(readFileSync(join(specDir, f), "utf8"), f));
}

function collectIds(v: unknown, into: Map<string, Set<string>>, file: string): void {
  if (typeof v === "string") {
    if (ID.test(v)) {
      const s = into.get(v) ?? new Set<string>();
      s.add(file);
      into.set(v, s);
    }
  } else if (Array.isArray(v)) for (const x of v) collectIds(x, into, file);
  else if (typeof v === "object" && v !== null) for (const x of Object.values(v)) collectIds(x, into, file);
}

/** Requirement id → vector files (relative to conformance/vectors/) citing it. */
export function citedRequirements(vectorDir: string = VECTOR_DIR): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of listJson(vectorDir)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(f, "utf8"));
    } catch {
      continue;
    }
    collectIds(json, out, relative(vectorDir, f));
  }
  return out;
}

const TEST_NAME = /\b(?:it|test|describe)(?:\.[a-zA-Z]+(?:\([^)]*\))?)?\(\s*(["'`])((?:(?!\1)[^\\]|\\.)*)\1/g;

function testFiles(dir: string, into: string[]): string[] {
  if (!existsSync(dir)) return into;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name === "node_modules" || e.name === "dist") continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) testFiles(p, into);
    else if (e.name.endsWith(".test.ts")) into.push(p);
  }
  return into;
}

/**
 * Requirement id → test files of the reference implementation
 * (packages/*\/src) whose test names (`it`/`test`/`describe` titles) cite it.
 */
export function testedRequirements(packagesDir: string = PACKAGES_DIR): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const f of testFiles(packagesDir, [])) {
    if (!f.includes(`${"/"}src${"/"}`)) continue;
    const rel = relative(packagesDir, f);
    for (const m of readFileSync(f, "utf8").matchAll(TEST_NAME))
      for (const id of (m[2] as string).match(/\b[A-Z][A-Z0-9]*-[0-9]+\b/g) ?? []) {
        const s = out.get(id) ?? new Set<string>();
        s.add(rel);
        out.set(id, s);
      }
  }
  return out;
}

/** Add the ids cited by runnable vectors (some, like codec cases run through the harness, cite more than their file). */
export function withVectors(
  cited: Map<string, Set<string>>,
  vectors: readonly { id: string; requirements: readonly string[] }[],
): Map<string, Set<string>> {
  for (const v of vectors)
    for (const r of v.requirements) {
      const s = cited.get(r) ?? new Set<string>();
      s.add(v.id);
      cited.set(r, s);
    }
  return cited;
}

export interface CoverageReport {
  readonly requirements: readonly Requirement[];
  /** MUST requirements not covered: wire ones without a vector, local ones without a vector or an id-named test. */
  readonly uncovered: readonly Requirement[];
  /** `[local]` MUSTs no vector cites, accepted because an id-named implementation test cites them. */
  readonly local: readonly Requirement[];
  /** `[editorial]` MUSTs: rules for specification authors, not tested. */
  readonly editorial: readonly Requirement[];
  /** Ids cited by vectors that no spec file defines (typos, removed requirements). */
  readonly unknown: readonly string[];
  /** Spec files and how many MUSTs each has / covers (by a vector, or by a test for `[local]`). */
  readonly byFile: readonly { file: string; must: number; covered: number }[];
}

export function coverage(
  requirements: readonly Requirement[],
  cited: ReadonlyMap<string, ReadonlySet<string>>,
  tested: ReadonlyMap<string, ReadonlySet<string>> = new Map(),
): CoverageReport {
  const must = requirements.filter((r) => r.level === "MUST");
  const editorial = must.filter((r) => r.scope === "editorial");
  const local = must.filter((r) => r.scope === "local" && !cited.has(r.id) && tested.has(r.id));
  const isCovered = (r: Requirement): boolean =>
    cited.has(r.id) || r.scope === "editorial" || (r.scope === "local" && tested.has(r.id));
  const uncovered = must.filter((r) => !isCovered(r));
  const defined = new Set(requirements.map((r) => r.id));
  const unknown = [...cited.keys()].filter((id) => !defined.has(id)).sort();
  const files = [...new Set(requirements.map((r) => r.file))];
  const byFile = files.map((file) => {
    const m = must.filter((r) => r.file === file);
    return { file, must: m.length, covered: m.filter(isCovered).length };
  });
  return { requirements, uncovered, local, editorial, unknown, byFile };
}

export function formatCoverage(c: CoverageReport): string {
  const lines = c.byFile.map(
    (f) => `${f.file.padEnd(32)} ${String(f.covered).padStart(4)}/${String(f.must).padEnd(4)} MUST covered`,
  );
  const total = c.byFile.reduce((s, f) => s + f.must, 0);
  lines.push(
    `${"total".padEnd(32)} ${String(total - c.uncovered.length).padStart(4)}/${String(total).padEnd(4)} MUST covered`,
  );
  const list = (title: string, rs: readonly Requirement[]) => {
    if (!rs.length) return;
    lines.push("", title);
    for (const r of rs) lines.push(`  ${r.id.padEnd(10)} spec/${r.file}:${r.line}  ${r.text.slice(0, 90)}`);
  };
  list(
    `[local] MUST requirements covered by implementation tests, not vectors (${c.local.length}):`,
    c.local,
  );
  list(
    `[editorial] MUST requirements (rules for spec authors, not tested) (${c.editorial.length}):`,
    c.editorial,
  );
  list("uncovered MUST requirements:", c.uncovered);
  if (c.unknown.length) lines.push("", `cited but not defined in spec/: ${c.unknown.join(", ")}`);
  return lines.join("\n");
}
