import { describe, expect, it } from "vitest";
import { alive, eventsOf, Harness, ip4, messagesOf } from "./testing/harness.js";

const A = ip4(10, 0, 0, 2);
const B = ip4(10, 0, 0, 3);

function stateOf(h: Harness, name: string): string | undefined {
  return h.engine.member(name)?.state;
}

describe("membership", () => {
  it("MEM-3, MEM-21: a node starts alive at its initial (persisted) incarnation and announces itself", () => {
    const h = new Harness({}, { incarnation: 7 });
    expect(h.engine.member("self")).toMatchObject({ state: "alive", incarnation: 7 });
    h.datagram(A, alive("a", 1, A));
    const out = h.advance(300); // a gossip round
    const alives = messagesOf(out, "alive").filter((m) => m.node === "self");
    expect(alives.length).toBeGreaterThan(0);
    expect(alives[0]?.incarnation).toBe(7);
  });

  it("MEM-5: an alive about an unknown member adds it and emits member-joined", () => {
    const h = new Harness();
    const out = h.datagram(A, alive("a", 3, A));
    expect(stateOf(h, "a")).toBe("alive");
    expect(eventsOf(out, "member-joined").map((e) => e.member.name)).toEqual(["a"]);
  });

  it("MEM-4: alive at the same or a lower incarnation is ignored", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 3, A));
    h.datagram(A, { type: "suspect", node: "a", incarnation: 3, from: "x" });
    expect(stateOf(h, "a")).toBe("suspect");
    h.datagram(A, alive("a", 3, A));
    expect(stateOf(h, "a")).toBe("suspect");
    h.datagram(A, alive("a", 2, A));
    expect(stateOf(h, "a")).toBe("suspect");
  });

  it("MEM-6: alive at a higher incarnation ends a suspicion (member-alive) and revives the dead (member-joined)", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 1, A));
    h.datagram(A, { type: "suspect", node: "a", incarnation: 1, from: "x" });
    let out = h.datagram(A, alive("a", 2, A));
    expect(stateOf(h, "a")).toBe("alive");
    expect(eventsOf(out, "member-alive")).toHaveLength(1);
    h.datagram(A, { type: "dead", node: "a", incarnation: 2, from: "x" });
    expect(stateOf(h, "a")).toBe("dead");
    out = h.datagram(A, alive("a", 3, A));
    expect(stateOf(h, "a")).toBe("alive");
    expect(eventsOf(out, "member-joined")).toHaveLength(1);
    expect(h.engine.stats().suspicionsRefuted).toBe(1);
  });

  it("MEM-4: at equal incarnation left beats dead beats suspect beats alive", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 4, A));
    h.datagram(A, { type: "dead", node: "a", incarnation: 4, from: "x" });
    h.datagram(A, { type: "suspect", node: "a", incarnation: 4, from: "y" });
    expect(stateOf(h, "a")).toBe("dead");
    h.datagram(A, { type: "leave", node: "a", incarnation: 4 });
    expect(stateOf(h, "a")).toBe("left");
    h.datagram(A, { type: "dead", node: "a", incarnation: 4, from: "x" });
    expect(stateOf(h, "a")).toBe("left");
    // A higher incarnation beats any state at a lower one.
    h.datagram(A, { type: "suspect", node: "a", incarnation: 5, from: "y" });
    expect(stateOf(h, "a")).toBe("suspect");
  });

  it("MEM-7, MEM-8: a down record about an unknown member is kept without address and adopts one later", () => {
    const h = new Harness();
    h.datagram(A, { type: "dead", node: "ghost", incarnation: 5, from: "x" });
    expect(h.engine.member("ghost")).toBeUndefined();
    expect(h.engine.knownMembers()).toBe(2);
    h.datagram(A, alive("ghost", 3, B));
    expect(h.engine.member("ghost")).toMatchObject({ state: "dead", incarnation: 5 });
  });

  it("MEM-10: a suspicion about self at an incarnation >= own is refuted with incarnation + 1", () => {
    const h = new Harness({}, { incarnation: 2 });
    h.datagram(A, alive("a", 1, A));
    h.datagram(A, { type: "suspect", node: "self", incarnation: 2, from: "a" });
    expect(h.engine.incarnation()).toBe(3);
    expect(h.engine.member("self")?.state).toBe("alive");
    expect(h.engine.stats().refutations).toBe(1);
    // A stale suspicion (lower incarnation) is not refuted again.
    h.datagram(A, { type: "suspect", node: "self", incarnation: 2, from: "a" });
    expect(h.engine.incarnation()).toBe(3);
    // The refutation is gossiped.
    const out = h.advance(1000);
    expect(messagesOf(out, "alive").some((m) => m.node === "self" && m.incarnation === 3)).toBe(true);
  });

  it("MEM-10, MEM-20: dead or left about self at a higher incarnation is refuted above it", () => {
    const h = new Harness();
    h.datagram(A, { type: "dead", node: "self", incarnation: 9, from: "a" });
    expect(h.engine.incarnation()).toBe(10);
    h.datagram(A, { type: "leave", node: "self", incarnation: 10 });
    expect(h.engine.incarnation()).toBe(11);
    expect(h.engine.member("self")?.state).toBe("alive");
  });

  it("MEM-11: alive about self at a higher incarnation is refuted", () => {
    const h = new Harness();
    h.datagram(A, alive("self", 4, ip4(10, 0, 0, 1)));
    expect(h.engine.incarnation()).toBe(5);
  });

  it("MEM-12: incarnations of members never decrease", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 8, A));
    h.datagram(A, alive("a", 3, A));
    h.datagram(A, { type: "dead", node: "a", incarnation: 2, from: "x" });
    expect(h.engine.member("a")?.incarnation).toBe(8);
    expect(stateOf(h, "a")).toBe("alive");
  });

  it("MEM-15, MEM-14, FD-24: leave announces Leave at the current incarnation, stops probing and does not refute", () => {
    const h = new Harness({}, { incarnation: 4 });
    h.datagram(A, alive("a", 1, A));
    const out1 = h.take();
    expect(out1).toEqual([]);
    h.engine.leave(h.now);
    const ev = h.take();
    expect(eventsOf(ev, "member-left").map((e) => e.member.name)).toEqual(["self"]);
    const out = h.advance(5000);
    expect(messagesOf(out, "leave")).toContainEqual({ type: "leave", node: "self", incarnation: 4 });
    expect(messagesOf(out, "ping")).toHaveLength(0);
    h.datagram(A, { type: "dead", node: "self", incarnation: 4, from: "a" });
    expect(h.engine.incarnation()).toBe(4);
  });

  it("MEM-15: a Leave marks the member left and emits member-left", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 1, A));
    const out = h.datagram(A, { type: "leave", node: "a", incarnation: 1 });
    expect(stateOf(h, "a")).toBe("left");
    expect(eventsOf(out, "member-left")).toHaveLength(1);
  });

  it("MEM-16: an alive for a live member from another address is a name conflict and is not applied", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 1, A));
    const out = h.datagram(B, alive("a", 5, B));
    expect(eventsOf(out, "name-conflict")).toHaveLength(1);
    expect(h.engine.member("a")).toMatchObject({ incarnation: 1 });
    expect(h.engine.member("a")?.addr.ip).toEqual(A.ip);
    expect(h.engine.stats().nameConflicts).toBe(1);
  });

  it("MEM-17: an alive about self from another address is reported and refuted", () => {
    const h = new Harness();
    const out = h.datagram(B, alive("self", 0, B));
    expect(eventsOf(out, "name-conflict")).toHaveLength(1);
    expect(h.engine.incarnation()).toBe(1);
  });

  it("MEM-18: a dead member's name can be reclaimed from a new address with a higher incarnation", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 1, A));
    h.datagram(A, { type: "dead", node: "a", incarnation: 1, from: "x" });
    h.datagram(B, alive("a", 2, B));
    expect(h.engine.member("a")).toMatchObject({ state: "alive", incarnation: 2 });
    expect(h.engine.member("a")?.addr.ip).toEqual(B.ip);
  });

  it("MEM-19: dead and left members are reaped after their retention and state stays bounded", () => {
    const h = new Harness({ deadRetentionMs: 10_000, leftRetentionMs: 5_000 });
    for (let i = 0; i < 1000; i++) {
      const addr = ip4(10, 1, i >> 8, i & 255);
      h.datagram(addr, alive(`m${i}`, 0, addr), { type: "leave", node: `m${i}`, incarnation: 0 });
    }
    h.datagram(A, alive("a", 0, A), { type: "dead", node: "a", incarnation: 0, from: "x" });
    expect(h.engine.knownMembers()).toBe(1002);
    let out = h.advance(5_001);
    expect(eventsOf(out, "member-reaped").length).toBe(1000);
    expect(h.engine.knownMembers()).toBe(2);
    out = h.advance(5_000);
    expect(eventsOf(out, "member-reaped").map((e) => e.name)).toEqual(["a"]);
    expect(h.engine.knownMembers()).toBe(1);
  });

  it("MEM-23: changing meta bumps the incarnation and re-announces", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 0, A));
    h.engine.setMeta(new Uint8Array([1, 2]), h.now);
    expect(h.engine.incarnation()).toBe(1);
    const out = h.advance(1000);
    const mine = messagesOf(out, "alive").filter((m) => m.node === "self");
    expect(mine.at(-1)?.meta).toEqual(new Uint8Array([1, 2]));
  });

  it("MEM-23: the engine keeps its own copy of meta: changing the caller's array afterwards says nothing", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 0, A));
    const meta = new Uint8Array([1, 2]);
    h.engine.setMeta(meta, h.now);
    meta[0] = 7;
    const out = h.advance(1000);
    const mine = messagesOf(out, "alive").filter((m) => m.node === "self");
    expect(mine.length).toBeGreaterThan(0);
    for (const m of mine) expect(m.meta).toEqual(new Uint8Array([1, 2]));
    expect(h.engine.incarnation()).toBe(1);
  });

  it("MEM-25: a meta change of a member is reported as member-updated", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 0, A));
    const out = h.datagram(A, alive("a", 1, A, new Uint8Array([9])));
    expect(eventsOf(out, "member-updated").map((e) => e.member.meta)).toEqual([new Uint8Array([9])]);
  });

  it("MEM-22: n counts alive and suspect members including self", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 0, A), alive("b", 0, B));
    expect(h.engine.clusterSize()).toBe(3);
    h.datagram(A, { type: "suspect", node: "a", incarnation: 0, from: "x" });
    expect(h.engine.clusterSize()).toBe(3);
    h.datagram(A, { type: "dead", node: "b", incarnation: 0, from: "x" });
    expect(h.engine.clusterSize()).toBe(2);
  });

  it("MEM-9, DIS-10: applied statements are re-gossiped, the newest per member only", () => {
    const h = new Harness({ probeIntervalMs: 600_000, probeTimeoutMs: 500 });
    h.datagram(A, alive("a", 1, A), alive("b", 0, B));
    h.datagram(A, alive("a", 2, A));
    h.datagram(A, { type: "suspect", node: "a", incarnation: 2, from: "b" });
    // membership queue: self alive, b alive, and one entry for a (the suspect).
    expect(h.engine.pendingBroadcasts("membership")).toBe(3);
    const out = h.advance(200);
    const aboutA = messagesOf(out, "suspect")
      .concat()
      .filter((m) => m.node === "a");
    expect(aboutA.length).toBeGreaterThan(0);
    expect(messagesOf(out, "alive").filter((m) => m.node === "a")).toHaveLength(0);
  });

  it("MEM-24: metadata longer than 512 bytes is rejected at configuration time", () => {
    expect(() => new Harness({ meta: new Uint8Array(513) })).toThrow(
      expect.objectContaining({ code: "config-invalid" }),
    );
    expect(() => new Harness({ meta: new Uint8Array(512) })).not.toThrow();
  });

  it("MEM-2, MEM-31: each state change is reported once", () => {
    const h = new Harness();
    const events = [
      ...h.datagram(A, alive("a", 0, A)),
      ...h.datagram(A, { type: "suspect", node: "a", incarnation: 0, from: "x" }),
      ...h.datagram(A, { type: "suspect", node: "a", incarnation: 0, from: "y" }),
      ...h.datagram(A, alive("a", 1, A)),
      ...h.datagram(A, { type: "dead", node: "a", incarnation: 1, from: "x" }),
      ...h.datagram(A, { type: "dead", node: "a", incarnation: 1, from: "y" }),
    ]
      .filter((s) => s.kind === "event" && s.event.type !== "dropped")
      .map((s) => (s.kind === "event" ? s.event.type : ""));
    expect(events).toEqual(["member-joined", "member-suspect", "member-alive", "member-dead"]);
  });

  it("MEM-13: a node never originates an Alive about another member above the incarnation it holds", () => {
    const h = new Harness({ probeIntervalMs: 600_000, probeTimeoutMs: 500 });
    h.datagram(A, alive("a", 3, A));
    h.datagram(A, { type: "suspect", node: "a", incarnation: 3, from: "x" });
    const out = [
      ...h.advance(5000),
      ...h.streamRequest(1, B, {
        type: "push-pull",
        join: false,
        reply: false,
        members: [],
        kvDigest: undefined,
        kvDelta: undefined,
        crdt: [],
        signedMembers: [],
      }),
    ];
    for (const m of messagesOf(out, "alive"))
      if (m.node === "a") expect(m.incarnation).toBeLessThanOrEqual(3);
    for (const pp of messagesOf(out, "push-pull"))
      for (const r of pp.members) if (r.node === "a") expect(r.incarnation).toBe(3);
  });

  it("MEM-19: state stays bounded under continuous churn (10,000 joins and leaves)", () => {
    const h = new Harness({ leftRetentionMs: 1000, deadRetentionMs: 1000, gossipToTheDeadMs: 1000 });
    let max = 0;
    for (let i = 0; i < 10_000; i++) {
      const addr = ip4(10, 7, (i >> 8) & 255, i & 255);
      h.now += 1; // 1,000 departures per second of virtual time
      h.engine.handleDatagram(
        addr,
        h.encode([alive(`churn-${i}`, 0, addr), { type: "leave", node: `churn-${i}`, incarnation: 0 }]),
        h.now,
      );
      h.engine.tick(h.now);
      h.engine.takeOutputs();
      max = Math.max(max, h.engine.knownMembers());
    }
    // About one retention period's worth of departures, never all of them.
    expect(max).toBeLessThan(1100);
    h.advance(2000);
    expect(h.engine.knownMembers()).toBe(1);
  });

  it("MEM-7, MEM-19: a record without address is forgotten after the retention even if it keeps changing", () => {
    const h = new Harness({ deadRetentionMs: 5000 });
    h.datagram(A, { type: "suspect", node: "ghost", incarnation: 1, from: "x" });
    h.advance(3000);
    h.datagram(A, { type: "suspect", node: "ghost", incarnation: 2, from: "x" });
    expect(h.engine.knownMembers()).toBe(2);
    h.advance(4999);
    expect(h.engine.knownMembers()).toBe(2);
    h.advance(1);
    expect(h.engine.knownMembers()).toBe(1);
  });
});
