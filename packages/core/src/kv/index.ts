export { KvError, type KvErrorCode } from "./errors.js";
export {
  KvStore,
  KV_DEFAULTS,
  KV_DELTA_OVERHEAD,
  resolveKvConfig,
  equalBytes,
  type KvConfig,
  type KeyChange,
  type SetOptions,
  type ApplyResult,
  type DeltaOptions,
  type DeltaResult,
} from "./store.js";
export { kvDeltaMessageSize, kvDigestMessageSize, utf8Length, varintSize } from "./size.js";
