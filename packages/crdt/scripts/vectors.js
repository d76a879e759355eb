#!/usr/bin/env node
// Writes conformance/vectors/crdt/*.json from src/vectors.ts (run after the
// build: `pnpm --filter @gossip/crdt vectors`). Deterministic: running it
// twice gives identical files; a test fails when the checked-in files differ.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCrdtVectors } from "../dist/vectors.js";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = process.argv[2] ?? join(pkg, "..", "..", "conformance", "vectors", "crdt");
mkdirSync(out, { recursive: true });
const files = buildCrdtVectors();
for (const name of readdirSync(out)) if (name.endsWith(".json") && !(name in files)) rmSync(join(out, name));
for (const [name, content] of Object.entries(files)) {
  writeFileSync(join(out, name), `${JSON.stringify(content, null, 2)}\n`);
}
process.stdout.write(`wrote ${Object.keys(files).length} files to ${out}\n`);
