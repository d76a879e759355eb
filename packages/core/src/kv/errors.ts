/** Errors thrown by the key/value API (spec/07-kv-state.md). Network input never throws. */

export type KvErrorCode =
  | "kv-key-invalid"
  | "kv-key-too-large"
  | "kv-value-too-large"
  | "kv-too-many-keys"
  | "kv-ttl-invalid"
  | "kv-config-invalid";

export class KvError extends Error {
  readonly code: KvErrorCode;
  constructor(code: KvErrorCode, message: string) {
    super(message);
    this.name = "KvError";
    this.code = code;
  }
}
