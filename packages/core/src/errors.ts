/** Errors thrown by the engine's API (never by network input, which is counted and dropped). */
export class EngineError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "EngineError";
    this.code = code;
  }
}

/** A configuration value is out of range or missing. Code `config-invalid`. */
export class ConfigError extends EngineError {
  constructor(message: string) {
    super("config-invalid", message);
    this.name = "ConfigError";
  }
}
