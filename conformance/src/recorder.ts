/**
 * The trace recorder: runs scenarios (scenarios/*.ts) against the reference
 * adapter, captures what it sends, and writes language-neutral traces with
 * the scenario's annotations (`vary`) marking what may legitimately differ.
 *
 *   gossip-conformance record          rewrite conformance/vectors/traces/
 *   gossip-conformance record --check  fail if a checked-in trace is not current
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { runAdapter } from "./adapter-kit.js";
import { type JsonObject, type PacketCodec, referenceCodec } from "./codec.js";
import { type Observed, VirtualDriver } from "./driver.js";
import { normaliseQuery, outputMatches, runStep, runTrace } from "./execute.js";
import { match, type Vars } from "./match.js";
import { referenceAdapter } from "./reference.js";
import type { RecordStep, Scenario } from "./scenarios/dsl.js";
import { SCENARIOS } from "./scenarios/index.js";
import { checkTrace } from "./schemas.js";
import { IutSession } from "./session.js";
import type { Trace, TraceStep } from "./trace.js";
import { listJson, TRACE_DIR, VECTOR_DIR } from "./vectors.js";

export class RecordError extends Error {
  readonly code = "RECORD_FAILED";
  constructor(message: string) {
    super(message);
    this.name = "RecordError";
  }
}

/** Replace the values at `vary` paths (dotted; `*` = every array element or key) with their patterns. */
export function applyVary(value: unknown, vary: Readonly<Record<string, unknown>> | undefined): unknown {
  if (!vary) return value;
  let out = structuredClone(value);
  for (const [path, pattern] of Object.entries(vary)) out = setPath(out, path.split("."), pattern);
  return out;
}

function setPath(v: unknown, path: string[], pattern: unknown): unknown {
  if (path.length === 0) return pattern;
  const [head, ...rest] = path as [string, ...string[]];
  if (Array.isArray(v)) {
    if (head === "*") return v.map((x) => setPath(x, rest, pattern));
    const i = Number(head);
    return v.map((x, j) => (j === i ? setPath(x, rest, pattern) : x));
  }
  if (typeof v === "object" && v !== null) {
    const o = { ...(v as JsonObject) };
    const keys = head === "*" ? Object.keys(o) : [head];
    for (const k of keys) if (k in o || rest.length === 0) o[k] = setPath(o[k], rest, pattern);
    return o;
  }
  return v;
}

function messagesOf(o: Observed): JsonObject[] {
  return o.decoded?.ok ? ((o.decoded.packet.messages as JsonObject[]) ?? []) : [];
}

/** Run one scenario against a session and produce its trace. */
export async function recordScenario(session: IutSession, codec: PacketCodec, sc: Scenario): Promise<Trace> {
  if (sc.liveOnly) return liveOnlyTrace(sc);
  const d = new VirtualDriver(session, codec, sc.setup);
  const vars: Vars = new Map();
  const steps: TraceStep[] = [];
  if (sc.setup.initError) {
    const r = await runTrace(session, codec, {
      format: "gossip-trace/1",
      id: sc.id,
      title: sc.title,
      requirements: sc.requirements,
      level: "MUST",
      setup: sc.setup,
      steps: [],
    });
    if (r.status !== "passed")
      throw new RecordError(`${sc.id}: the reference accepted an invalid configuration`);
  } else await d.init();
  for (const [i, step] of sc.steps.entries()) {
    const where = `${sc.id} step ${i} (${step.op})`;
    const s = step as RecordStep;
    if (s.op === "record-expect") {
      const from = d.now;
      const hit = await d.awaitOutput(
        (o) => outputMatches(o, { transport: s.transport, to: s.to, message: s.select }, new Map(vars)),
        from + s.within,
      );
      if (!hit)
        throw new RecordError(
          `${where}: the reference sent no ${s.transport} matching ${JSON.stringify(s.select)} within ${s.within} ms`,
        );
      const msg = messagesOf(hit).find((m) => !match(s.select, m, new Map(vars))) as JsonObject;
      const pattern = applyVary(msg, s.vary);
      const m = match(pattern, msg, vars);
      if (m) throw new RecordError(`${where}: recorded pattern does not match its own message at ${m.path}`);
      const to = s.to !== undefined && typeof s.to !== "string" && s.to.length > 1 ? s.to : hit.toAlias;
      steps.push({
        op: "expect",
        transport: s.transport,
        ...(to !== undefined && s.transport !== "stream-reply" ? { to } : {}),
        ...(s.stream !== undefined ? { stream: s.stream } : {}),
        within: s.within,
        message: pattern,
        ...(s.note ? { note: s.note } : {}),
      });
      if (s.stream !== undefined) match(s.stream, hit.stream, vars);
    } else if (s.op === "record-event") {
      const [lo, hi] = s.window;
      const from = d.now;
      const hit = await d.awaitOutput(
        (o) => o.kind === "event" && !match(s.select, o.event, new Map(vars)),
        from + hi,
      );
      if (!hit)
        throw new RecordError(
          `${where}: the reference raised no event matching ${JSON.stringify(s.select)} within ${hi} ms`,
        );
      if (hit.time - from < lo)
        throw new RecordError(
          `${where}: the reference raised the event after ${hit.time - from} ms, before the window [${lo}, ${hi}]`,
        );
      const pattern = applyVary(hit.event, { "member.since": { $any: true }, ...s.vary });
      match(pattern, hit.event, vars);
      if (lo > 0)
        steps.push({
          op: "expect-no-event",
          during: lo - 1,
          event: s.select,
          ...(s.note ? { note: `${s.note} (not too early)` } : {}),
        });
      steps.push({
        op: "expect-event",
        within: lo > 0 ? hi - lo + 1 : hi,
        event: pattern,
        ...(s.note ? { note: s.note } : {}),
      });
      // Keep the recorder's clock where a replay would be: at the event.
      d.now = Math.max(d.now, hit.time);
    } else if (s.op === "record-query") {
      const res = await d.call("query", { what: s.what, now: d.now });
      const actual = normaliseQuery(s.what, res);
      const pattern = applyVary(actual, {
        ...(s.what === "members" ? { "*.since": { $any: true } } : {}),
        ...s.vary,
      });
      steps.push({ op: "query", what: s.what, expect: pattern, ...(s.note ? { note: s.note } : {}) });
    } else {
      try {
        await runStep(d, codec, s as TraceStep, vars);
      } catch (err) {
        throw new RecordError(`${where}: ${(err as Error).message}`);
      }
      steps.push(s as TraceStep);
    }
  }
  const trace: Trace = {
    $schema: "../../../../schemas/json/trace.schema.json",
    format: "gossip-trace/1",
    id: sc.id,
    title: sc.title,
    ...(sc.description ? { description: sc.description } : {}),
    requirements: sc.requirements,
    level: sc.level ?? "MUST",
    ...(sc.spec ? { spec: sc.spec } : {}),
    ...(sc.features ? { features: sc.features } : {}),
    ...(sc.live ? { mode: ["virtual", "live"] as const } : {}),
    setup: sc.setup,
    steps,
    recorded: { by: "gossip-ts reference", scenario: sc.file },
  };
  const problem = checkTrace(trace);
  if (problem) throw new RecordError(`${sc.id}: recorded trace is not schema-valid: ${problem}`);
  return trace;
}

