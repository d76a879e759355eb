/**
 * The phi-accrual detector inside engines, in the in-memory driver (PHI-31).
 */
import { describe, expect, it } from "vitest";
import { MemoryNetwork } from "../testing/network.js";

function cluster(n: number, latency: [number, number], seed: number) {
  const net = new MemoryNetwork({ seed, latency, defaults: { preset: "lan", detector: "phi" } });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    names.push(`n${i}`);
    net.addNode(`n${i}`);
  }
  for (let i = 1; i < n; i++) net.join(`n${i}`, ["n0"]);
  return { net, names };
}

const suspicionsOf = (net: MemoryNetwork, observer: string): string[] =>
  net
    .node(observer)
    .events.filter((e) => e.event.type === "member-suspect" || e.event.type === "member-dead")
    .map((e) =>
      e.event.type === "member-suspect" || e.event.type === "member-dead" ? e.event.member.name : "",
    );

describe("phi-accrual mode", () => {
  it("PHI-31: under latency jitter up to the probe interval (round trip) no live member is suspected", () => {
    const { net, names } = cluster(8, [1, 500], 3);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.run(300_000);
    for (const n of names) expect(suspicionsOf(net, n), n).toEqual([]);
    expect(net.converged(names)).toBe(true);
  });

  it("PHI-31: a crashed member is suspected and declared dead by every other member, and only it", () => {
    const { net, names } = cluster(8, [1, 50], 5);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.run(120_000); // build up arrival history
    net.kill("n3");
    const others = names.filter((n) => n !== "n3");
    const t0 = net.now;
    expect(net.runUntilTrue(() => others.every((o) => net.stateOf(o, "n3") === "dead"), 300_000)).toBe(true);
    const took = net.now - t0;
    for (const o of others) for (const s of suspicionsOf(net, o)) expect(s).toBe("n3");
    expect(took).toBeLessThan(300_000);
  });
});

describe("phi-accrual mode, member never heard from", () => {
  it("PHI-30 PHI-31: a member that crashes before any ack reached its observers is still declared dead", () => {
    const { net, names } = cluster(8, [1, 20], 9);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.kill("n6"); // right after joining: most observers never probed it yet
    const others = names.filter((n) => n !== "n6");
    expect(net.runUntilTrue(() => others.every((o) => net.stateOf(o, "n6") === "dead"), 300_000)).toBe(true);
    for (const o of others) for (const s of suspicionsOf(net, o)) expect(s).toBe("n6");
  });
});
