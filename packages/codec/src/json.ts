/**
 * Canonical JSON form of the wire messages (spec/02-wire.md §10): the field
 * names of messages.ts, `type` first, bytes as standard padded base64
 * (RFC 4648 §4), uint64 values as JSON numbers, enums as lower-case strings,
 * absent optional sub-messages omitted. Validated by
 * schemas/json/message.schema.json, which is generated from the descriptors
 * below (scripts/vectors.js).
 */
import { CRDT_TYPES, MEMBER_STATES, REPLICATION_MODES } from "./convert.js";
import { fail, ok, type Result } from "./errors.js";
import { MAX_UINT64 } from "./limits.js";
import type { Message, MessageType } from "./messages.js";

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** A field's JSON kind. */
export type FieldKind =
  | "u32"
  | "u64"
  | "bool"
  | "string"
  | "bytes"
  | { readonly enum: readonly string[] }
  | { readonly optional: RecordSpec }
  | { readonly list: RecordSpec | "string" | "bytes" }
  | { readonly map: "string" };

/** Ordered field list of a record. */
export type RecordSpec = {
  readonly name: string;
  readonly fields: readonly (readonly [string, FieldKind])[];
};

const ADDRESS: RecordSpec = {
  name: "Address",
  fields: [
    ["ip", "bytes"],
    ["port", "u32"],
  ],
};
const addrOpt = { optional: ADDRESS } as const;

const NODE_DIGEST: RecordSpec = {
  name: "NodeDigest",
  fields: [
    ["node", "string"],
    ["maxVersion", "u64"],
    ["gcVersion", "u64"],
  ],
};
const KV_DIGEST_FIELDS = [
  ["nodes", { list: NODE_DIGEST }],
  ["reply", "bool"],
] as const;
const KV_ENTRY: RecordSpec = {
  name: "KvEntry",
  fields: [
    ["key", "string"],
    ["value", "bytes"],
    ["version", "u64"],
    ["tombstone", "bool"],
  ],
};
const NODE_DELTA: RecordSpec = {
  name: "NodeDelta",
  fields: [
    ["node", "string"],
    ["fromVersion", "u64"],
    ["reset", "bool"],
    ["gcVersion", "u64"],
    ["maxVersion", "u64"],
    ["entries", { list: KV_ENTRY }],
  ],
};
const KV_DELTA_FIELDS = [["nodes", { list: NODE_DELTA }]] as const;
const REPLICATION: RecordSpec = {
  name: "Replication",
  fields: [
    ["mode", { enum: REPLICATION_MODES }],
    ["nodes", { list: "string" }],
    ["match", { map: "string" }],
  ],
};
const CRDT_FIELDS = [
  ["key", "string"],
  ["crdtType", { enum: CRDT_TYPES }],
  ["state", "bytes"],
  ["full", "bool"],
  ["replication", { optional: REPLICATION }],
  ["ttlMs", "u64"],
  ["origin", "string"],
] as const;
const SIGNED_FIELDS = [
  ["signer", "string"],
  ["message", "bytes"],
  ["signature", "bytes"],
] as const;
const MEMBER_RECORD: RecordSpec = {
  name: "MemberRecord",
  fields: [
    ["node", "string"],
    ["addr", addrOpt],
    ["meta", "bytes"],
    ["incarnation", "u32"],
    ["state", { enum: MEMBER_STATES }],
    ["protocolMin", "u32"],
    ["protocolMax", "u32"],
    ["certificate", "bytes"],
  ],
};