/**
 * A live-only scenario (HARNESS.md §4.1) has no `record-*` steps: nothing in it
 * varies, so its steps are the trace. It is replayed against the reference by
 * `run --mode live` (and live.test.ts), not here.
 */
function liveOnlyTrace(sc: Scenario): Trace {
  if (sc.steps.some((s) => s.op.startsWith("record-")))
    throw new RecordError(`${sc.id}: a live-only scenario cannot have record-* steps`);
  const trace: Trace = {
    $schema: "../../../../schemas/json/trace.schema.json",
    format: "gossip-trace/1",
    id: sc.id,
    title: sc.title,
    ...(sc.description ? { description: sc.description } : {}),
    requirements: sc.requirements,
    level: sc.level ?? "MUST",
    ...(sc.spec ? { spec: sc.spec } : {}),
    ...(sc.features ? { features: sc.features } : {}),
    mode: ["live"],
    setup: sc.setup,
    steps: sc.steps as TraceStep[],
    recorded: { by: "gossip-ts reference", scenario: sc.file },
  };
  const problem = checkTrace(trace);
  if (problem) throw new RecordError(`${sc.id}: trace is not schema-valid: ${problem}`);
  return trace;
}

/** Where a trace with this id lives. `$schema` above assumes ids of exactly three segments. */
export const traceFile = (id: string, dir = TRACE_DIR): string => join(dir, `${id}.json`);

export const serialise = (t: Trace): string => `${JSON.stringify(t, null, 2)}\n`;

export interface RecordResult {
  readonly ok: boolean;
  readonly lines: string[];
  readonly traces: Trace[];
}

/** An in-process session with the reference adapter (for recording and tests). */
export function referenceSession(): Promise<IutSession> {
  return IutSession.start({ kind: "in-process", start: (addr) => void runAdapter(referenceAdapter(), addr) });
}

export async function recordAll(
  opts: { check?: boolean; filter?: readonly string[]; dir?: string } = {},
): Promise<RecordResult> {
  const dir = opts.dir ?? TRACE_DIR;
  const chosen = SCENARIOS.filter((s) => !opts.filter?.length || opts.filter.some((f) => s.id.includes(f)));
  const session = await referenceSession();
  const codec = referenceCodec();
  const lines: string[] = [];
  const traces: Trace[] = [];
  let ok = true;
  try {
    for (const sc of chosen) {
      if (sc.id.split("/").length !== 3)
        throw new RecordError(`${sc.id}: trace ids have three segments (area/topic/case)`);
      const t = await recordScenario(session, codec, sc);
      traces.push(t);
      const file = traceFile(t.id, dir);
      const text = serialise(t);
      const old = existsSync(file) ? readFileSync(file, "utf8") : undefined;
      if (old === text) continue;
      if (opts.check) {
        ok = false;
        lines.push(`${old === undefined ? "missing" : "outdated"}: ${relative(VECTOR_DIR, file)}`);
      } else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        lines.push(`${old === undefined ? "new" : "updated"}: ${relative(VECTOR_DIR, file)}`);
      }
    }
    if (!opts.filter?.length) {
      const want = new Set(traces.map((t) => traceFile(t.id, dir)));
      for (const f of listJson(dir)) {
        if (want.has(f)) continue;
        if (opts.check) {
          ok = false;
          lines.push(`stale (no scenario): ${relative(VECTOR_DIR, f)}`);
        } else {
          rmSync(f);
          lines.push(`removed: ${relative(VECTOR_DIR, f)}`);
        }
      }
    }
  } finally {
    await session.close();
  }
  lines.push(
    `${traces.length} scenario(s) recorded${opts.check ? (ok ? ", all traces current" : ", traces NOT current: run `gossip-conformance record`") : ""}`,
  );
  return { ok, lines, traces };
}
