#!/usr/bin/env node
// Regenerates src/gen/ from schemas/wire/*.proto with protobufjs. The output
// is committed and never edited by hand; a test fails when it is stale.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const pkg = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(pkg, "..", "..");
const out = process.argv[2] ?? join(pkg, "src", "gen");
mkdirSync(out, { recursive: true });
execFileSync(
  join(root, "node_modules", ".bin", "pbjs"),
  [
    "-t",
    "static-module",
    "-w",
    "esm",
    "--dts",
    "--no-verify",
    "--no-delimited",
    "-o",
    join(out, "wire.js"),
    join(root, "schemas", "wire", "gossip.proto"),
  ],
  { stdio: "inherit" },
);
