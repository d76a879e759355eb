// Engine-level fuzzing (spec/12-security-considerations.md, SEC-66, SEC-100, SEC-101):
// random bytes and mutations of the codec conformance vectors go into engines
// as datagrams and stream requests. No input may throw, grow the engine's
// tables without bound, or change membership or key/value state unless it is
// a valid (and, with encryption or PKI, authenticated) message.
//
// CI runs tens of thousands of cases; `pnpm --filter @gossip/core fuzz` runs
// millions (GOSSIP_FUZZ_RUNS sets the number of cases per engine).
import { createCipheriv, createDecipheriv } from "node:crypto";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Address,
  type Alive,
  decodeMessage,
  decodePacket,
  type EnvelopeCipher,
  encodeMessage,
  encodePacket,
  type KvDelta,
  type Leave,
  type Message,
  type Signed,
} from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, type GossipEngine } from "./engine.js";
import type { EngineSecurity, MessageVerifier } from "./security-hooks.js";

const RUNS = Number(process.env.GOSSIP_FUZZ_RUNS ?? 12_000);
const LONG = RUNS > 100_000;
const CLUSTER = "prod";

// ------------------------------------------------------------------ inputs

interface Vector {
  readonly kind: string;
  readonly hex?: string;
}
function vectorHexes(): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const f of ["valid", "invalid", "stream"]) {
    const url = new URL(`../../../conformance/vectors/codec/${f}.json`, import.meta.url);
    const doc = JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as { vectors: Vector[] };
    for (const v of doc.vectors)
      if (v.kind !== "message" && typeof v.hex === "string") out.push(Buffer.from(v.hex, "hex"));
  }
  return out;
}
const VECTORS = vectorHexes();

/** The AES-256-GCM test key of the codec vectors (key id 1). */
const TEST_KEY = Buffer.from("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f", "hex");
function testCipher(): EnvelopeCipher {
  let counter = 0;
  return {
    primaryKeyId: () => 1,
    seal(_keyId, aad, plaintext) {
      const nonce = Buffer.alloc(12);
      nonce.writeUInt32BE(++counter, 8);
      const c = createCipheriv("aes-256-gcm", TEST_KEY, nonce);
      c.setAAD(aad);
      const body = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
      return { nonce: new Uint8Array(nonce), ciphertext: new Uint8Array(body) };
    },
    open(keyId, nonce, aad, ciphertext) {
      if (keyId !== 1 || nonce.length !== 12 || ciphertext.length < 16) return undefined;
      try {
        const d = createDecipheriv("aes-256-gcm", TEST_KEY, nonce);
        d.setAAD(aad);
        d.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
        return new Uint8Array(
          Buffer.concat([d.update(ciphertext.subarray(0, ciphertext.length - 16)), d.final()]),
        );
      } catch {
        return undefined;
      }
    },
  };
}

type Mutation =
  | { op: "flip"; at: number; bits: number }
  | { op: "set"; at: number; value: number }
  | { op: "truncate"; at: number }
  | { op: "insert"; at: number; bytes: Uint8Array }
  | { op: "delete"; at: number; len: number }
  | { op: "duplicate"; at: number; len: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }) }),
  fc.record({
    op: fc.constant("set" as const),
    at: fc.nat(),
    value: fc.constantFrom(0, 1, 0x7f, 0x80, 0xff),
  }),
  fc.record({ op: fc.constant("truncate" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }),
  }),
  fc.record({ op: fc.constant("delete" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 16 }) }),
  fc.record({ op: fc.constant("duplicate" as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
);

function mutate(input: Uint8Array, ms: readonly Mutation[]): Uint8Array {
  let b = Buffer.from(input);
  for (const m of ms) {
    const at = b.length === 0 ? 0 : m.at % (b.length + 1);
    switch (m.op) {
      case "flip":
        if (b.length > 0) b[at % b.length] = (b[at % b.length] as number) ^ m.bits;
        break;
      case "set":
        if (b.length > 0) b[at % b.length] = m.value;
        break;
      case "truncate":
        b = b.subarray(0, at);
        break;
      case "insert":
        b = Buffer.concat([b.subarray(0, at), m.bytes, b.subarray(at)]);
        break;
      case "delete":
        b = Buffer.concat([b.subarray(0, at), b.subarray(at + m.len)]);
        break;
      case "duplicate":
        b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + m.len), b.subarray(at)]);
        break;
    }
  }
  return new Uint8Array(b);
}

