// The engine's PKI hooks (SecureWire) and amplification limits, deterministically,
// with a stand-in signer and verifier (the real ones are tested end to end in
// @gossip/node's security-pki.test.ts).
import {
  type Address,
  type Alive,
  decodeMessage,
  decodePacket,
  encodeMessage,
  encodePacket,
  type KvDelta,
  type Leave,
  type Message,
  type Signed,
} from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { createEngine, type GossipEngine } from "./engine.js";
import type { Output } from "./io.js";
import type { EngineSecurity } from "./security-hooks.js";

const CLUSTER = "c";
const MAGIC = new Uint8Array(64).fill(0xab);
const addr = (last: number): Address => ({ ip: new Uint8Array([10, 0, 0, last]), port: 7946 });
const SELF = addr(1);
const A = addr(2);
const B = addr(3);
const STRANGER = addr(99);

function aliveOf(node: string, at: Address, incarnation = 1): Alive {
  return {
    type: "alive",
    node,
    incarnation,
    addr: at,
    meta: new Uint8Array(0),
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  };
}

const signed = (signer: string, m: Message): Signed => ({
  type: "signed",
  signer,
  message: encodeMessage(m),
  signature: MAGIC,
});

function fakePki(name: string): EngineSecurity {
  return {
    signer: { sign: (m: Alive | Leave | KvDelta) => signed(name, m) },
    verifier: {
      admit(message) {
        if (message.type === "signed") {
          if (Buffer.compare(Buffer.from(message.signature), Buffer.from(MAGIC)) !== 0)
            return { ok: false, reason: "bad-signature" };
          const inner = decodeMessage(message.message);
          return inner.ok
            ? { ok: true, message: inner.value, signer: message.signer }
            : { ok: false, reason: "malformed-message" };
        }
        if (message.type === "alive" || message.type === "leave" || message.type === "kv-delta")
          return { ok: false, reason: "unsigned" };
        return { ok: true, message };
      },
      admitPushPull(pp) {
        const ok = new Set<string>();
        const signedOut = [];
        for (const s of pp.signedMembers) {
          const inner = decodeMessage(s.message);
          if (inner.ok && inner.value.type === "alive") {
            ok.add(inner.value.node);
            signedOut.push({ signed: s, message: inner.value });
          }
        }
        const members = pp.members.filter((r) => r.state === "dead" || ok.has(r.node));
        return { members, signed: signedOut, dropped: pp.members.length - members.length };
      },
      applyRevocation: () => "revocation-untrusted-ca",
      revocations: () => [],
    },
  };
}

function pkiEngine(): GossipEngine {
  const e = createEngine(
    {
      name: "self",
      cluster: CLUSTER,
      addr: SELF,
      seed: 1,
      preset: "lan",
      gossipIntervalMs: 0,
      pushPullIntervalMs: 0,
    },
    { security: fakePki("self") },
  );
  e.handleDatagram(A, encodePacket([signed("a", aliveOf("a", A))], { cluster: CLUSTER }), 0);
  e.takeOutputs();
  return e;
}

function decoded(o: Output): Message[] {
  if (o.kind === "event") return [];
  const r = decodePacket(o.bytes, { cluster: CLUSTER });
  if (!r.ok) throw new Error(r.error.code);
  return [...r.value.messages];
}

