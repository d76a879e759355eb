/**
 * Security traces that the harness can drive with a keyring in `init` (spec/11-security.md):
 * a replayed envelope and an envelope sealed for another cluster are dropped without reply.
 * Register with `...SEC` in `scenarios/index.ts`, then `gossip-conformance record`.
 * (Bad-signature and expired-certificate traces need PKI fields in `init`: not in the harness yet.)
 */
import { encodePacket, type Message, messageFromJson } from "@gossip/codec";
import { fixedNonceCipher } from "../testkit/ciphers.js";
import { peerAddr, ping, type Scenario, setup } from "./dsl.js";

const spec = "spec/11-security.md";
const file = "conformance/src/scenarios/sec.ts";

const KEY_BYTES = new Uint8Array(Buffer.alloc(32, 0x11));
const KEY = Buffer.from(KEY_BYTES).toString("base64");

function msg(json: unknown): Message {
  const r = messageFromJson(json);
  if (!r.ok) throw r.error;
  return r.value;
}

/** A ping to the node under test from p1, sealed under the cluster key for `cluster` (fixed nonce: one envelope). */
const sealedPing = (seq: number, cluster: string): string =>
  Buffer.from(
    encodePacket([msg(ping(seq, "iut", "p1", peerAddr("p1")))], {
      cluster,
      cipher: fixedNonceCipher(KEY_BYTES),
    }),
  ).toString("hex");

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
];
