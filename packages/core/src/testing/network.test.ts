import { describe, expect, it } from "vitest";
import { MemoryNetwork } from "./network.js";

function cluster(
  n: number,
  opts: ConstructorParameters<typeof MemoryNetwork>[0] = {},
): { net: MemoryNetwork; names: string[] } {
  const net = new MemoryNetwork({ seed: 7, defaults: { preset: "local" }, ...opts });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    const name = `n${i}`;
    names.push(name);
    net.addNode(name);
  }
  for (let i = 1; i < n; i++) net.join(`n${i}`, ["n0"]);
  return { net, names };
}

describe("in-memory cluster", () => {
  it("MEM-1, AE-1: 5 nodes join through one seed and converge", () => {
    const { net, names } = cluster(5);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
  });

  it("MEM-1, DIS-1: 50 nodes join with 5% loss and converge", () => {
    const { net, names } = cluster(50, { loss: 0.05, latency: [1, 20], defaults: { preset: "lan" } });
    const t0 = net.now;
    expect(net.runUntilTrue(() => net.converged(names), 60_000)).toBe(true);
    console.log(`50 nodes converged after ${net.now - t0} ms virtual, ${net.inputs} inputs`);
  });

  it("FD-1, FD-10: a killed node is declared dead by every other node", () => {
    const { net, names } = cluster(20, { loss: 0.02 });
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.kill("n7");
    const others = names.filter((n) => n !== "n7");
    const t0 = net.now;
    const ok = net.runUntilTrue(() => others.every((o) => net.stateOf(o, "n7") === "dead"), 60_000);
    expect(ok).toBe(true);
    console.log(`kill detected by all after ${net.now - t0} ms`);
    // No false positives on the way.
    for (const o of others) {
      for (const e of net.node(o).events) {
        if (e.event.type === "member-dead") expect(e.event.member.name).toBe("n7");
      }
    }
  });

  it("AE-10: a partitioned cluster re-converges after healing, without a manual rejoin", () => {
    const { net, names } = cluster(16);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    const a = names.slice(0, 8);
    const b = names.slice(8);
    net.partition(a, b);
    // Each side declares the other dead.
    expect(
      net.runUntilTrue(() => a.every((x) => b.every((y) => net.stateOf(x, y) === "dead")), 120_000),
    ).toBe(true);
    net.heal();
    // AE-10: push-pull with members believed dead heals the partition without a manual rejoin.
    const t0 = net.now;
    expect(net.runUntilTrue(() => net.converged(names), 120_000)).toBe(true);
    console.log(`partition healed after ${net.now - t0} ms`);
  });

  it("MEM-30: a restarted node rejoins with a higher incarnation and is not marked dead", () => {
    const { net, names } = cluster(12);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    const before = net.node("n0").engine.member("n5")?.incarnation ?? -1;
    net.kill("n5");
    expect(
      net.runUntilTrue(() => names.every((o) => o === "n5" || net.stateOf(o, "n5") === "dead"), 60_000),
    ).toBe(true);
    const fresh = net.restart("n5");
    net.join("n5", ["n1"]);
    expect(net.runUntilTrue(() => net.converged(names), 60_000)).toBe(true);
    expect(fresh.engine.incarnation()).toBeGreaterThan(before);
    // Stays alive afterwards everywhere.
    net.run(30_000);
    expect(net.converged(names)).toBe(true);
    for (const o of names) {
      if (o === "n5") continue;
      const deaths = net
        .node(o)
        .events.filter((e) => e.event.type === "member-dead" && e.event.member.name === "n5" && e.at > 0);
      expect(deaths.length).toBeLessThanOrEqual(1);
    }
  });

  it("FD-9: a node whose datagrams are blocked but streams work is not declared dead", () => {
    const { net, names } = cluster(8, { defaults: { preset: "lan" } });
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.node("n3").datagramsBlocked = true;
    net.run(90_000);
    for (const n of names) {
      const deaths = net.node(n).events.filter((e) => e.event.type === "member-dead");
      expect(deaths).toEqual([]);
    }
    expect(net.converged(names)).toBe(true);
    expect(net.node("n0").engine.stats().streamProbeRescues).toBeGreaterThan(0);
  });

  it("MEM-11, MEM-30: a node restarted before anyone noticed takes over its old record without a death", () => {
    const { net, names } = cluster(10, { defaults: { preset: "lan" } });
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.kill("n4");
    // Restarted at incarnation 0 with new metadata: the old record (alive at 0, other meta)
    // makes it refute (MEM-11) and the new meta spreads.
    const fresh = net.restart("n4", { meta: new Uint8Array([7]) });
    net.join("n4", ["n0"]);
    net.run(60_000);
    expect(net.converged(names)).toBe(true);
    expect(fresh.engine.incarnation()).toBe(1);
    for (const n of names) expect(net.node(n).engine.member("n4")?.meta).toEqual(new Uint8Array([7]));
    for (const n of names) {
      expect(net.node(n).events.filter((e) => e.event.type === "member-dead")).toEqual([]);
    }
  });
});
