import { describe, expect, it } from "vitest";
import {
  LAN,
  LOCAL,
  PRESETS,
  pushPullInterval,
  resolveConfig,
  suspicionConfirmations,
  suspicionMinTimeout,
  suspicionTimeout,
  WAN,
} from "./config.js";
import { ConfigError } from "./errors.js";

const addr = { ip: new Uint8Array([127, 0, 0, 1]), port: 7946 };

describe("presets and formulas", () => {
  it("PRE-1, PRE-2: LAN, WAN and local presets carry the documented defaults; LAN is the default", () => {
    expect(LAN).toMatchObject({
      probeIntervalMs: 1000,
      probeTimeoutMs: 500,
      indirectChecks: 3,
      retransmitMult: 4,
      suspicionMult: 4,
      suspicionMaxTimeoutMult: 6,
      pushPullIntervalMs: 30_000,
      gossipIntervalMs: 200,
      gossipNodes: 3,
      gossipToTheDeadMs: 30_000,
      awarenessMaxMultiplier: 8,
      maxDatagramBytes: 1400,
    });
    expect(WAN).toMatchObject({
      probeIntervalMs: 5000,
      probeTimeoutMs: 3000,
      suspicionMult: 6,
      pushPullIntervalMs: 60_000,
      gossipIntervalMs: 500,
      gossipNodes: 4,
      gossipToTheDeadMs: 60_000,
    });
    expect(LOCAL).toMatchObject({
      probeTimeoutMs: 200,
      indirectChecks: 1,
      retransmitMult: 2,
      suspicionMult: 3,
      pushPullIntervalMs: 15_000,
      gossipIntervalMs: 100,
      gossipToTheDeadMs: 15_000,
    });
    expect(Object.keys(PRESETS)).toEqual(["lan", "wan", "local"]);
    expect(resolveConfig({ name: "a", cluster: "c", addr }).preset).toBe("lan");
    expect(resolveConfig({ name: "a", cluster: "c", addr }).probeTimeoutMs).toBe(500);
  });

  it("PRE-3: any parameter can be overridden; invalid values are rejected with a typed error", () => {
    const c = resolveConfig({ name: "a", cluster: "c", addr, preset: "wan", probeIntervalMs: 4000 });
    expect(c.probeIntervalMs).toBe(4000);
    expect(c.probeTimeoutMs).toBe(3000);
    expect(c.preset).toBe("wan");
  });

  it("PRE-3: a probe timeout longer than the interval is rejected", () => {
    expect(() => resolveConfig({ name: "a", cluster: "c", addr, probeIntervalMs: 100 })).toThrow(ConfigError);
    expect(() => resolveConfig({ name: "", cluster: "c", addr })).toThrow(
      expect.objectContaining({ code: "config-invalid" }),
    );
    expect(() =>
      resolveConfig({ name: "a", cluster: "c", addr: { ip: new Uint8Array(3), port: 1 } }),
    ).toThrow(ConfigError);
  });

  it("WIRE-7: a cluster name over 255 bytes of UTF-8 or with a lone surrogate is a ConfigError", () => {
    expect(resolveConfig({ name: "a", cluster: "c".repeat(255), addr }).cluster).toHaveLength(255);
    expect(resolveConfig({ name: "a", cluster: "é".repeat(127), addr }).cluster).toHaveLength(127);
    for (const cluster of ["c".repeat(256), "é".repeat(128), "bad\ud800name"])
      expect(() => resolveConfig({ name: "a", cluster, addr })).toThrow(
        expect.objectContaining({ code: "config-invalid" }),
      );
  });

  it("FD-12: min suspicion timeout = mult × max(1, log10(max(1, n))) × probe interval", () => {
    expect(suspicionMinTimeout(4, 1, 1000)).toBe(4000);
    expect(suspicionMinTimeout(4, 10, 1000)).toBe(4000);
    expect(suspicionMinTimeout(4, 100, 1000)).toBe(8000);
    expect(suspicionMinTimeout(4, 1000, 1000)).toBe(12000);
    expect(suspicionMinTimeout(4, 10_000, 1000)).toBe(16000);
    expect(suspicionMinTimeout(4, 50, 1000)).toBe(Math.floor(4 * Math.log10(50) * 1000));
  });

  it("FD-13: k = mult - 2 confirmations, 0 when fewer than k + 2 members", () => {
    expect(suspicionConfirmations(4, 10)).toBe(2);
    expect(suspicionConfirmations(4, 4)).toBe(2);
    expect(suspicionConfirmations(4, 3)).toBe(0);
    expect(suspicionConfirmations(6, 100)).toBe(4);
  });

  it("FD-14: timeout after c confirmations shrinks from max to min on a log scale", () => {
    expect(suspicionTimeout(0, 2, 4000, 24000)).toBe(24000);
    expect(suspicionTimeout(1, 2, 4000, 24000)).toBe(Math.floor(24000 - (Math.log(2) / Math.log(3)) * 20000));
    expect(suspicionTimeout(2, 2, 4000, 24000)).toBe(4000);
    expect(suspicionTimeout(5, 2, 4000, 24000)).toBe(4000);
    expect(suspicionTimeout(0, 0, 4000, 24000)).toBe(4000);
  });

  it("AE-3: push-pull interval is unchanged up to 32 members, then scales with log2", () => {
    expect(pushPullInterval(30_000, 1)).toBe(30_000);
    expect(pushPullInterval(30_000, 32)).toBe(30_000);
    expect(pushPullInterval(30_000, 33)).toBe(60_000);
    expect(pushPullInterval(30_000, 64)).toBe(60_000);
    expect(pushPullInterval(30_000, 100)).toBe(90_000);
    expect(pushPullInterval(30_000, 1000)).toBe(180_000);
    expect(pushPullInterval(30_000, 10_000)).toBe(300_000);
  });

  it("MEM-26: every preset keeps dead records at least as long as it gossips to the dead, and longer than updates circulate", () => {
    for (const p of Object.values(PRESETS)) {
      expect(p.deadRetentionMs).toBeGreaterThanOrEqual(p.gossipToTheDeadMs);
      // 20 transmissions (n = 10,000 at mult 4) at one per gossip interval.
      expect(p.leftRetentionMs).toBeGreaterThan(5 * p.retransmitMult * p.gossipIntervalMs);
    }
  });
});
