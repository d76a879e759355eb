/** Replays one trace against the IUT through a virtual driver. */
import type { JsonObject, PacketCodec } from "./codec.js";
import { type Driver, envelopeInfo, type Observed, VirtualDriver } from "./driver.js";
import { LiveDriver } from "./live-driver.js";
import { TransportLiveDriver } from "./live-transport-driver.js";
import {
  runTransportStep,
  TRANSPORT_OPS,
  type TransportStep,
  TransportStepFailed,
} from "./live-transport-steps.js";
import { diffLines, type Mismatch, match, PatternError, resolve, type Vars } from "./match.js";
import { IutError, type IutSession } from "./session.js";
import type { Peers, Trace, TraceStep, Transport } from "./trace.js";

export interface StepFailure {
  readonly step: number;
  readonly op: string;
  readonly note?: string;
  readonly message: string;
  /** The expected pattern and the closest actual value, for the diff. */
  readonly expected?: unknown;
  readonly actual?: unknown;
  readonly diff?: string;
}

export type TraceOutcome =
  | { readonly status: "passed"; readonly steps: number }
  | { readonly status: "failed"; readonly failure: StepFailure; readonly timeline: string[] }
  | { readonly status: "skipped"; readonly reason: string };

/** How far past a missed deadline the runner looks for a late match (for the report only). */
const LATE_HORIZON_MS = 2000;

export const hexToBytes = (hex: string): Uint8Array =>
  new Uint8Array(Buffer.from(hex.replace(/\s+/g, ""), "hex"));

const aliasesOf = (to: Peers | undefined): readonly string[] | undefined =>
  to === undefined ? undefined : typeof to === "string" ? [to] : to;

function messagesOf(o: Observed): JsonObject[] {
  if (!o.decoded?.ok) return [];
  const msgs = o.decoded.packet.messages;
  return Array.isArray(msgs) ? (msgs as JsonObject[]) : [];
}

/** Does `o` carry a packet (or a message in it) matching? Binds captures in `vars` on success. */
export function outputMatches(
  o: Observed,
  spec: {
    transport?: Transport;
    to?: Peers;
    stream?: unknown;
    message?: unknown;
    packet?: unknown;
    size?: unknown;
    envelope?: unknown;
  },
  vars: Vars,
): boolean {
  if (o.kind === "event") return false;
  if (spec.transport && o.kind !== spec.transport) return false;
  const aliases = aliasesOf(spec.to);
  if (aliases && (!o.toAlias || !aliases.includes(o.toAlias))) return false;
  const scratch = new Map(vars);
  if (spec.stream !== undefined && match(spec.stream, o.stream, scratch)) return false;
  if (spec.size !== undefined && match(spec.size, o.bytes?.length, scratch)) return false;
  if (spec.envelope !== undefined && (!o.bytes || match(spec.envelope, envelopeInfo(o.bytes), scratch)))
    return false;
  if (spec.packet !== undefined && (!o.decoded?.ok || match(spec.packet, o.decoded.packet, scratch)))
    return false;
  if (spec.message !== undefined) {
    const hit = messagesOf(o).some((m) => !match(spec.message, m, scratch));
    if (!hit) return false;
  }
  for (const [k, v] of scratch) vars.set(k, v);
  return true;
}

export function describeObserved(o: Observed, start: number): string {
  const t = `t=${o.time - start}`;
  if (o.kind === "event") return `${t} event ${JSON.stringify(o.event)}`;
  const to =
    o.kind === "stream-reply"
      ? `stream ${o.stream}`
      : `${o.toAlias ?? (o.to ? `${o.to.ip}:${o.to.port}` : "?")}${o.stream !== undefined ? ` stream ${o.stream}` : ""}`;
  const body = o.decoded?.ok
    ? messagesOf(o)
        .map((m) => JSON.stringify(m))
        .join(" + ")
    : `undecodable (${o.decoded?.ok === false ? o.decoded.code : "?"})`;
  return `${t} ${o.kind} -> ${to}: ${body}`;
}

