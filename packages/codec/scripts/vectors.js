#!/usr/bin/env node
// Regenerates conformance/vectors/codec/*.json and schemas/json/message.schema.json
// from the built codec (run `pnpm --filter @gossip/codec vectors`, which builds first).
// With --check, writes nothing and exits 1 when a checked-in file is stale.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(pkg, "..", "..");
const { buildCodecVectors, vectorFileText } = await import(join(pkg, "dist", "vectors.js"));
const { messageJsonSchema } = await import(join(pkg, "dist", "schema.js"));

const check = process.argv.includes("--check");
const outputs = new Map();
const vectorsDir = join(root, "conformance", "vectors", "codec");
for (const [name, file] of Object.entries(buildCodecVectors()))
  outputs.set(join(vectorsDir, name), vectorFileText(file));
outputs.set(
  join(root, "schemas", "json", "message.schema.json"),
  `${JSON.stringify(messageJsonSchema(), null, 2)}\n`,
);

let stale = 0;
for (const [path, text] of outputs) {
  let current = "";
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  // Compare by value: schemas/ is formatted by biome, vectors are not.
  if (current === text || (current !== "" && isDeepStrictEqual(JSON.parse(current), JSON.parse(text))))
    continue;
  stale++;
  if (check) {
    process.stderr.write(`stale: ${relative(root, path)}\n`);
  } else {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    if (path.startsWith(join(root, "schemas"))) {
      execFileSync(join(root, "node_modules", ".bin", "biome"), ["format", "--write", path], {
        cwd: root,
        stdio: "ignore",
      });
    }
    process.stdout.write(`wrote ${relative(root, path)}\n`);
  }
}
if (check && stale > 0) process.exit(1);
if (!check && stale === 0) process.stdout.write("codec vectors and message schema are up to date\n");
