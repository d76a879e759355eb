/**
 * `gossip members`: ask a running agent's status endpoint for its member list.
 */

import Table from "cli-table3";
import type { Command } from "commander";
import { EXIT, EXIT_CODES_HELP, usageExit } from "./agent.js";

interface MemberRow {
  name: string;
  address: string;
  state: string;
  incarnation: number;
  meta: Record<string, string>;
  since: string;
}

export interface MembersFlags {
  addr: string;
  json?: boolean;
  state?: string;
  timeout: string;
}

export async function fetchMembers(
  addr: string,
  timeoutMs: number,
): Promise<{ self: string; members: MemberRow[] }> {
  const base = addr.startsWith("http") ? addr : `http://${addr}`;
  const res = await fetch(`${base.replace(/\/$/, "")}/v1/members`, {
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${base}/v1/members`);
  const body = (await res.json()) as { self: string; members: MemberRow[] };
  if (!body || !Array.isArray(body.members)) throw new Error(`unexpected answer from ${base}/v1/members`);
  return body;
}

export async function runMembers(flags: MembersFlags): Promise<number> {
  let body: { self: string; members: MemberRow[] };
  try {
    body = await fetchMembers(flags.addr, Number(flags.timeout) || 3000);
  } catch (err) {
    process.stderr.write(
      `gossip members: cannot reach the agent at ${flags.addr}: ${(err as Error).message}\n`,
    );
    return EXIT.unreachable;
  }
  let rows = body.members;
  if (flags.state) rows = rows.filter((m) => m.state === flags.state);
  rows.sort((a, b) => a.name.localeCompare(b.name));
  if (flags.json) {
    process.stdout.write(`${JSON.stringify({ self: body.self, members: rows }, null, 2)}\n`);
    return EXIT.ok;
  }
  const plain = !process.stdout.isTTY;
  const table = new Table({
    head: ["name", "address", "state", "incarnation", "meta"],
    ...(plain ? { style: { head: [], border: [] } } : {}),
  });
  for (const m of rows) {
    const meta = Object.entries(m.meta ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join(" ");
    table.push([
      m.name === body.self ? `${m.name} (self)` : m.name,
      m.address,
      m.state,
      String(m.incarnation),
      meta,
    ]);
  }
  process.stdout.write(`${table.toString()}\n`);
  const counts = new Map<string, number>();
  for (const m of body.members) counts.set(m.state, (counts.get(m.state) ?? 0) + 1);
  process.stdout.write(`${[...counts].map(([s, n]) => `${n} ${s}`).join(", ")}\n`);
  return EXIT.ok;
}

export function register(program: Command): void {
  const cmd = program
    .command("members")
    .description("List the members a running agent knows (from its status endpoint).")
    .option("--addr <host:port>", "the agent's status endpoint", "127.0.0.1:7947")
    .option("--state <state>", "only members in this state (alive, suspect, dead, left)")
    .option("--json", "print JSON instead of a table")
    .option("--timeout <ms>", "request timeout", "3000")
    .addHelpText("after", `\nExample:\n  gossip members --addr 127.0.0.1:7947 --json\n${EXIT_CODES_HELP}`)
    .action(async (flags: MembersFlags) => {
      process.exitCode = await runMembers(flags);
    });
  usageExit(cmd);
}