/** The output most like what was expected, for the failure diff. */
function closest(
  d: Driver,
  spec: { transport?: Transport; to?: Peers; message?: unknown; packet?: unknown },
): unknown {
  const aliases = aliasesOf(spec.to);
  const cands = d.observed.filter(
    (o) =>
      !o.consumed &&
      o.kind !== "event" &&
      (!spec.transport || o.kind === spec.transport) &&
      (!aliases || (o.toAlias !== undefined && aliases.includes(o.toAlias))),
  );
  if (spec.packet !== undefined) return cands.at(-1)?.decoded;
  const want = (spec.message as { type?: unknown } | undefined)?.type;
  const msgs = cands.flatMap(messagesOf);
  const same = msgs.filter((m) => m.type === want);
  if (same.length === 0) return msgs.at(-1);
  // The candidate agreeing with the most top-level fields of the pattern (the latest on ties).
  const pattern = spec.message as Record<string, unknown>;
  const score = (m: JsonObject) =>
    Object.keys(pattern).filter((k) => !match(pattern[k], m[k], new Map())).length;
  return same.reduce((best, m) => (score(m) >= score(best) ? m : best));
}

/** Replace bound variables in a pattern for display. */
function showPattern(p: unknown, vars: Vars): unknown {
  if (Array.isArray(p)) return p.map((x) => showPattern(x, vars));
  if (typeof p !== "object" || p === null) return p;
  const o = p as Record<string, unknown>;
  if ("$var" in o && vars.has(String(o.$var))) return vars.get(String(o.$var));
  if ("$capture" in o && vars.has(String(o.$capture))) return vars.get(String(o.$capture));
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, showPattern(v, vars)]));
}

const sortBy = <T>(xs: T[], key: (x: T) => string): T[] =>
  [...xs].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

/** Normalise query answers so that order never matters. */
export function normaliseQuery(what: "members" | "keys", res: JsonObject): unknown {
  if (what === "members") return sortBy((res.members as JsonObject[]) ?? [], (m) => String(m.name));
  return sortBy((res.keys as JsonObject[]) ?? [], (k) => `${String(k.node)}\u0000${String(k.key)}`);
}

export class StepFailed extends Error {
  constructor(readonly failure: Omit<StepFailure, "step" | "op" | "note">) {
    super(failure.message);
  }
}

/** Bytes to inject for an inject/reply step. */
export function bytesFor(d: Driver, step: { packet?: unknown; bytes?: string }, vars: Vars): Uint8Array {
  if (step.bytes !== undefined) return hexToBytes(step.bytes);
  return d.encode(resolve(step.packet, vars));
}

