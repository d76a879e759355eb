/**
 * `gossip agent`: run one node from flags and/or a JSON/YAML config file,
 * print member changes, and serve a local HTTP status endpoint.
 */
import { readFileSync } from "node:fs";
import { extname } from "node:path";
import {
  BindError,
  ConfigError,
  createNode,
  GossipError,
  type Logger,
  type Member,
  type NodeConfig,
  parseHostPort,
  SeedError,
  startStatusServer,
} from "@gossip/node";
import { type Command, type CommanderError, Option } from "commander";
import { parse as parseYaml } from "yaml";

/** Exit codes shared by the agent, members and demo commands (docs/operations.md). */
export const EXIT = Object.freeze({
  ok: 0,
  failure: 1,
  usage: 2,
  bind: 3,
  unreachable: 4,
});

export const EXIT_CODES_HELP = `
Exit codes:
  0  success (the agent left the cluster cleanly after SIGINT/SIGTERM)
  1  runtime failure
  2  invalid command line, configuration file or option (names the option)
  3  a port could not be bound (already in use, address not available)
  4  (members) the agent's status endpoint could not be reached`;

/** Map commander's own usage errors to exit code 2 (help and version stay 0). */
export function usageExit(cmd: Command): Command {
  return cmd.exitOverride((err: CommanderError) => {
    process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  });
}

const LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
type Level = (typeof LEVELS)[number];

/** A pino-compatible logger writing one JSON line per record to stderr. */
export function stderrLogger(level: Level): Logger {
  const min = LEVELS.indexOf(level);
  const make =
    (l: Exclude<Level, "silent">) =>
    (objOrMsg: object | string, msg?: unknown, ..._rest: unknown[]): void => {
      if (LEVELS.indexOf(l) < min) return;
      const rec: Record<string, unknown> = { time: new Date().toISOString(), level: l };
      if (typeof objOrMsg === "string") rec.msg = objOrMsg;
      else {
        Object.assign(rec, objOrMsg);
        if (typeof msg === "string") rec.msg = msg;
      }
      process.stderr.write(`${JSON.stringify(rec)}\n`);
    };
  return { debug: make("debug"), info: make("info"), warn: make("warn"), error: make("error") } as Logger;
}

/** Read a JSON or YAML config file (YAML when the extension says so or JSON fails). */
export function loadConfigFile(path: string): NodeConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    throw new ConfigError("config", `cannot read config file ${path}: ${(err as Error).message}`);
  }
  const ext = extname(path).toLowerCase();
  try {
    const v = ext === ".yaml" || ext === ".yml" ? parseYaml(text) : JSON.parse(text);
    return (v ?? {}) as NodeConfig;
  } catch (err) {
    if (ext === ".json")
      throw new ConfigError("config", `${path} is not valid JSON: ${(err as Error).message}`);
    try {
      return (parseYaml(text) ?? {}) as NodeConfig;
    } catch (err2) {
      throw new ConfigError("config", `${path} is neither JSON nor YAML: ${(err2 as Error).message}`);
    }
  }
}

export interface AgentFlags {
  config?: string;
  name?: string;
  cluster?: string;
  bind?: string;
  advertise?: string;
  join?: string[];
  transport?: "udp" | "tcp" | "http";
  preset?: "lan" | "wan" | "local";
  meta?: string[];
  dataDir?: string;
  keyFile?: string[];
  encryptionMode?: "plaintext" | "migration" | "encrypted";
  nodeKey?: string;
  cert?: string;
  ca?: string[];
  revocation?: string;
  status?: string;
  json?: boolean;
  logLevel?: Level;
}

