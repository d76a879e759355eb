/**
 * Typed errors of the Node.js runtime. Every error has a stable string `code`
 * that callers can switch on; messages are for humans and may change.
 */
export class GossipError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An option is missing, unknown, of the wrong type, or out of range. */
export class ConfigError extends GossipError {
  /** The option's path, e.g. `join.retryInitialMs`; `""` for the whole object. */
  readonly option: string;
  /** The allowed values, when the option is an enumeration. */
  readonly allowed: readonly unknown[] | undefined;
  constructor(option: string, message: string, allowed?: readonly unknown[]) {
    super("CONFIG_INVALID", message);
    this.option = option;
    this.allowed = allowed;
  }
}

/** A socket could not be bound (address in use, address not available, permission). */
export class BindError extends GossipError {
  readonly address: string;
  readonly port: number;
  constructor(address: string, port: number, cause: unknown) {
    const sys = (cause as NodeJS.ErrnoException | undefined)?.code;
    super(
      sys === "EADDRINUSE" ? "BIND_ADDRESS_IN_USE" : "BIND_FAILED",
      `cannot bind ${formatHostPort(address, port)}: ${sys ?? String(cause)}`,
      { cause },
    );
    this.address = address;
    this.port = port;
  }
}

/** A seed could not be parsed or resolved. */
export class SeedError extends GossipError {
  readonly seed: string;
  constructor(seed: string, message: string, cause?: unknown) {
    super("SEED_INVALID", message, { cause });
    this.seed = seed;
  }
}

/** `join()` found no reachable member before its deadline. */
export class JoinError extends GossipError {
  readonly attempts: number;
  constructor(attempts: number, message: string) {
    super("JOIN_FAILED", message);
    this.attempts = attempts;
  }
}

/** The node is closed (or closing) and cannot do what was asked. */
export class ClosedError extends GossipError {
  constructor(what: string) {
    super("NODE_CLOSED", `${what}: the node is closed`);
  }
}

/** The engine in use does not implement this operation. */
export class NotSupportedError extends GossipError {
  constructor(what: string) {
    super("NOT_SUPPORTED", `${what} is not supported by this engine`);
  }
}

/** The persisted state in the data directory could not be read or written. */
export class PersistenceError extends GossipError {
  readonly path: string;
  constructor(path: string, message: string, cause?: unknown) {
    super("PERSISTENCE_FAILED", message, { cause });
    this.path = path;
  }
}

export function formatHostPort(host: string, port: number): string {
  return host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
}
