import type { Command } from "commander";
import { register as agent } from "./agent.js";
import { register as demo } from "./demo.js";
import { register as keys } from "./keys.js";
import { register as members } from "./members.js";
import { register as sim } from "./sim.js";

/**
 * Every subcommand lives in its own module exporting `register(program)`.
 * The list is explicit so `gossip --help` shows them in this order.
 */
const commands: ReadonlyArray<(program: Command) => void> = [agent, members, demo, keys, sim];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
