// Fuzzing the engine with the real @gossip/security identity, verifier and keyring
// (SEC-65, SEC-66): genuine signed and encrypted packets of a certified peer, mutated.
// Membership and key/value state may change only for an unmodified (authentic) packet.
import { type Address, type Alive, encodePacket, type KvDelta, type Message } from "@gossip/codec";
import { createEngine, type GossipEngine } from "@gossip/core";
import {
  generateKey,
  generateKeyPair,
  Identity,
  issueCertificate,
  Keyring,
  Verifier,
} from "@gossip/security";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

const CLUSTER = "fz";
const RUNS = Number(process.env.GOSSIP_FUZZ_RUNS ?? 3000);
const addr = (last: number): Address => ({ ip: new Uint8Array([127, 0, 0, last]), port: 7946 });
const ca = generateKeyPair();
const now = Date.now();

function identity(name: string): Identity {
  const pair = generateKeyPair();
  const certificate = issueCertificate({
    ca,
    name,
    publicKey: pair.publicKey,
    notBeforeMs: now - 60_000,
    notAfterMs: now + 86_400_000,
    cluster: CLUSTER,
  });
  return new Identity({ name, cluster: CLUSTER, seed: pair.seed, certificate });
}

const alive = (node: string, incarnation: number, at: Address): Alive => ({
  type: "alive",
  node,
  incarnation,
  addr: at,
  meta: new Uint8Array(0),
  protocolMin: 1,
  protocolMax: 1,
  certificate: new Uint8Array(0),
});

function snapshot(e: GossipEngine): string {
  return JSON.stringify(
    e
      .members()
      .filter((m) => m.addr !== undefined)
      .map((m) => [
        m.name,
        m.incarnation,
        Buffer.from(m.addr.ip).toString("hex"),
        m.addr.port,
        [...e.keysOf(m.name)].map(([k, v]) => `${k}=${Buffer.from(v).toString("hex")}`),
      ])
      .sort(),
  );
}

describe("engine fuzzing with real signatures and encryption", () => {
  it(`SEC-65, SEC-66: mutated signed, encrypted packets of a certified peer never change state (${RUNS} cases)`, () => {
    const psk = generateKey();
    const peer = identity("peer");
    const self = identity("self");
    const verifier = new Verifier({ trustedCas: [ca.publicKey] });
    const e = createEngine(
      { name: "self", cluster: CLUSTER, addr: addr(1), seed: 3, preset: "lan" },
      {
        cipher: new Keyring({ keys: [psk] }),
        acceptPlaintext: false,
        security: { signer: self, verifier, wallClockOffsetMs: now },
      },
    );
    // The peer's genuine packets: its Alive, then its key/value state.
    const sender = new Keyring({ keys: [psk] });
    const seal = (ms: Message[]) => encodePacket(ms, { cluster: CLUSTER, cipher: sender });
    const kv: KvDelta = {
      type: "kv-delta",
      nodes: [
        {
          node: "peer",
          fromVersion: 0,
          reset: false,
          gcVersion: 0,
          maxVersion: 1,
          entries: [{ key: "k", value: new Uint8Array([1]), version: 1, tombstone: false }],
        },
      ],
    };
    e.handleDatagram(addr(2), seal([peer.sign(alive("peer", 1, addr(2)))]), 0);
    e.handleDatagram(addr(2), seal([peer.sign(kv)]), 0);
    e.takeOutputs();
    expect(e.getKey("peer", "k")).toEqual(new Uint8Array([1]));
    // Templates to mutate: newer signed updates (each would change state if accepted), sealed afresh per case.
    const templates: Message[][] = [
      [peer.sign(alive("peer", 5, addr(2)))],
      [peer.sign({ type: "leave", node: "peer", incarnation: 5 })],
      [
        peer.sign({
          ...kv,
          nodes: [
            {
              ...(kv.nodes[0] as KvDelta["nodes"][number]),
              fromVersion: 1,
              maxVersion: 2,
              entries: [{ key: "k", value: new Uint8Array([2]), version: 2, tombstone: false }],
            },
          ],
        }),
      ],
    ];
    // A copy of a packet with the same plaintext under the same key is still refused as a replay,
    // so every case gets a freshly sealed packet and mutates it at least once.
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: templates.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (t, flips, plaintext) => {
          const msgs = templates[t] as Message[];
          const bytes = Buffer.from(plaintext ? encodePacket(msgs, { cluster: CLUSTER }) : seal(msgs));
          const original = Buffer.from(bytes);
          for (const [at, bits] of flips)
            bytes[at % bytes.length] = (bytes[at % bytes.length] as number) ^ bits;
          fc.pre(!bytes.equals(original));
          const before = snapshot(e);
          e.handleDatagram(addr(2), new Uint8Array(bytes), 1);
          e.takeOutputs();
          expect(snapshot(e)).toBe(before);
        },
      ),
      { numRuns: RUNS, seed: 0x5ec2 },
    );
    // And inside the envelope: mutate the Signed bytes, then seal properly (an insider with the key).
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: templates.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }),
        (t, flips) => {
          const s = (templates[t] as Message[])[0] as Extract<Message, { type: "signed" }>;
          const field = flips.length % 2 === 0 ? "message" : "signature";
          const b = Buffer.from(s[field]);
          for (const [at, bits] of flips) b[at % b.length] = (b[at % b.length] as number) ^ bits;
          fc.pre(!b.equals(Buffer.from(s[field])));
          const before = snapshot(e);
          e.handleDatagram(addr(2), seal([{ ...s, [field]: new Uint8Array(b) }]), 1);
          e.takeOutputs();
          expect(snapshot(e)).toBe(before);
        },
      ),
      { numRuns: RUNS, seed: 0x5ec3 },
    );
    // The unmodified update still goes through: the checks above were not vacuous.
    e.handleDatagram(addr(2), seal(templates[0] as Message[]), 2);
    expect(e.members().find((m) => m.name === "peer")?.incarnation).toBe(5);
    const st = verifier.stats();
    expect(
      st.signed["bad-signature"] + st.signed["malformed-message"] + st.signed["signer-mismatch"],
    ).toBeGreaterThan(0);
  });
});