describe("PKI hooks in the engine", () => {
  it("SEC-62: own Alive goes out signed; another node's Alive is forwarded as the Signed received, byte for byte", () => {
    const e = pkiEngine();
    const fromA = signed("a", aliveOf("a", A, 3));
    // Relayed by b (not learned from a itself, which would not be sent it back: DIS-11).
    e.handleDatagram(B, encodePacket([fromA], { cluster: CLUSTER }), 1);
    e.takeOutputs();
    // A ping from a member gets an ack with piggybacked gossip.
    e.handleDatagram(
      A,
      encodePacket([{ type: "ping", seq: 1, target: "self", source: "a", sourceAddr: A }], {
        cluster: CLUSTER,
      }),
      2,
    );
    const msgs = e.takeOutputs().flatMap(decoded);
    const signedOut = msgs.filter((m): m is Signed => m.type === "signed");
    expect(msgs.some((m) => m.type === "alive")).toBe(false);
    const mine = signedOut.find((s) => s.signer === "self");
    expect(mine && decodeMessage(mine.message).ok).toBe(true);
    const forwarded = signedOut.find((s) => s.signer === "a");
    expect(forwarded && Buffer.from(forwarded.message).equals(Buffer.from(fromA.message))).toBe(true);
  });

  it("SEC-65: unsigned or badly signed Alive, Leave and KvDelta are dropped and counted, and change nothing", () => {
    const e = pkiEngine();
    const before = JSON.stringify(e.members());
    e.handleDatagram(STRANGER, encodePacket([aliveOf("a", STRANGER, 9)], { cluster: CLUSTER }), 1);
    e.handleDatagram(
      STRANGER,
      encodePacket([{ type: "leave", node: "a", incarnation: 9 }], { cluster: CLUSTER }),
      1,
    );
    e.handleDatagram(
      STRANGER,
      encodePacket([{ ...signed("a", aliveOf("a", STRANGER, 9)), signature: new Uint8Array(64) }], {
        cluster: CLUSTER,
      }),
      1,
    );
    expect(JSON.stringify(e.members())).toBe(before);
    expect(e.stats().drops["decode:security:unsigned"]).toBe(2);
    expect(e.stats().drops["decode:security:bad-signature"]).toBe(1);
    expect(e.securityStats()?.refused).toEqual({ unsigned: 2, "bad-signature": 1 });
  });

  it("SEC-62, SEC-65: a push-pull carries signed_members and this node's state as a Signed KvDelta, never the unsigned kv_delta", () => {
    const e = pkiEngine();
    e.setKey("k", new Uint8Array([1]), undefined, 1);
    e.takeOutputs();
    e.handleStreamRequest(
      7,
      A,
      encodePacket(
        [
          {
            type: "push-pull",
            join: false,
            reply: false,
            members: [],
            kvDigest: { nodes: [], reply: false },
            kvDelta: undefined,
            crdt: [],
            signedMembers: [],
          },
        ],
        { cluster: CLUSTER },
      ),
      2,
    );
    const reply = e
      .takeOutputs()
      .filter((o) => o.kind === "stream-reply")
      .flatMap(decoded);
    const pp = reply.find((m) => m.type === "push-pull");
    expect(pp?.type === "push-pull" && pp.kvDelta).toBe(undefined);
    expect(pp?.type === "push-pull" && pp.signedMembers.map((s) => s.signer).sort()).toEqual(["a", "self"]);
    const kv = reply.filter((m): m is Signed => m.type === "signed").map((s) => decodeMessage(s.message));
    expect(kv.some((r) => r.ok && r.value.type === "kv-delta" && r.value.nodes[0]?.node === "self")).toBe(
      true,
    );
  });
});