/** Random bytes, mutated vectors, and (encrypted engine) vectors re-sealed with the engine's key then mutated. */
function packets(reseal: EnvelopeCipher | undefined): fc.Arbitrary<Uint8Array> {
  const vectors = fc.constantFrom(...VECTORS);
  const resealed = VECTORS.flatMap((v) => {
    if (reseal === undefined) return [];
    const r = decodePacket(v, { cluster: CLUSTER, cipher: testCipher() });
    return r.ok ? [encodePacket(r.value.messages, { cluster: CLUSTER, cipher: reseal })] : [];
  });
  const sources = resealed.length > 0 ? fc.oneof(vectors, fc.constantFrom(...resealed)) : vectors;
  return fc.oneof(
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 1500 }) },
    {
      weight: 4,
      arbitrary: fc
        .tuple(sources, fc.array(mutation, { minLength: 1, maxLength: 6 }))
        .map(([v, ms]) => mutate(v, ms)),
    },
  );
}

// ------------------------------------------------------------------ engines

const addr = (last: number, port = 7946): Address => ({ ip: new Uint8Array([127, 0, 0, last]), port });
const MAGIC = new Uint8Array(64).fill(0xab);

function alive(node: string, last: number): Alive {
  return {
    type: "alive",
    node,
    incarnation: 1,
    addr: addr(last),
    meta: new Uint8Array(0),
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  };
}

/** A stand-in for @gossip/security: a Signed is authentic only with the MAGIC signature, which no mutation reaches. */
function fakePki(name: string): EngineSecurity {
  const verifier: MessageVerifier = {
    admit(message) {
      switch (message.type) {
        case "signed": {
          if (Buffer.compare(Buffer.from(message.signature), Buffer.from(MAGIC)) !== 0)
            return { ok: false, reason: "bad-signature" };
          const inner = decodeMessage(message.message);
          if (!inner.ok) return { ok: false, reason: "malformed-message" };
          return { ok: true, message: inner.value, signer: message.signer };
        }
        case "alive":
        case "leave":
        case "kv-delta":
          return { ok: false, reason: "unsigned" };
        default:
          return { ok: true, message };
      }
    },
    admitPushPull(pp) {
      const members = pp.members.filter((r) => r.state === "dead");
      return { members, signed: [], dropped: pp.members.length - members.length };
    },
    applyRevocation: () => "revocation-untrusted-ca",
    revocations: () => [],
  };
  return {
    signer: {
      sign: (m: Alive | Leave | KvDelta): Signed => ({
        type: "signed",
        signer: name,
        message: encodeMessage(m),
        signature: MAGIC,
      }),
    },
    verifier,
  };
}

type Kind = "plaintext" | "encrypted" | "pki";

function engineFor(kind: Kind): GossipEngine {
  const e = createEngine(
    { name: "fz", cluster: CLUSTER, addr: addr(1), seed: 7, preset: "lan" },
    kind === "encrypted"
      ? { cipher: testCipher(), acceptPlaintext: false }
      : kind === "pki"
        ? { security: fakePki("fz") }
        : {},
  );
  // Two known members with key/value state, through the front door.
  const seed: Message[] = [alive("a", 2), alive("b", 3)];
  const kv: KvDelta = {
    type: "kv-delta",
    nodes: [
      {
        node: "a",
        fromVersion: 0,
        reset: false,
        gcVersion: 0,
        maxVersion: 1,
        entries: [{ key: "k", value: new Uint8Array([1]), version: 1, tombstone: false }],
      },
    ],
  };
  const wrap = (m: Message): Message =>
    kind === "pki" && (m.type === "alive" || m.type === "kv-delta")
      ? {
          type: "signed",
          signer: m.type === "alive" ? m.node : "a",
          message: encodeMessage(m),
          signature: MAGIC,
        }
      : m;
  const opts = kind === "encrypted" ? { cluster: CLUSTER, cipher: testCipher() } : { cluster: CLUSTER };
  e.handleDatagram(addr(2), encodePacket(seed.map(wrap), opts), 0);
  e.handleDatagram(addr(2), encodePacket([wrap(kv)], opts), 0);
  e.takeOutputs();
  expect(
    e
      .members()
      .filter((m) => m.state === "alive")
      .map((m) => m.name)
      .sort(),
  ).toEqual(["a", "b", "fz"]);
  expect(e.getKey("a", "k")).toEqual(new Uint8Array([1]));
  return e;
}

