/** Runs a set of vectors against one IUT session and judges the results. */
import type { PacketCodec } from "./codec.js";
import { type Mode, runTrace, type StepFailure, type TraceOutcome } from "./execute.js";
import type { KnownFailure } from "./known-failures.js";
import type { IutSession } from "./session.js";
import type { Trace } from "./trace.js";

export type Level = "MUST" | "SHOULD" | "MAY";

/** One runnable vector: a trace, or one case of a codec/security/CRDT vector file. */
export interface Vector {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly level: Level;
  readonly requirements: readonly string[];
  readonly spec?: string;
  readonly kind: "trace" | "codec" | "security" | "crdt";
  readonly file?: string;
  run(session: IutSession, codec: PacketCodec, mode?: Mode): Promise<TraceOutcome>;
}

export const traceVector = (trace: Trace, file?: string): Vector => ({
  id: trace.id,
  title: trace.title,
  area: trace.id.split("/")[0] as string,
  level: trace.level,
  requirements: trace.requirements,
  ...(trace.spec ? { spec: trace.spec } : {}),
  kind: "trace",
  ...(file ? { file } : {}),
  run: (session, codec, mode) => runTrace(session, codec, trace, mode),
});

/**
 * pass: passed; fail: failed and not listed; skip: not applicable;
 * xfail: failed as the known-failures file says; stale: listed but passed,
 * skipped or failed differently (fails the run).
 */
export type Verdict = "pass" | "fail" | "skip" | "xfail" | "stale";

export interface VectorResult {
  readonly id: string;
  readonly title: string;
  readonly area: string;
  readonly level: Level;
  readonly requirements: readonly string[];
  readonly spec?: string;
  readonly kind: Vector["kind"];
  readonly verdict: Verdict;
  readonly durationMs: number;
  /** Failure text, skip reason, or why a known-failure entry is stale. */
  readonly reason?: string;
  readonly failure?: StepFailure;
  readonly timeline?: readonly string[];
  readonly logs?: readonly string[];
}

export interface SuiteResult {
  readonly implementation: string;
  readonly version?: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly results: readonly VectorResult[];
  /** Known-failure entries naming no vector that exists. */
  readonly unknownKnownFailures: readonly KnownFailure[];
  readonly counts: { passed: number; failed: number; skipped: number; xfail: number; stale: number };
  readonly ok: boolean;
}

export interface Filter {
  /** Substrings or globs (`*` = any run of characters) matched against the id; any may match. */
  readonly ids?: readonly string[];
  readonly areas?: readonly string[];
  readonly levels?: readonly Level[];
  readonly requirements?: readonly string[];
}

const glob = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .split("*")
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*")}$`,
  );

export function selectVectors(vectors: readonly Vector[], f: Filter): Vector[] {
  return vectors.filter(
    (v) =>
      (!f.ids?.length || f.ids.some((p) => (p.includes("*") ? glob(p).test(v.id) : v.id.includes(p)))) &&
      (!f.areas?.length || f.areas.includes(v.area)) &&
      (!f.levels?.length || f.levels.includes(v.level)) &&
      (!f.requirements?.length || v.requirements.some((r) => f.requirements?.includes(r))),
  );
}

/** The text a known-failures entry is compared with (as a prefix). */
export const failureText = (f: StepFailure): string => `step ${f.step} (${f.op}): ${f.message}`;

export function judge(
  outcome: TraceOutcome,
  known: KnownFailure | undefined,
): { verdict: Verdict; reason?: string } {
  if (!known) {
    if (outcome.status === "passed") return { verdict: "pass" };
    if (outcome.status === "skipped") return { verdict: "skip", reason: outcome.reason };
    return { verdict: "fail", reason: failureText(outcome.failure) };
  }
  if (outcome.status === "passed")
    return {
      verdict: "stale",
      reason: `listed as a known failure (line ${known.line}) but passed: remove it`,
    };
  if (outcome.status === "skipped")
    return {
      verdict: "stale",
      reason: `listed as a known failure (line ${known.line}) but skipped: ${outcome.reason}`,
    };
  const text = failureText(outcome.failure);
  if (text.startsWith(known.expected)) return { verdict: "xfail", reason: text };
  return {
    verdict: "stale",
    reason: `listed as failing with "${known.expected}" (line ${known.line}) but failed with "${text}"`,
  };
}

export interface RunOptions {
  readonly knownFailures?: ReadonlyMap<string, KnownFailure>;
  /** All vectors that exist (to find known-failure entries naming none); defaults to `vectors`. */
  readonly allIds?: ReadonlySet<string>;
  readonly onProgress?: (done: number, total: number, last: VectorResult) => void;
  /** Harness mode; live runs only traces marked for it. */
  readonly mode?: Mode;
}

export async function runVectors(
  session: IutSession,
  codec: PacketCodec,
  vectors: readonly Vector[],
  opts: RunOptions = {},
): Promise<SuiteResult> {
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const results: VectorResult[] = [];
  for (const v of vectors) {
    const started = performance.now();
    session.logs.length = 0;
    let outcome: TraceOutcome;
    try {
      outcome =
        opts.mode === "live" && v.kind !== "trace"
          ? { status: "skipped", reason: "not a live-mode vector" }
          : await v.run(session, codec, opts.mode);
    } catch (err) {
      outcome = {
        status: "failed",
        failure: { step: -1, op: "harness", message: (err as Error).message },
        timeline: [],
      };
    }
    const known = opts.knownFailures?.get(v.id);
    const { verdict, reason } = judge(outcome, known);
    const r: VectorResult = {
      id: v.id,
      title: v.title,
      area: v.area,
      level: v.level,
      requirements: v.requirements,
      ...(v.spec ? { spec: v.spec } : {}),
      kind: v.kind,
      verdict,
      durationMs: Math.round((performance.now() - started) * 10) / 10,
      ...(reason ? { reason } : {}),
      ...(outcome.status === "failed" ? { failure: outcome.failure, timeline: outcome.timeline } : {}),
      ...(outcome.status === "failed" && session.logs.length ? { logs: [...session.logs] } : {}),
    };
    results.push(r);
    opts.onProgress?.(results.length, vectors.length, r);
  }
  const ids = opts.allIds ?? new Set(vectors.map((v) => v.id));
  const unknownKnownFailures = [...(opts.knownFailures?.values() ?? [])].filter((k) => !ids.has(k.id));
  const count = (x: Verdict) => results.filter((r) => r.verdict === x).length;
  const counts = {
    passed: count("pass"),
    failed: count("fail"),
    skipped: count("skip"),
    xfail: count("xfail"),
    stale: count("stale"),
  };
  return {
    implementation: session.hello.implementation,
    ...(session.hello.version ? { version: session.hello.version } : {}),
    startedAt,
    durationMs: Math.round(performance.now() - t0),
    results,
    unknownKnownFailures,
    counts,
    ok: counts.failed === 0 && counts.stale === 0 && unknownKnownFailures.length === 0,
  };
}
