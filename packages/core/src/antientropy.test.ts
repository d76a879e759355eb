import type { MemberRecord, PushPull } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { LAN } from "./config.js";
import { STREAM_ERROR } from "./engine.js";
import { alive, eventsOf, Harness, ip4, messagesOf, type Sent } from "./testing/harness.js";

const A = ip4(10, 0, 0, 2);
const B = ip4(10, 0, 0, 3);

function record(node: string, incarnation: number, state: MemberRecord["state"], addr = B): MemberRecord {
  return {
    node,
    addr,
    meta: new Uint8Array(0),
    incarnation,
    state,
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  };
}

function pushPull(members: MemberRecord[], join = false, reply = false): PushPull {
  return {
    type: "push-pull",
    join,
    reply,
    members,
    kvDigest: undefined,
    kvDelta: undefined,
    crdt: [],
    signedMembers: [],
  };
}

function streamRequests(out: readonly Sent[]): Extract<Sent, { kind: "stream-request" }>[] {
  return out.filter((s): s is Extract<Sent, { kind: "stream-request" }> => s.kind === "stream-request");
}

describe("anti-entropy", () => {
  it("AE-1: join sends a join push-pull over a stream to every seed and reports the outcome", () => {
    const h = new Harness();
    h.engine.join([A, B], h.now);
    const reqs = streamRequests(h.take());
    expect(reqs).toHaveLength(2);
    for (const r of reqs) {
      const pp = r.messages[0] as PushPull;
      expect(pp).toMatchObject({ type: "push-pull", join: true, reply: false });
      expect(pp.members.map((m) => m.node)).toEqual(["self"]);
    }
    const [r1, r2] = reqs as [
      Extract<Sent, { kind: "stream-request" }>,
      Extract<Sent, { kind: "stream-request" }>,
    ];
    let out = h.streamReply(r1.id, pushPull([record("a", 3, "alive", A)], true, true));
    expect(eventsOf(out, "member-joined").map((e) => e.member.name)).toEqual(["a"]);
    h.engine.handleStreamFailure(r2.id, h.now);
    out = h.take();
    expect(eventsOf(out, "join-finished")).toEqual([{ type: "join-finished", succeeded: 1, failed: 1 }]);
  });

  it("AE-1: join with no reachable seed finishes with zero successes", () => {
    const h = new Harness();
    h.engine.join([], h.now);
    expect(eventsOf(h.take(), "join-finished")).toEqual([{ type: "join-finished", succeeded: 0, failed: 0 }]);
  });

  it("AE-4: the responder merges the request and answers with its full state", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 2, A));
    const out = h.streamRequest(11, B, pushPull([record("b", 1, "alive")]));
    const reply = out.find((s) => s.kind === "stream-reply") as Extract<Sent, { kind: "stream-reply" }>;
    expect(reply.id).toBe(11);
    const pp = reply.messages[0] as PushPull;
    expect(pp.reply).toBe(true);
    expect(pp.members.map((m) => `${m.node}:${m.state}:${m.incarnation}`).sort()).toEqual([
      "a:alive:2",
      "b:alive:1",
      "self:alive:0",
    ]);
    expect(h.engine.member("b")?.state).toBe("alive");
  });

  it("AE-5: merge takes a remote dead as a suspicion, a remote left as left, and refutes about self", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 1, A), alive("c", 1, ip4(10, 0, 0, 4)));
    h.streamRequest(
      1,
      B,
      pushPull([
        record("a", 1, "dead", A),
        record("c", 1, "left", ip4(10, 0, 0, 4)),
        record("self", 5, "dead", ip4(10, 0, 0, 1)),
      ]),
    );
    expect(h.engine.member("a")?.state).toBe("suspect");
    expect(h.engine.member("c")?.state).toBe("left");
    expect(h.engine.incarnation()).toBe(6);
  });

  it("AE-2, AE-3: periodic push-pull goes to one random alive member every (scaled) interval", () => {
    const h = new Harness({
      probeIntervalMs: 600_000,
      probeTimeoutMs: 500,
      gossipIntervalMs: 0,
      streamTimeoutMs: 60_000,
    });
    h.datagram(A, alive("a", 0, A), alive("b", 0, B));
    let out = h.advance(LAN.pushPullIntervalMs - 1);
    expect(streamRequests(out)).toHaveLength(0);
    out = h.advance(1);
    const reqs = streamRequests(out);
    expect(reqs).toHaveLength(1);
    expect((reqs[0] as Extract<Sent, { kind: "stream-request" }>).messages[0]).toMatchObject({
      type: "push-pull",
      join: false,
    });
    // AE-7: no second outbound exchange while one is outstanding.
    out = h.advance(LAN.pushPullIntervalMs);
    expect(streamRequests(out).filter((r) => r.messages[0]?.type === "push-pull")).toHaveLength(0);
    h.streamReply((reqs[0] as Extract<Sent, { kind: "stream-request" }>).id, pushPull([], false, true));
    out = h.advance(LAN.pushPullIntervalMs);
    expect(streamRequests(out)).toHaveLength(1);
  });

  it("AE-6: a push-pull in a datagram is merged and answered by datagram when the reply fits", () => {
    const h = new Harness();
    // A is a member: an unknown source would get no reply larger than its request (SEC-102).
    h.datagram(A, alive("a", 0, A));
    const out = h.datagram(A, pushPull([record("b", 1, "alive")]));
    expect(h.engine.member("b")?.state).toBe("alive");
    const replies = messagesOf(out, "push-pull");
    expect(replies).toHaveLength(1);
    expect(replies[0]?.reply).toBe(true);
    // A reply that does not fit is not sent.
    const many = [];
    for (let i = 0; i < 60; i++)
      many.push(record(`member-with-a-long-name-${i}`, 1, "alive", ip4(10, 5, 0, i + 1)));
    const out2 = h.datagram(A, pushPull(many));
    expect(messagesOf(out2, "push-pull")).toHaveLength(0);
    expect(h.engine.stats().drops["push-pull-reply-too-large"]).toBe(1);
  });

  it("AE-8: an unsupported stream request is answered with an error reply", () => {
    const h = new Harness();
    const out = h.streamRequest(2, A, { type: "nack", seq: 1 });
    const reply = out.find((s) => s.kind === "stream-reply") as Extract<Sent, { kind: "stream-reply" }>;
    expect(reply.messages[0]).toMatchObject({ type: "error", code: STREAM_ERROR.unsupported });
    const bad = (() => {
      h.engine.handleStreamRequest(3, A, new Uint8Array([1, 2, 3]), h.now);
      return h.take();
    })();
    expect(
      (bad.find((s) => s.kind === "stream-reply") as Extract<Sent, { kind: "stream-reply" }>).messages[0],
    ).toMatchObject({
      type: "error",
      code: STREAM_ERROR.badRequest,
    });
  });

  it("AE-9: push-pull state includes dead and left members not yet reaped", () => {
    const h = new Harness();
    h.datagram(A, alive("a", 0, A), { type: "dead", node: "a", incarnation: 0, from: "x" });
    const out = h.streamRequest(1, B, pushPull([]));
    const pp = (out.find((s) => s.kind === "stream-reply") as Extract<Sent, { kind: "stream-reply" }>)
      .messages[0] as PushPull;
    expect(pp.members.find((m) => m.node === "a")?.state).toBe("dead");
    expect(messagesOf(out, "alive")).toEqual([]);
  });
});
