import type { Message } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { LAN } from "./config.js";
import { alive, eventsOf, Harness, ip4, messagesOf, type Sent } from "./testing/harness.js";

const A = ip4(10, 0, 0, 2);
const B = ip4(10, 0, 0, 3);
const C = ip4(10, 0, 0, 4);
const D = ip4(10, 0, 0, 5);

function datagramsTo(sent: readonly Sent[], addr: { ip: Uint8Array }): Message[][] {
  return sent
    .filter((s): s is Extract<Sent, { kind: "datagram" }> => s.kind === "datagram")
    .filter((s) => s.to.ip[3] === addr.ip[3])
    .map((s) => s.messages);
}

/** A harness that knows members a, b, c, d. */
function withPeers(config = {}): Harness {
  const h = new Harness({ gossipIntervalMs: 0, pushPullIntervalMs: 0, ...config });
  h.datagram(A, alive("a", 0, A), alive("b", 0, B), alive("c", 0, C), alive("d", 0, D));
  return h;
}

/** Advance to the first probe and return its ping and target. */
function firstProbe(h: Harness): { ping: Extract<Message, { type: "ping" }>; sent: Sent[] } {
  const sent = h.advance(LAN.probeIntervalMs);
  const pings = messagesOf(sent, "ping");
  expect(pings).toHaveLength(1);
  return { ping: pings[0] as Extract<Message, { type: "ping" }>, sent };
}

/** Advance in 10 ms steps, acking every ping the engine sends (so its own probes never fail). */
function advanceAcking(h: Harness, ms: number): Sent[] {
  const all: Sent[] = [];
  const end = h.now + ms;
  while (h.now < end) {
    const out = h.advance(Math.min(10, end - h.now));
    all.push(...out);
    for (const s of out) {
      if (s.kind !== "datagram") continue;
      for (const m of s.messages) {
        if (m.type === "ping")
          all.push(...h.datagram(s.to, { type: "ack", seq: m.seq, payload: new Uint8Array(0) }));
      }
    }
  }
  return all;
}

function addrOf(name: string) {
  return { a: A, b: B, c: C, d: D }[name] as typeof A;
}