/** JSON descriptors of every message type (field order = canonical order). */
export const MESSAGE_SPECS: Readonly<Record<MessageType, RecordSpec>> = {
  ping: {
    name: "Ping",
    fields: [
      ["seq", "u32"],
      ["target", "string"],
      ["source", "string"],
      ["sourceAddr", addrOpt],
    ],
  },
  "ping-req": {
    name: "PingReq",
    fields: [
      ["seq", "u32"],
      ["target", "string"],
      ["targetAddr", addrOpt],
      ["source", "string"],
      ["sourceAddr", addrOpt],
      ["wantNack", "bool"],
    ],
  },
  ack: {
    name: "Ack",
    fields: [
      ["seq", "u32"],
      ["payload", "bytes"],
    ],
  },
  nack: { name: "Nack", fields: [["seq", "u32"]] },
  alive: {
    name: "Alive",
    fields: [
      ["node", "string"],
      ["incarnation", "u32"],
      ["addr", addrOpt],
      ["meta", "bytes"],
      ["protocolMin", "u32"],
      ["protocolMax", "u32"],
      ["certificate", "bytes"],
    ],
  },
  suspect: {
    name: "Suspect",
    fields: [
      ["node", "string"],
      ["incarnation", "u32"],
      ["from", "string"],
    ],
  },
  dead: {
    name: "Dead",
    fields: [
      ["node", "string"],
      ["incarnation", "u32"],
      ["from", "string"],
    ],
  },
  leave: {
    name: "Leave",
    fields: [
      ["node", "string"],
      ["incarnation", "u32"],
    ],
  },
  "push-pull": {
    name: "PushPull",
    fields: [
      ["join", "bool"],
      ["reply", "bool"],
      ["members", { list: MEMBER_RECORD }],
      ["kvDigest", { optional: { name: "KvDigestBody", fields: KV_DIGEST_FIELDS } }],
      ["kvDelta", { optional: { name: "KvDeltaBody", fields: KV_DELTA_FIELDS } }],
      ["crdt", { list: { name: "CrdtDeltaBody", fields: CRDT_FIELDS } }],
      ["signedMembers", { list: { name: "SignedBody", fields: SIGNED_FIELDS } }],
    ],
  },
  "kv-digest": { name: "KvDigest", fields: KV_DIGEST_FIELDS },
  "kv-delta": { name: "KvDelta", fields: KV_DELTA_FIELDS },
  "user-event": {
    name: "UserEvent",
    fields: [
      ["id", "bytes"],
      ["origin", "string"],
      ["name", "string"],
      ["payload", "bytes"],
      ["ltime", "u64"],
      ["ttl", "u32"],
    ],
  },
  "crdt-delta": { name: "CrdtDelta", fields: CRDT_FIELDS },
  signed: { name: "Signed", fields: SIGNED_FIELDS },
  revocation: {
    name: "Revocation",
    fields: [
      ["caPublicKey", "bytes"],
      ["issuedAtMs", "u64"],
      ["revoked", { list: "bytes" }],
      ["signature", "bytes"],
    ],
  },
  error: {
    name: "ErrorReply",
    fields: [
      ["code", "u32"],
      ["message", "string"],
    ],
  },
};

// ------------------------------------------------------------ to JSON

function b64(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("base64");
}

function valueToJson(v: unknown, kind: FieldKind): JsonValue | undefined {
  if (kind === "bytes") return b64(v as Uint8Array);
  if (typeof kind === "string") return v as JsonValue;
  if ("enum" in kind) return v as string;
  if ("optional" in kind) return v === undefined ? undefined : recordToJson(v, kind.optional);
  if ("map" in kind) {
    const m = v as Record<string, string>;
    const keys = Object.keys(m).sort();
    return Object.fromEntries(keys.map((k) => [k, m[k] as string]));
  }
  const list = v as readonly unknown[];
  const item = kind.list;
  if (item === "string") return list.slice() as string[];
  if (item === "bytes") return list.map((b) => b64(b as Uint8Array));
  return list.map((x) => recordToJson(x, item));
}

function recordToJson(v: unknown, spec: RecordSpec, type?: string): { [key: string]: JsonValue } {
  const o = v as Record<string, unknown>;
  const out: { [key: string]: JsonValue } = type === undefined ? {} : { type };
  for (const [name, kind] of spec.fields) {
    const j = valueToJson(o[name], kind);
    if (j !== undefined) out[name] = j;
  }
  return out;
}

/** The canonical JSON form of a message. */
export function messageToJson(m: Message): JsonValue {
  return recordToJson(m, MESSAGE_SPECS[m.type], m.type);
}

/** The JSON form of a packet: its cluster name and messages. */
export function packetToJson(p: {
  readonly cluster: string;
  readonly messages: readonly Message[];
}): JsonValue {
  return { cluster: p.cluster, messages: p.messages.map(messageToJson) };
}

// ------------------------------------------------------------ from JSON

class BadJson extends Error {}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

function isObject(j: unknown): j is Record<string, unknown> {
  return typeof j === "object" && j !== null && !Array.isArray(j);
}