/** Flags override the config file. */
export function buildConfig(flags: AgentFlags): NodeConfig & { status?: string | false } {
  const cfg: NodeConfig & { status?: string | false } = flags.config
    ? { ...loadConfigFile(flags.config) }
    : {};
  if (typeof cfg !== "object" || Array.isArray(cfg))
    throw new ConfigError("", "the config file must hold an object");
  if (flags.name !== undefined) cfg.name = flags.name;
  if (flags.cluster !== undefined) cfg.cluster = flags.cluster;
  if (flags.transport !== undefined) cfg.transport = flags.transport;
  if (flags.preset !== undefined) cfg.preset = flags.preset;
  if (flags.dataDir !== undefined) cfg.dataDir = flags.dataDir;
  if (flags.bind !== undefined) {
    const hp = hostPortFlag("bind", flags.bind, cfg.bindPort ?? 7946, true);
    cfg.bindAddress = hp.host;
    cfg.bindPort = hp.port;
  }
  if (flags.advertise !== undefined) {
    const hp = hostPortFlag("advertise", flags.advertise, cfg.advertisePort ?? 0, true);
    cfg.advertiseAddress = hp.host;
    if (hp.port !== 0) cfg.advertisePort = hp.port;
  }
  if (flags.join && flags.join.length > 0) cfg.seeds = [...(cfg.seeds ?? []), ...flags.join];
  if (flags.meta) {
    const meta: Record<string, string> = { ...(cfg.meta ?? {}) };
    for (const kv of flags.meta) {
      const eq = kv.indexOf("=");
      if (eq <= 0) throw new ConfigError("meta", `--meta expects key=value, got "${kv}"`);
      meta[kv.slice(0, eq)] = kv.slice(eq + 1);
    }
    cfg.meta = meta;
  }
  if (flags.keyFile && flags.keyFile.length > 0)
    cfg.encryption = { ...(cfg.encryption ?? {}), keyFiles: flags.keyFile };
  if (flags.encryptionMode !== undefined)
    cfg.encryption = { keyFiles: [], ...(cfg.encryption ?? {}), mode: flags.encryptionMode };
  if (flags.nodeKey !== undefined || flags.cert !== undefined || flags.ca !== undefined) {
    const pki = { ...(cfg.pki ?? { privateKeyFile: "", certificateFile: "", caFiles: [] }) };
    if (flags.nodeKey !== undefined) pki.privateKeyFile = flags.nodeKey;
    if (flags.cert !== undefined) pki.certificateFile = flags.cert;
    if (flags.ca !== undefined && flags.ca.length > 0) pki.caFiles = flags.ca;
    if (flags.revocation !== undefined) pki.revocationFile = flags.revocation;
    cfg.pki = pki;
  }
  if (flags.status !== undefined) cfg.status = flags.status === "off" ? false : flags.status;
  return cfg;
}

/** `host:port`, `[v6]:port`, `host`, or `:port` (keeping the default host). */
function hostPortFlag(
  flag: string,
  text: string,
  defaultPort: number,
  allowPortZero: boolean,
): { host: string; port: number } {
  try {
    if (text.startsWith(":")) {
      const port = Number(text.slice(1));
      if (!Number.isInteger(port) || port < (allowPortZero ? 0 : 1) || port > 65535)
        throw new Error("bad port");
      return { host: "0.0.0.0", port };
    }
    if (/:0$/.test(text) && allowPortZero) {
      const hp = parseHostPort(text.replace(/:0$/, ":1"), 1);
      return { host: hp.host, port: 0 };
    }
    return parseHostPort(text, defaultPort === 0 ? 1 : defaultPort);
  } catch {
    throw new ConfigError(flag, `--${flag} expects host:port, [ipv6]:port or :port, got "${text}"`);
  }
}

function exitCodeFor(err: unknown): number {
  if (err instanceof ConfigError || err instanceof SeedError) return EXIT.usage;
  if (err instanceof BindError) return EXIT.bind;
  return EXIT.failure;
}

function describeError(err: unknown): string {
  if (err instanceof GossipError) return `${err.code}: ${err.message}`;
  return err instanceof Error ? err.message : String(err);
}

export async function runAgent(flags: AgentFlags): Promise<number> {
  const out = (s: string) => process.stdout.write(`${s}\n`);
  let cfg: ReturnType<typeof buildConfig>;
  try {
    cfg = buildConfig(flags);
  } catch (err) {
    process.stderr.write(`gossip agent: ${describeError(err)}\n`);
    return exitCodeFor(err);
  }
  const { status = "127.0.0.1:7947", ...nodeConfig } = cfg;
  const logger = stderrLogger(flags.logLevel ?? "warn");
  let node: Awaited<ReturnType<typeof createNode>>;
  try {
    node = await createNode({ ...nodeConfig, logger });
  } catch (err) {
    process.stderr.write(`gossip agent: ${describeError(err)}\n`);
    return exitCodeFor(err);
  }
  let statusServer: Awaited<ReturnType<typeof startStatusServer>> | undefined;
  if (status !== false) {
    try {
      const hp = hostPortFlag("status", status, 7947, true);
      statusServer = await startStatusServer(node, hp.host, hp.port);
    } catch (err) {
      await node.close();
      process.stderr.write(`gossip agent: status endpoint: ${describeError(err)}\n`);
      return exitCodeFor(err);
    }
  }
  const print = (event: string, m: Member, extra: Record<string, unknown> = {}) => {
    if (m.name === node.name) return; // only other members' changes
    if (flags.json)
      out(
        JSON.stringify({
          time: new Date().toISOString(),
          event,
          name: m.name,
          address: m.address,
          state: m.state,
          ...extra,
        }),
      );
    else
      out(
        `${new Date().toISOString()}  ${event.padEnd(14)} ${m.name}  ${m.address}${extra.from ? `  (from ${extra.from})` : ""}`,
      );
  };
  node.on("member-up", (m) => print("member-up", m));
  node.on("member-alive", (m) => print("member-alive", m));
  node.on("member-suspect", (m, i) => print("member-suspect", m, { from: i.from }));
  node.on("member-down", (m, i) => print("member-down", m, { from: i.from }));
  node.on("member-left", (m) => print("member-left", m));
  node.on("member-updated", (m) => print("member-updated", m));
  node.on("error", (err) => logger.warn({ code: (err as GossipError).code, err: err.message }, "node error"));
  const ready = {
    event: "started",
    name: node.name,
    transport: node.transportKind,
    port: node.port,
    advertise: node.address,
    status: statusServer ? `http://${statusServer.address}` : null,
  };
  if (flags.json) out(JSON.stringify({ time: new Date().toISOString(), ...ready }));
  else
    out(
      `gossip agent ${node.name}: ${node.transportKind === "udp" ? "udp+tcp" : node.transportKind} port ${node.port}, advertising ${node.address}` +
        (statusServer ? `, status http://${statusServer.address}` : ""),
    );

  return new Promise<number>((resolve) => {
    let stopping = false;
    const stop = async (signal: string) => {
      if (stopping) {
        process.stderr.write(`gossip agent: ${signal} again, exiting now\n`);
        process.exit(EXIT.failure);
      }
      stopping = true;
      if (!flags.json) out(`${signal}: leaving the cluster...`);
      await node.leave();
      await node.close();
      await statusServer?.close();
      if (flags.json)
        out(JSON.stringify({ time: new Date().toISOString(), event: "stopped", name: node.name }));
      else out("stopped");
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
      resolve(EXIT.ok);
    };
    const onInt = () => void stop("SIGINT");
    const onTerm = () => void stop("SIGTERM");
    process.on("SIGINT", onInt);
    process.on("SIGTERM", onTerm);
  });
}

