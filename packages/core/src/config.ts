/**
 * Parameter presets and the formulas that scale with cluster size
 * (spec/14-presets.md, spec/04-failure-detection.md, spec/05-dissemination.md,
 * spec/06-anti-entropy.md).
 */
import type { Address } from "@gossip/codec";
import { ConfigError } from "./errors.js";
import type { AppDataConfig } from "./kv/appdata.js";

export type PresetName = "lan" | "wan" | "local";

/** Every tunable timing and size parameter. All durations are milliseconds. */
export interface Timing {
  /** Base interval between probe rounds (PRE-1). */
  readonly probeIntervalMs: number;
  /** Time to wait for a direct ack before indirect probing (PRE-2). */
  readonly probeTimeoutMs: number;
  /** Number of relays asked for an indirect probe (k). */
  readonly indirectChecks: number;
  /** Retransmit multiplier: each update is sent `retransmitMult × ceil(log10(n+1))` times. */
  readonly retransmitMult: number;
  /** Suspicion multiplier: min suspicion timeout = `suspicionMult × max(1, log10(max(1,n))) × probeInterval`. */
  readonly suspicionMult: number;
  /** max suspicion timeout = `suspicionMaxTimeoutMult × min`. */
  readonly suspicionMaxTimeoutMult: number;
  /** Base interval of periodic full-state exchange (scaled above 32 members). 0 disables it. */
  readonly pushPullIntervalMs: number;
  /** Interval of dedicated gossip rounds. 0 disables them. */
  readonly gossipIntervalMs: number;
  /** Members sent to per gossip round. */
  readonly gossipNodes: number;
  /** Dead members keep receiving gossip for this long after their death. */
  readonly gossipToTheDeadMs: number;
  /** Upper bound of the local health multiplier (score is 0..max-1). */
  readonly awarenessMaxMultiplier: number;
  /** Time allowed for a stream exchange (push-pull, stream probe). */
  readonly streamTimeoutMs: number;
  /** Dead members are forgotten (reaped) this long after being declared dead. */
  readonly deadRetentionMs: number;
  /** Left members are forgotten (reaped) this long after leaving. */
  readonly leftRetentionMs: number;
  /** Largest datagram the engine emits, envelope included. */
  readonly maxDatagramBytes: number;
  /** Maximum queued broadcasts per traffic class; beyond it the most-sent one is dropped. */
  readonly broadcastQueueLimit: number;
  /** Whether to fall back to a ping over the stream transport when a direct probe fails. */
  readonly streamProbe: boolean;
  /** Maximum inbound push-pull exchanges served at once (beyond: error reply). */
  readonly maxInboundPushPull: number;
  /**
   * Lifeguard (FD-11, FD-13..FD-16, FD-20..FD-22). `false` gives classic SWIM for
   * comparison (FD-25): health score fixed at 0, fixed suspicion timeout, no
   * buddy suspect, no nacks requested.
   */
  readonly lifeguard: boolean;
}

/** memberlist's DefaultLANConfig values, plus retention and bounds. */
export const LAN: Timing = Object.freeze({
  probeIntervalMs: 1000,
  probeTimeoutMs: 500,
  indirectChecks: 3,
  retransmitMult: 4,
  suspicionMult: 4,
  suspicionMaxTimeoutMult: 6,
  pushPullIntervalMs: 30_000,
  gossipIntervalMs: 200,
  gossipNodes: 3,
  gossipToTheDeadMs: 30_000,
  awarenessMaxMultiplier: 8,
  streamTimeoutMs: 10_000,
  deadRetentionMs: 60_000,
  leftRetentionMs: 60_000,
  maxDatagramBytes: 1400,
  broadcastQueueLimit: 4096,
  streamProbe: true,
  maxInboundPushPull: 128,
  lifeguard: true,
});

/** memberlist's DefaultWANConfig values. */
export const WAN: Timing = Object.freeze({
  ...LAN,
  probeIntervalMs: 5000,
  probeTimeoutMs: 3000,
  suspicionMult: 6,
  pushPullIntervalMs: 60_000,
  gossipIntervalMs: 500,
  gossipNodes: 4,
  gossipToTheDeadMs: 60_000,
  streamTimeoutMs: 30_000,
  deadRetentionMs: 120_000,
  leftRetentionMs: 120_000,
});

/** memberlist's DefaultLocalConfig values (one host, loopback). */
export const LOCAL: Timing = Object.freeze({
  ...LAN,
  probeIntervalMs: 1000,
  probeTimeoutMs: 200,
  indirectChecks: 1,
  retransmitMult: 2,
  suspicionMult: 3,
  pushPullIntervalMs: 15_000,
  gossipIntervalMs: 100,
  gossipNodes: 3,
  gossipToTheDeadMs: 15_000,
  streamTimeoutMs: 1000,
  deadRetentionMs: 30_000,
  leftRetentionMs: 30_000,
});

export const PRESETS: Readonly<Record<PresetName, Timing>> = Object.freeze({
  lan: LAN,
  wan: WAN,
  local: LOCAL,
});

/** What `createEngine` needs. Any `Timing` field overrides the preset. */
/** `detector`, `kv`, `events`, `phi`: application data and detector settings (spec/07, 08, 09). */
export interface EngineConfig extends Partial<Timing>, AppDataConfig {
  /** This node's unique name (1..128 bytes of UTF-8, WIRE-43). */
  readonly name: string;
  /** Cluster label; packets from other clusters are dropped by the codec. */
  readonly cluster: string;
  /** The address other nodes use to reach this one (datagrams and streams). */
  readonly addr: Address;
  readonly meta?: Uint8Array;
  /** Defaults to `"lan"`. */
  readonly preset?: PresetName;
  /** Seed of the engine's PRNG (unsigned 32-bit). Defaults to 0. */
  readonly seed?: number;
}