/** Membership (members with an address: name, state, incarnation, address, metadata) and key/value state. */
function snapshot(e: GossipEngine, full: boolean): string {
  const ms = e
    .members()
    .filter((m) => m.addr !== undefined)
    .map((m) => ({
      n: m.name,
      ...(full ? { s: m.state, i: m.incarnation } : {}),
      a: `${Buffer.from(m.addr.ip).toString("hex")}:${m.addr.port}`,
      meta: Buffer.from(m.meta).toString("hex"),
      kv: [...e.keysOf(m.name)].map(([k, v]) => `${k}=${Buffer.from(v).toString("hex")}`).sort(),
    }))
    .sort((x, y) => (x.n < y.n ? -1 : 1));
  return JSON.stringify(ms);
}

function run(kind: Kind, runs: number): void {
  const e = engineFor(kind);
  const reseal = kind === "encrypted" ? testCipher() : undefined;
  const from = addr(66, 4000);
  let streamId = 0;
  let decodable = 0;
  fc.assert(
    fc.property(packets(reseal), fc.boolean(), (bytes, asStream) => {
      // Plaintext: state may change only when the packet is a valid envelope.
      // Encrypted: only when it authenticates under the key.
      // PKI: Suspect and Dead are unsigned (SEC-67), so only who is a member, where, and the data are compared.
      const valid =
        kind === "pki"
          ? false
          : decodePacket(bytes, {
              cluster: CLUSTER,
              ...(kind === "encrypted" ? { cipher: testCipher(), acceptPlaintext: false } : {}),
            }).ok;
      if (valid) decodable++;
      const before = valid ? "" : snapshot(e, kind !== "pki");
      if (asStream) e.handleStreamRequest(++streamId, from, bytes, 0);
      else e.handleDatagram(from, bytes, 0);
      e.takeOutputs();
      if (!valid) expect(snapshot(e, kind !== "pki")).toBe(before);
    }),
    { numRuns: runs, seed: Number(process.env.GOSSIP_FUZZ_SEED ?? 0x5ec) ^ kind.length },
  );
  // Bounded: the member table grows only with valid packets, the queue by its class limit.
  expect(e.members().length).toBeLessThanOrEqual(3 + 8 * decodable);
  expect(e.pendingBroadcasts()).toBeLessThanOrEqual(4 * e.config.broadcastQueueLimit);
  const s = e.stats();
  expect(s.inputs).toBeGreaterThanOrEqual(runs);
}

describe("engine fuzzing (random and mutated packets)", () => {
  const timeout = LONG ? 0 : 60_000;
  it(
    `SEC-66, SEC-100: a plaintext engine never throws and changes state only for valid envelopes (${RUNS} cases)`,
    () => {
      run("plaintext", RUNS);
    },
    timeout,
  );
  it(
    `SEC-66, SEC-101: an encrypted engine changes nothing for inputs that do not authenticate (${RUNS} cases)`,
    () => {
      run("encrypted", RUNS);
    },
    timeout,
  );
  it(
    `SEC-65: a PKI engine never lets an unauthenticated message change members, addresses or data (${RUNS} cases)`,
    () => {
      run("pki", RUNS);
    },
    timeout,
  );
});
