#!/usr/bin/env node
/**
 * gossip-conformance: run the conformance suite against an implementation,
 * record traces from the reference, and check requirement coverage.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve as resolvePath } from "node:path";
import { fileURLToPath } from "node:url";
import { Command } from "commander";
import { allVectors, defaultCodec } from "../catalog.js";
import {
  citedRequirements,
  coverage,
  formatCoverage,
  loadRequirements,
  testedRequirements,
  withVectors,
} from "../coverage.js";
import { loadKnownFailures } from "../known-failures.js";
import { areaTable, failureDetails, jsonReport, junitXml, progressLine, summaryLine } from "../report.js";
import { IutSession } from "../session.js";
import { type Level, runVectors, selectVectors, type VectorResult } from "../suite.js";

const here = dirname(fileURLToPath(import.meta.url));

/** `--impl reference` starts the reference adapter shipped with this package. */
function implCommand(impl: string): string {
  if (impl === "reference") return `"${process.execPath}" "${resolvePath(here, "..", "reference-main.js")}"`;
  if (impl.startsWith("broken:"))
    return `"${process.execPath}" "${resolvePath(here, "..", "broken-main.js")}" ${impl.slice("broken:".length)}`;
  return impl;
}

const many = (v: string, prev: string[] = []) => [...prev, ...v.split(",").filter(Boolean)];

function writeOut(path: string, text: string): void {
  mkdirSync(dirname(resolvePath(path)), { recursive: true });
  writeFileSync(path, text);
}

const program = new Command("gossip-conformance").description("Conformance suite of the gossip protocol");

program
  .command("run")
  .description("run vectors against an implementation under test")
  .requiredOption(
    "--impl <command>",
    'command line that starts the IUT\'s harness adapter ("reference": the built-in one; "broken:<flaw>": a deliberately broken one)',
  )
  .option("-f, --filter <id>", "only vectors whose id contains this (or matches this glob); repeatable", many)
  .option("--area <area>", "only these areas (first id segment); repeatable", many)
  .option("--level <level>", "only these levels: MUST, SHOULD, MAY; repeatable", many)
  .option("--requirement <id>", "only vectors citing this requirement id; repeatable", many)
  .option("--known-failures <file>", "known-failures file of this port")
  .option("--junit <file>", "write a JUnit XML report")
  .option("--json <file>", "write a JSON report")
  .option("--timeline", "show what the IUT sent for each failure")
  .option(
    "--mode <mode>",
    "virtual (default) or live: real loopback sockets and real time, traces marked for it",
    "virtual",
  )
  .option("--request-timeout <ms>", "real-time limit for one harness request", "10000")
  .action(async (o) => {
    const vectors = allVectors();
    const chosen = selectVectors(vectors, {
      ids: o.filter,
      areas: o.area,
      levels: o.level as Level[] | undefined,
      requirements: o.requirement,
    });
    const knownFailures = o.knownFailures ? loadKnownFailures(o.knownFailures) : undefined;
    const session = await IutSession.start(
      { kind: "command", command: implCommand(o.impl) },
      { requestTimeoutMs: Number(o.requestTimeout) },
    );
    process.stderr.write(
      `gossip-conformance: ${session.hello.implementation} ${session.hello.version ?? ""} features=${session.hello.features.join(",")}; ${chosen.length} of ${vectors.length} vectors\n`,
    );
    const tty = process.stderr.isTTY;
    const tally = { pass: 0, fail: 0, skip: 0 };
    const onProgress = (done: number, total: number, r: VectorResult) => {
      if (r.verdict === "pass" || r.verdict === "xfail") tally.pass++;
      else if (r.verdict === "skip") tally.skip++;
      else tally.fail++;
      const line = progressLine(done, total, tally, r.id);
      if (tty) process.stderr.write(`\r\x1b[2K${line}`);
      else if (r.verdict === "fail" || r.verdict === "stale") process.stderr.write(`✗ ${r.id}\n`);
    };
    let result: Awaited<ReturnType<typeof runVectors>>;
    try {
      result = await runVectors(session, defaultCodec(), chosen, {
        knownFailures,
        allIds: new Set(vectors.map((v) => v.id)),
        onProgress,
        mode: o.mode === "live" ? "live" : "virtual",
      });
    } finally {
      await session.close();
    }
    if (tty) process.stderr.write("\r\x1b[2K");
    const details = failureDetails(result, { timeline: Boolean(o.timeline) });
    if (details) console.log(details);
    console.log(areaTable(result));
    console.log(summaryLine(result));
    if (o.junit) writeOut(o.junit, junitXml(result));
    if (o.json) writeOut(o.json, jsonReport(result));
    process.exitCode = result.ok ? 0 : 1;
  });

program
  .command("list")
  .description("list the vectors")
  .option("-f, --filter <id>", "only ids containing this; repeatable", many)
  .option("--area <area>", "only these areas; repeatable", many)
  .action((o) => {
    for (const v of selectVectors(allVectors(), { ids: o.filter, areas: o.area }))
      console.log(`${v.id.padEnd(56)} ${v.level.padEnd(6)} ${v.requirements.join(",")}`);
  });

program
  .command("coverage")
  .description(
    "list MUST requirements in spec/ that no vector cites ([local] ones: nor an id-named test; exit 1 if any)",
  )
  .option("--json", "print JSON")
  .action((o) => {
    const c = coverage(
      loadRequirements(),
      withVectors(citedRequirements(), allVectors()),
      testedRequirements(),
    );
    if (o.json)
      console.log(
        JSON.stringify(
          {
            uncovered: c.uncovered,
            local: c.local.map((r) => r.id),
            editorial: c.editorial.map((r) => r.id),
            unknown: c.unknown,
            byFile: c.byFile,
          },
          null,
          2,
        ),
      );
    else console.log(formatCoverage(c));
    process.exitCode = c.uncovered.length ? 1 : 0;
  });

program
  .command("record")
  .description("re-record the behaviour traces from the reference implementation")
  .option("--check", "do not write; exit 1 if a checked-in trace differs from a fresh recording")
  .option("-f, --filter <id>", "only scenarios whose id contains this; repeatable", many)
  .action(async (o) => {
    const { recordAll } = await import("../recorder.js");
    const res = await recordAll({ check: Boolean(o.check), filter: o.filter });
    for (const line of res.lines) console.log(line);
    process.exitCode = res.ok ? 0 : 1;
  });

program.parseAsync().catch((err: unknown) => {
  const e = err as { code?: string; message?: string };
  console.error(`gossip-conformance: ${e.code ? `${e.code}: ` : ""}${e.message ?? String(err)}`);
  process.exitCode = 2;
});
