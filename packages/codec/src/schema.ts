/**
 * Builds schemas/json/message.schema.json (JSON Schema 2020-12) from the JSON
 * descriptors in json.ts, so that the schema and the codec cannot drift.
 */
import { MESSAGE_TYPES } from "./convert.js";
import { type FieldKind, type JsonValue, MESSAGE_SPECS, type RecordSpec } from "./json.js";
import { MAX_UINT64 } from "./limits.js";

export const MESSAGE_SCHEMA_ID = "https://gossip.dev/schemas/json/message.schema.json";

const BASE64_PATTERN = "^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$";

function kindSchema(kind: FieldKind, defs: Record<string, JsonValue>): JsonValue {
  switch (kind) {
    case "u32":
      return { $ref: "#/$defs/uint32" };
    case "u64":
      return { $ref: "#/$defs/uint64" };
    case "bool":
      return { type: "boolean" };
    case "string":
      return { type: "string" };
    case "bytes":
      return { $ref: "#/$defs/bytes" };
  }
  if ("enum" in kind) return { enum: [...kind.enum] };
  if ("optional" in kind) return recordRef(kind.optional, defs);
  if ("map" in kind) return { type: "object", additionalProperties: { type: "string" } };
  const item = kind.list;
  return {
    type: "array",
    items:
      item === "string"
        ? { type: "string" }
        : item === "bytes"
          ? { $ref: "#/$defs/bytes" }
          : recordRef(item, defs),
  };
}

function recordSchema(spec: RecordSpec, defs: Record<string, JsonValue>, type?: string): JsonValue {
  const properties: Record<string, JsonValue> = {};
  const required: string[] = [];
  if (type !== undefined) {
    properties.type = { const: type };
    required.push("type");
  }
  for (const [name, kind] of spec.fields) {
    properties[name] = kindSchema(kind, defs);
    if (!(typeof kind === "object" && "optional" in kind)) required.push(name);
  }
  return { type: "object", properties, required, additionalProperties: false };
}

function recordRef(spec: RecordSpec, defs: Record<string, JsonValue>): JsonValue {
  if (!(spec.name in defs)) {
    defs[spec.name] = null;
    defs[spec.name] = recordSchema(spec, defs);
  }
  return { $ref: `#/$defs/${spec.name}` };
}

/** The JSON Schema of the canonical JSON form of one message, with a `Packet` definition. */
export function messageJsonSchema(): JsonValue {
  const defs: Record<string, JsonValue> = {
    uint32: { type: "integer", minimum: 0, maximum: 0xffffffff },
    uint64: {
      type: "integer",
      minimum: 0,
      maximum: MAX_UINT64,
      description: "A protobuf uint64 capped at 2^53-1 (WIRE-41).",
    },
    bytes: {
      type: "string",
      pattern: BASE64_PATTERN,
      description: "Standard base64 with padding (RFC 4648 section 4).",
    },
  };
  const variants: JsonValue[] = [];
  for (const t of MESSAGE_TYPES) {
    const spec = MESSAGE_SPECS[t];
    defs[spec.name] = recordSchema(spec, defs, t);
    variants.push({ $ref: `#/$defs/${spec.name}` });
  }
  defs.Packet = {
    type: "object",
    description: "The JSON form of a packet: the envelope's cluster name and its messages in wire order.",
    properties: {
      cluster: { type: "string" },
      messages: { type: "array", minItems: 1, items: { $ref: "#" } },
    },
    required: ["cluster", "messages"],
    additionalProperties: false,
  };
  const sorted = Object.fromEntries(Object.entries(defs).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    $id: MESSAGE_SCHEMA_ID,
    title: "gossip wire message (canonical JSON form)",
    description:
      "Generated from packages/codec/src/json.ts by `pnpm --filter @gossip/codec vectors`; do not edit. See spec/02-wire.md section 10. The root validates one message; #/$defs/Packet validates a packet.",
    type: "object",
    required: ["type"],
    properties: { type: { enum: [...MESSAGE_TYPES] } },
    oneOf: variants,
    $defs: sorted,
  };
}
