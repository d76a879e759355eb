import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Message, messageFromJson, messageToJson, packetFromJson, packetToJson } from "./index.js";
import { SAMPLES } from "./samples.js";
import { anyMessage, clusterName } from "./testing/arbitraries.js";

const root = join(import.meta.dirname, "..", "..", "..");
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync(join(root, "schemas", "json", "message.schema.json"), "utf8")));
const validateMessage = ajv.getSchema("https://gossip.dev/schemas/json/message.schema.json");
const validatePacket = ajv.getSchema("https://gossip.dev/schemas/json/message.schema.json#/$defs/Packet");

describe("canonical JSON", () => {
  it("WIRE-100: message -> JSON text -> message is the identity, and the JSON validates", () => {
    fc.assert(
      fc.property(anyMessage, (m) => {
        const j = messageToJson(m);
        expect(validateMessage?.(j), JSON.stringify(validateMessage?.errors)).toBe(true);
        const back = messageFromJson(JSON.parse(JSON.stringify(j)));
        if (!back.ok) throw back.error;
        expect(back.value).toEqual(m);
        expect(messageToJson(back.value)).toEqual(j);
      }),
      { numRuns: 300 },
    );
  });

  it("WIRE-100: packets round-trip through JSON and validate", () => {
    fc.assert(
      fc.property(clusterName, fc.array(anyMessage, { minLength: 1, maxLength: 5 }), (cluster, messages) => {
        const j = packetToJson({ cluster, messages });
        expect(validatePacket?.(j)).toBe(true);
        const back = packetFromJson(JSON.parse(JSON.stringify(j)));
        expect(back.ok && back.value).toEqual({ cluster, messages });
      }),
      { numRuns: 100 },
    );
  });

  it("WIRE-101: bytes are standard padded base64 and uint64 values are numbers", () => {
    expect(messageToJson(SAMPLES.ack)).toEqual({ type: "ack", seq: 1, payload: "wP/u" });
    expect(messageToJson(SAMPLES["kv-digest"])).toMatchObject({
      nodes: [{ maxVersion: 10 }, { maxVersion: 2 ** 40 }],
    });
  });

  const bad: [string, unknown][] = [
    ["not an object", 3],
    ["unknown type", { type: "pong", seq: 1 }],
    ["missing field", { type: "nack" }],
    ["extra field", { type: "nack", seq: 1, extra: true }],
    ["negative uint32", { type: "nack", seq: -1 }],
    ["fractional", { type: "nack", seq: 1.5 }],
    [
      "uint64 above 2^53-1",
      { type: "kv-digest", nodes: [{ node: "a", maxVersion: 2 ** 53, gcVersion: 0 }], reply: false },
    ],
    ["bad base64", { type: "ack", seq: 1, payload: "wP/u=" }],
    ["unpadded base64", { type: "ack", seq: 1, payload: "AQ" }],
    ["bad enum", { ...(messageToJson(SAMPLES["crdt-delta"]) as object), crdtType: "counter" }],
    ["wrong type", { type: "leave", node: 1, incarnation: 1 }],
  ];
  for (const [name, j] of bad) {
    it(`WIRE-100: rejects ${name} with INVALID_JSON, as does the schema`, () => {
      const r = messageFromJson(j);
      expect(!r.ok && r.error.code).toBe("INVALID_JSON");
      expect(validateMessage?.(j)).toBe(false);
    });
  }

  it("every sample message validates", () => {
    for (const m of Object.values(SAMPLES) as Message[])
      expect(validateMessage?.(messageToJson(m))).toBe(true);
  });
});