describe("failure detection", () => {
  it("FD-1, FD-2: one probe per probe interval, each member once per round", () => {
    const h = withPeers();
    const targets: string[] = [];
    for (let i = 0; i < 8; i++) {
      const { ping } = firstProbe(h);
      targets.push(ping.target);
      h.datagram(addrOf(ping.target), { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    }
    expect([...targets.slice(0, 4)].sort()).toEqual(["a", "b", "c", "d"]);
    expect([...targets.slice(4)].sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("FD-4, FD-5: a ping for this node is acked with its seq to the source address", () => {
    const h = new Harness();
    const out = h.datagram(A, { type: "ping", seq: 77, target: "self", source: "a", sourceAddr: B });
    const acks = datagramsTo(out, B)
      .flat()
      .filter((m) => m.type === "ack");
    expect(acks).toEqual([{ type: "ack", seq: 77, payload: new Uint8Array(0) }]);
  });

  it("FD-4: a ping naming another target is not answered", () => {
    const h = new Harness();
    const out = h.datagram(A, { type: "ping", seq: 1, target: "other", source: "a", sourceAddr: A });
    expect(messagesOf(out, "ack")).toHaveLength(0);
    expect(h.engine.stats().drops["wrong-target"]).toBe(1);
  });

  it("FD-6, FD-21: a direct ack within the timeout ends the probe and lowers the health score", () => {
    const h = withPeers();
    // Raise the score first with a refutation.
    h.datagram(A, { type: "suspect", node: "self", incarnation: 0, from: "a" });
    expect(h.engine.health()).toBe(1);
    const { ping } = firstProbe(h);
    h.datagram(addrOf(ping.target), { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    expect(h.engine.health()).toBe(0);
    const later = h.advance(LAN.probeTimeoutMs * 2);
    expect(messagesOf(later, "ping-req")).toHaveLength(0);
  });

  it("FD-7, FD-9: without an ack, k relays get a ping-req and a stream ping is tried", () => {
    const h = withPeers();
    const { ping } = firstProbe(h);
    const out = h.advance(LAN.probeTimeoutMs * 2); // health 1 after refutation? no: healthy, timeout = 500
    const reqs = messagesOf(out, "ping-req");
    expect(reqs).toHaveLength(3);
    for (const r of reqs) {
      expect(r).toMatchObject({ seq: ping.seq, target: ping.target, source: "self", wantNack: true });
    }
    const streams = out.filter((s) => s.kind === "stream-request");
    expect(streams).toHaveLength(1);
    expect((streams[0] as Extract<Sent, { kind: "stream-request" }>).messages[0]).toMatchObject({
      type: "ping",
      target: ping.target,
    });
  });

  it("FD-7: an indirect ack forwarded by a relay ends the probe without suspicion", () => {
    const h = withPeers();
    const { ping } = firstProbe(h);
    h.advance(LAN.probeTimeoutMs);
    const relay = ["a", "b", "c", "d"].find((n) => n !== ping.target) as string;
    h.datagram(addrOf(relay), { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    const out = h.advance(LAN.probeIntervalMs);
    expect(eventsOf(out, "member-suspect")).toHaveLength(0);
    expect(h.engine.member(ping.target)?.state).toBe("alive");
  });

  it("FD-9, FD-23: a stream ack rescues a probe whose datagrams failed, without lowering health", () => {
    const h = withPeers();
    const { ping } = firstProbe(h);
    const out = h.advance(LAN.probeTimeoutMs);
    const req = out.find((s) => s.kind === "stream-request") as Extract<Sent, { kind: "stream-request" }>;
    h.streamReply(req.id, { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    const later = h.advance(LAN.probeIntervalMs);
    expect(eventsOf(later, "member-suspect")).toHaveLength(0);
    expect(h.engine.stats().streamProbeRescues).toBe(1);
  });

  it("FD-10, FD-21: no ack by the end of the period raises suspicion and the health score by missed nacks", () => {
    const h = withPeers();
    const { ping } = firstProbe(h);
    h.advance(LAN.probeTimeoutMs);
    // One of three relays sends a nack; two nacks are missing.
    const relay = ["a", "b", "c", "d"].find((n) => n !== ping.target) as string;
    h.datagram(addrOf(relay), { type: "nack", seq: ping.seq });
    const out = h.advance(LAN.probeIntervalMs - LAN.probeTimeoutMs);
    const sus = eventsOf(out, "member-suspect");
    expect(sus.map((e) => [e.member.name, e.from])).toEqual([[ping.target, "self"]]);
    expect(h.engine.health()).toBe(2);
    expect(messagesOf(out, "suspect").some((m) => m.node === ping.target && m.from === "self")).toBe(true);
  });

  it("FD-22: probe interval and timeout stretch with the health score", () => {
    const h = withPeers();
    for (let i = 0; i < 3; i++)
      h.datagram(A, { type: "suspect", node: "self", incarnation: h.engine.incarnation(), from: "a" });
    expect(h.engine.health()).toBe(3);
    // The next probe was already scheduled at 1 s; the one after it comes 4 s later.
    const { ping } = firstProbe(h);
    h.datagram(addrOf(ping.target), { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    expect(h.engine.health()).toBe(2);
    const out = h.advance(3999);
    expect(messagesOf(out, "ping")).toHaveLength(0);
    expect(messagesOf(h.advance(1), "ping")).toHaveLength(1);
  });

  it("FD-11: probing a suspect member carries the suspicion to it (buddy system)", () => {
    const h = withPeers();
    for (const n of ["a", "b", "c", "d"])
      h.datagram(A, { type: "suspect", node: n, incarnation: 0, from: "x" });
    const { ping, sent } = firstProbe(h);
    const toTarget = datagramsTo(sent, addrOf(ping.target)).flat();
    expect(toTarget[0]).toMatchObject({ type: "ping" });
    expect(toTarget[1]).toEqual({ type: "suspect", node: ping.target, incarnation: 0, from: "self" });
  });

  it("FD-8: a relay pings the target and forwards its ack with the requester's seq", () => {
    const h = new Harness();
    const out = h.datagram(A, {
      type: "ping-req",
      seq: 500,
      target: "b",
      targetAddr: B,
      source: "a",
      sourceAddr: A,
      wantNack: true,
    });
    const ping = datagramsTo(out, B)
      .flat()
      .find((m) => m.type === "ping") as Extract<Message, { type: "ping" }>;
    expect(ping).toMatchObject({ target: "b", source: "self" });
    const fwd = h.datagram(B, { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    expect(
      datagramsTo(fwd, A)
        .flat()
        .filter((m) => m.type === "ack"),
    ).toEqual([{ type: "ack", seq: 500, payload: new Uint8Array(0) }]);
  });

  it("FD-8: a relay whose own ping fails sends a nack at 80% of the probe timeout", () => {
    const h = new Harness();
    h.datagram(A, {
      type: "ping-req",
      seq: 9,
      target: "b",
      targetAddr: B,
      source: "a",
      sourceAddr: A,
      wantNack: true,
    });
    expect(messagesOf(h.advance(0.8 * LAN.probeTimeoutMs - 1), "nack")).toHaveLength(0);
    const out = h.advance(1);
    expect(
      datagramsTo(out, A)
        .flat()
        .filter((m) => m.type === "nack"),
    ).toEqual([{ type: "nack", seq: 9 }]);
  });

  it("FD-8: without want_nack no nack is sent", () => {
    const h = new Harness();
    h.datagram(A, {
      type: "ping-req",
      seq: 9,
      target: "b",
      targetAddr: B,
      source: "a",
      sourceAddr: A,
      wantNack: false,
    });
    expect(messagesOf(h.advance(LAN.probeTimeoutMs), "nack")).toHaveLength(0);
  });

  it("FD-9: a ping over a stream is answered with an ack over that stream", () => {
    const h = new Harness();
    const out = h.streamRequest(3, A, { type: "ping", seq: 4, target: "self", source: "a", sourceAddr: A });
    expect(out).toEqual([
      { kind: "stream-reply", id: 3, messages: [{ type: "ack", seq: 4, payload: new Uint8Array(0) }] },
    ]);
  });

  it("FD-12..FD-15, FD-17: a suspicion starts at max and shrinks with independent confirmations", () => {
    // n = 5 (self + 4): k = suspicionMult - 2 = 2 (n - 2 = 3 >= 2); min = 4 × 1 × 1000 = 4000; max = 24000.
    const h = withPeers();
    h.datagram(A, { type: "suspect", node: "d", incarnation: 0, from: "a" });
    // One confirmation: 24000 - log(2)/log(3) × 20000 = 11381 ms after the start.
    h.datagram(B, { type: "suspect", node: "d", incarnation: 0, from: "b" });
    // A repeat from the same member is not a new confirmation.
    h.datagram(B, { type: "suspect", node: "d", incarnation: 0, from: "b" });
    expect(h.engine.stats().suspicionConfirmations).toBe(1);
    let out = advanceAcking(h, 11_380);
    expect(eventsOf(out, "member-dead")).toHaveLength(0);
    out = advanceAcking(h, 1);
    expect(eventsOf(out, "member-dead").map((e) => [e.member.name, e.from])).toEqual([["d", "self"]]);
    // Gossip rounds are off here: the death rides on the next probe.
    out = advanceAcking(h, 1000);
    expect(messagesOf(out, "dead").some((m) => m.node === "d" && m.from === "self")).toBe(true);
  });

  it("FD-15: with k confirmations the timeout is min", () => {
    const h = withPeers();
    h.advance(10);
    h.datagram(A, { type: "suspect", node: "d", incarnation: 0, from: "a" });
    h.datagram(B, { type: "suspect", node: "d", incarnation: 0, from: "b" });
    h.datagram(C, { type: "suspect", node: "d", incarnation: 0, from: "c" });
    let out = advanceAcking(h, 3999);
    expect(eventsOf(out, "member-dead")).toHaveLength(0);
    out = advanceAcking(h, 1);
    expect(eventsOf(out, "member-dead").map((e) => e.member.name)).toEqual(["d"]);
  });

  it("FD-16: a new confirmation is re-broadcast", () => {
    const h = withPeers({ gossipIntervalMs: 200 });
    h.datagram(A, { type: "suspect", node: "d", incarnation: 0, from: "a" });
    h.advance(5000);
    h.datagram(B, { type: "suspect", node: "d", incarnation: 0, from: "b" });
    const out = h.advance(1000);
    expect(messagesOf(out, "suspect").some((m) => m.node === "d" && m.from === "b")).toBe(true);
  });

  it("FD-24: a node that left does not probe", () => {
    const h = withPeers();
    h.engine.leave(h.now);
    expect(messagesOf(h.advance(10_000), "ping")).toHaveLength(0);
  });

  it("FD-20: the health score stays within 0 and awarenessMaxMultiplier - 1", () => {
    const h = withPeers();
    for (let i = 0; i < 20; i++)
      h.datagram(A, { type: "suspect", node: "self", incarnation: h.engine.incarnation(), from: "a" });
    expect(h.engine.health()).toBe(LAN.awarenessMaxMultiplier - 1);
  });
});