describe("amplification limits (on by default, without PKI)", () => {
  function plain(init: { amplificationLimits?: boolean } = {}): GossipEngine {
    const e = createEngine(
      {
        name: "self",
        cluster: CLUSTER,
        addr: SELF,
        seed: 1,
        preset: "lan",
        gossipIntervalMs: 0,
        pushPullIntervalMs: 0,
      },
      init,
    );
    e.handleDatagram(A, encodePacket([aliveOf("a", A), aliveOf("b", B)], { cluster: CLUSTER }), 0);
    e.takeOutputs();
    return e;
  }
  const ping = (from: Address) =>
    encodePacket([{ type: "ping", seq: 5, target: "self", source: "", sourceAddr: from }], {
      cluster: CLUSTER,
    });

  it("SEC-102: a ping from an unknown address gets a bare ack no larger than the ping; a member's ack carries gossip", () => {
    const e = plain();
    expect(e.pendingBroadcasts()).toBeGreaterThan(0);
    const req = ping(STRANGER);
    e.handleDatagram(STRANGER, req, 1);
    const out = e.takeOutputs().filter((o) => o.kind === "datagram");
    expect(out).toHaveLength(1);
    expect(decoded(out[0] as Output).map((m) => m.type)).toEqual(["ack"]);
    expect((out[0] as { bytes: Uint8Array }).bytes.length).toBeLessThanOrEqual(req.length);
    e.handleDatagram(A, ping(A), 2);
    const member = e
      .takeOutputs()
      .filter((o) => o.kind === "datagram")
      .flatMap(decoded);
    expect(member.length).toBeGreaterThan(1);
  });

  it("SEC-102: amplificationLimits: false (tests only) lets gossip ride on the ack to an unknown address", () => {
    const e = plain({ amplificationLimits: false });
    e.handleDatagram(STRANGER, ping(STRANGER), 1);
    const out = e.takeOutputs().filter((o) => o.kind === "datagram");
    expect(out.flatMap(decoded).length).toBeGreaterThan(1);
  });

  it("SEC-102: a datagram push-pull from an unknown address is not answered with a larger reply", () => {
    const e = plain();
    const req = encodePacket(
      [
        {
          type: "push-pull",
          join: true,
          reply: false,
          members: [],
          kvDigest: undefined,
          kvDelta: undefined,
          crdt: [],
          signedMembers: [],
        },
      ],
      { cluster: CLUSTER },
    );
    e.handleDatagram(STRANGER, req, 1);
    const out = e.takeOutputs();
    expect(out.filter((o) => o.kind === "datagram")).toHaveLength(0);
    expect(e.stats().drops["push-pull-reply-too-large"]).toBe(1);
  });

  it("SEC-103: a relay probes the address it holds for the target, not the one in the request", () => {
    const e = plain();
    const req = encodePacket(
      [
        {
          type: "ping-req",
          seq: 9,
          target: "b",
          targetAddr: STRANGER,
          source: "a",
          sourceAddr: A,
          wantNack: false,
        },
      ],
      { cluster: CLUSTER },
    );
    e.handleDatagram(A, req, 1);
    const pings = e
      .takeOutputs()
      .filter((o) => o.kind === "datagram" && decoded(o).some((m) => m.type === "ping"));
    expect(pings.map((o) => (o as { to: Address }).to.ip[3])).toEqual([3]);
  });

  it("SEC-103: a relay answers an unknown requester with one bare ack no larger than its PingReq", () => {
    const e = plain();
    const req = encodePacket(
      [
        {
          type: "ping-req",
          seq: 70000,
          target: "b",
          targetAddr: B,
          source: "",
          sourceAddr: STRANGER,
          wantNack: false,
        },
      ],
      { cluster: CLUSTER },
    );
    e.handleDatagram(STRANGER, req, 1);
    const probe = e
      .takeOutputs()
      .filter((o) => o.kind === "datagram")
      .flatMap(decoded)
      .find((m) => m.type === "ping") as { seq: number };
    e.handleDatagram(
      B,
      encodePacket([{ type: "ack", seq: probe.seq, payload: new Uint8Array(0) }], { cluster: CLUSTER }),
      2,
    );
    const out = e
      .takeOutputs()
      .filter((o) => o.kind === "datagram" && (o as { to: Address }).to.ip[3] === STRANGER.ip[3]);
    expect(out).toHaveLength(1);
    expect(decoded(out[0] as Output)).toEqual([{ type: "ack", seq: 70000, payload: new Uint8Array(0) }]);
    expect((out[0] as { bytes: Uint8Array }).bytes.length).toBeLessThanOrEqual(req.length);
  });
});
