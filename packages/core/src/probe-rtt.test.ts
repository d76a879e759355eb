import type { Message } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { LAN } from "./config.js";
import { alive, Harness, ip4, messagesOf } from "./testing/harness.js";

const A = ip4(10, 0, 0, 2);
const B = ip4(10, 0, 0, 3);
const C = ip4(10, 0, 0, 4);
const byName: Record<string, typeof A> = { a: A, b: B, c: C };

describe("probe round-trip times", () => {
  it("the engine records ping-to-ack time of successful probes", () => {
    const h = new Harness({ gossipIntervalMs: 0, pushPullIntervalMs: 0 });
    h.datagram(A, alive("a", 0, A), alive("b", 0, B), alive("c", 0, C));
    expect(h.engine.probeRtts().count).toBe(0);
    const out = h.advance(LAN.probeIntervalMs);
    const ping = messagesOf(out, "ping")[0] as Extract<Message, { type: "ping" }>;
    h.advance(37);
    h.datagram(byName[ping.target] as typeof A, { type: "ack", seq: ping.seq, payload: new Uint8Array(0) });
    expect(h.engine.probeRtts()).toEqual({ count: 1, lastMs: 37, samples: [37] });
  });
});