function bytesFromJson(j: unknown, path: string): Uint8Array {
  if (typeof j !== "string" || !BASE64.test(j)) throw new BadJson(`${path}: expected base64`);
  const b = Buffer.from(j, "base64");
  if (b.toString("base64") !== j) throw new BadJson(`${path}: non-canonical base64`);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function valueFromJson(j: unknown, kind: FieldKind, path: string): unknown {
  switch (kind) {
    case "u32":
      if (typeof j !== "number" || !Number.isInteger(j) || j < 0 || j > 0xffffffff)
        throw new BadJson(`${path}: expected uint32`);
      return j;
    case "u64":
      if (typeof j !== "number" || !Number.isInteger(j) || j < 0 || j > MAX_UINT64)
        throw new BadJson(`${path}: expected integer 0..2^53-1`);
      return j;
    case "bool":
      if (typeof j !== "boolean") throw new BadJson(`${path}: expected boolean`);
      return j;
    case "string":
      if (typeof j !== "string") throw new BadJson(`${path}: expected string`);
      return j;
    case "bytes":
      return bytesFromJson(j, path);
  }
  if ("enum" in kind) {
    if (typeof j !== "string" || !kind.enum.includes(j))
      throw new BadJson(`${path}: expected one of ${kind.enum.join(", ")}`);
    return j;
  }
  if ("optional" in kind) return recordFromJson(j, kind.optional, path);
  if ("map" in kind) {
    if (!isObject(j)) throw new BadJson(`${path}: expected object`);
    const keys = Object.keys(j).sort();
    return Object.fromEntries(
      keys.map((k) => {
        const v = j[k];
        if (typeof v !== "string") throw new BadJson(`${path}.${k}: expected string`);
        return [k, v];
      }),
    );
  }
  if (!Array.isArray(j)) throw new BadJson(`${path}: expected array`);
  const item = kind.list;
  return j.map((x, i) => {
    const p = `${path}[${i}]`;
    if (item === "string") return valueFromJson(x, "string", p);
    if (item === "bytes") return bytesFromJson(x, p);
    return recordFromJson(x, item, p);
  });
}

function recordFromJson(j: unknown, spec: RecordSpec, path: string, type?: string): Record<string, unknown> {
  if (!isObject(j)) throw new BadJson(`${path}: expected object`);
  const out: Record<string, unknown> = type === undefined ? {} : { type };
  let seen = type === undefined ? 0 : 1;
  for (const [name, kind] of spec.fields) {
    const v = j[name];
    if (v === undefined || !Object.hasOwn(j, name)) {
      if (typeof kind === "object" && "optional" in kind) {
        out[name] = undefined;
        continue;
      }
      throw new BadJson(`${path}.${name}: missing`);
    }
    seen++;
    out[name] = valueFromJson(v, kind, `${path}.${name}`);
  }
  if (Object.keys(j).length !== seen) {
    const known = new Set(["type", ...spec.fields.map(([n]) => n)]);
    const extra = Object.keys(j).find((k) => !known.has(k) || (k === "type" && type === undefined));
    throw new BadJson(`${path}: unexpected field ${JSON.stringify(extra)}`);
  }
  return out;
}

/** Parses the canonical JSON form of a message (strict: every field present, no others). */
export function messageFromJson(j: unknown): Result<Message> {
  try {
    if (!isObject(j)) return fail("INVALID_JSON", "message: expected object");
    const t = j.type;
    if (typeof t !== "string" || !Object.hasOwn(MESSAGE_SPECS, t))
      return fail("INVALID_JSON", `message.type: unknown ${JSON.stringify(t)}`);
    return ok(recordFromJson(j, MESSAGE_SPECS[t as MessageType], "message", t) as unknown as Message);
  } catch (e) {
    return fail("INVALID_JSON", e instanceof Error ? e.message : String(e));
  }
}

/** Parses the JSON form of a packet. */
export function packetFromJson(j: unknown): Result<{ cluster: string; messages: Message[] }> {
  if (!isObject(j)) return fail("INVALID_JSON", "packet: expected object");
  const keys = Object.keys(j);
  if (typeof j.cluster !== "string" || !Array.isArray(j.messages) || keys.length !== 2) {
    return fail("INVALID_JSON", "packet: expected exactly {cluster: string, messages: array}");
  }
  const messages: Message[] = [];
  for (const [i, x] of j.messages.entries()) {
    const r = messageFromJson(x);
    if (!r.ok) return fail("INVALID_JSON", `messages[${i}]: ${r.error.message}`);
    messages.push(r.value);
  }
  return ok({ cluster: j.cluster, messages });
}
