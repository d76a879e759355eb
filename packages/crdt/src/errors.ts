/**
 * Typed errors of the CRDT package. Every error has a stable string `code`.
 * Bytes from the network never throw: decoders return these in a `Result`.
 */
export type CrdtErrorCode =
  | "CRDT_MALFORMED"
  | "CRDT_TYPE_MISMATCH"
  | "CRDT_INVALID_ARGUMENT"
  | "CRDT_LIMIT"
  | "CRDT_OVERFLOW"
  | "CRDT_POLICY";

export class CrdtError extends Error {
  readonly code: CrdtErrorCode;
  constructor(code: CrdtErrorCode, message: string) {
    super(message);
    this.name = "CrdtError";
    this.code = code;
  }
}

/** State bytes or a JSON form that do not follow spec/13-crdt.md (CRDT-10..17). */
export class CrdtMalformedError extends CrdtError {
  constructor(message: string) {
    super("CRDT_MALFORMED", message);
    this.name = "CrdtMalformedError";
  }
}

/** A key holds a CRDT of another type than the one asked for or received. */
export class CrdtTypeMismatchError extends CrdtError {
  readonly key: string;
  readonly expected: string;
  readonly actual: string;
  constructor(key: string, expected: string, actual: string) {
    super("CRDT_TYPE_MISMATCH", `key ${JSON.stringify(key)} holds ${expected}, not ${actual}`);
    this.name = "CrdtTypeMismatchError";
    this.key = key;
    this.expected = expected;
    this.actual = actual;
  }
}

/** A local API call with an argument outside its domain. */
export class CrdtInvalidArgumentError extends CrdtError {
  constructor(message: string) {
    super("CRDT_INVALID_ARGUMENT", message);
    this.name = "CrdtInvalidArgumentError";
  }
}

/** A configured bound (keys, state size, nesting depth) would be exceeded. */
export class CrdtLimitError extends CrdtError {
  constructor(message: string) {
    super("CRDT_LIMIT", message);
    this.name = "CrdtLimitError";
  }
}

/** A counter would leave the unsigned 64-bit range. */
export class CrdtOverflowError extends CrdtError {
  constructor(message: string) {
    super("CRDT_OVERFLOW", message);
    this.name = "CrdtOverflowError";
  }
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: CrdtError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T>(error: CrdtError): Result<T> {
  return { ok: false, error };
}
