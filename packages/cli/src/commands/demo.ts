/**
 * `gossip demo`: a local cluster of N nodes on loopback over real UDP (and
 * TCP for joins). It waits for the cluster to converge, kills some nodes
 * (sockets closed without a goodbye, as in a crash), restarts them, lets one
 * leave gracefully, and shows convergence live, then prints a summary table.
 */
import { createNode, type EngineFactory, type GossipNode, type MemberState } from "@gossip/node";
import cliProgress from "cli-progress";
import Table from "cli-table3";
import { type Command, Option } from "commander";
import { EXIT, EXIT_CODES_HELP, usageExit } from "./agent.js";

export interface DemoOptions {
  nodes: number;
  kill: number;
  /** Longest wait for each phase to converge. */
  phaseTimeoutMs: number;
  json: boolean;
  progress: boolean;
  /** Engine factory (tests); default: the reference engine. */
  engine?: EngineFactory;
  /** Where lines go (tests capture them). */
  write?: (line: string) => void;
}

export interface PhaseResult {
  phase: string;
  expectation: string;
  converged: boolean;
  ms: number;
  packetsSent: number;
  bytesSent: number;
}

/** Timings for a fast loopback demo: the "local" preset with shorter intervals. */
export const DEMO_PROTOCOL = Object.freeze({
  probeIntervalMs: 200,
  probeTimeoutMs: 100,
  gossipIntervalMs: 50,
  pushPullIntervalMs: 2000,
  suspicionMult: 2,
});

type Expect = ReadonlyMap<string, MemberState>;

/** Share of (observer, subject) pairs whose state matches `expected`, over the running observers. */
function convergence(observers: readonly GossipNode[], expected: Expect): number {
  let good = 0;
  let total = 0;
  for (const o of observers) {
    const view = new Map(o.members().map((m) => [m.name, m.state]));
    for (const [name, state] of expected) {
      if (name === o.name) continue;
      total++;
      const seen = view.get(name);
      if (seen === state || (seen === undefined && (state === "dead" || state === "left"))) good++;
    }
  }
  return total === 0 ? 1 : good / total;
}

