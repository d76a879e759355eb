/**
 * @gossip/node: run a gossip node on Node.js.
 *
 * ```ts
 * import { createNode } from "@gossip/node";
 * const node = await createNode({ name: "a", bindPort: 7946, seeds: ["10.0.0.2:7946"] });
 * node.on("member-up", (m) => console.log("up", m.name));
 * ```
 */

export { addressToString, bytesToIp, ipToBytes, parseHostPort, toAddress } from "./address.js";
export type { NodeConfig, Preset, ProtocolOverrides, ResolvedConfig, TransportKind } from "./config.js";
export {
  configSchema,
  DEFAULT_PORT,
  decodeMeta,
  encodeMeta,
  MAX_META_BYTES,
  resolveConfig,
} from "./config.js";
export type { EngineExtras, EngineFactory, EngineInit, RuntimeEngine, SetKeyOptions } from "./engine.js";
export { coreEngineFactory } from "./engine.js";
export {
  BindError,
  ClosedError,
  ConfigError,
  GossipError,
  JoinError,
  NotSupportedError,
  PersistenceError,
  SeedError,
} from "./errors.js";
export { DATAGRAM_PREFACE, encodeFrame, FrameError, FrameReader } from "./framing.js";
export type { LogFn, Logger } from "./logger.js";
export { silentLogger } from "./logger.js";
export type { Labels, MetricFamily } from "./metrics.js";
export { MetricsRegistry, toPrometheus } from "./metrics.js";
export type {
  KeyChange,
  Member,
  MemberState,
  NodeEvents,
  NodeOptions,
  NodeStats,
  ProbeRttStats,
  UserEventInfo,
} from "./node.js";
export { createNode, GossipNode } from "./node.js";
export type { StatusServer } from "./status.js";
export { memberJson, startStatusServer } from "./status.js";
export { DATAGRAM_PATH, SENDER_HEADER, STREAM_PATH } from "./transport/http.js";
