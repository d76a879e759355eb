#!/usr/bin/env node
import { Command } from "commander";
import { registerCommands } from "./commands/index.js";

const program = new Command();
program
  .name("gossip")
  .description("Run and inspect gossip clusters: agents, a local demo, keys, and the simulator.")
  .showHelpAfterError();
registerCommands(program);
await program.parseAsync(process.argv);
