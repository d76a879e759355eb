import type { Message } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { LAN, suspicionMinTimeout } from "./config.js";
import { alive, eventsOf, Harness, ip4, messagesOf } from "./testing/harness.js";

const A = ip4(10, 0, 0, 2);
const B = ip4(10, 0, 0, 3);
const C = ip4(10, 0, 0, 4);
const D = ip4(10, 0, 0, 5);
const byName: Record<string, typeof A> = { a: A, b: B, c: C, d: D };

function cluster(lifeguard: boolean): Harness {
  const h = new Harness({ gossipIntervalMs: 0, pushPullIntervalMs: 0, lifeguard });
  h.datagram(A, alive("a", 0, A), alive("b", 0, B), alive("c", 0, C), alive("d", 0, D));
  return h;
}

describe("FD-25: Lifeguard can be switched off for comparison", () => {
  it("without Lifeguard the health score never rises", () => {
    for (const lifeguard of [true, false]) {
      const h = cluster(lifeguard);
      for (let i = 0; i < 3; i++)
        h.datagram(A, { type: "suspect", node: "self", incarnation: h.engine.incarnation(), from: "a" });
      expect(h.engine.health()).toBe(lifeguard ? 3 : 0);
    }
  });

  it("without Lifeguard indirect probes ask for no nack and probing a suspect carries no buddy suspicion", () => {
    const h = cluster(false);
    for (const n of ["a", "b", "c", "d"])
      h.datagram(A, { type: "suspect", node: n, incarnation: 0, from: "x" });
    const out = h.advance(LAN.probeIntervalMs);
    const ping = messagesOf(out, "ping")[0] as Extract<Message, { type: "ping" }>;
    const toTarget = out
      .filter((s) => s.kind === "datagram" && s.to.ip[3] === byName[ping.target]?.ip[3])
      .flatMap((s) => (s.kind === "datagram" ? s.messages : []));
    // Queued suspicions (from "x") still piggyback; the buddy one (from "self") is absent.
    expect(toTarget.filter((m) => m.type === "suspect" && m.from === "self")).toEqual([]);
    const fresh = cluster(false);
    fresh.advance(LAN.probeIntervalMs);
    const reqs = messagesOf(fresh.advance(LAN.probeTimeoutMs), "ping-req");
    expect(reqs.length).toBeGreaterThan(0);
    expect(reqs.every((r) => r.wantNack === false)).toBe(true);
  });

  it("without Lifeguard the suspicion timeout is fixed at min; with it, it starts at max", () => {
    const n = 5;
    const min = suspicionMinTimeout(LAN.suspicionMult, n, LAN.probeIntervalMs);
    for (const lifeguard of [false, true]) {
      const h = cluster(lifeguard);
      h.datagram(A, { type: "suspect", node: "b", incarnation: 0, from: "a" });
      // Ack every probe so the node's own view stays healthy; only b's suspicion runs.
      let dead = -1;
      for (let t = 0; t <= 7 * min && dead < 0; t += 50) {
        const out = h.advance(50);
        for (const s of out) {
          if (s.kind !== "datagram") continue;
          for (const m of s.messages)
            if (m.type === "ping" && m.target !== "b")
              h.datagram(s.to, { type: "ack", seq: m.seq, payload: new Uint8Array(0) });
        }
        if (eventsOf(out, "member-dead").some((e) => e.member.name === "b")) dead = t + 50;
      }
      if (lifeguard) expect(dead).toBeGreaterThan(min);
      else {
        expect(dead).toBeGreaterThanOrEqual(min);
        expect(dead).toBeLessThanOrEqual(min + 50);
      }
    }
  });
});
