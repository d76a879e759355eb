#!/usr/bin/env node
/** `node broken-main.js <flaw>`: a deliberately broken adapter, for demonstrating failure reports. */
import { runAdapter } from "./adapter-kit.js";
import { brokenAdapter, FLAWS } from "./broken.js";

const flaw = FLAWS[process.argv[2] ?? ""];
if (!flaw) {
  process.stderr.write(`usage: broken-main.js <${Object.keys(FLAWS).join("|")}>\n`);
  process.exit(2);
}
runAdapter(brokenAdapter(flaw)).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`broken adapter: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