export function register(program: Command): void {
  const cmd = program
    .command("agent")
    .description("Run a gossip node: join a cluster, print member changes, serve a local status endpoint.")
    .option(
      "-c, --config <file>",
      "JSON or YAML configuration file (schemas/json/config.schema.json); flags override it",
    )
    .option(
      "-n, --name <name>",
      "node name, unique in the cluster (default: persisted, else <hostname>-<random>)",
    )
    .option("--cluster <name>", "cluster name; nodes only talk within the same cluster", undefined)
    .option(
      "-b, --bind <host:port>",
      "address and port to listen on (UDP and TCP share the port; :0 picks one)",
    )
    .option(
      "-a, --advertise <host:port>",
      "address (and port) other nodes use to reach this one (NAT, multi-homed hosts)",
    )
    .option("-j, --join <seed...>", "seeds to join: host:port, [ipv6]:port or a DNS name (repeatable)")
    .addOption(
      new Option("-t, --transport <kind>", "udp (UDP+TCP), tcp (TCP only) or http").choices([
        "udp",
        "tcp",
        "http",
      ]),
    )
    .addOption(new Option("--preset <name>", "timing preset").choices(["lan", "wan", "local"]))
    .option("-m, --meta <key=value...>", "node metadata (repeatable)")
    .option(
      "-d, --data-dir <dir>",
      "persist name, incarnation, members and keys here; rejoin from them after a restart",
    )
    .option(
      "-k, --key-file <file...>",
      "encrypt with these pre-shared key files (`gossip keys psk`); the first is primary",
    )
    .addOption(
      new Option(
        "--encryption-mode <mode>",
        "plaintext, migration (send encrypted, accept both) or encrypted (default with --key-file)",
      ).choices(["plaintext", "migration", "encrypted"]),
    )
    .option("--node-key <file>", "PKI: this node's private key (`gossip keys cert` writes it)")
    .option("--cert <file>", "PKI: this node's certificate")
    .option("--ca <file...>", "PKI: public keys of the trusted CAs")
    .option("--revocation <file>", "PKI: a revocation list to apply and gossip at start")
    .option(
      "-s, --status <host:port|off>",
      "status endpoint: /v1/members, /metrics, /health (default 127.0.0.1:7947)",
    )
    .option("--json", "print events as JSON lines")
    .addOption(
      new Option("--log-level <level>", "log level (JSON lines on stderr)")
        .choices([...LEVELS])
        .default("warn"),
    )
    .addHelpText(
      "after",
      `
Examples:
  gossip agent --name a --bind 127.0.0.1:7946 --status 127.0.0.1:7947
  gossip agent --name b --bind 127.0.0.1:8946 --status 127.0.0.1:8947 --join 127.0.0.1:7946
  gossip agent --config agent.yaml --join seeds.internal:7946
  gossip members --addr 127.0.0.1:7947
${EXIT_CODES_HELP}`,
    )
    .action(async (flags: AgentFlags) => {
      process.exitCode = await runAgent(flags);
    });
  usageExit(cmd);
}
