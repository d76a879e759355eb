/**
 * Typed codec errors. Every rejection of bytes from the network is a
 * {@link CodecError} with a stable string {@link CodecErrorCode}; the codes are
 * part of the protocol's conformance vectors (spec/02-wire.md, WIRE-90).
 */

/** Stable error codes. Never renamed; new codes may be added. */
export const CODEC_ERROR_CODES = [
  "TRUNCATED",
  "BAD_MAGIC",
  "UNSUPPORTED_VERSION",
  "RESERVED_FLAGS",
  "WRONG_CLUSTER",
  "OVERSIZE",
  "MALFORMED",
  "INVALID_FIELD",
  "UNKNOWN_TYPE",
  "EMPTY_PACKET",
  "TOO_MANY_MESSAGES",
  "DECOMPRESS_FAILED",
  "DECOMPRESSED_TOO_LARGE",
  "ENCRYPTION_REQUIRED",
  "NO_CIPHER",
  "DECRYPT_FAILED",
  "INVALID_JSON",
] as const;

export type CodecErrorCode = (typeof CODEC_ERROR_CODES)[number];

/** A rejected input (or an unencodable value). `code` is stable; `message` is for humans. */
export class CodecError extends Error {
  override readonly name = "CodecError";
  readonly code: CodecErrorCode;
  /** For UNSUPPORTED_VERSION: the version found on the wire. */
  readonly version: number | undefined;
  /** For INVALID_FIELD: a dotted path of the offending field, e.g. `alive.addr.port`. */
  readonly field: string | undefined;

  constructor(code: CodecErrorCode, message: string, details?: { version?: number; field?: string }) {
    super(message);
    this.code = code;
    this.version = details?.version;
    this.field = details?.field;
  }
}

/** The outcome of a decode: a value, or a typed error. Decoders never throw on input bytes. */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CodecError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: CodecErrorCode,
  message: string,
  details?: { version?: number; field?: string },
): Result<T> {
  return { ok: false, error: new CodecError(code, message, details) };
}

export function isCodecErrorCode(s: unknown): s is CodecErrorCode {
  return typeof s === "string" && (CODEC_ERROR_CODES as readonly string[]).includes(s);
}
