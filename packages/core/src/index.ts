export { BroadcastQueue } from "./broadcast.js";
export { type CodecWireOptions, codecWire } from "./codec-wire.js";
export {
  type EngineConfig,
  LAN,
  LOCAL,
  PRESETS,
  type PresetName,
  pushPullInterval,
  type ResolvedConfig,
  resolveConfig,
  retransmitLimit,
  suspicionConfirmations,
  suspicionMinTimeout,
  suspicionTimeout,
  type Timing,
  WAN,
} from "./config.js";
export {
  PHI_DEFAULTS,
  PhiAccrualDetector,
  type PhiConfig,
  PhiConfigError,
  PhiRegistry,
  phiOf,
} from "./detector/phi.js";
export {
  addrKey,
  createEngine,
  type EngineExtension,
  type EngineInit,
  GossipEngine,
  MEMBERSHIP_CLASS,
  PROTOCOL_MAX,
  PROTOCOL_MIN,
  STREAM_ERROR,
} from "./engine.js";
export { ConfigError, EngineError } from "./errors.js";
export {
  EVENT_DEFAULTS,
  EventBuffer,
  type EventConfig,
  EventError,
  type EventErrorCode,
} from "./events/index.js";
export type * from "./io.js";
export {
  AppData,
  type AppDataConfig,
  type AppDataHost,
  type DetectorKind,
  EVENTS_CLASS,
  KV_CLASS,
} from "./kv/appdata.js";
// Application data (spec/07-kv-state.md, spec/08-user-events.md, spec/09-phi-accrual.md).
export {
  type KeyChange,
  KV_DEFAULTS,
  type KvConfig,
  KvError,
  type KvErrorCode,
  KvStore,
  type SetOptions,
} from "./kv/index.js";
export { NameIndex } from "./name-index.js";
export { Prng } from "./prng.js";
export {
  type AdmitResult,
  type AdmittedPushPullResult,
  type EngineSecurity,
  type MessageSigner,
  type MessageVerifier,
  SECURITY_CLASS,
  SecureWire,
  type SecureWireHost,
  type SecureWireStats,
} from "./security-hooks.js";
export type { EngineStats } from "./stats.js";
export type { DecodeResult, WireCodec } from "./wire.js";
