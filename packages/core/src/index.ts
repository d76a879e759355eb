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
// Application data (spec/07-kv-state.md, spec/08-user-events.md, spec/09-phi-accrual.md).
export {
  KvError,
  KvStore,
  KV_DEFAULTS,
  type KvErrorCode,
  type KvConfig,
  type KeyChange,
  type SetOptions,
} from "./kv/index.js";
export { AppData, KV_CLASS, EVENTS_CLASS, type AppDataConfig, type AppDataHost, type DetectorKind } from "./kv/appdata.js";
export { EventBuffer, EventError, EVENT_DEFAULTS, type EventConfig, type EventErrorCode } from "./events/index.js";
export {
  PhiAccrualDetector,
  PhiConfigError,
  PhiRegistry,
  PHI_DEFAULTS,
  phiOf,
  type PhiConfig,
} from "./detector/phi.js";
