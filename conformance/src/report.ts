/** Human and machine reports of a suite run. */
import type { SuiteResult, VectorResult } from "./suite.js";

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - s.length));
const lpad = (s: string, n: number) => " ".repeat(Math.max(0, n - s.length)) + s;

/** Per-area table: area | passed | failed | skipped | known | stale. */
export function areaTable(r: SuiteResult): string {
  const areas = [...new Set(r.results.map((x) => x.area))].sort();
  const rows = areas.map((a) => {
    const xs = r.results.filter((x) => x.area === a);
    const c = (v: VectorResult["verdict"]) => String(xs.filter((x) => x.verdict === v).length);
    return [a, c("pass"), c("fail"), c("skip"), c("xfail"), c("stale")];
  });
  const c = r.counts;
  const head = ["area", "passed", "failed", "skipped", "known", "stale"];
  const total = [
    "total",
    String(c.passed),
    String(c.failed),
    String(c.skipped),
    String(c.xfail),
    String(c.stale),
  ];
  const all = [head, ...rows, total];
  const w = head.map((_, i) => Math.max(...all.map((row) => (row[i] as string).length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 ? pad(cell, w[i] as number) : lpad(cell, w[i] as number))).join(" | ")} |`;
  const sep = `|${w.map((n) => "-".repeat(n + 2)).join("|")}|`;
  return [line(head), sep, ...rows.map(line), sep, line(total)].join("\n");
}

/** The closing line: `N passed, N failed, N skipped` (+ known failures when any). */
export function summaryLine(r: SuiteResult): string {
  const c = r.counts;
  const failed = c.failed + c.stale + r.unknownKnownFailures.length;
  return `${c.passed} passed, ${failed} failed, ${c.skipped} skipped${c.xfail ? ` (${c.xfail} known failures)` : ""}`;
}

const indent = (s: string, n = 4) =>
  s
    .split("\n")
    .map((l) => " ".repeat(n) + l)
    .join("\n");

/** One block per failing (or stale) vector, with the diff and the spec section. */
export function failureDetails(r: SuiteResult, opts: { timeline?: boolean } = {}): string {
  const out: string[] = [];
  for (const x of r.results) {
    if (x.verdict !== "fail" && x.verdict !== "stale") continue;
    out.push(`✗ ${x.id} — ${x.title}`);
    out.push(`    ${x.level} ${x.requirements.join(", ")}${x.spec ? `   (${x.spec})` : ""}`);
    if (x.verdict === "stale") out.push(`    stale known failure: ${x.reason}`);
    if (x.failure) {
      out.push(
        `    step ${x.failure.step} (${x.failure.op})${x.failure.note ? ` — ${x.failure.note}` : ""}: ${x.failure.message}`,
      );
      if (x.failure.diff) out.push("    --- expected (pattern)  +++ actual", indent(x.failure.diff, 6));
      else if (x.failure.expected !== undefined || x.failure.actual !== undefined) {
        out.push(
          `    expected: ${JSON.stringify(x.failure.expected)}`,
          `    actual:   ${JSON.stringify(x.failure.actual)}`,
        );
      }
    }
    if (opts.timeline && x.timeline?.length)
      out.push("    what the IUT did:", ...x.timeline.slice(-30).map((l) => `      ${l}`));
    if (x.logs?.length) out.push("    IUT log:", ...x.logs.slice(-20).map((l) => `      ${l}`));
    out.push("");
  }
  for (const k of r.unknownKnownFailures)
    out.push(`✗ known-failures line ${k.line}: no vector ${k.id} exists`);
  return out.join("\n");
}

const xml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");

/** JUnit XML: one testsuite per area, one testcase per vector. */
export function junitXml(r: SuiteResult): string {
  const areas = [...new Set(r.results.map((x) => x.area))].sort();
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const c = r.counts;
  out.push(
    `<testsuites name="gossip-conformance ${xml(r.implementation)}" tests="${r.results.length}" failures="${c.failed + c.stale}" skipped="${c.skipped}" time="${(r.durationMs / 1000).toFixed(3)}">`,
  );
  for (const a of areas) {
    const xs = r.results.filter((x) => x.area === a);
    const fails = xs.filter((x) => x.verdict === "fail" || x.verdict === "stale").length;
    const skips = xs.filter((x) => x.verdict === "skip").length;
    const time = xs.reduce((s, x) => s + x.durationMs, 0) / 1000;
    out.push(
      `  <testsuite name="${xml(a)}" tests="${xs.length}" failures="${fails}" skipped="${skips}" time="${time.toFixed(3)}">`,
    );
    for (const x of xs) {
      out.push(
        `    <testcase classname="${xml(a)}" name="${xml(x.id)}" time="${(x.durationMs / 1000).toFixed(3)}">`,
      );
      out.push(
        `      <properties><property name="level" value="${x.level}"/><property name="requirements" value="${xml(x.requirements.join(" "))}"/>${x.spec ? `<property name="spec" value="${xml(x.spec)}"/>` : ""}</properties>`,
      );
      if (x.verdict === "fail" || x.verdict === "stale") {
        const body = [x.reason ?? "", x.failure?.diff ?? "", ...(x.timeline ?? []).slice(-30)].join("\n");
        out.push(
          `      <failure message="${xml(x.reason ?? "failed")}" type="${x.verdict}">${xml(body)}</failure>`,
        );
      } else if (x.verdict === "skip") out.push(`      <skipped message="${xml(x.reason ?? "")}"/>`);
      else if (x.verdict === "xfail")
        out.push(`      <system-out>${xml(`known failure: ${x.reason ?? ""}`)}</system-out>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
}

/** The JSON report (stable field order; schema in HARNESS.md, Reports). */
export function jsonReport(r: SuiteResult): string {
  return `${JSON.stringify({ format: "gossip-conformance-report/1", ...r }, null, 2)}\n`;
}

/** A one-line progress indicator, rewritten in place on a terminal. */
export function progressLine(
  done: number,
  total: number,
  counts: { pass: number; fail: number; skip: number },
  last: string,
): string {
  const width = 24;
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}  ✓${counts.pass} ✗${counts.fail} -${counts.skip}  ${last}`.slice(
    0,
    140,
  );
}
