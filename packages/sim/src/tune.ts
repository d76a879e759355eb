/**
 * Process tuning for long simulations. A simulation keeps every engine's
 * state alive (hundreds of MiB at 1,000 nodes) while delivering millions of
 * short-lived packets; with V8's default young generation those packets are
 * collected so often that each scavenge spends most of its time on the old
 * generation's remembered set. A larger young generation measured ~1.4x
 * faster at 1,000 nodes (`pnpm --filter @gossip/sim bench`).
 */
import { setFlagsFromString } from "node:v8";

/** Semi-space size used by the simulator's commands, in MiB. */
export const SIM_SEMI_SPACE_MIB = 64;

let tuned = false;

/**
 * Enlarges V8's young generation for this process. Call once at the start of
 * a command that runs simulations (not from library code paths: it changes
 * the whole process). Idempotent.
 */
export function tuneProcessForSimulation(semiSpaceMiB = SIM_SEMI_SPACE_MIB): void {
  if (tuned) return;
  tuned = true;
  setFlagsFromString(`--max-semi-space-size=${semiSpaceMiB}`);
}
