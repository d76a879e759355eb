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
      `import { relaunchWithSimulationOptions, startedWithSimulationOptions, tuneProcessForSimulation } from ${JSON.stringify(TUNE)};
const code = relaunchWithSimulationOptions();
if (code !== undefined) { console.log("parent got", code, process.argv.slice(2).join(" ")); process.exit(code); }
console.log("child tuned", startedWithSimulationOptions(), "run-time change", tuneProcessForSimulation(), process.argv.slice(2).join(" "));
process.exit(3);`,
    );
    const env = { ...process.env, NODE_OPTIONS: "" };
    delete env.GOSSIP_SIM_RELAUNCHED;
    const r = spawnSync(process.execPath, [script, "a", "b"], { encoding: "utf8", env, timeout: 20_000 });
    expect(r.stdout).toBe("child tuned true run-time change false a b\nparent got 3 a b\n");
    expect(r.status).toBe(3);
    // Started with the option already: no child.
    const direct = spawnSync(process.execPath, ["--max-semi-space-size=32", script, "c"], {
      encoding: "utf8",
      env,
    });
    expect(direct.stdout).toBe("child tuned true run-time change false c\n");
    // Relaunching off (or impossible): the setting is changed at run time instead.
    const untuned = spawnSync(process.execPath, [script, "d"], {
      encoding: "utf8",
      env: { ...env, GOSSIP_SIM_RELAUNCHED: "1" },
    });
    expect(untuned.stdout).toBe("child tuned false run-time change true d\n");
  });
});
