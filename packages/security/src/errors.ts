/**
 * Typed errors of @gossip/security. Every error carries a stable string
 * `code`; callers switch on the code, never on the message text.
 *
 * Bytes received from the network never throw: verification functions return
 * a verdict with a reason (see {@link VerifyReason}). Errors are thrown only for
 * local misuse (a bad key given to the API, removing the primary key, ...).
 */
export type SecurityErrorCode =
  | "SEC_BAD_KEY"
  | "SEC_KEY_EXISTS"
  | "SEC_KEY_ID_COLLISION"
  | "SEC_UNKNOWN_KEY"
  | "SEC_REMOVE_PRIMARY"
  | "SEC_NO_PRIMARY"
  | "SEC_BAD_CERTIFICATE"
  | "SEC_BAD_REVOCATION"
  | "SEC_BAD_ARGUMENT"
  | "SEC_BAD_KEY_FILE";

export class SecurityError extends Error {
  readonly code: SecurityErrorCode;
  constructor(code: SecurityErrorCode, message: string) {
    super(message);
    this.name = "SecurityError";
    this.code = code;
  }
}

/** A pre-shared key, key id, or key pair given to the API is malformed. */
export class BadKeyError extends SecurityError {
  constructor(message: string) {
    super("SEC_BAD_KEY", message);
    this.name = "BadKeyError";
  }
}

/** Keyring misuse: unknown key, duplicate key, id collision, removing the primary. */
export class KeyringError extends SecurityError {
  constructor(
    code:
      | "SEC_KEY_EXISTS"
      | "SEC_KEY_ID_COLLISION"
      | "SEC_UNKNOWN_KEY"
      | "SEC_REMOVE_PRIMARY"
      | "SEC_NO_PRIMARY",
    message: string,
  ) {
    super(code, message);
    this.name = "KeyringError";
  }
}

/** A certificate could not be parsed or built (see {@link CertificateReason} for the detail). */
export class CertificateError extends SecurityError {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super("SEC_BAD_CERTIFICATE", message);
    this.name = "CertificateError";
    this.reason = reason;
  }
}

export class RevocationError extends SecurityError {
  readonly reason: string;
  constructor(reason: string, message: string) {
    super("SEC_BAD_REVOCATION", message);
    this.name = "RevocationError";
    this.reason = reason;
  }
}

export class ArgumentError extends SecurityError {
  constructor(message: string) {
    super("SEC_BAD_ARGUMENT", message);
    this.name = "ArgumentError";
  }
}

export class KeyFileError extends SecurityError {
  constructor(message: string) {
    super("SEC_BAD_KEY_FILE", message);
    this.name = "KeyFileError";
  }
}
