/**
 * Security traces (spec/11-security.md): envelopes under the keyring of `init.keys`
 * (replayed, other cluster, unknown key, non-primary key, plaintext in `encrypted` mode),
 * PKI identities under `init.pki` (signed, bad signature, signer mismatch, expired and
 * revoked certificates, unsigned), and amplification limits (SEC-102, SEC-103).
 * Key material is fixed (seeded Ed25519 keys, fixed serials), so the traces are byte-stable.
 */
import {
  type Alive,
  encodeMessage,
  encodePacket,
  type Message,
  messageFromJson,
  messageToJson,
  type Signed,
} from "@gossip/codec";
import { generateKeyPair, Identity, issueCertificate, type KeyPair, signRevocation } from "@gossip/security";
import { ipToBytes } from "../addr.js";
import { fixedNonceCipher } from "../testkit/ciphers.js";
import type { TraceAddress, TraceSetup } from "../trace.js";
import { alive, IUT, PEERS, type PeerName, peerAddr, ping, pushPull, type Scenario, setup } from "./dsl.js";

const spec = "spec/11-security.md";
const file = "conformance/src/scenarios/sec.ts";

const KEY_BYTES = new Uint8Array(Buffer.alloc(32, 0x11));
const KEY = Buffer.from(KEY_BYTES).toString("base64");

function msg(json: unknown): Message {
  const r = messageFromJson(json);
  if (!r.ok) throw r.error;
  return r.value;
}

/** A ping to the node under test from p1, sealed under `key` for `cluster` (fixed nonce: one envelope). */
const sealedPing = (seq: number, cluster: string, key: Uint8Array = KEY_BYTES): string =>
  Buffer.from(
    encodePacket([msg(ping(seq, "iut", "p1", peerAddr("p1")))], {
      cluster,
      cipher: fixedNonceCipher(key),
    }),
  ).toString("hex");

/** A second cluster key. */
const KEY2_BYTES = new Uint8Array(Buffer.alloc(32, 0x22));
const KEY2 = Buffer.from(KEY2_BYTES).toString("base64");

// ------------------------------------------------------------------ PKI material

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");
const CLUSTER = "conformance";
/** The harness wall clock at init (HARNESS.md §3.1 `pki.wallClockMs`). */
const WALL = 1_800_000_000_000;
const DAY = 86_400_000;
/** Larger than the most clock-skew tolerance SEC-55 allows (300 000 ms). */
const MAX_SKEW = 300_000;
const CA: KeyPair = generateKeyPair(new Uint8Array(32).fill(0xca));

interface Holder {
  readonly name: string;
  readonly pair: KeyPair;
  readonly cert: Uint8Array;
  readonly serial: Uint8Array;
  readonly addr: TraceAddress;
}

function certified(
  name: string,
  key: number,
  serial: number,
  addr: TraceAddress,
  notBeforeMs = WALL - DAY,
  notAfterMs = WALL + 365 * DAY,
): Holder {
  const pair = generateKeyPair(new Uint8Array(32).fill(key));
  const s = new Uint8Array(16).fill(serial);
  const cert = issueCertificate({
    ca: CA,
    name,
    publicKey: pair.publicKey,
    notBeforeMs,
    notAfterMs,
    cluster: CLUSTER,
    addresses: [{ ip: ipToBytes(addr.ip), port: addr.port }],
    serial: s,
  });
  return { name, pair, cert, serial: s, addr };
}

const IUT_ID = certified("iut", 0x01, 0x01, IUT);
const P1 = certified("p1", 0x02, 0x02, PEERS.p1.addr);
const P2 = certified("p2", 0x03, 0x03, PEERS.p2.addr);
/** p1's key, certified until an hour before the harness wall clock at init. */
const P1_EXPIRED = certified("p1", 0x02, 0x12, PEERS.p1.addr, WALL - 2 * DAY, WALL - 3_600_000);
/** p2's key, certified until 10 s after the harness wall clock at init. */
const P2_SHORT = certified("p2", 0x03, 0x13, PEERS.p2.addr, WALL - DAY, WALL + 10_000);

const identity = (h: Holder) =>
  new Identity({ name: h.name, cluster: CLUSTER, seed: h.pair.seed, certificate: h.cert });

