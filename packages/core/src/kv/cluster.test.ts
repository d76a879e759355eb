/**
 * Key/value state and user events across engines in the in-memory driver.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { EngineConfig } from "../config.js";
import { alive, Harness, ip4 } from "../testing/harness.js";
import { MemoryNetwork } from "../testing/network.js";

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
const str = (v: Uint8Array | undefined): string | undefined =>
  v === undefined ? undefined : new TextDecoder().decode(v);

function cluster(
  n: number,
  opts: ConstructorParameters<typeof MemoryNetwork>[0] = {},
  config: Partial<EngineConfig> = {},
) {
  const net = new MemoryNetwork({ seed: 11, defaults: { preset: "lan", ...config }, ...opts });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    names.push(`n${i}`);
    net.addNode(`n${i}`);
  }
  for (let i = 1; i < n; i++) net.join(`n${i}`, ["n0"]);
  return { net, names };
}

/** Every live node holds, for every owner, exactly the owner's own keys. */
function kvConverged(net: MemoryNetwork, owners: readonly string[]): boolean {
  // Cheap test first: the same version of every owner everywhere.
  for (const owner of owners) {
    const v = net.node(owner).engine.app.kv.maxVersion(owner);
    for (const n of net.live()) if (n.engine.app.kv.maxVersion(owner) !== v) return false;
  }
  for (const owner of owners) {
    const truth = JSON.stringify([...net.node(owner).engine.keysOf(owner)].map(([k, v]) => [k, str(v)]));
    for (const n of net.live()) {
      if (JSON.stringify([...n.engine.keysOf(owner)].map(([k, v]) => [k, str(v)])) !== truth) return false;
    }
  }
  return true;
}

describe("key/value state across engines", () => {
  it("KV-43 KV-44: 50 nodes each writing keys converge to the same view, with loss", () => {
    const { net, names } = cluster(50, { loss: 0.05, latency: [1, 20] });
    expect(net.runUntilTrue(() => net.converged(names), 60_000)).toBe(true);
    names.forEach((name, i) => {
      const e = net.node(name).engine;
      e.setKey("port", b(String(7000 + i)), undefined, net.now);
      e.setKey("role", b(i % 2 === 0 ? "even" : "odd"), undefined, net.now);
      if (i % 5 === 0) e.deleteKey("role", net.now);
    });
    const t0 = net.now;
    expect(net.runUntilTrue(() => kvConverged(net, names), 120_000)).toBe(true);
    const took = net.now - t0;
    const n7 = net.node("n7").engine;
    expect(str(n7.getKey("n42", "port"))).toBe("7042");
    expect(n7.getKey("n10", "role")).toBeUndefined();
    expect(str(n7.getKey("n11", "role"))).toBe("odd");
    expect(took).toBeLessThan(120_000);
  });

  it("KV-60: a remote node reports key changes with old and new values", () => {
    const { net, names } = cluster(5);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    const a = net.node("n1").engine;
    a.setKey("color", b("red"), undefined, net.now);
    expect(net.runUntilTrue(() => str(net.node("n3").engine.getKey("n1", "color")) === "red", 30_000)).toBe(
      true,
    );
    a.setKey("color", b("blue"), undefined, net.now);
    expect(net.runUntilTrue(() => str(net.node("n3").engine.getKey("n1", "color")) === "blue", 30_000)).toBe(
      true,
    );
    a.deleteKey("color", net.now);
    expect(net.runUntilTrue(() => net.node("n3").engine.getKey("n1", "color") === undefined, 30_000)).toBe(
      true,
    );
    const changes = net
      .node("n3")
      .events.map((e) => e.event)
      .filter((e) => e.type === "key-changed")
      .map((e) => (e.type === "key-changed" ? [e.node, e.key, str(e.oldValue), str(e.newValue)] : []));
    expect(changes).toEqual([
      ["n1", "color", undefined, "red"],
      ["n1", "color", "red", "blue"],
      ["n1", "color", "blue", undefined],
    ]);
  });

  it("KV-15: a key with a TTL disappears from every node once the owner's clock passes it", () => {
    const { net, names } = cluster(10);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    const owner = net.node("n4").engine;
    owner.setKey("lease", b("held"), { ttlMs: 5_000 }, net.now);
    owner.setKey("stable", b("yes"), undefined, net.now);
    const t0 = net.now;
    expect(
      net.runUntilTrue(
        () => names.every((n) => str(net.node(n).engine.getKey("n4", "lease")) === "held"),
        4_000,
      ),
    ).toBe(true);
    expect(
      net.runUntilTrue(
        () => names.every((n) => net.node(n).engine.getKey("n4", "lease") === undefined),
        30_000,
      ),
    ).toBe(true);
    expect(net.now - t0).toBeGreaterThanOrEqual(5_000);
    for (const n of names) expect(str(net.node(n).engine.getKey("n4", "stable"))).toBe("yes");
  });

  it("KV-35: a reaped member's keys vanish from the survivors", () => {
    const { net, names } = cluster(6, {}, { deadRetentionMs: 5_000 });
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.node("n5").engine.setKey("k", b("v"), undefined, net.now);
    expect(net.runUntilTrue(() => kvConverged(net, names), 30_000)).toBe(true);
    net.kill("n5");
    const others = names.slice(0, 5);
    expect(
      net.runUntilTrue(() => others.every((o) => net.node(o).engine.keysOf("n5").size === 0), 120_000),
    ).toBe(true);
  });

  it("KV-13: a restarted node's new keys replace its old ones everywhere", () => {
    const { net, names } = cluster(6);
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    net.node("n2").engine.setKey("old", b("1"), undefined, net.now);
    net.node("n2").engine.setKey("both", b("1"), undefined, net.now);
    expect(net.runUntilTrue(() => kvConverged(net, names), 30_000)).toBe(true);
    // Restart without a higher initial version: KV-14 recovers from the versions peers still hold.
    net.restart("n2");
    net.join("n2", ["n0"]);
    net.node("n2").engine.setKey("both", b("2"), undefined, net.now);
    expect(
      net.runUntilTrue(
        () =>
          kvConverged(net, names) &&
          names.every(
            (n) =>
              net.node(n).engine.getKey("n2", "old") === undefined &&
              str(net.node(n).engine.getKey("n2", "both")) === "2",
          ),
        120_000,
      ),
    ).toBe(true);
  });
});

