import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOC_PATH, renderConfigDocs, SCHEMA_PATH } from "../scripts/config-docs.mjs";

describe("docs/configuration.md", () => {
  it("is generated from the current schema (run node packages/node/scripts/config-docs.mjs)", () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, "utf8")) as Record<string, unknown>;
    expect(readFileSync(DOC_PATH, "utf8")).toBe(renderConfigDocs(schema));
  });

  it("documents every option of the schema", () => {
    const doc = readFileSync(DOC_PATH, "utf8");
    for (const name of [
      "transport",
      "bindAddress",
      "advertiseAddress",
      "seeds",
      "join.rejoinIntervalMs",
      "protocol.probeIntervalMs",
    ]) {
      expect(doc).toContain(`\`${name}\``);
    }
  });
});
