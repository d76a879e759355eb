/** fast-check arbitraries producing valid messages of every type (field rules of spec/02-wire.md). */
import fc from "fast-check";
import { CRDT_TYPES, MEMBER_STATES, REPLICATION_MODES } from "../convert.js";
import type {
  Address,
  CrdtDelta,
  KvDelta,
  KvDigest,
  MemberRecord,
  Message,
  MessageType,
  Replication,
  Signed,
} from "../messages.js";

const u32 = fc.integer({ min: 0, max: 0xffffffff });
const u64 = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.maxSafeNat());
/** At most 32 code points: at most 128 UTF-8 bytes. */
const name = fc.string({ unit: "binary", minLength: 1, maxLength: 32 });
const optName = fc.oneof(fc.constant(""), name);
const key = fc.string({ unit: "binary", minLength: 1, maxLength: 64 });
const bytes = (maxLength = 64) => fc.uint8Array({ maxLength });
const address: fc.Arbitrary<Address> = fc.record({
  ip: fc.oneof(
    fc.uint8Array({ minLength: 4, maxLength: 4 }),
    fc.uint8Array({ minLength: 16, maxLength: 16 }),
  ),
  port: fc.integer({ min: 1, max: 65535 }),
});
const optAddr = fc.option(address, { nil: undefined });
const protocols = fc.tuple(u32, u32).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a]));

const memberRecord: fc.Arbitrary<MemberRecord> = fc
  .record({
    node: name,
    addr: optAddr,
    meta: bytes(512),
    incarnation: u32,
    state: fc.constantFrom(...MEMBER_STATES),
    protocols,
    certificate: bytes(),
  })
  .map(({ protocols: [protocolMin, protocolMax], ...r }) => ({ ...r, protocolMin, protocolMax }));

const kvDigestBody: fc.Arbitrary<Omit<KvDigest, "type">> = fc.record({
  nodes: fc.array(fc.record({ node: name, maxVersion: u64, gcVersion: u64 }), { maxLength: 5 }),
  reply: fc.boolean(),
});

const kvEntry = fc
  .record({ key, value: bytes(), version: u64, tombstone: fc.boolean() })
  .map((e) => (e.tombstone ? { ...e, value: new Uint8Array(0) } : e));

const kvDeltaBody: fc.Arbitrary<Omit<KvDelta, "type">> = fc.record({
  nodes: fc.array(
    fc.record({
      node: name,
      fromVersion: u64,
      reset: fc.boolean(),
      gcVersion: u64,
      maxVersion: u64,
      entries: fc.array(kvEntry, { maxLength: 5 }),
    }),
    { maxLength: 4 },
  ),
});

const replication: fc.Arbitrary<Replication> = fc.record({
  mode: fc.constantFrom(...REPLICATION_MODES),
  nodes: fc.array(name, { maxLength: 4 }),
  match: fc
    .array(fc.tuple(key, fc.string({ maxLength: 16 })), { maxLength: 4 })
    .map((kv) => Object.fromEntries(kv)),
});

const crdtBody: fc.Arbitrary<Omit<CrdtDelta, "type">> = fc.record({
  key,
  crdtType: fc.constantFrom(...CRDT_TYPES),
  state: bytes(),
  full: fc.boolean(),
  replication: fc.option(replication, { nil: undefined }),
  ttlMs: u64,
  origin: optName,
});

const signedBody: fc.Arbitrary<Omit<Signed, "type">> = fc.record({
  signer: name,
  message: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  signature: bytes(),
});

export const MESSAGE_ARBITRARIES: {
  readonly [T in MessageType]: fc.Arbitrary<Extract<Message, { type: T }>>;
} = {
  ping: fc.record({
    type: fc.constant("ping"),
    seq: u32,
    target: optName,
    source: optName,
    sourceAddr: optAddr,
  }),
  "ping-req": fc.record({
    type: fc.constant("ping-req"),
    seq: u32,
    target: name,
    targetAddr: optAddr,
    source: optName,
    sourceAddr: optAddr,
    wantNack: fc.boolean(),
  }),
  ack: fc.record({ type: fc.constant("ack"), seq: u32, payload: bytes() }),
  nack: fc.record({ type: fc.constant("nack"), seq: u32 }),
  alive: fc
    .record({
      node: name,
      incarnation: u32,
      addr: optAddr,
      meta: bytes(512),
      protocols,
      certificate: bytes(),
    })
    .map(({ protocols: [protocolMin, protocolMax], ...r }) => ({
      type: "alive" as const,
      ...r,
      protocolMin,
      protocolMax,
    })),
  suspect: fc.record({ type: fc.constant("suspect"), node: name, incarnation: u32, from: optName }),
  dead: fc.record({ type: fc.constant("dead"), node: name, incarnation: u32, from: optName }),
  leave: fc.record({ type: fc.constant("leave"), node: name, incarnation: u32 }),
  "push-pull": fc.record({
    type: fc.constant("push-pull"),
    join: fc.boolean(),
    reply: fc.boolean(),
    members: fc.array(memberRecord, { maxLength: 4 }),
    kvDigest: fc.option(kvDigestBody, { nil: undefined }),
    kvDelta: fc.option(kvDeltaBody, { nil: undefined }),
    crdt: fc.array(crdtBody, { maxLength: 3 }),
    signedMembers: fc.array(signedBody, { maxLength: 3 }),
  }),
  "kv-digest": kvDigestBody.map((b) => ({ type: "kv-digest" as const, ...b })),
  "kv-delta": kvDeltaBody.map((b) => ({ type: "kv-delta" as const, ...b })),
  "user-event": fc.record({
    type: fc.constant("user-event"),
    id: fc.uint8Array({ minLength: 16, maxLength: 16 }),
    origin: name,
    name,
    payload: bytes(),
    ltime: u64,
    ttl: u32,
  }),
  "crdt-delta": crdtBody.map((b) => ({ type: "crdt-delta" as const, ...b })),
  signed: signedBody.map((b) => ({ type: "signed" as const, ...b })),
  revocation: fc.record({
    type: fc.constant("revocation"),
    caPublicKey: bytes(),
    issuedAtMs: u64,
    revoked: fc.array(bytes(), { maxLength: 4 }),
    signature: bytes(),
  }),
  error: fc.record({
    type: fc.constant("error"),
    code: u32,
    message: fc.string({ unit: "binary", maxLength: 40 }),
  }),
};

export const anyMessage: fc.Arbitrary<Message> = fc.oneof(
  ...(Object.values(MESSAGE_ARBITRARIES) as fc.Arbitrary<Message>[]),
);

export const clusterName = fc.string({ unit: "binary", maxLength: 20 });