describe("user events across engines", () => {
  it("EVT-3 EVT-10 EVT-31: an event reaches every live node exactly once", () => {
    const { net, names } = cluster(50, { loss: 0.05, latency: [1, 20] });
    expect(net.runUntilTrue(() => net.converged(names), 60_000)).toBe(true);
    net.kill("n33");
    const live = names.filter((n) => n !== "n33");
    const id = net.node("n5").engine.broadcastEvent("deploy", b("v42"), net.now);
    const count = (n: string) =>
      net
        .node(n)
        .events.filter(
          (e) => e.event.type === "user-event" && e.event.origin === "n5" && e.event.name === "deploy",
        ).length;
    expect(net.runUntilTrue(() => live.every((n) => count(n) >= 1), 60_000)).toBe(true);
    net.run(30_000); // let every copy die out
    for (const n of live) expect(count(n), n).toBe(1);
    const e = net.node("n17").events.find((x) => x.event.type === "user-event")?.event;
    expect(e?.type === "user-event" && str(e.payload)).toBe("v42");
    expect(e?.type === "user-event" && [...e.id]).toEqual([...id]);
  });

  it("EVT-10: many events from many origins are each delivered once per node", () => {
    const { net, names } = cluster(12, { loss: 0.1 });
    expect(net.runUntilTrue(() => net.converged(names), 30_000)).toBe(true);
    for (let i = 0; i < 12; i++) net.node(`n${i}`).engine.broadcastEvent(`e${i}`, b(String(i)), net.now);
    net.run(60_000);
    for (const n of names) {
      const got = net
        .node(n)
        .events.filter((e) => e.event.type === "user-event")
        .map((e) => (e.event.type === "user-event" ? e.event.name : ""))
        .sort();
      expect(new Set(got).size, n).toBe(got.length);
      expect(got.length, n).toBeGreaterThanOrEqual(11);
    }
  });
});

describe("determinism", () => {
  it("same seed, same key/value and event traffic: the same outputs, byte for byte", () => {
    const trace = () => {
      const h = createHash("sha256");
      const net = new MemoryNetwork({
        seed: 5,
        loss: 0.05,
        latency: [1, 20],
        defaults: { preset: "lan" },
        onOutput: (node, o, at) => {
          h.update(`${node}|${at}|${o.kind}|`);
          if (o.kind === "datagram" || o.kind === "stream-request" || o.kind === "stream-reply")
            h.update(o.bytes);
          else if (o.kind === "event")
            h.update(JSON.stringify(o.event, (_k, v) => (v instanceof Uint8Array ? [...v] : v)));
        },
      });
      for (let i = 0; i < 8; i++) net.addNode(`n${i}`);
      for (let i = 1; i < 8; i++) net.join(`n${i}`, ["n0"]);
      net.run(5_000);
      for (let i = 0; i < 8; i++)
        net.node(`n${i}`).engine.setKey(`k${i}`, b(String(i)), { ttlMs: 3_000 }, net.now);
      net.node("n3").engine.broadcastEvent("e", b("x"), net.now);
      net.run(20_000);
      return h.digest("hex");
    };
    expect(trace()).toBe(trace());
  });
});

describe("fair sharing of the datagram budget", () => {
  it("KV-44 EVT-31: with a thousand membership updates queued, key/value deltas and events still ride the next datagram", () => {
    const h = new Harness();
    // 1,000 members announce themselves: the membership class fills with their alive updates.
    for (let i = 1; i <= 1000; i += 20) {
      const batch = [];
      for (let j = i; j < i + 20; j++) batch.push(alive(`m${j}`, 0, ip4(10, 1, j >> 8, j & 255)));
      h.datagram(ip4(10, 1, i >> 8, i & 255), ...batch);
    }
    expect(h.engine.pendingBroadcasts("membership")).toBeGreaterThan(500);
    h.engine.setKey("k", b("v"), undefined, h.now);
    h.engine.broadcastEvent("e", b("p"), h.now);
    const sent = h.datagram(ip4(10, 1, 0, 5), {
      type: "ping",
      seq: 1,
      target: "self",
      source: "m5",
      sourceAddr: undefined,
    });
    const ack = sent.find((s) => s.kind === "datagram");
    const types = ack?.kind === "datagram" ? ack.messages.map((m) => m.type) : [];
    expect(types[0]).toBe("ack");
    expect(types).toContain("alive");
    expect(types).toContain("kv-delta");
    expect(types).toContain("user-event");
  });
});
