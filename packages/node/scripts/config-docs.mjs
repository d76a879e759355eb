#!/usr/bin/env node
// Renders docs/configuration.md from schemas/json/config.schema.json.
//   node packages/node/scripts/config-docs.mjs          write the file
//   node packages/node/scripts/config-docs.mjs --check  exit 1 if it is out of date
// A test (src/config-docs.test.ts) checks that the committed file is current.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const SCHEMA_PATH = fileURLToPath(
  new URL("../../../schemas/json/config.schema.json", import.meta.url),
);
export const DOC_PATH = fileURLToPath(new URL("../../../docs/configuration.md", import.meta.url));

function typeOf(s) {
  if (s.enum) return s.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" | ");
  if (s.oneOf) return s.oneOf.map(typeOf).join(" | ");
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.type === "array") return `array of ${typeOf(s.items ?? {})}`;
  if (
    s.type === "object" &&
    s.additionalProperties &&
    typeof s.additionalProperties === "object" &&
    !s.properties
  )
    return `object of ${typeOf(s.additionalProperties)}`;
  let t = s.type ?? "any";
  if (s.format === "ip") t += " (IPv4 or IPv6 address)";
  return t;
}

function range(s) {
  const parts = [];
  if (s.minimum !== undefined && s.maximum !== undefined) parts.push(`${s.minimum}..${s.maximum}`);
  else if (s.minimum !== undefined) parts.push(`≥ ${s.minimum}`);
  else if (s.maximum !== undefined) parts.push(`≤ ${s.maximum}`);
  if (s.minLength !== undefined || s.maxLength !== undefined)
    parts.push(`length ${s.minLength ?? 0}..${s.maxLength ?? "∞"}`);
  return parts.join(", ");
}

function cell(text) {
  return String(text).replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function rows(props, prefix, out) {
  for (const [name, s] of Object.entries(props)) {
    const path = prefix ? `${prefix}.${name}` : name;
    const def = s.default !== undefined ? `\`${JSON.stringify(s.default)}\`` : "";
    out.push(
      `| \`${path}\` | ${cell(typeOf(s))} | ${cell(range(s))} | ${def} | ${cell(s.description ?? "")} |`,
    );
    if (s.type === "object" && s.properties) rows(s.properties, path, out);
  }
}

export function renderConfigDocs(schema) {
  const out = [
    "<!-- Generated from schemas/json/config.schema.json by packages/node/scripts/config-docs.mjs. Do not edit. -->",
    "",
    "# Configuration reference",
    "",
    schema.description,
    "",
    "The same options are accepted by `createNode(options)` in `@gossip/node` (plus the non-JSON options",
    "`logger`, `signal` and `engine`) and by `gossip agent --config <file>` (JSON, or YAML for `.yaml`/`.yml`",
    "files). Command-line flags of `gossip agent` override the file. A wrong option is rejected with a",
    "`ConfigError` (code `CONFIG_INVALID`) whose `option` names it and, for a choice, whose `allowed` lists",
    "the valid values; `gossip agent` then exits with code 2.",
    "",
    "| option | type | range | default | description |",
    "| --- | --- | --- | --- | --- |",
  ];
  rows(schema.properties, "", out);
  out.push(
    "",
    "## Presets",
    "",
    "`preset` picks every protocol timing at once; `protocol.*` overrides single values. The values are",
    "those of memberlist's `DefaultLANConfig`, `DefaultWANConfig` and `DefaultLocalConfig` (see the",
    "specification's presets chapter, spec/14-presets.md, for the complete table).",
    "",
    "## Examples",
    "",
    "```yaml",
    "# agent.yaml: a LAN node with a data directory and a status endpoint",
    "name: web-1",
    "cluster: prod",
    "bindAddress: 0.0.0.0",
    "bindPort: 7946",
    "advertiseAddress: 10.0.0.5",
    'seeds: ["gossip-seed.internal:7946", "10.0.0.2:7946"]',
    "meta: { role: web, zone: a }",
    "dataDir: /var/lib/gossip",
    "status: 127.0.0.1:7947",
    "```",
    "",
    "```json",
    '{ "name": "edge-1", "transport": "http", "bindPort": 8080, "advertiseAddress": "203.0.113.7", "preset": "wan" }',
    "```",
    "",
  );
  return out.join("\n");
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const text = renderConfigDocs(JSON.parse(readFileSync(SCHEMA_PATH, "utf8")));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(DOC_PATH, "utf8");
    } catch {}
    if (current !== text) {
      process.stderr.write(
        "docs/configuration.md is out of date: run node packages/node/scripts/config-docs.mjs\n",
      );
      process.exit(1);
    }
  } else {
    writeFileSync(DOC_PATH, text);
  }
}
