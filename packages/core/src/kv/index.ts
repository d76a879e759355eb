export { KvError, type KvErrorCode } from "./errors.js";
export { kvDeltaMessageSize, kvDigestMessageSize, utf8Length, varintSize } from "./size.js";
export {
  type ApplyResult,
  type DeltaOptions,
  type DeltaResult,
  equalBytes,
  type KeyChange,
  KV_DEFAULTS,
  KV_DELTA_OVERHEAD,
  type KvConfig,
  KvStore,
  resolveKvConfig,
  type SetOptions,
} from "./store.js";
