import type { Command } from "commander";

/**
 * Every subcommand lives in its own module exporting `register(program)`.
 * The list is explicit so `gossip --help` shows them in this order.
 */
const commands: ReadonlyArray<(program: Command) => void> = [];

export function registerCommands(program: Command): void {
  for (const register of commands) register(program);
}
