/** Wire-level behaviour: cluster names, malformed input, compound packets. */
import { encodePacket, type Message, messageFromJson } from "@gossip/codec";
import { keyIdOf } from "@gossip/security";
import { fixedNonceCipher } from "../testkit/ciphers.js";
import { alive, inject, introduce, peerAddr, ping, type Scenario, setup } from "./dsl.js";

const spec = "spec/02-wire.md";
const file = "conformance/src/scenarios/wire.ts";

const hexOf = (cluster: string, ...msgs: unknown[]) =>
  Buffer.from(
    encodePacket(
      msgs.map((m) => {
        const r = messageFromJson(m);
        if (!r.ok) throw r.error;
        return r.value as Message;
      }),
      { cluster },
    ),
  ).toString("hex");

/** A test key (32 bytes of 0x11) and its key id (first 4 bytes of SHA-256, spec/11-security.md). */
const KEY = Buffer.alloc(32, 0x11).toString("base64");
const KEY_ID = keyIdOf(new Uint8Array(Buffer.alloc(32, 0x11)));
const sealedWithOtherKey = Buffer.from(
  encodePacket([ping30()], {
    cluster: "conformance",
    cipher: fixedNonceCipher(new Uint8Array(Buffer.alloc(32, 0x22))),
  }),
).toString("hex");
function ping30(): Message {
  const r = messageFromJson(ping(30, "iut", "p1", peerAddr("p1")));
  if (!r.ok) throw r.error;
  return r.value;
}

const goodPing = hexOf("conformance", ping(30, "iut", "p1", peerAddr("p1")));
const stillAlive = [
  inject("p1", ping(31, "iut", "p1", peerAddr("p1"))),
  {
    op: "record-expect",
    transport: "datagram",
    to: "p1",
    within: 10,
    select: { type: "ack", seq: 31 },
    note: "still answers valid packets",
  },
] as const;

const rejects = (id: string, title: string, bytes: string, requirements: string[]): Scenario => ({
  id,
  title,
  requirements: [...requirements, "PRE-6"],
  spec,
  file,
  setup: setup(),
  steps: [
    { op: "inject", transport: "datagram", from: "p1", bytes },
    { op: "expect-none", transport: "datagram", during: 1000 },
    ...stillAlive,
  ],
});

export const WIRE: Scenario[] = [
  rejects(
    "wire/cluster/other-cluster-ignored",
    "A packet for another cluster is dropped, not answered",
    hexOf("other-cluster", ping(30, "iut", "p1", peerAddr("p1"))),
    ["WIRE-8", "WIRE-91"],
  ),
  rejects(
    "wire/cluster/empty-cluster-ignored",
    "A packet with an empty cluster name is dropped by a named cluster",
    hexOf("", ping(30, "iut", "p1", peerAddr("p1"))),
    ["WIRE-6", "WIRE-8"],
  ),
  rejects("wire/malformed/garbage", "Random bytes are dropped without effect", "00ff13370badc0de", [
    "WIRE-2",
    "WIRE-90",
  ]),
  rejects(
    "wire/malformed/truncated",
    "A truncated packet is dropped",
    goodPing.slice(0, goodPing.length - 6),
    ["WIRE-35", "WIRE-91"],
  ),
  rejects(
    "wire/malformed/bad-magic",
    "A packet with the wrong magic is dropped",
    `0000${goodPing.slice(4)}`,
    ["WIRE-2", "WIRE-1"],
  ),
  rejects(
    "wire/malformed/unknown-version",
    "A packet of an unknown protocol version is dropped",
    `${goodPing.slice(0, 4)}7f${goodPing.slice(6)}`,
    ["WIRE-3", "WIRE-91"],
  ),
  rejects("wire/malformed/empty", "An empty datagram is dropped", "", ["WIRE-9", "WIRE-90"]),
  {
    id: "wire/compound/all-messages-processed",
    live: true,
    title: "Every message of a compound packet is processed",
    requirements: ["WIRE-30"],
    spec,
    file,
    setup: setup(),
    steps: [
      inject(
        "p1",
        alive("p3", 1, peerAddr("p3")),
        ping(40, "iut", "p1", peerAddr("p1")),
        alive("p2", 1, peerAddr("p2")),
      ),
      { op: "record-expect", transport: "datagram", to: "p1", within: 10, select: { type: "ack", seq: 40 } },
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p3" } } },
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p2" } } },
    ],
  },
  {
    id: "wire/limits/longest-name-and-meta",
    title: "A receiver accepts a 128-byte node name with 512 bytes of metadata",
    requirements: ["WIRE-39", "WIRE-43", "WIRE-44"],
    spec,
    file,
    setup: setup(),
    steps: [
      inject("p1", alive("n".repeat(128), 1, peerAddr("p3"), Buffer.alloc(512, 7).toString("base64"))),
      {
        op: "record-event",
        window: [0, 0],
        select: { type: "member-joined", member: { name: "n".repeat(128) } },
      },
    ],
  },
  {
    id: "wire/cluster/name-too-long",
    title: "A cluster name longer than 255 bytes is rejected at configuration time",
    requirements: ["WIRE-7"],
    spec,
    file,
    setup: setup({ cluster: "c".repeat(256), initError: true }),
    steps: [],
  },
  {
    id: "wire/encryption/encrypted-exchange",
    title: "With a keyring, a node answers an encrypted ping with an ack sealed under its primary key",
    requirements: ["WIRE-10", "WIRE-11"],
    spec,
    file,
    features: ["encryption"],
    live: true,
    setup: setup({ keys: [KEY] }),
    steps: [
      inject("p1", ping(50, "iut", "p1", peerAddr("p1"))),
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 10,
        message: { type: "ack", seq: 50 },
        envelope: { encrypted: true, keyId: KEY_ID },
      },
    ],
  },
  {
    id: "wire/encryption/fresh-nonces",
    title: "Every encrypted datagram carries a fresh nonce",
    requirements: ["WIRE-13"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY], autoAck: ["p1"] }),
    steps: [
      introduce("p1"),
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        message: { type: "ping" },
        envelope: { encrypted: true, nonce: { $capture: "n1" } },
      },
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        message: { type: "ping" },
        envelope: { encrypted: true, nonce: { $not: { $oneOf: [{ $var: "n1" }] } } },
      },
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        message: { type: "ping" },
        envelope: { encrypted: true, nonce: { $not: { $oneOf: [{ $var: "n1" }] } } },
      },
    ],
  },
  {
    id: "wire/encryption/wrong-key-dropped",
    title: "An envelope sealed under a key the node does not hold is dropped",
    requirements: ["WIRE-11", "WIRE-91"],
    spec,
    file,
    features: ["encryption"],
    setup: setup({ keys: [KEY] }),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", bytes: sealedWithOtherKey },
      { op: "expect-none", transport: "datagram", during: 1000 },
    ],
  },
];
