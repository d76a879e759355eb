/**
 * @gossip/node: run a gossip node on Node.js.
 *
 * ```ts
 * import { createNode } from "@gossip/node";
 * const node = await createNode({ name: "a", bindPort: 7946, seeds: ["10.0.0.2:7946"] });
 * node.on("member-up", (m) => console.log("up", m.name));
 * ```
 */
export { createNode, GossipNode } from "./node.js";
export type { Member, MemberState, KeyChange, UserEventInfo, NodeEvents, NodeOptions, NodeStats, ProbeRttStats } from "./node.js";
export { configSchema, resolveConfig, encodeMeta, decodeMeta, DEFAULT_PORT, MAX_META_BYTES } from "./config.js";
export type { NodeConfig, ResolvedConfig, ProtocolOverrides, TransportKind, Preset } from "./config.js";
export type { EngineFactory, EngineInit, RuntimeEngine, EngineExtras, SetKeyOptions } from "./engine.js";
export { coreEngineFactory } from "./engine.js";
export {
  GossipError,
  ConfigError,
  BindError,
  SeedError,
  JoinError,
  ClosedError,
  NotSupportedError,
  PersistenceError,
} from "./errors.js";
export type { Logger, LogFn } from "./logger.js";
export { silentLogger } from "./logger.js";
export { MetricsRegistry, toPrometheus } from "./metrics.js";
export type { MetricFamily, Labels } from "./metrics.js";
export { parseHostPort, addressToString, ipToBytes, bytesToIp, toAddress } from "./address.js";
export { encodeFrame, FrameReader } from "./framing.js";
export { DATAGRAM_PATH, STREAM_PATH, SENDER_HEADER } from "./transport/http.js";
export { startStatusServer, memberJson } from "./status.js";
export type { StatusServer } from "./status.js";
