#!/usr/bin/env node
// Decodes (and, where canonical, re-encodes) every codec vector under
// conformance/vectors/codec with the built codec and prints a summary line.
// Exit status 1 when any vector fails. Run after `pnpm build`.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const dir = join(pkg, "..", "..", "conformance", "vectors", "codec");
let checkVector;
try {
  ({ checkVector } = await import(join(pkg, "dist", "vectors.js")));
} catch (e) {
  process.stderr.write(`codec is not built (${e.message}); run \`pnpm build\` first\n`);
  process.exit(1);
}

let passed = 0;
let failed = 0;
let valid = 0;
let invalid = 0;
const types = new Set();
const codes = new Set();
for (const name of readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .sort()) {
  const file = JSON.parse(readFileSync(join(dir, name), "utf8"));
  for (const v of file.vectors) {
    const problem = checkVector(v);
    if (problem) {
      failed++;
      process.stdout.write(`FAIL ${v.id}: ${problem}\n`);
    } else passed++;
    if (v.expect.ok) {
      valid++;
      for (const m of v.expect.packet?.messages ?? (v.expect.message ? [v.expect.message] : []))
        types.add(m.type);
    } else {
      invalid++;
      codes.add(v.expect.error);
    }
  }
}
process.stdout.write(
  `codec vectors: ${passed} passed, ${failed} failed (${valid} valid covering ${types.size} message types, ${invalid} invalid covering ${codes.size} error codes)\n`,
);
process.exit(failed > 0 ? 1 : 0);