/** The Alive of `h` at `incarnation` (certificate left for the signer to fill in). */
function aliveOf(h: Holder, incarnation: number): Alive {
  return msg(alive(h.name, incarnation, peerAddr(h.name as PeerName))) as Alive;
}

/** `h`'s own Alive, signed by `h` (its certificate inside). */
const signedAlive = (h: Holder, incarnation = 1): Signed => identity(h).sign(aliveOf(h, incarnation));

/** init.pki for the node under test. */
const PKI: NonNullable<TraceSetup["pki"]> = {
  privateKey: b64(IUT_ID.pair.seed),
  certificate: b64(IUT_ID.cert),
  trustedCas: [b64(CA.publicKey)],
  wallClockMs: WALL,
};

const pkiSetup = (over: Partial<TraceSetup> = {}) => setup({ pki: PKI, ...over });
const json = (m: Message) => messageToJson(m);
const injectMsgs = (from: PeerName, ...messages: Message[]) =>
  ({ op: "inject", transport: "datagram", from, packet: { messages: messages.map(json) } }) as const;
const inject1 = (from: PeerName, ...messages: unknown[]) =>
  ({ op: "inject", transport: "datagram", from, packet: { messages } }) as const;
const noJoin = { op: "expect-no-event", during: 1000, event: { type: "member-joined" } } as const;
const hex = (messages: unknown[]): string =>
  Buffer.from(encodePacket(messages.map(msg), { cluster: CLUSTER })).toString("hex");