export async function runDemo(opts: DemoOptions): Promise<{ code: number; results: PhaseResult[] }> {
  const write = opts.write ?? ((l: string) => process.stdout.write(`${l}\n`));
  const n = opts.nodes;
  const names = Array.from({ length: n }, (_, i) => `node-${String(i + 1).padStart(2, "0")}`);
  const running = new Map<string, GossipNode>();
  const ports = new Map<string, number>();
  const results: PhaseResult[] = [];
  const bar =
    opts.progress && !opts.json && process.stdout.isTTY
      ? new cliProgress.SingleBar(
          {
            format: " {phase} |{bar}| {percentage}% of views agree | {elapsed}s",
            hideCursor: true,
            clearOnComplete: false,
          },
          cliProgress.Presets.shades_classic,
        )
      : undefined;
  const say = (obj: Record<string, unknown>, text: string) => write(opts.json ? JSON.stringify(obj) : text);

  const start = async (name: string, seed?: string) => {
    const node = await createNode({
      name,
      bindAddress: "127.0.0.1",
      bindPort: ports.get(name) ?? 0,
      preset: "local",
      protocol: DEMO_PROTOCOL,
      seeds: seed ? [seed] : [],
      join: { retryInitialMs: 200, retryMaxMs: 1000, rejoinIntervalMs: 2000 },
      leave: { propagateMs: 500, timeoutMs: 2000 },
      ...(opts.engine ? { engine: opts.engine } : {}),
    });
    ports.set(name, node.port);
    running.set(name, node);
    return node;
  };
  // Traffic of nodes already stopped, so that phase totals stay right.
  const retired = { p: 0, b: 0 };
  const stop = async (name: string) => {
    const node = running.get(name);
    if (!node) return;
    running.delete(name);
    await node.close();
    const s = node.stats();
    retired.p += s.packetsOut;
    retired.b += s.bytesOut;
  };
  const sent = () => {
    let p = retired.p;
    let b = retired.b;
    for (const node of running.values()) {
      const s = node.stats();
      p += s.packetsOut;
      b += s.bytesOut;
    }
    return { p, b };
  };

  const phase = async (label: string, expectation: string, expected: Expect, action: () => Promise<void>) => {
    const before = sent();
    const t0 = Date.now();
    await action();
    bar?.start(100, 0, { phase: label.padEnd(22), elapsed: "0.0" });
    if (!bar) say({ event: "phase", phase: label }, `• ${label}: ${expectation}`);
    let frac = 0;
    for (;;) {
      frac = convergence([...running.values()], expected);
      bar?.update(Math.floor(frac * 100), {
        phase: label.padEnd(22),
        elapsed: ((Date.now() - t0) / 1000).toFixed(1),
      });
      if (frac >= 1 || Date.now() - t0 > opts.phaseTimeoutMs) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    bar?.stop();
    const after = sent();
    const r: PhaseResult = {
      phase: label,
      expectation,
      converged: frac >= 1,
      ms: Date.now() - t0,
      packetsSent: Math.max(0, after.p - before.p),
      bytesSent: Math.max(0, after.b - before.b),
    };
    results.push(r);
    say(
      { event: "phase-done", ...r },
      `  ${r.converged ? "converged" : "NOT converged"} in ${(r.ms / 1000).toFixed(2)} s (${r.packetsSent} packets)`,
    );
    return r.converged;
  };

  say(
    { event: "demo", nodes: n, kill: opts.kill },
    `gossip demo: ${n} nodes on 127.0.0.1 over UDP, killing and restarting ${opts.kill}`,
  );
  const all = (
    state: MemberState,
    except: readonly string[] = [],
    exceptState: MemberState = state,
  ): Expect => new Map(names.map((x) => [x, except.includes(x) ? exceptState : state]));
  const victims = names.slice(n - opts.kill);
  const leaver = names[1]!;
  let ok = true;
  try {
    ok &&= await phase("join", `all ${n} nodes see each other alive`, all("alive"), async () => {
      const first = await start(names[0]!);
      for (const name of names.slice(1)) await start(name, first.address);
    });
    if (ok && opts.kill > 0)
      ok &&= await phase(
        "kill",
        `${opts.kill} crashed node(s) detected as dead`,
        all("alive", victims, "dead"),
        async () => {
          for (const v of victims) await stop(v);
          say({ event: "killed", nodes: victims }, `  killed ${victims.join(", ")}`);
        },
      );
    if (ok && opts.kill > 0)
      ok &&= await phase("restart", `restarted node(s) alive everywhere`, all("alive"), async () => {
        const seed = running.get(names[0]!)!.address;
        for (const v of victims) await start(v, seed);
        say({ event: "restarted", nodes: victims }, `  restarted ${victims.join(", ")} on the same ports`);
      });
    if (ok && n >= 3)
      ok &&= await phase("leave", `${leaver} left gracefully`, all("alive", [leaver], "left"), async () => {
        await running.get(leaver)!.leave();
        await stop(leaver);
      });
  } catch (err) {
    bar?.stop();
    write(`gossip demo: ${(err as Error).message}`);
    ok = false;
  } finally {
    await Promise.all([...running.values()].map((x) => x.close()));
  }
  if (opts.json) {
    write(JSON.stringify({ event: "summary", ok, results }));
  } else {
    const t = new Table({
      head: ["phase", "expectation", "result", "time (s)", "packets", "bytes"],
      ...(process.stdout.isTTY ? {} : { style: { head: [], border: [] } }),
    });
    for (const r of results)
      t.push([
        r.phase,
        r.expectation,
        r.converged ? "converged" : "NOT converged",
        (r.ms / 1000).toFixed(2),
        r.packetsSent,
        r.bytesSent,
      ]);
    write(t.toString());
    write(ok ? "All phases converged." : "Some phase did not converge in time.");
  }
  return { code: ok ? EXIT.ok : EXIT.failure, results };
}

function intArg(name: string, min: number, max: number) {
  return (v: string) => {
    const x = Number(v);
    if (!Number.isInteger(x) || x < min || x > max) {
      process.stderr.write(`gossip demo: --${name} must be an integer in ${min}..${max}, got "${v}"\n`);
      process.exit(EXIT.usage);
    }
    return x;
  };
}

export function register(program: Command): void {
  const cmd = program
    .command("demo")
    .description(
      "Start a local cluster on loopback over real UDP, kill and restart nodes, and watch it converge.",
    )
    .addOption(new Option("-n, --nodes <n>", "number of nodes").argParser(intArg("nodes", 2, 200)).default(8))
    .addOption(
      new Option("-k, --kill <n>", "nodes to kill and restart").argParser(intArg("kill", 0, 199)).default(2),
    )
    .addOption(
      new Option("--phase-timeout <ms>", "longest wait for each phase")
        .argParser(intArg("phase-timeout", 100, 600_000))
        .default(20_000),
    )
    .option("--json", "print JSON lines instead of a progress display and table")
    .option("--no-progress", "no live progress bar")
    .addHelpText("after", `\nExample:\n  gossip demo --nodes 12 --kill 3\n${EXIT_CODES_HELP}`)
    .action(
      async (flags: {
        nodes: number;
        kill: number;
        phaseTimeout: number;
        json?: boolean;
        progress: boolean;
      }) => {
        if (flags.kill >= flags.nodes) {
          process.stderr.write("gossip demo: --kill must be smaller than --nodes\n");
          process.exitCode = EXIT.usage;
          return;
        }
        const { code } = await runDemo({
          nodes: flags.nodes,
          kill: flags.kill,
          phaseTimeoutMs: flags.phaseTimeout,
          json: flags.json ?? false,
          progress: flags.progress,
        });
        process.exitCode = code;
      },
    );
  usageExit(cmd);
}
