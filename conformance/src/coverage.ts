/**
 * Requirement coverage: every `(MUST)` requirement in spec/*.md should be
 * cited by at least one vector. Requirements are list items of the form
 * `- **MEM-12** (MUST) text`; vectors cite ids in their `requirements` (any
 * JSON string value under conformance/vectors/ that is exactly an id counts).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { listJson, VECTOR_DIR } from "./vectors.js";

export const SPEC_DIR = fileURLToPath(new URL("../../spec/", import.meta.url));

export interface Requirement {
  readonly id: string;
  readonly level: "MUST" | "SHOULD" | "MAY";
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

const REQ = /^\s*- \*\*([A-Z][A-Z0-9]*-[0-9]+)\*\* \((MUST|SHOULD|MAY)\) (.*)$/;
const ID = /^[A-Z][A-Z0-9]*-[0-9]+$/;

export function parseRequirements(markdown: string, file: string): Requirement[] {
  const out: Requirement[] = [];
  markdown.split("\n").forEach((line, i) => {
    const m = REQ.exec(line);
    if (m)
      out.push({
        id: m[1] as string,
        level: m[2] as Requirement["level"],
        file,
        line: i + 1,
        text: (m[3] as string).trim(),
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
  /** MUST requirements no vector cites. */
  readonly uncovered: readonly Requirement[];
  /** Ids cited by vectors that no spec file defines (typos, removed requirements). */
  readonly unknown: readonly string[];
  /** Spec files and how many MUSTs each has / covers. */
  readonly byFile: readonly { file: string; must: number; covered: number }[];
}

export function coverage(
  requirements: readonly Requirement[],
  cited: ReadonlyMap<string, ReadonlySet<string>>,
): CoverageReport {
  const uncovered = requirements.filter((r) => r.level === "MUST" && !cited.has(r.id));
  const defined = new Set(requirements.map((r) => r.id));
  const unknown = [...cited.keys()].filter((id) => !defined.has(id)).sort();
  const files = [...new Set(requirements.map((r) => r.file))];
  const byFile = files.map((file) => {
    const must = requirements.filter((r) => r.file === file && r.level === "MUST");
    return { file, must: must.length, covered: must.filter((r) => cited.has(r.id)).length };
  });
  return { requirements, uncovered, unknown, byFile };
}

export function formatCoverage(c: CoverageReport): string {
  const lines = c.byFile.map(
    (f) => `${f.file.padEnd(32)} ${String(f.covered).padStart(4)}/${String(f.must).padEnd(4)} MUST covered`,
  );
  const total = c.byFile.reduce((s, f) => s + f.must, 0);
  lines.push(
    `${"total".padEnd(32)} ${String(total - c.uncovered.length).padStart(4)}/${String(total).padEnd(4)} MUST covered`,
  );
  if (c.uncovered.length) {
    lines.push("", "uncovered MUST requirements:");
    for (const r of c.uncovered)
      lines.push(`  ${r.id.padEnd(10)} spec/${r.file}:${r.line}  ${r.text.slice(0, 90)}`);
  }
  if (c.unknown.length) lines.push("", `cited but not defined in spec/: ${c.unknown.join(", ")}`);
  return lines.join("\n");
}
