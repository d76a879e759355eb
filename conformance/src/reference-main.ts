#!/usr/bin/env node
/** Entry point: `GOSSIP_HARNESS=host:port node reference-main.js` runs the reference adapter. */
import { runAdapter } from "./adapter-kit.js";
import { referenceAdapter } from "./reference.js";

runAdapter(referenceAdapter()).then(
  // Live mode may leave sockets open: the run is over, so exit.
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`reference adapter: ${(err as Error).message}\n`);
    process.exit(1);
  },
);
