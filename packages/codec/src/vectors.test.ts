import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { CODEC_ERROR_CODES, MESSAGE_TYPES } from "./index.js";
import { messageJsonSchema } from "./schema.js";
import {
  buildCodecVectors,
  type CodecVector,
  type CodecVectorFile,
  checkVector,
  VECTOR_FILES,
  vectorFileText,
} from "./vectors.js";

const root = join(import.meta.dirname, "..", "..", "..");
const vectorsDir = join(root, "conformance", "vectors", "codec");
const read = (p: string) => readFileSync(p, "utf8");
const files = Object.fromEntries(
  VECTOR_FILES.map((f) => [f, JSON.parse(read(join(vectorsDir, f))) as CodecVectorFile]),
);
const all: CodecVector[] = Object.values(files).flatMap((f) => [...f.vectors]);

export function schemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajv.addSchema(JSON.parse(read(join(root, "schemas", "json", "message.schema.json"))));
  ajv.addSchema(JSON.parse(read(join(root, "schemas", "json", "codec-vectors.schema.json"))));
  return ajv;
}

describe("codec vectors", () => {
  it("the checked-in vector files are current (pnpm --filter @gossip/codec vectors)", () => {
    const built = buildCodecVectors();
    for (const f of VECTOR_FILES) expect(read(join(vectorsDir, f)), f).toBe(vectorFileText(built[f]));
  });

  it("the checked-in message schema is current", () => {
    // Compared by value: biome formats schemas/.
    expect(JSON.parse(read(join(root, "schemas", "json", "message.schema.json")))).toEqual(
      messageJsonSchema(),
    );
  });

  it("every vector file validates against codec-vectors.schema.json", () => {
    const validate = schemaValidator().getSchema("https://gossip.dev/schemas/json/codec-vectors.schema.json");
    expect(validate).toBeDefined();
    for (const [name, f] of Object.entries(files)) {
      const ok = validate?.(f);
      expect(ok, `${name}: ${JSON.stringify(validate?.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it("the schema rejects a vector file with a malformed vector", () => {
    const validate = schemaValidator().getSchema("https://gossip.dev/schemas/json/codec-vectors.schema.json");
    const bad = { ...files["valid.json"], vectors: [{ id: "x/y", kind: "packet", hex: "zz" }] };
    expect(validate?.(bad)).toBe(false);
  });

  it("the reference codec passes every vector", () => {
    const failures = all.map((v) => [v.id, checkVector(v)]).filter(([, p]) => p !== undefined);
    expect(failures).toEqual([]);
  });

  it("a corrupted vector is detected by the checker", () => {
    const v = all.find((x) => x.id === "valid/ping");
    expect(v).toBeDefined();
    if (!v) return;
    const last = Number.parseInt(v.hex.slice(-2), 16);
    expect(
      checkVector({
        ...v,
        hex: v.hex.slice(0, -2) + ((last + 1) % 256).toString(16).padStart(2, "0"),
      } as CodecVector),
    ).toBeDefined();
  });

  it("every message type has a valid vector", () => {
    const covered = new Set<string>();
    for (const v of all) {
      if (v.kind !== "packet" || !v.expect.ok) continue;
      const p = v.expect.packet as { messages: { type: string }[] };
      for (const m of p.messages) covered.add(m.type);
    }
    expect([...covered].sort()).toEqual([...MESSAGE_TYPES].sort());
  });

  it("every rejection code of the wire has an invalid vector", () => {
    const covered = new Set(all.flatMap((v) => (v.expect.ok ? [] : [v.expect.error])));
    const wireCodes = CODEC_ERROR_CODES.filter((c) => c !== "INVALID_JSON");
    expect(wireCodes.filter((c) => !covered.has(c))).toEqual([]);
  });

  it("every vector cites at least one WIRE requirement id that the spec defines", () => {
    const spec = read(join(root, "spec", "02-wire.md"));
    const defined = new Set(
      [...spec.matchAll(/^- \*\*(WIRE-\d+)\*\* \((MUST|SHOULD|MAY)\)/gm)].map((m) => m[1]),
    );
    const missing = new Set(all.flatMap((v) => v.requirements.filter((r) => !defined.has(r))));
    expect([...missing]).toEqual([]);
  });
});
