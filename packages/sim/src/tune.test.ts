import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const TUNE = fileURLToPath(new URL("../dist/tune.js", import.meta.url));

describe("relaunchWithSimulationOptions", () => {
  it("runs the command again in a child started with the simulator's Node options, once", () => {
    const dir = mkdtempSync(join(tmpdir(), "gossip-tune-"));
    const script = join(dir, "main.mjs");
    writeFileSync(
      script,
      `import { getHeapStatistics } from "node:v8";
import { relaunchWithSimulationOptions, SIM_OLD_SPACE_MIB, startedWithSimulationOptions, tuneProcessForSimulation } from ${JSON.stringify(TUNE)};
const code = relaunchWithSimulationOptions();
if (code !== undefined) { console.log("parent got", code, process.argv.slice(2).join(" ")); process.exit(code); }
// The heap limit is the old generation's plus the young generation's (a few hundred MiB).
const limit = Math.abs(getHeapStatistics().heap_size_limit / 2 ** 20 - SIM_OLD_SPACE_MIB) < 512 ? "sized" : "default";
console.log("child tuned", startedWithSimulationOptions(), "run-time change", tuneProcessForSimulation(), limit, process.argv.slice(2).join(" "));
process.exit(3);`,
    );
    const env = { ...process.env, NODE_OPTIONS: "" };
    delete env.GOSSIP_SIM_RELAUNCHED;
    const r = spawnSync(process.execPath, [script, "a", "b"], { encoding: "utf8", env, timeout: 20_000 });
    expect(r.stdout).toBe("child tuned true run-time change false sized a b\nparent got 3 a b\n");
    expect(r.status).toBe(3);
    // Started with both options already: no child, and the user's heap limit stays.
    const direct = spawnSync(
      process.execPath,
      ["--max-semi-space-size=32", "--max-old-space-size=512", script, "c"],
      { encoding: "utf8", env },
    );
    expect(direct.stdout).toBe("child tuned true run-time change false default c\n");
    // Started with the young generation only: a child with the heap limit added, the young generation kept.
    const young = spawnSync(process.execPath, ["--max-semi-space-size=32", script, "e"], {
      encoding: "utf8",
      env,
    });
    expect(young.stdout).toBe("child tuned true run-time change false sized e\nparent got 3 e\n");
    // Relaunching off (or impossible): the setting is changed at run time instead.
    const untuned = spawnSync(process.execPath, [script, "d"], {
      encoding: "utf8",
      env: { ...env, GOSSIP_SIM_RELAUNCHED: "1" },
    });
    expect(untuned.stdout).toBe("child tuned false run-time change true default d\n");
  });
});
