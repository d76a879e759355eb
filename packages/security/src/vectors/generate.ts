/**
 * Writes conformance/vectors/security/*.json (deterministic; rerun after a
 * change to the security spec or code and commit the result).
 * Usage: node dist/vectors/generate.js [outDir]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildVectors } from "./build.js";

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(
  process.argv[2] ?? join(here, "..", "..", "..", "..", "conformance", "vectors", "security"),
);
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(buildVectors())) {
  writeFileSync(join(out, name), text);
  process.stdout.write(`wrote ${join(out, name)}\n`);
}
