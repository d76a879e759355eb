#!/usr/bin/env node
import { relaunchWithSimulationOptions } from "@gossip/sim";
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";

// Simulations run faster in a process started with a larger young generation (see @gossip/sim's tune.ts).
if (process.argv[2] === "sim") {
  const code = relaunchWithSimulationOptions();
  if (code !== undefined) process.exit(code);
}

const program = new Command();
program
  .name("gossip")
  .description("Run and inspect gossip clusters: agents, a local demo, keys, and the simulator.")
  .showHelpAfterError();
registerCommands(program);
await program.parseAsync(process.argv);
