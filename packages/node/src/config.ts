/**
 * Node options: the JSON Schema in `schemas/json/config.schema.json` is the
 * source of truth; this module validates options against it with ajv, turns
 * the first violation into a ConfigError that names the option and the
 * allowed values, and fills in defaults.
 */
import { existsSync, readFileSync } from "node:fs";
import { isIP } from "node:net";
import { decodeMetaPairs } from "@gossip/crdt";
import { Ajv, type ErrorObject, type ValidateFunction } from "ajv";
import { ConfigError } from "./errors.js";
import type { EncryptionMode, PkiConfig } from "./security.js";

export type TransportKind = "udp" | "tcp" | "http";
export type Preset = "lan" | "wan" | "local";

/** Overrides of the preset's protocol parameters. */
export interface ProtocolOverrides {
  probeIntervalMs?: number;
  probeTimeoutMs?: number;
  indirectChecks?: number;
  suspicionMult?: number;
  suspicionMaxTimeoutMult?: number;
  retransmitMult?: number;
  gossipIntervalMs?: number;
  gossipNodes?: number;
  gossipToTheDeadMs?: number;
  pushPullIntervalMs?: number;
  awarenessMaxMultiplier?: number;
  streamTimeoutMs?: number;
  deadRetentionMs?: number;
  leftRetentionMs?: number;
  maxDatagramBytes?: number;
  streamProbe?: boolean;
}

/** The JSON-representable options (what a config file holds). */
export interface NodeConfig {
  name?: string;
  cluster?: string;
  transport?: TransportKind;
  bindAddress?: string;
  bindPort?: number;
  advertiseAddress?: string;
  advertisePort?: number;
  seeds?: string[];
  meta?: Record<string, string>;
  preset?: Preset;
  protocol?: ProtocolOverrides;
  join?: { retryInitialMs?: number; retryMaxMs?: number; timeoutMs?: number; rejoinIntervalMs?: number };
  leave?: { propagateMs?: number; timeoutMs?: number };
  stream?: { timeoutMs?: number; maxFrameBytes?: number; maxConnections?: number };
  encryption?: { keyFiles: string[]; acceptPlaintext?: boolean; mode?: EncryptionMode };
  pki?: PkiConfig;
  compress?: boolean;
  dataDir?: string;
  randomSeed?: number;
  /** `gossip agent` only. */
  status?: string | false;
}

export interface ResolvedConfig {
  name: string | undefined;
  cluster: string;
  transport: TransportKind;
  bindAddress: string;
  bindPort: number;
  advertiseAddress: string | undefined;
  advertisePort: number | undefined;
  seeds: string[];
  meta: Record<string, string>;
  preset: Preset;
  protocol: ProtocolOverrides;
  join: { retryInitialMs: number; retryMaxMs: number; timeoutMs: number; rejoinIntervalMs: number };
  leave: { propagateMs: number; timeoutMs: number };
  stream: { timeoutMs: number; maxFrameBytes: number; maxConnections: number };
  encryption: { keyFiles: string[]; acceptPlaintext: boolean; mode: EncryptionMode } | undefined;
  pki: PkiConfig | undefined;
  compress: boolean;
  dataDir: string | undefined;
  randomSeed: number | undefined;
}

export const DEFAULT_PORT = 7946;
export const MAX_META_BYTES = 512;

let schemaCache: Record<string, unknown> | undefined;

/** The configuration JSON Schema (shipped next to the compiled module, or read from the repository). */
export function configSchema(): Record<string, unknown> {
  if (schemaCache) return schemaCache;
  const candidates = [
    new URL("./config.schema.json", import.meta.url),
    new URL("../../../schemas/json/config.schema.json", import.meta.url),
  ];
  for (const url of candidates) {
    if (existsSync(url)) {
      schemaCache = JSON.parse(readFileSync(url, "utf8")) as Record<string, unknown>;
      return schemaCache;
    }
  }
  throw new Error("config.schema.json not found next to @gossip/node");
}

let validator: ValidateFunction | undefined;

function validate(): ValidateFunction {
  if (validator) return validator;
  const ajv = new Ajv({ allErrors: true, strict: true, useDefaults: false });
  ajv.addFormat("ip", (s: string) => isIP(s) !== 0);
  validator = ajv.compile(configSchema());
  return validator;
}

function optionPath(e: ErrorObject): string {
  const base = e.instancePath
    .split("/")
    .slice(1)
    .map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~"));
  if (e.keyword === "additionalProperties") base.push(String(e.params.additionalProperty));
  return base.join(".");
}

function schemaAt(path: string): Record<string, unknown> | undefined {
  let node: Record<string, unknown> | undefined = configSchema();
  for (const part of path.split(".").filter(Boolean)) {
    const props = node?.properties as Record<string, Record<string, unknown>> | undefined;
    if (props?.[part]) node = props[part];
    else if (node?.items) node = node.items as Record<string, unknown>;
    else if (typeof node?.additionalProperties === "object")
      node = node.additionalProperties as Record<string, unknown>;
    else return undefined;
  }
  return node;
}

function describe(v: unknown): string {
  return v === undefined ? "undefined" : JSON.stringify(v);
}