export async function runStep(d: Driver, _codec: PacketCodec, step: TraceStep, vars: Vars): Promise<void> {
  if (TRANSPORT_OPS.has(step.op)) {
    try {
      await runTransportStep(d, step as unknown as TransportStep, vars);
    } catch (err) {
      if (err instanceof TransportStepFailed)
        throw new StepFailed({ message: err.message, expected: err.expected, actual: err.actual });
      throw err;
    }
    return;
  }
  switch (step.op) {
    case "inject": {
      if (step.at !== undefined) await d.advanceTo(d.start + step.at);
      const bytes = bytesFor(d, step, vars);
      if (step.transport === "datagram") await d.injectDatagram(step.from, bytes);
      else {
        const id = await d.injectStream(step.from, bytes);
        if (step.stream) vars.set(step.stream, id);
      }
      return;
    }
    case "reply":
      await d.replyStream(resolve(step.stream, vars) as number, bytesFor(d, step, vars));
      return;
    case "fail-stream":
      await d.failStream(resolve(step.stream, vars) as number);
      return;
    case "advance":
      await d.advanceTo(step.to !== undefined ? d.start + step.to : d.now + (step.by ?? 0));
      return;
    case "command": {
      if (step.expectError === undefined) {
        await runCommand(d, step.command, step.args ?? {});
        return;
      }
      try {
        await runCommand(d, step.command, step.args ?? {});
      } catch (err) {
        if (err instanceof IutError && err.code === step.expectError) return;
        throw err;
      }
      throw new StepFailed({
        message: `expected ${step.command} to fail with ${step.expectError}, but it succeeded`,
        expected: step.expectError,
      });
    }
    case "expect": {
      const from = d.now;
      const hit = await d.awaitOutput((o) => outputMatches(o, step, vars), from + step.within);
      if (!hit) {
        const what = step.message ?? step.packet;
        // Look a little further, to tell "late" from "never" in the report.
        const deadline = from + step.within;
        const late = await d.awaitOutput(
          (o) => outputMatches(o, step, new Map(vars)),
          deadline + Math.max(step.within, LATE_HORIZON_MS),
        );
        if (late) {
          throw new StepFailed({
            message: `expected a ${step.transport}${step.to ? ` to ${aliasesOf(step.to)?.join("|")}` : ""} within ${step.within} ms (by t=${deadline - d.start}); a matching one came ${late.time - deadline} ms late, at t=${late.time - d.start}`,
            expected: showPattern(what, vars),
            actual: late.decoded?.ok ? late.decoded.packet : undefined,
          });
        }
        const actual = closest(d, step);
        const expected = showPattern(what, vars);
        throw new StepFailed({
          message: `expected a ${step.transport}${step.to ? ` to ${aliasesOf(step.to)?.join("|")}` : ""} within ${step.within} ms (t=${from - d.start}..${from - d.start + step.within}) matching the pattern; ${actual === undefined ? "nothing comparable was sent" : firstMismatch(what, actual, vars)}`,
          expected,
          actual,
          diff: diffLines(expected, actual),
        });
      }
      return;
    }
    case "expect-none": {
      const from = d.now;
      const bad = await d.collectDuring(
        (o) => o.kind !== "event" && outputMatches(o, step, new Map(vars)),
        from,
        from + step.during,
      );
      if (bad.length > 0) {
        const o = bad[0] as Observed;
        throw new StepFailed({
          message: `expected no matching ${step.transport ?? "packet"} during ${step.during} ms, but at t=${o.time - d.start}: ${describeObserved(o, d.start)}`,
          expected: showPattern(step.message ?? step.packet ?? "(nothing)", vars),
          actual: o.decoded?.ok ? o.decoded.packet : undefined,
        });
      }
      return;
    }
    case "expect-event": {
      const from = d.now;
      const hit = await d.awaitOutput(
        (o) => o.kind === "event" && !match(step.event, o.event, vars),
        from + step.within,
      );
      if (!hit) {
        const events = d.observed.filter((o) => o.kind === "event" && !o.consumed).map((o) => o.event);
        const want = (step.event as { type?: unknown }).type;
        const actual = events.filter((e) => e?.type === want).at(-1) ?? events.at(-1);
        const expected = showPattern(step.event, vars);
        throw new StepFailed({
          message: `expected an event within ${step.within} ms matching the pattern; ${actual === undefined ? "no event was raised" : firstMismatch(step.event, actual, vars)}`,
          expected,
          actual,
          diff: diffLines(expected, actual),
        });
      }
      return;
    }
    case "expect-no-event": {
      const from = d.now;
      const bad = await d.collectDuring(
        (o) => o.kind === "event" && !match(step.event, o.event, new Map(vars)),
        from,
        from + step.during,
      );
      if (bad.length > 0)
        throw new StepFailed({
          message: `expected no matching event during ${step.during} ms, but got ${JSON.stringify(bad[0]?.event)}`,
          expected: showPattern(step.event, vars),
          actual: bad[0]?.event,
        });
      return;
    }
    case "query": {
      const res = await d.call("query", { what: step.what, now: d.now });
      const actual = normaliseQuery(step.what, res);
      const m = match(step.expect, actual, vars);
      if (m) {
        const expected = showPattern(step.expect, vars);
        throw new StepFailed({
          message: `query ${step.what}: at ${m.path} expected ${m.expected}, got ${m.actual}`,
          expected,
          actual,
          diff: diffLines(expected, actual),
        });
      }
      return;
    }
  }
}

function firstMismatch(pattern: unknown, actual: unknown, vars: Vars): string {
  const m: Mismatch | undefined = match(pattern, actual, new Map(vars));
  return m
    ? `closest candidate differs at ${m.path}: expected ${m.expected}, got ${m.actual}`
    : "a matching one arrived too late or to another peer";
}

