/**
 * Process tuning for long simulations. A simulation keeps every engine's
 * state alive (hundreds of MiB at 1,000 nodes) while delivering millions of
 * short-lived packets; with V8's default young generation those packets are
 * collected so often that each scavenge spends most of its time on the old
 * generation's remembered set. A larger young generation measured ~1.4x
 * faster at 1,000 nodes (`pnpm --filter @gossip/sim bench`), more when the
 * process is started with it than when it is set at run time.
 */
import { spawnSync } from "node:child_process";
import { totalmem } from "node:os";
import { setFlagsFromString } from "node:v8";

/** Semi-space size used by the simulator's commands, in MiB. */
export const SIM_SEMI_SPACE_MIB = 64;

let tuned = false;

/**
 * Enlarges V8's young generation for this process, as far as a change at run
 * time can (see {@link relaunchWithSimulationOptions} for the full effect).
 * Does nothing in a process started with a young-generation size: that one
 * was chosen at start and wins. Call once at the start of a command that runs
 * simulations (not from library code paths: it changes the whole process).
 * Idempotent. Returns whether it changed the setting.
 */
export function tuneProcessForSimulation(semiSpaceMiB = SIM_SEMI_SPACE_MIB): boolean {
  if (tuned || startedWithSimulationOptions()) return false;
  tuned = true;
  setFlagsFromString(`--max-semi-space-size=${semiSpaceMiB}`);
  return true;
}

/**
 * Old-generation limit of a simulation process, in MiB: three quarters of the machine's memory. V8's
 * default (about 4 GiB) stops a 10,000-node run, which holds about 6 GiB of heap.
 */
export const SIM_OLD_SPACE_MIB = Math.floor((totalmem() / 2 ** 20) * 0.75);

/** Node options a simulation process should be started with (V8 sizes the young generation at start). */
export const SIM_NODE_OPTIONS: readonly string[] = [
  `--max-semi-space-size=${SIM_SEMI_SPACE_MIB}`,
  `--max-old-space-size=${SIM_OLD_SPACE_MIB}`,
];

/** Flags given on the command line or in NODE_OPTIONS. */
function givenFlags(): string[] {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)];
}

/** The simulator's Node options this process was not started with (an option given by the user stays theirs). */
export function missingSimulationOptions(): string[] {
  const given = givenFlags();
  return SIM_NODE_OPTIONS.filter((o) => {
    const name = o.slice(0, o.indexOf("="));
    return !given.some((g) => g === name || g.startsWith(`${name}=`));
  });
}

const RELAUNCHED = "GOSSIP_SIM_RELAUNCHED";

/** Whether this process was started with a young-generation size set (command line or NODE_OPTIONS). */
export function startedWithSimulationOptions(): boolean {
  return givenFlags().some((a) => a.startsWith("--max-semi-space-size"));
}

/**
 * Runs this same command again in a child Node.js process started with the
 * {@link SIM_NODE_OPTIONS} it lacks, unless it lacks none: the heap limit is
 * fixed at start, and changing the young generation at run time
 * ({@link tuneProcessForSimulation}) only partly takes effect (the 1,000-node
 * join measured 36 s instead of 39-40 s wall with it given at start). Returns
 * the child's exit code, or undefined when the caller should go on in this
 * process. Call it only from a command-line entry point.
 */
export function relaunchWithSimulationOptions(): number | undefined {
  const missing = missingSimulationOptions();
  if (missing.length === 0 || process.env[RELAUNCHED] === "1") return undefined;
  const r = spawnSync(process.execPath, [...missing, ...process.execArgv, ...process.argv.slice(1)], {
    stdio: "inherit",
    env: { ...process.env, [RELAUNCHED]: "1" },
  });
  if (r.error !== undefined) return undefined; // could not start it: run here, untuned
  return r.status ?? 1;
}
