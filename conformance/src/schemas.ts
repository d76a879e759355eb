/**
 * JSON Schemas of the harness messages (`schemas/json/harness/*.schema.json`)
 * and of traces (`schemas/json/trace.schema.json`), compiled once with ajv.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

/** `schemas/json/` of the repository (the same relative path from `src/` and `dist/`). */
export const SCHEMA_DIR = fileURLToPath(new URL("../../schemas/json/", import.meta.url));
const HARNESS_DIR = `${SCHEMA_DIR}harness/`;

/** Message types the runner sends to the implementation under test. */
export const RUNNER_MESSAGES = [
  "init",
  "datagram",
  "stream-request",
  "stream-reply",
  "stream-failure",
  "tick",
  "join",
  "leave",
  "set-key",
  "delete-key",
  "broadcast",
  "set-meta",
  "query",
  "decode",
  "encode",
  "shutdown",
] as const;
/** Message types the implementation under test sends to the runner. */
export const IUT_MESSAGES = ["hello", "result", "error", "event", "log"] as const;

export type RunnerMessageType = (typeof RUNNER_MESSAGES)[number];
export type IutMessageType = (typeof IUT_MESSAGES)[number];

export class SchemaError extends Error {
  readonly code = "HARNESS_SCHEMA";
  constructor(message: string) {
    super(message);
    this.name = "SchemaError";
  }
}

interface Validators {
  byType: Map<string, ValidateFunction>;
  trace: ValidateFunction;
}

let cached: Validators | undefined;

function load(): Validators {
  if (cached) return cached;
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv);
  const files = readdirSync(HARNESS_DIR).filter((f) => f.endsWith(".schema.json"));
  for (const f of files) ajv.addSchema(JSON.parse(readFileSync(HARNESS_DIR + f, "utf8")));
  const byType = new Map<string, ValidateFunction>();
  for (const t of [...RUNNER_MESSAGES, ...IUT_MESSAGES]) {
    const fn = ajv.getSchema(`https://gossip-protocol.dev/schemas/json/harness/${t}.schema.json`);
    if (!fn) throw new SchemaError(`missing schema for harness message ${t}`);
    byType.set(t, fn);
  }
  const trace = ajv.compile(JSON.parse(readFileSync(`${SCHEMA_DIR}trace.schema.json`, "utf8")));
  cached = { byType, trace };
  return cached;
}

function describe(fn: ValidateFunction): string {
  return (fn.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`.trim()).join("; ");
}

/**
 * Validate one harness message. `direction` says who may send it. Returns an
 * error text, or undefined when the message is valid.
 */
export function checkHarnessMessage(msg: unknown, direction: "to-iut" | "to-runner"): string | undefined {
  const v = load();
  if (typeof msg !== "object" || msg === null || Array.isArray(msg)) return "not a JSON object";
  const type = (msg as { type?: unknown }).type;
  const allowed: readonly string[] = direction === "to-iut" ? RUNNER_MESSAGES : IUT_MESSAGES;
  if (typeof type !== "string" || !allowed.includes(type))
    return `unknown message type ${JSON.stringify(type)}`;
  const fn = v.byType.get(type) as ValidateFunction;
  return fn(msg) ? undefined : `${type}: ${describe(fn)}`;
}

/** Validate a trace file's content; returns an error text or undefined. */
export function checkTrace(trace: unknown): string | undefined {
  const v = load();
  return v.trace(trace) ? undefined : describe(v.trace);
}
