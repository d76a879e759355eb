import { describe, expect, it } from "vitest";
import { decodeMeta, encodeMeta, resolveConfig } from "./config.js";
import { ConfigError } from "./errors.js";

function configError(input: unknown): ConfigError {
  try {
    resolveConfig(input);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as ConfigError).code).toBe("CONFIG_INVALID");
    return err as ConfigError;
  }
  throw new Error("no error");
}

describe("configuration", () => {
  it("TRN-35: defaults are the LAN preset over UDP+TCP on 0.0.0.0:7946", () => {
    const c = resolveConfig({});
    expect(c.preset).toBe("lan");
    expect(c.transport).toBe("udp");
    expect(c.bindAddress).toBe("0.0.0.0");
    expect(c.bindPort).toBe(7946);
    expect(c.cluster).toBe("default");
    expect(c.join.retryInitialMs).toBe(1000);
    expect(resolveConfig(undefined).preset).toBe("lan");
  });

  it("TRN-22: names an enum option and its allowed values", () => {
    const e = configError({ transport: "quic" });
    expect(e.option).toBe("transport");
    expect(e.allowed).toEqual(["udp", "tcp", "http"]);
    expect(e.message).toContain('"quic" is not one of "udp", "tcp", "http"');
    expect(configError({ preset: "fast" }).allowed).toEqual(["lan", "wan", "local"]);
  });

  it("TRN-22: names unknown options, including nested ones", () => {
    const e = configError({ bindport: 1 });
    expect(e.option).toBe("bindport");
    expect(e.message).toContain("bindPort");
    expect(configError({ protocol: { probeInterval: 5 } }).option).toBe("protocol.probeInterval");
  });

  it("TRN-22: names wrong types, ranges and formats", () => {
    expect(configError({ bindPort: 70000 }).message).toContain("out of range 0..65535");
    expect(configError({ bindPort: "7946" }).message).toContain("expected integer");
    expect(configError({ bindAddress: "localhost" }).option).toBe("bindAddress");
    expect(configError({ seeds: "a:1" }).option).toBe("seeds");
    expect(configError({ join: { retryInitialMs: 0 } }).option).toBe("join.retryInitialMs");
    expect(configError({ join: { retryInitialMs: 10, retryMaxMs: 5 } }).option).toBe("join.retryMaxMs");
    expect(configError({ advertiseAddress: "0.0.0.0" }).option).toBe("advertiseAddress");
    expect(configError({ meta: { big: "x".repeat(600) } }).option).toBe("meta");
    expect(configError({ meta: { n: 1 } }).option).toBe("meta.n");
    expect(configError(42).option).toBe("");
  });

  it("metadata is canonical JSON of string pairs", () => {
    const b = encodeMeta({ z: "1", a: "2" });
    expect(new TextDecoder().decode(b)).toBe('{"a":"2","z":"1"}');
    expect(decodeMeta(b)).toEqual({ a: "2", z: "1" });
    expect(encodeMeta({}).length).toBe(0);
    expect(decodeMeta(new Uint8Array([0xff]))).toEqual({});
  });
});
