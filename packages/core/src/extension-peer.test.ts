// Per-peer extension hooks (spec/13-crdt.md CRDT-71, CRDT-72): an extension
// piggybacks per target and learns the peer of each push-pull exchange.
import type { CrdtDelta, Message } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import type { MemberInfo } from "./io.js";
import { MemoryNetwork } from "./testing/network.js";

const delta = (key: string, bytes = 8): CrdtDelta => ({
  type: "crdt-delta",
  key,
  crdtType: "g-counter",
  state: new Uint8Array(bytes),
  full: false,
  replication: undefined,
  ttlMs: 0,
  origin: "n0",
});

describe("engine extension hooks with the peer", () => {
  it("CRDT-72: piggyback is asked per target member; its messages reach only that target; oversized ones are not sent", () => {
    const net = new MemoryNetwork({ seed: 7, defaults: { preset: "local" } });
    const names = ["n0", "n1", "n2", "n3", "n4"];
    for (const n of names) net.addNode(n);
    for (const n of names.slice(1)) net.join(n, ["n0"]);
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);

    const asked: string[] = [];
    let sent = 0;
    net.node("n0").engine.addExtension({
      types: [],
      handle() {},
      hasPiggyback: () => sent < 10,
      piggyback(target: MemberInfo, room: number, limit: number): Message[] {
        asked.push(target.name);
        expect(room).toBeGreaterThan(0);
        expect(limit).toBeGreaterThan(0);
        if (target.name !== "n2") return [];
        sent++;
        // The second one cannot fit any datagram: dropped by the engine, never sent.
        return [delta(`for-${target.name}`), delta("too-big", 70_000)];
      },
    });
    const got: [string, string][] = [];
    for (const n of names.slice(1)) {
      net.node(n).engine.addExtension({
        types: ["crdt-delta"],
        handle(m) {
          got.push([n, (m as CrdtDelta).key]);
        },
      });
    }
    net.run(20_000);
    expect(new Set(asked).size).toBeGreaterThan(1);
    expect(asked.every((n) => names.includes(n) && n !== "n0")).toBe(true);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every(([n, k]) => n === "n2" && k === "for-n2")).toBe(true);
  });

  it("CRDT-71: pushPullFields and mergePushPull name the exchange's peer when its address is a member's", () => {
    const net = new MemoryNetwork({ seed: 3, defaults: { preset: "local" } });
    const names = ["n0", "n1", "n2"];
    for (const n of names) net.addNode(n);
    for (const n of names.slice(1)) net.join(n, ["n0"]);
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);
    const fields: (string | undefined)[] = [];
    const merged: (string | undefined)[] = [];
    net.node("n1").engine.addExtension({
      types: [],
      handle() {},
      pushPullFields(_join, peer) {
        fields.push(peer?.name);
        return {};
      },
      mergePushPull(_pp, _now, from) {
        merged.push(from?.name);
      },
    });
    net.run(120_000);
    expect(fields.length).toBeGreaterThan(0);
    expect(merged.length).toBeGreaterThan(0);
    // Every exchange n1 took part in is with a member it can name (the in-memory network uses member addresses).
    for (const p of [...fields, ...merged]) expect(["n0", "n2"]).toContain(p);
  });

  it("an extension that declares usesPeer: false is not given the peer (the engine skips the member scan)", () => {
    const net = new MemoryNetwork({ seed: 3, defaults: { preset: "local" } });
    const names = ["n0", "n1", "n2"];
    for (const n of names) net.addNode(n);
    for (const n of names.slice(1)) net.join(n, ["n0"]);
    expect(net.runUntilTrue(() => net.converged(names), 30_000, 200)).toBe(true);
    const seen: (string | undefined)[] = [];
    net.node("n1").engine.addExtension({
      types: [],
      handle() {},
      usesPeer: false,
      pushPullFields(_join, peer) {
        seen.push(peer?.name);
        return {};
      },
      mergePushPull(_pp, _now, from) {
        seen.push(from?.name);
      },
    });
    net.run(120_000);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((p) => p === undefined)).toBe(true);
  });
});
