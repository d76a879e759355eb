export type * from "./io.js";
export {
  createEngine,
  GossipEngine,
  MEMBERSHIP_CLASS,
  PROTOCOL_MAX,
  PROTOCOL_MIN,
  STREAM_ERROR,
  addrKey,
  type EngineExtension,
  type EngineInit,
} from "./engine.js";
export {
  LAN,
  LOCAL,
  PRESETS,
  WAN,
  pushPullInterval,
  resolveConfig,
  retransmitLimit,
  suspicionConfirmations,
  suspicionMinTimeout,
  suspicionTimeout,
  type EngineConfig,
  type PresetName,
  type ResolvedConfig,
  type Timing,
} from "./config.js";
export { ConfigError, EngineError } from "./errors.js";
export type { EngineStats } from "./stats.js";
export type { DecodeResult, WireCodec } from "./wire.js";
export { Prng } from "./prng.js";
export { BroadcastQueue } from "./broadcast.js";
export { codecWire, type CodecWireOptions } from "./codec-wire.js";