export async function runCommand(d: Driver, command: string, args: Record<string, unknown>): Promise<void> {
  const now = d.now;
  switch (command) {
    case "join":
      await d.call("join", { seeds: (args.seeds as string[]).map((a) => d.peerAddr(a)), now });
      return;
    case "leave":
      await d.call("leave", { now });
      return;
    case "set-key":
      await d.call("set-key", {
        key: args.key as string,
        value: (args.value as string) ?? "",
        ...(args.ttlMs !== undefined ? { ttlMs: args.ttlMs } : {}),
        now,
      });
      return;
    case "delete-key":
      await d.call("delete-key", { key: args.key as string, now });
      return;
    case "set-meta":
      await d.call("set-meta", { meta: (args.meta as string) ?? "", now });
      return;
    case "broadcast":
      await d.call("broadcast", { name: args.name as string, payload: (args.payload as string) ?? "", now });
      return;
    default:
      throw new PatternError(`unknown command ${command}`);
  }
}

/** Which of the trace's needs the IUT lacks (by its hello), if any. */
export function missingFeatures(trace: Trace, session: IutSession): string[] {
  return (trace.features ?? []).filter((f) => !session.has(f));
}

export type Mode = "virtual" | "live";

export async function runTrace(
  session: IutSession,
  codec: PacketCodec,
  trace: Trace,
  mode: Mode = "virtual",
): Promise<TraceOutcome> {
  const missing = missingFeatures(trace, session);
  if (missing.length > 0) return { status: "skipped", reason: `IUT lacks feature(s): ${missing.join(", ")}` };
  if (mode === "live") {
    if (!(trace.mode ?? ["virtual"]).includes("live"))
      return { status: "skipped", reason: "virtual-mode trace" };
    if (!session.has("live")) return { status: "skipped", reason: "IUT lacks feature: live" };
  } else if (!(trace.mode ?? ["virtual"]).includes("virtual"))
    return { status: "skipped", reason: "live-only trace" };
  const transport = trace.setup.transport;
  const d: Driver =
    mode === "live"
      ? transport
        ? new TransportLiveDriver(session, codec, trace.setup)
        : new LiveDriver(session, codec, trace.setup)
      : new VirtualDriver(session, codec, trace.setup);
  try {
    return await runSteps(d, codec, trace);
  } finally {
    await d.close?.();
  }
}

async function runSteps(d: Driver, codec: PacketCodec, trace: Trace): Promise<TraceOutcome> {
  const vars: Vars = new Map();
  let i = -1;
  if (trace.setup.initError) return initMustFail(d);
  try {
    await d.init();
    for (i = 0; i < trace.steps.length; i++) await runStep(d, codec, trace.steps[i] as TraceStep, vars);
    return { status: "passed", steps: trace.steps.length };
  } catch (err) {
    if (err instanceof IutError && err.code === "unsupported")
      return { status: "skipped", reason: `IUT: unsupported: ${err.message}` };
    const step = trace.steps[i];
    const base = {
      step: i,
      op: i < 0 ? "init" : (step?.op ?? "?"),
      ...(step?.note ? { note: step.note } : {}),
    };
    const failure: StepFailure =
      err instanceof StepFailed
        ? { ...base, ...err.failure }
        : {
            ...base,
            message: `${(err as { code?: string }).code ? `${(err as { code?: string }).code}: ` : ""}${(err as Error).message}`,
          };
    return { status: "failed", failure, timeline: d.observed.map((o) => describeObserved(o, d.start)) };
  }
}

/** A trace whose configuration is invalid: init must be refused (not as unsupported). */
async function initMustFail(d: Driver): Promise<TraceOutcome> {
  try {
    await d.init();
  } catch (err) {
    if (err instanceof IutError && err.code === "unsupported")
      return { status: "skipped", reason: `IUT: unsupported: ${err.message}` };
    if (err instanceof IutError) return { status: "passed", steps: 0 };
    throw err;
  }
  return {
    status: "failed",
    failure: {
      step: -1,
      op: "init",
      message: "expected init to be refused (invalid configuration), but it succeeded",
    },
    timeline: [],
  };
}