export interface ResolvedConfig extends Timing {
  readonly name: string;
  readonly cluster: string;
  readonly addr: Address;
  readonly meta: Uint8Array;
  readonly preset: PresetName;
  readonly seed: number;
}

const META_MAX = 512;

export function resolveConfig(config: EngineConfig): ResolvedConfig {
  const preset = config.preset ?? "lan";
  const base = PRESETS[preset];
  if (base === undefined) throw new ConfigError(`unknown preset ${String(preset)}`);
  const merged: Record<string, unknown> = { ...base };
  for (const key of Object.keys(base) as (keyof Timing)[]) {
    const v = config[key];
    if (v !== undefined) merged[key] = v;
  }
  const t = merged as unknown as Timing;
  const name = config.name;
  if (typeof name !== "string" || name.length === 0 || new TextEncoder().encode(name).length > 128) {
    throw new ConfigError("name must be 1..128 bytes of UTF-8");
  }
  if (typeof config.cluster !== "string") throw new ConfigError("cluster must be a string");
  // WIRE-7: at most 255 bytes of UTF-8; a lone surrogate has no UTF-8 form.
  if (/\p{Cs}/u.test(config.cluster) || new TextEncoder().encode(config.cluster).length > 255)
    throw new ConfigError("cluster must be at most 255 bytes of valid UTF-8");
  const addr = config.addr;
  if (!addr || !(addr.ip instanceof Uint8Array) || (addr.ip.length !== 4 && addr.ip.length !== 16)) {
    throw new ConfigError("addr.ip must be 4 or 16 bytes");
  }
  if (!Number.isInteger(addr.port) || addr.port < 1 || addr.port > 65535)
    throw new ConfigError("addr.port must be 1..65535");
  // A copy: encodings of this node's record are kept (queued broadcasts, push-pull records), so a
  // caller changing its array afterwards must not change what was already said.
  const meta = config.meta === undefined ? new Uint8Array(0) : new Uint8Array(config.meta);
  if (meta.length > META_MAX) throw new ConfigError(`meta must be at most ${META_MAX} bytes`);
  const positive: (keyof Timing)[] = [
    "probeIntervalMs",
    "probeTimeoutMs",
    "retransmitMult",
    "suspicionMult",
    "suspicionMaxTimeoutMult",
    "gossipToTheDeadMs",
    "awarenessMaxMultiplier",
    "streamTimeoutMs",
    "deadRetentionMs",
    "leftRetentionMs",
    "broadcastQueueLimit",
    "maxInboundPushPull",
  ];
  for (const key of positive) {
    const v = t[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v <= 0)
      throw new ConfigError(`${key} must be a positive number`);
  }
  for (const key of ["indirectChecks", "gossipNodes", "pushPullIntervalMs", "gossipIntervalMs"] as const) {
    const v = t[key];
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
      throw new ConfigError(`${key} must be a non-negative number`);
  }
  if (t.probeTimeoutMs > t.probeIntervalMs)
    throw new ConfigError("probeTimeoutMs must not exceed probeIntervalMs");
  if (t.maxDatagramBytes < 256 || t.maxDatagramBytes > 65_507)
    throw new ConfigError("maxDatagramBytes must be 256..65507");
  return {
    ...t,
    name,
    cluster: config.cluster,
    addr,
    meta,
    preset,
    seed: (config.seed ?? 0) >>> 0,
  };
}

/** DIS-2: how many times each update is transmitted: `mult × ceil(log10(n+1))`. */
export function retransmitLimit(mult: number, n: number): number {
  return mult * Math.ceil(Math.log10(Math.max(0, n) + 1));
}

/** FD-12: min suspicion timeout `suspicionMult × max(1, log10(max(1,n))) × probeInterval`, in whole ms. */
export function suspicionMinTimeout(suspicionMult: number, n: number, probeIntervalMs: number): number {
  const scale = Math.max(1, Math.log10(Math.max(1, n)));
  return Math.floor(suspicionMult * scale * probeIntervalMs);
}

/** FD-13: the number of independent confirmations that bring the timeout down to min. */
export function suspicionConfirmations(suspicionMult: number, n: number): number {
  const k = suspicionMult - 2;
  return n - 2 < k ? 0 : Math.max(0, k);
}

/**
 * FD-14: remaining suspicion timeout after `c` independent confirmations (Lifeguard):
 * `max - (log(c+1)/log(k+1)) × (max - min)`, floored to whole ms, never below min.
 */
export function suspicionTimeout(c: number, k: number, minMs: number, maxMs: number): number {
  if (k < 1) return minMs;
  const frac = Math.log(c + 1) / Math.log(k + 1);
  return Math.max(minMs, Math.floor(maxMs - frac * (maxMs - minMs)));
}

/** AE-3: push-pull interval scaled with cluster size: unchanged up to 32, then `× (ceil(log2(n) - log2(32)) + 1)`. */
export function pushPullInterval(baseMs: number, n: number): number {
  const threshold = 32;
  if (n <= threshold) return baseMs;
  const mult = Math.ceil(Math.log2(n) - Math.log2(threshold)) + 1;
  return baseMs * mult;
}
