import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CRDT_TYPE_NAMES } from "./base.js";
import { buildCrdtVectors, checkVector, typesCovered, type VectorFile } from "./vectors.js";

const DIR = fileURLToPath(new URL("../../../conformance/vectors/crdt/", import.meta.url));
const SPEC = fileURLToPath(new URL("../../../spec/13-crdt.md", import.meta.url));

function onDisk(): Record<string, VectorFile> {
  const out: Record<string, VectorFile> = {};
  for (const f of readdirSync(DIR).filter((n) => n.endsWith(".json"))) {
    out[f] = JSON.parse(readFileSync(DIR + f, "utf8"));
  }
  return out;
}

describe("conformance vectors (conformance/vectors/crdt)", () => {
  it("are current: regenerating gives byte-identical files", () => {
    const built = buildCrdtVectors();
    expect(Object.keys(onDisk()).sort()).toEqual(Object.keys(built).sort());
    for (const [name, content] of Object.entries(built)) {
      expect(readFileSync(DIR + name, "utf8"), name).toBe(`${JSON.stringify(content, null, 2)}\n`);
    }
    expect(JSON.stringify(buildCrdtVectors())).toBe(JSON.stringify(built));
  });

  const files = onDisk();
  for (const [name, file] of Object.entries(files)) {
    describe(name, () => {
      for (const v of file.vectors) {
        it(`${v.id} (${v.requirements.join(", ")})`, () => {
          expect(checkVector(v)).toEqual([]);
        });
      }
    });
  }

  it("cover every type with merge vectors and every MUST of spec/13-crdt.md", () => {
    expect([...typesCovered(files)].sort()).toEqual([...CRDT_TYPE_NAMES].sort());
    const spec = readFileSync(SPEC, "utf8");
    const musts = [...spec.matchAll(/^- \*\*(CRDT-[0-9]+)\*\* \(MUST\)/gm)].map((m) => m[1]);
    const all = [...spec.matchAll(/^- \*\*(CRDT-[0-9]+)\*\* \((MUST|SHOULD|MAY)\)/gm)].map((m) => m[1]);
    const cited = new Set(Object.values(files).flatMap((f) => f.vectors.flatMap((v) => v.requirements)));
    expect(musts.filter((id) => !cited.has(id!))).toEqual([]);
    expect([...cited].filter((id) => !all.includes(id))).toEqual([]);
    const ids = Object.values(files).flatMap((f) => f.vectors.map((v) => v.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("detect a wrong expectation (the checker can fail)", () => {
    const v = files["counters.json"]!.vectors[0]!;
    const broken = { ...v, expect: { ...(v.expect as object), hex: "0100" } };
    expect(checkVector(broken)).not.toEqual([]);
  });
});