export const SEC: Scenario[] = [
  {
    id: "sec/encryption/replayed-dropped",
    title: "An authenticated envelope received a second time is dropped without reply",
    requirements: ["SEC-30", "SEC-17"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY] }),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(60, "conformance") },
      { op: "expect", transport: "datagram", to: "p1", within: 10, message: { type: "ack", seq: 60 } },
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(60, "conformance") },
      { op: "expect-none", transport: "datagram", during: 1000 },
    ],
  },
  {
    id: "sec/cluster/sealed-for-other-cluster",
    title: "An envelope sealed under the right key for another cluster is dropped without reply",
    requirements: ["SEC-17"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY] }),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(61, "other") },
      { op: "expect-none", transport: "datagram", during: 1000 },
    ],
  },
  {
    id: "sec/encryption/unknown-key",
    title: "An envelope sealed under a key the node does not hold is dropped without reply",
    requirements: ["SEC-14", "SEC-17"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY] }),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(62, CLUSTER, KEY2_BYTES) },
      { op: "expect-none", transport: "datagram", during: 1000 },
    ],
  },
  {
    id: "sec/encryption/tampered",
    title:
      "An envelope under a held key whose ciphertext was changed fails authentication and is dropped without reply",
    // The second envelope reuses the first one's nonce: accepted only if the failed one left the window alone (SEC-33).
    requirements: ["SEC-11", "SEC-17", "SEC-33"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY] }),
    steps: [
      (() => {
        const bytes = Buffer.from(sealedPing(66, CLUSTER), "hex");
        bytes[bytes.length - 20] = (bytes[bytes.length - 20] as number) ^ 0x01;
        return { op: "inject", transport: "datagram", from: "p1", bytes: bytes.toString("hex") } as const;
      })(),
      { op: "expect-none", transport: "datagram", during: 1000 },
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(67, CLUSTER) },
      { op: "expect", transport: "datagram", to: "p1", within: 10, message: { type: "ack", seq: 67 } },
    ],
  },
  {
    id: "sec/encryption/non-primary-key",
    title: "An envelope sealed under an installed key that is not the primary is opened and answered",
    requirements: ["SEC-14"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY2, KEY] }),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(63, CLUSTER, KEY_BYTES) },
      { op: "expect", transport: "datagram", to: "p1", within: 10, message: { type: "ack", seq: 63 } },
    ],
  },
  {
    id: "sec/encryption/plaintext-refused",
    title: "In encrypted mode a plaintext envelope is dropped without reply",
    requirements: ["SEC-41", "SEC-40"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY], encryptionMode: "encrypted" }),
    steps: [
      {
        op: "inject",
        transport: "datagram",
        from: "p1",
        bytes: hex([ping(64, "iut", "p1", peerAddr("p1"))]),
      },
      { op: "expect-none", transport: "datagram", during: 1000 },
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedPing(65, CLUSTER) },
      { op: "expect", transport: "datagram", to: "p1", within: 10, message: { type: "ack", seq: 65 } },
    ],
  },
  {
    id: "sec/pki/signed-alive-accepted",
    title: "A Signed Alive from a node certified by a trusted CA is verified and the node joins",
    requirements: ["SEC-63", "SEC-53", "SEC-57", "SEC-60"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup(),
    steps: [
      injectMsgs("p1", signedAlive(P1)),
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p1" } } },
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "sec/pki/own-alive-signed",
    title:
      "With PKI on, the node's own Alive travels only inside Signed, in push-pull's signedMembers and as gossip",
    requirements: ["SEC-62"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup({ autoAck: ["p1"] }),
    steps: [
      { op: "command", command: "join", args: { seeds: ["p1"] } },
      {
        op: "expect",
        transport: "stream-request",
        to: "p1",
        within: 10,
        message: {
          type: "push-pull",
          join: true,
          signedMembers: { $contains: [{ signer: "iut" }] },
        },
      },
      injectMsgs("p1", signedAlive(P1)),
      inject1("p1", ping(70, "iut", "p1", peerAddr("p1"))),
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 10,
        packet: {
          messages: {
            $contains: [
              { type: "ack", seq: 70 },
              { type: "signed", signer: "iut" },
            ],
          },
        },
      },
      { op: "expect-none", transport: "datagram", during: 2000, message: { type: "alive", node: "iut" } },
    ],
  },
  {
    id: "sec/pki/bad-signature",
    title: "A Signed Alive whose signature does not verify is refused: no member joins",
    requirements: ["SEC-63", "SEC-65", "SEC-66"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup(),
    steps: [
      (() => {
        const s = signedAlive(P1);
        const signature = Uint8Array.from(s.signature);
        signature[0] = (signature[0] as number) ^ 0x01;
        return injectMsgs("p1", { ...s, signature });
      })(),
      noJoin,
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "sec/pki/signer-mismatch",
    title:
      "A Signed whose signer is not the node the Alive is about is refused, even with a valid certificate and signature",
    requirements: ["SEC-61", "SEC-65"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup(),
    steps: [
      injectMsgs("p2", signedAlive(P2)),
      { op: "expect-event", within: 0, event: { type: "member-joined", member: { name: "p2" } } },
      // p2 signs an Alive about p1 (carrying p1's certificate): p2 cannot speak for p1.
      injectMsgs("p2", identity(P2).signMessage(encodeMessage({ ...aliveOf(P1, 1), certificate: P1.cert }))),
      noJoin,
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "sec/pki/expired-certificate",
    title: "A Signed Alive whose certificate expired (by the harness wall clock) is refused",
    requirements: ["SEC-55", "SEC-65"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup(),
    steps: [injectMsgs("p1", signedAlive(P1_EXPIRED)), noJoin, { op: "record-query", what: "members" }],
  },
  {
    id: "sec/pki/certificate-expires-with-clock",
    title:
      "The wall clock advances with the harness clock: a certificate valid at init is refused once it expired",
    requirements: ["SEC-55", "SEC-65"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup(),
    steps: [
      { op: "advance", by: 10_000 + MAX_SKEW + 1000, note: "past notAfter plus any allowed clock skew" },
      injectMsgs("p2", signedAlive(P2_SHORT)),
      noJoin,
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "sec/pki/revoked-after-list",
    title: "Once a revocation list naming a node's certificate arrives, that node's messages are refused",
    requirements: ["SEC-75", "SEC-72", "SEC-73", "SEC-65"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup({ autoAck: ["p1"] }),
    steps: [
      injectMsgs("p1", signedAlive(P1)),
      { op: "expect-event", within: 0, event: { type: "member-joined", member: { name: "p1" } } },
      injectMsgs("p2", signRevocation(CA, WALL, [P1.serial])),
      injectMsgs("p1", identity(P1).sign({ type: "leave", node: "p1", incarnation: 1 })),
      { op: "expect-no-event", during: 1000, event: { type: "member-left" } },
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "sec/pki/revoked-at-init",
    title: "A node whose certificate is in a revocation list held from the start cannot join",
    requirements: ["SEC-75", "SEC-65"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup({
      pki: { ...PKI, revocations: [json(signRevocation(CA, WALL - DAY, [P2.serial]))] },
    }),
    steps: [
      injectMsgs("p2", signedAlive(P2)),
      noJoin,
      injectMsgs("p1", signedAlive(P1)),
      { op: "expect-event", within: 0, event: { type: "member-joined", member: { name: "p1" } } },
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "sec/pki/unsigned-alive-refused",
    title: "With PKI on, an Alive outside Signed is refused: no member joins",
    requirements: ["SEC-65"],
    spec,
    file,
    features: ["pki"],
    setup: pkiSetup(),
    steps: [injectMsgs("p1", aliveOf(P1, 1)), noJoin, { op: "record-query", what: "members" }],
  },
  {
    id: "sec/amplification/ping-from-unknown",
    title: "A ping from an address that is not a member gets one bare ack, no larger than the ping",
    requirements: ["SEC-102"],
    spec,
    file,
    setup: setup(),
    steps: [
      {
        ...injectMsgs("p1"),
        packet: { messages: [alive("p1", 1, peerAddr("p1")), alive("p2", 1, peerAddr("p2"))] },
        note: "gossip is pending",
      },
      {
        op: "inject",
        transport: "datagram",
        from: "p3",
        bytes: hex([ping(80, "iut", "p3", peerAddr("p3"))]),
      },
      {
        op: "expect",
        transport: "datagram",
        to: "p3",
        within: 10,
        packet: { messages: [{ type: "ack", seq: 80, payload: "" }] },
        size: { $lte: hex([ping(80, "iut", "p3", peerAddr("p3"))]).length / 2 },
      },
      { op: "expect-none", transport: "datagram", to: "p3", during: 1000 },
    ],
  },
  {
    id: "sec/amplification/push-pull-from-unknown",
    title: "A datagram push-pull from an address that is not a member is not answered with a larger datagram",
    requirements: ["SEC-102"],
    spec,
    file,
    setup: setup(),
    steps: [
      {
        ...injectMsgs("p1"),
        packet: { messages: [alive("p1", 1, peerAddr("p1")), alive("p2", 1, peerAddr("p2"))] },
      },
      { op: "inject", transport: "datagram", from: "p3", bytes: hex([pushPull(true, false, [])]) },
      {
        op: "expect-none",
        transport: "datagram",
        to: "p3",
        during: 1000,
        size: { $gt: hex([pushPull(true, false, [])]).length / 2 },
      },
    ],
  },
  {
    id: "sec/amplification/relay-held-address",
    title:
      "A relay probes the address it holds for the target, not the request's, and answers an unknown requester with one bare ack",
    requirements: ["SEC-103", "SEC-102"],
    spec,
    file,
    setup: setup({ autoAck: ["p2"] }),
    steps: [
      {
        ...injectMsgs("p1"),
        packet: { messages: [alive("p1", 1, peerAddr("p1")), alive("p2", 1, peerAddr("p2"))] },
      },
      { op: "inject", transport: "datagram", from: "p3", bytes: hex([pingReqTo(81)]) },
      { op: "expect-none", transport: "datagram", to: "p4", during: 1000, message: { type: "ping" } },
      { op: "expect", transport: "datagram", to: "p2", within: 0, message: { type: "ping", target: "p2" } },
      {
        op: "expect",
        transport: "datagram",
        to: "p3",
        within: 0,
        packet: { messages: [{ type: "ack", seq: 81, payload: "" }] },
        size: { $lte: hex([pingReqTo(81)]).length / 2 },
      },
    ],
  },
];

/** A PingReq from p3 (not a member) naming p2 but giving p4's address. */
function pingReqTo(seq: number) {
  return {
    type: "ping-req",
    seq,
    target: "p2",
    targetAddr: peerAddr("p4"),
    source: "p3",
    sourceAddr: peerAddr("p3"),
    wantNack: false,
  };
}