/** Turn ajv's errors into one ConfigError about the most specific problem. */
function toConfigError(errors: ErrorObject[], input: unknown): ConfigError {
  // Prefer errors that are not the umbrella "oneOf" failure.
  const e = errors.find((x) => x.keyword !== "oneOf" && x.keyword !== "if") ?? errors[0]!;
  const path = optionPath(e);
  const value = path
    .split(".")
    .filter(Boolean)
    .reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], input);
  const label = path || "options";
  switch (e.keyword) {
    case "additionalProperties": {
      const parent = e.instancePath ? path.split(".").slice(0, -1).join(".") : "";
      const props = Object.keys((schemaAt(parent)?.properties as object | undefined) ?? {});
      return new ConfigError(
        path,
        `unknown option "${path}"; allowed options${parent ? ` of "${parent}"` : ""}: ${props.join(", ")}`,
        props,
      );
    }
    case "enum": {
      const allowed = e.params.allowedValues as unknown[];
      return new ConfigError(
        path,
        `invalid option "${label}": ${describe(value)} is not one of ${allowed.map(describe).join(", ")}`,
        allowed,
      );
    }
    case "type":
      return new ConfigError(
        path,
        `invalid option "${label}": expected ${e.params.type}, got ${describe(value)}`,
      );
    case "minimum":
    case "maximum": {
      const s = schemaAt(path);
      const range = `${s?.minimum ?? "-inf"}..${s?.maximum ?? "inf"}`;
      return new ConfigError(path, `invalid option "${label}": ${describe(value)} is out of range ${range}`);
    }
    case "format":
      return new ConfigError(
        path,
        `invalid option "${label}": ${describe(value)} is not an IPv4 or IPv6 address`,
      );
    default:
      return new ConfigError(
        path,
        `invalid option "${label}": ${e.message ?? e.keyword} (got ${describe(value)})`,
      );
  }
}

function resolveEncryption(
  e: NonNullable<NodeConfig["encryption"]>,
): NonNullable<ResolvedConfig["encryption"]> {
  const mode = e.mode ?? (e.acceptPlaintext === true ? "migration" : "encrypted");
  return { keyFiles: [...e.keyFiles], mode, acceptPlaintext: mode !== "encrypted" };
}

/** Validate `input` against the schema and fill in defaults. Throws ConfigError. */
export function resolveConfig(input: unknown): ResolvedConfig {
  if (input === undefined) input = {};
  const check = validate();
  if (!check(input)) throw toConfigError(check.errors ?? [], input);
  const c = input as NodeConfig;
  const meta = c.meta ?? {};
  if (Buffer.byteLength(encodeMeta(meta)) > MAX_META_BYTES)
    throw new ConfigError("meta", `invalid option "meta": more than ${MAX_META_BYTES} bytes once encoded`);
  const join = {
    retryInitialMs: c.join?.retryInitialMs ?? 1000,
    retryMaxMs: c.join?.retryMaxMs ?? 30000,
    timeoutMs: c.join?.timeoutMs ?? 0,
    rejoinIntervalMs: c.join?.rejoinIntervalMs ?? 30000,
  };
  if (join.retryMaxMs < join.retryInitialMs)
    throw new ConfigError(
      "join.retryMaxMs",
      `invalid option "join.retryMaxMs": must be >= join.retryInitialMs`,
    );
  const bindAddress = c.bindAddress ?? "0.0.0.0";
  if (c.advertiseAddress !== undefined && /^(0\.0\.0\.0|::)$/.test(c.advertiseAddress))
    throw new ConfigError(
      "advertiseAddress",
      `invalid option "advertiseAddress": ${c.advertiseAddress} cannot be advertised`,
    );
  return {
    name: c.name,
    cluster: c.cluster ?? "default",
    transport: c.transport ?? "udp",
    bindAddress,
    bindPort: c.bindPort ?? DEFAULT_PORT,
    advertiseAddress: c.advertiseAddress,
    advertisePort: c.advertisePort,
    seeds: c.seeds ?? [],
    meta,
    preset: c.preset ?? "lan",
    protocol: { ...(c.protocol ?? {}) },
    join,
    leave: { propagateMs: c.leave?.propagateMs ?? 1000, timeoutMs: c.leave?.timeoutMs ?? 5000 },
    stream: {
      timeoutMs: c.stream?.timeoutMs ?? 10000,
      maxFrameBytes: c.stream?.maxFrameBytes ?? 8 * 1024 * 1024,
      maxConnections: c.stream?.maxConnections ?? 256,
    },
    encryption: c.encryption ? resolveEncryption(c.encryption) : undefined,
    pki: c.pki ? { ...c.pki, caFiles: [...c.pki.caFiles] } : undefined,
    compress: c.compress ?? false,
    dataDir: c.dataDir,
    randomSeed: c.randomSeed,
  };
}

/** Node metadata on the wire: the UTF-8 JSON of the object with its keys sorted. */
export function encodeMeta(meta: Record<string, string>): Uint8Array {
  const sorted: Record<string, string> = {};
  for (const k of Object.keys(meta).sort()) sorted[k] = meta[k]!;
  return Object.keys(sorted).length === 0
    ? new Uint8Array(0)
    : new TextEncoder().encode(JSON.stringify(sorted));
}

/**
 * The inverse of encodeMeta; metadata in any other form comes back as `{}`.
 * The format is specified once, as CRDT-73, and decoded by @gossip/crdt.
 */
export const decodeMeta: (bytes: Uint8Array) => Record<string, string> = decodeMetaPairs;
