/** Hand-written sample messages (one per type), shared by tests, codec vectors and the benchmark. */
import { encodeMessage } from "./envelope.js";
import type { Address, Alive, Message, MessageType } from "./messages.js";

const hex = (s: string): Uint8Array => Uint8Array.from(Buffer.from(s, "hex"));
export const ip4 = (a: number, b: number, c: number, d: number): Uint8Array => Uint8Array.of(a, b, c, d);
export const addr = (last: number, port = 7946): Address => ({ ip: ip4(10, 0, 0, last), port });
export const EMPTY = new Uint8Array(0);

export function alive(i: number): Alive {
  return {
    type: "alive",
    node: `node-${i}`,
    incarnation: i,
    addr: addr(i),
    meta: EMPTY,
    protocolMin: 1,
    protocolMax: 1,
    certificate: EMPTY,
  };
}

/** One representative message per type. */
export const SAMPLES: Readonly<Record<MessageType, Message>> = {
  ping: { type: "ping", seq: 1, target: "b", source: "a", sourceAddr: { ip: ip4(127, 0, 0, 1), port: 7946 } },
  "ping-req": {
    type: "ping-req",
    seq: 2,
    target: "c",
    targetAddr: { ip: hex("fe800000000000000000000000000001"), port: 7947 },
    source: "a",
    sourceAddr: { ip: ip4(127, 0, 0, 1), port: 7946 },
    wantNack: true,
  },
  ack: { type: "ack", seq: 1, payload: hex("c0ffee") },
  nack: { type: "nack", seq: 2 },
  alive: {
    type: "alive",
    node: "a",
    incarnation: 3,
    addr: { ip: ip4(10, 0, 0, 1), port: 7946 },
    meta: hex("726f6c653d7765620a"),
    protocolMin: 1,
    protocolMax: 1,
    certificate: EMPTY,
  },
  suspect: { type: "suspect", node: "b", incarnation: 4, from: "a" },
  dead: { type: "dead", node: "b", incarnation: 4, from: "c" },
  leave: { type: "leave", node: "a", incarnation: 5 },
  "push-pull": {
    type: "push-pull",
    join: true,
    reply: false,
    members: [
      {
        node: "a",
        addr: { ip: ip4(10, 0, 0, 1), port: 7946 },
        meta: EMPTY,
        incarnation: 1,
        state: "alive",
        protocolMin: 1,
        protocolMax: 1,
        certificate: EMPTY,
      },
      {
        node: "b",
        addr: { ip: ip4(10, 0, 0, 2), port: 7946 },
        meta: EMPTY,
        incarnation: 2,
        state: "suspect",
        protocolMin: 1,
        protocolMax: 1,
        certificate: EMPTY,
      },
    ],
    kvDigest: { nodes: [{ node: "a", maxVersion: 10, gcVersion: 2 }], reply: false },
    kvDelta: undefined,
    crdt: [],
    signedMembers: [],
  },
  "kv-digest": {
    type: "kv-digest",
    nodes: [
      { node: "a", maxVersion: 10, gcVersion: 0 },
      { node: "b", maxVersion: 2 ** 40, gcVersion: 7 },
    ],
    reply: true,
  },
  "kv-delta": {
    type: "kv-delta",
    nodes: [
      {
        node: "a",
        fromVersion: 8,
        reset: false,
        gcVersion: 0,
        maxVersion: 10,
        entries: [
          { key: "color", value: hex("626c7565"), version: 9, tombstone: false },
          { key: "size", value: EMPTY, version: 10, tombstone: true },
        ],
      },
    ],
  },
  "user-event": {
    type: "user-event",
    id: hex("000102030405060708090a0b0c0d0e0f"),
    origin: "a",
    name: "deploy",
    payload: hex("7631"),
    ltime: 42,
    ttl: 4,
  },
  "crdt-delta": {
    type: "crdt-delta",
    key: "hits",
    crdtType: "g-counter",
    state: hex("0a0161"),
    full: false,
    replication: { mode: "metadata", nodes: [], match: { dc: "eu", role: "web" } },
    ttlMs: 60000,
    origin: "a",
  },
  signed: {
    type: "signed",
    signer: "a",
    message: encodeMessage({ type: "leave", node: "a", incarnation: 5 }),
    signature: hex("5a".repeat(64)),
  },
  revocation: {
    type: "revocation",
    caPublicKey: hex("11".repeat(32)),
    issuedAtMs: 1764000000000,
    revoked: [hex("22".repeat(32))],
    signature: hex("33".repeat(64)),
  },
  error: { type: "error", code: 1, message: "busy" },
};
