import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addressToString, bytesToIp, ipToBytes, parseHostPort, unmapIp } from "./address.js";
import { SeedError } from "./errors.js";

describe("addresses", () => {
  it("TRN-20: parses host:port, [v6]:port, bare hosts and DNS names", () => {
    expect(parseHostPort("10.0.0.1:8000", 7946)).toEqual({ host: "10.0.0.1", port: 8000 });
    expect(parseHostPort("10.0.0.1", 7946)).toEqual({ host: "10.0.0.1", port: 7946 });
    expect(parseHostPort("[fd00::1]:9", 7946)).toEqual({ host: "fd00::1", port: 9 });
    expect(parseHostPort("[fd00::1]", 7946)).toEqual({ host: "fd00::1", port: 7946 });
    expect(parseHostPort("fd00::1", 7946)).toEqual({ host: "fd00::1", port: 7946 });
    expect(parseHostPort("gossip.internal:7000", 7946)).toEqual({ host: "gossip.internal", port: 7000 });
  });

  it("TRN-20: rejects malformed seeds with SeedError", () => {
    for (const bad of ["", ":", "host:", "host:99999", "host:abc", "[fd00::1", "[1.2.3.4]:5", "a:b:c"]) {
      expect(() => parseHostPort(bad, 7946), bad).toThrow(SeedError);
    }
  });

  it("round-trips IPv4 and IPv6 bytes", () => {
    expect(Array.from(ipToBytes("127.0.0.1"))).toEqual([127, 0, 0, 1]);
    expect(bytesToIp(ipToBytes("::1"))).toBe("::1");
    expect(bytesToIp(ipToBytes("fd00:0:0:0:0:0:0:1"))).toBe("fd00::1");
    expect(bytesToIp(ipToBytes("::ffff:10.1.2.3"))).toBe("::ffff:a01:203");
    expect(addressToString({ ip: ipToBytes("::1"), port: 5 })).toBe("[::1]:5");
    expect(unmapIp("::ffff:10.1.2.3")).toBe("10.1.2.3");
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (b) => {
        expect(Array.from(ipToBytes(bytesToIp(b)))).toEqual(Array.from(b));
      }),
    );
    fc.assert(
      fc.property(fc.ipV4(), (ip) => {
        expect(bytesToIp(ipToBytes(ip))).toBe(ip.replace(/\b0+(\d)/g, "$1"));
      }),
    );
  });
});
