/**
 * Builds the language-neutral security vectors of
 * `conformance/vectors/security/` deterministically: fixed keys, seeds,
 * sender ids, counters, serials and clock. `generate.ts` writes them;
 * `vectors.test.ts` checks the files on disk equal this output and that every
 * expected verdict holds.
 *
 * The keys here are test keys, public by construction. Never use them.
 */
import { encodeMessage, encodePacket, type Message, type Revocation, type Signed } from "@gossip/codec";
import { concatBytes, toHex } from "../bytes.js";
import { encodeCertificateBody, issueCertificate, parseCertificate } from "../certificate.js";
import { caKeyIdOf, generateKeyPair, type KeyPair, privateKeyFromSeed, signBytes } from "../ed25519.js";
import { Identity, signedPayload } from "../identity.js";
import { COUNTER_LIMIT, Keyring, keyIdOf } from "../keyring.js";
import { revocationPayload, signRevocation } from "../revocation.js";

export const VECTOR_FILES = ["envelope.json", "signed.json", "formats.json", "amplification.json"] as const;
export type VectorFile = (typeof VECTOR_FILES)[number];

/** 2026-01-01T00:00:00Z: the wall clock of every signed vector. */
export const VECTOR_NOW_MS = 1_767_225_600_000;
const DAY = 86_400_000;
const CLUSTER = "prod";

const filled = (length: number, byte: number) => new Uint8Array(length).fill(byte);
const hex = toHex;
const keyHex = (id: number) => id.toString(16).padStart(8, "0");

/** Pre-shared test keys. */
const PSK = { k1: filled(32, 0x11), k2: filled(32, 0x22), k3: filled(32, 0x33) } as const;
type PskName = keyof typeof PSK;

/** A keyring whose sender id and counter start are fixed. */
function senderKeyring(keys: readonly Uint8Array[], senderId: number, counterStart: number): Keyring {
  const r = new Uint8Array(12);
  const view = new DataView(r.buffer);
  view.setUint16(0, Math.floor(senderId / 2 ** 32));
  view.setUint32(2, senderId >>> 0);
  view.setUint16(6, Math.floor(counterStart / 2 ** 32));
  view.setUint32(8, counterStart >>> 0);
  return new Keyring({ keys, random: () => Uint8Array.from(r) });
}

const PING: Message = {
  type: "ping",
  seq: 42,
  target: "node-b",
  source: "node-a",
  sourceAddr: { ip: Uint8Array.of(127, 0, 0, 1), port: 7946 },
};

function plaintextBody(messages: readonly Message[]): Uint8Array {
  // The body of a plaintext, uncompressed envelope is the Packet: strip the header.
  const bytes = encodePacket(messages, { cluster: CLUSTER });
  return bytes.subarray(5 + CLUSTER.length);
}

interface PacketStep {
  hex: string;
  keyId?: string;
  nonce?: string;
  expected: { verdict: "accept"; plaintext: string } | { verdict: "reject"; error: string; reason: string };
}

interface EnvelopeCase {
  id: string;
  requirements: string[];
  description: string;
  receiver: {
    cluster: string;
    keys: PskName[];
    mode: "plaintext" | "migration" | "encrypted";
    replayWindow: number;
    maxSenders: number;
  };
  packets: PacketStep[];
}

function sealed(
  keyring: Keyring,
  cluster: string,
  messages: readonly Message[] = [PING],
): { bytes: Uint8Array; keyId: string; nonce: string } {
  const bytes = encodePacket(messages, { cluster, cipher: keyring });
  const aadEnd = 5 + new TextEncoder().encode(cluster).length + 4;
  return {
    bytes,
    keyId: hex(bytes.subarray(aadEnd - 4, aadEnd)),
    nonce: hex(bytes.subarray(aadEnd, aadEnd + 12)),
  };
}

const accept = (
  s: { bytes: Uint8Array; keyId?: string; nonce?: string },
  plaintext = plaintextBody([PING]),
): PacketStep => ({
  hex: hex(s.bytes),
  ...(s.keyId ? { keyId: s.keyId, nonce: s.nonce } : {}),
  expected: { verdict: "accept", plaintext: hex(plaintext) },
});
const reject = (
  s: { bytes: Uint8Array; keyId?: string; nonce?: string },
  error: string,
  reason: string,
): PacketStep => ({
  hex: hex(s.bytes),
  ...(s.keyId ? { keyId: s.keyId, nonce: s.nonce } : {}),
  expected: { verdict: "reject", error, reason },
});

function flip(bytes: Uint8Array, index: number): Uint8Array {
  const out = Uint8Array.from(bytes);
  out[index]! ^= 0x01;
  return out;
}

function envelopeVectors(): object {
  const SID = 0x0a0b0c0d0e0f;
  const START = 0x000000001000;
  const receiver = (keys: PskName[], mode: EnvelopeCase["receiver"]["mode"] = "encrypted") => ({
    cluster: CLUSTER,
    keys,
    mode,
    replayWindow: 4096,
    maxSenders: 1024,
  });
  const cases: EnvelopeCase[] = [];

  const s1 = sealed(senderKeyring([PSK.k1], SID, START), CLUSTER);
  cases.push({
    id: "encrypted-ok",
    requirements: ["SEC-2", "SEC-10", "SEC-11", "SEC-12", "SEC-14", "SEC-15", "SEC-20"],
    description: "An envelope sealed with k1 opens at a receiver holding k1.",
    receiver: receiver(["k1"]),
    packets: [accept(s1)],
  });

  const rot = senderKeyring([PSK.k2, PSK.k1], SID, START);
  cases.push({
    id: "encrypted-secondary-key",
    requirements: ["SEC-14", "SEC-16"],
    description:
      "Rolling rotation: the sender already uses k2; the receiver has k2 installed but k1 still primary.",
    receiver: receiver(["k1", "k2"]),
    packets: [accept(sealed(rot, CLUSTER))],
  });

  const s3 = sealed(senderKeyring([PSK.k3], SID, START), CLUSTER);
  cases.push({
    id: "wrong-key",
    requirements: ["SEC-14", "SEC-17"],
    description: "Sealed with k3, which the receiver does not hold: unknown key id.",
    receiver: receiver(["k1", "k2"]),
    packets: [reject(s3, "DECRYPT_FAILED", "unknown-key")],
  });

  // k3 ciphertext relabelled with k1's key id: the key id is known, authentication fails.
  const relabelled = Uint8Array.from(s3.bytes);
  const idAt = 5 + CLUSTER.length;
  new DataView(relabelled.buffer).setUint32(idAt, keyIdOf(PSK.k1));
  cases.push({
    id: "wrong-key-same-key-id",
    requirements: ["SEC-2", "SEC-11", "SEC-14"],
    description: "A k3 envelope whose key id was rewritten to k1's: authentication fails.",
    receiver: receiver(["k1"]),
    packets: [reject({ bytes: relabelled }, "DECRYPT_FAILED", "auth-failed")],
  });

  const blue = sealed(senderKeyring([PSK.k1], SID, START), "blue");
  cases.push({
    id: "wrong-cluster",
    requirements: ["SEC-1", "SEC-3"],
    description:
      "An envelope of cluster 'blue' at a receiver of cluster 'prod' is dropped before decryption.",
    receiver: receiver(["k1"]),
    packets: [reject(blue, "WRONG_CLUSTER", "wrong-cluster")],
  });

  // "prod" sealed, then the cluster bytes rewritten to "prox": a receiver of "prox" cannot authenticate.
  const prox = Uint8Array.from(s1.bytes);
  prox[8] = "x".charCodeAt(0);
  cases.push({
    id: "wrong-cluster-relabelled",
    requirements: ["SEC-2", "SEC-11"],
    description:
      "A 'prod' envelope re-labelled 'prox' (same length): the cluster name is associated data, so it fails.",
    receiver: { ...receiver(["k1"]), cluster: "prox" },
    packets: [reject({ bytes: prox }, "DECRYPT_FAILED", "auth-failed")],
  });

  const tamper = (index: number, what: string): EnvelopeCase => ({
    id: `tampered-${what}`,
    requirements: ["SEC-2", "SEC-11", "SEC-17"],
    description: `One bit of the ${what} flipped.`,
    receiver: receiver(["k1"]),
    packets: [reject({ bytes: flip(s1.bytes, index) }, "DECRYPT_FAILED", "auth-failed")],
  });
  const aadEnd = 5 + CLUSTER.length + 4;
  cases.push(tamper(aadEnd + 3, "nonce"));
  cases.push(tamper(aadEnd + 12 + 1, "ciphertext"));
  cases.push(tamper(s1.bytes.length - 1, "tag"));

  const plain = { bytes: encodePacket([PING], { cluster: CLUSTER }) };
  cases.push({
    id: "plaintext-refused",
    requirements: ["SEC-40", "SEC-41"],
    description: "Encrypted mode drops plaintext envelopes.",
    receiver: receiver(["k1"]),
    packets: [reject(plain, "ENCRYPTION_REQUIRED", "plaintext-refused")],
  });
  cases.push({
    id: "migration-accepts-both",
    requirements: ["SEC-40", "SEC-43"],
    description: "Migration mode accepts plaintext and encrypted envelopes.",
    receiver: receiver(["k1"], "migration"),
    packets: [accept(plain), accept(sealed(senderKeyring([PSK.k1], SID + 1, START), CLUSTER))],
  });
  cases.push({
    id: "plaintext-mode-opens-encrypted",
    requirements: ["SEC-40", "SEC-42"],
    description:
      "Plaintext mode with a keyring opens encrypted envelopes (first step of turning encryption on).",
    receiver: receiver(["k1"], "plaintext"),
    packets: [accept(sealed(senderKeyring([PSK.k1], SID + 2, START), CLUSTER)), accept(plain)],
  });

  const seq = senderKeyring([PSK.k1], SID, START);
  const p0 = sealed(seq, CLUSTER);
  const p1 = sealed(seq, CLUSTER);
  const p2 = sealed(seq, CLUSTER);
  cases.push({
    id: "replayed",
    requirements: ["SEC-30", "SEC-31", "SEC-33"],
    description:
      "Counters START, START+1, START+2 arrive as 1, 0, 1, 2, 0: reordering is accepted, re-sent envelopes rejected.",
    receiver: receiver(["k1"]),
    packets: [
      accept(p1),
      accept(p0),
      reject(p1, "DECRYPT_FAILED", "replayed"),
      accept(p2),
      reject(p0, "DECRYPT_FAILED", "replayed"),
    ],
  });

  const early = sealed(senderKeyring([PSK.k1], SID, START), CLUSTER);
  const late = sealed(senderKeyring([PSK.k1], SID, START + 4096), CLUSTER);
  const edge = sealed(senderKeyring([PSK.k1], SID, START + 1), CLUSTER);
  cases.push({
    id: "replayed-too-old",
    requirements: ["SEC-31", "SEC-32"],
    description:
      "After counter START+4096 is accepted, START is outside the 4096-wide window; START+1 is its oldest member.",
    receiver: receiver(["k1"]),
    packets: [accept(late), reject(early, "DECRYPT_FAILED", "too-old"), accept(edge)],
  });

  const otherSender = sealed(senderKeyring([PSK.k1], SID + 7, START), CLUSTER);
  cases.push({
    id: "replay-window-per-sender",
    requirements: ["SEC-30", "SEC-35"],
    description: "The same counter from two sender ids is two different envelopes.",
    receiver: receiver(["k1"]),
    packets: [accept(p0), accept(otherSender)],
  });

  const forged = flip(p2.bytes, p2.bytes.length - 1);
  cases.push({
    id: "forged-does-not-advance-window",
    requirements: ["SEC-33"],
    description:
      "A forged envelope (bad tag) is rejected and leaves the window as it was: the genuine one is then accepted.",
    receiver: receiver(["k1"]),
    packets: [reject({ bytes: forged }, "DECRYPT_FAILED", "auth-failed"), accept(p2)],
  });

  const q = [1, 2, 3].map((i) => sealed(senderKeyring([PSK.k1], SID + 100 + i, START), CLUSTER));
  cases.push({
    id: "replay-senders-bounded",
    requirements: ["SEC-34", "SEC-101"],
    description:
      "Room for 2 sender windows. Senders 1 and 2 are heard, then 1 again (a rejected replay still authenticated, so " +
      "it counts as heard); sender 3 then evicts sender 2, the least recently heard, whose envelope is accepted once " +
      "more: the documented cost of the memory bound. Sender 1 is still tracked.",
    receiver: { ...receiver(["k1"]), maxSenders: 2 },
    packets: [
      accept(q[0]!),
      accept(q[1]!),
      reject(q[0]!, "DECRYPT_FAILED", "replayed"),
      accept(q[2]!),
      reject(q[0]!, "DECRYPT_FAILED", "replayed"),
      accept(q[1]!),
    ],
  });

  const id = (k: PskName) => keyHex(keyIdOf(PSK[k]));
  const keyringOps = {
    requirements: ["SEC-13"],
    description:
      "Keyring operations in order on an empty keyring; `expect` is the outcome: the key id, `ok`, `unchanged`, " +
      "`refused` (with the reason) or `absent`; `list` is the key ids, primary first, then in installation order.",
    steps: [
      { op: "install", key: "k1", expect: id("k1"), list: [id("k1")], primary: id("k1") },
      { op: "install", key: "k2", expect: id("k2"), list: [id("k1"), id("k2")], primary: id("k1") },
      { op: "install", key: "k2", expect: "unchanged", list: [id("k1"), id("k2")], primary: id("k1") },
      { op: "use", key: "k2", expect: "ok", list: [id("k2"), id("k1")], primary: id("k2") },
      {
        op: "remove",
        key: "k2",
        expect: "refused",
        reason: "remove-primary",
        list: [id("k2"), id("k1")],
        primary: id("k2"),
      },
      {
        op: "use",
        key: "k3",
        expect: "refused",
        reason: "unknown-key",
        list: [id("k2"), id("k1")],
        primary: id("k2"),
      },
      { op: "remove", key: "k1", expect: "ok", list: [id("k2")], primary: id("k2") },
      { op: "remove", key: "k1", expect: "absent", list: [id("k2")], primary: id("k2") },
    ],
  };

  return {
    schema: "gossip-security-vectors/envelope-v1",
    description:
      "Encrypted envelopes (spec/11-security.md §11.2-§11.6, framing in spec/02-wire.md). For each case, create one receiver " +
      "with the listed keys (the first is the primary), cluster, mode and replay window, then feed it the packets in order. " +
      "An accepted packet's body decrypts to `plaintext` (the protobuf Packet). A rejected one yields the codec error and " +
      "the security reason.",
    generator: "pnpm --filter @gossip/security vectors",
    keys: Object.fromEntries(
      Object.entries(PSK).map(([name, key]) => [name, { key: hex(key), keyId: keyHex(keyIdOf(key)) }]),
    ),
    reasons: {
      "wrong-cluster": "SEC-1: the header names another cluster",
      "unknown-key": "SEC-14: no installed key has the envelope's key id",
      "auth-failed": "SEC-11: the tag does not verify (wrong key, tampered header, nonce or ciphertext)",
      replayed: "SEC-31: duplicate counter inside the window",
      "too-old": "SEC-31: counter at or below highest - W",
      "plaintext-refused": "SEC-41: plaintext envelope in encrypted mode",
    },
    keyringOps,
    cases,
  };
}

interface Node {
  name: string;
  pair: KeyPair;
  certificate: Uint8Array;
  identity: Identity;
}

function signedVectors(): object {
  const ca = generateKeyPair(filled(32, 0xca));
  const rogueCa = generateKeyPair(filled(32, 0xee));
  const addr = { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 };
  const node = (
    name: string,
    seedByte: number,
    opts: {
      ca?: KeyPair;
      notBeforeMs?: number;
      notAfterMs?: number;
      cluster?: string;
      identityCluster?: string;
    } = {},
  ): Node => {
    const pair = generateKeyPair(filled(32, seedByte));
    const certificate = issueCertificate({
      ca: opts.ca ?? ca,
      name,
      publicKey: pair.publicKey,
      notBeforeMs: opts.notBeforeMs ?? VECTOR_NOW_MS - 30 * DAY,
      notAfterMs: opts.notAfterMs ?? VECTOR_NOW_MS + 365 * DAY,
      cluster: opts.cluster ?? CLUSTER,
      addresses: [addr],
      serial: filled(16, seedByte),
    });
    const identity = new Identity({
      name,
      cluster: opts.identityCluster ?? CLUSTER,
      seed: pair.seed,
      certificate,
    });
    return { name, pair, certificate, identity };
  };
  const alive = (n: Node, over: Partial<Extract<Message, { type: "alive" }>> = {}): Message => ({
    type: "alive",
    node: n.name,
    incarnation: 3,
    addr,
    meta: new Uint8Array(0),
    protocolMin: 1,
    protocolMax: 1,
    certificate: n.certificate,
    ...over,
  });
  const a = node("node-a", 0xa1);
  const b = node("node-b", 0xb1);
  const expired = node("node-old", 0xa2, {
    notBeforeMs: VECTOR_NOW_MS - 400 * DAY,
    notAfterMs: VECTOR_NOW_MS - DAY,
  });
  const future = node("node-new", 0xa3, {
    notBeforeMs: VECTOR_NOW_MS + DAY,
    notAfterMs: VECTOR_NOW_MS + 400 * DAY,
  });
  const rogue = node("node-a", 0xa4, { ca: rogueCa });
  const blue = node("node-a", 0xa1, { cluster: "", identityCluster: "blue" });
  const otherCluster = node("node-c", 0xa5, { cluster: "blue", identityCluster: "blue" });
  const revokedNode = node("node-r", 0xa6);
  const revocation = signRevocation(ca, VECTOR_NOW_MS - DAY, [filled(16, 0xa6)]);

  const tamperedCert = Uint8Array.from(a.certificate);
  tamperedCert[1 + 16 + 16 + 8 + 32 + 1 + 5]! ^= 0x01; // "node-a" -> "node-`"
  const leave: Message = { type: "leave", node: "node-a", incarnation: 4 };
  const kvDelta: Message = {
    type: "kv-delta",
    nodes: [
      {
        node: "node-a",
        fromVersion: 0,
        reset: false,
        gcVersion: 0,
        maxVersion: 1,
        entries: [{ key: "role", value: new TextEncoder().encode("db"), version: 1, tombstone: false }],
      },
    ],
  };
  const suspect: Message = { type: "suspect", node: "node-b", incarnation: 1, from: "node-a" };

  const wire = (s: Signed) => ({ signer: s.signer, message: hex(s.message), signature: hex(s.signature) });
  const rev = (r: Revocation) => ({
    caPublicKey: hex(r.caPublicKey),
    issuedAtMs: r.issuedAtMs,
    revoked: r.revoked.map(hex),
    signature: hex(r.signature),
  });
  type Expected = { verdict: "accept"; messageType: string } | { verdict: "reject"; reason: string };
  const cases: {
    id: string;
    requirements: string[];
    description: string;
    context?: { certificates?: string[]; revocations?: ReturnType<typeof rev>[] };
    packet?: string;
    signed: ReturnType<typeof wire>;
    expected: Expected;
  }[] = [];
  const ok = (type: string): Expected => ({ verdict: "accept", messageType: type });
  const no = (reason: string): Expected => ({ verdict: "reject", reason });

  const aliveA = a.identity.signMessage(encodeMessage(alive(a)));
  cases.push({
    id: "signed-alive",
    requirements: ["SEC-50", "SEC-53", "SEC-60", "SEC-61", "SEC-62", "SEC-63"],
    description:
      "node-a's Alive with its certificate, signed by node-a, inside a plaintext envelope of cluster 'prod'.",
    packet: hex(encodePacket([aliveA], { cluster: CLUSTER })),
    signed: wire(aliveA),
    expected: ok("alive"),
  });
  cases.push({
    id: "signed-leave-cached-certificate",
    requirements: ["SEC-61", "SEC-63", "SEC-64"],
    description: "node-a's Leave; the certificate is known from an earlier Alive.",
    context: { certificates: [hex(a.certificate)] },
    signed: wire(a.identity.signMessage(encodeMessage(leave))),
    expected: ok("leave"),
  });
  cases.push({
    id: "signed-kv-delta",
    requirements: ["SEC-61", "SEC-63"],
    description: "node-a's own key/value delta.",
    context: { certificates: [hex(a.certificate)] },
    signed: wire(a.identity.signMessage(encodeMessage(kvDelta))),
    expected: ok("kv-delta"),
  });
  cases.push({
    id: "unknown-signer",
    requirements: ["SEC-63", "SEC-64"],
    description: "A Leave from a signer whose certificate the receiver has never seen.",
    signed: wire(a.identity.signMessage(encodeMessage(leave))),
    expected: no("unknown-signer"),
  });
  const badSig = { ...wire(aliveA), signature: hex(flip(aliveA.signature, 10)) };
  cases.push({
    id: "bad-signature",
    requirements: ["SEC-60", "SEC-63"],
    description: "One bit of the signature flipped.",
    signed: badSig,
    expected: no("bad-signature"),
  });
  const byB = b.identity.signMessage(encodeMessage(alive(a)));
  cases.push({
    id: "signature-by-another-node",
    requirements: ["SEC-63", "SEC-65"],
    description: "node-b (certified, holding the key) signs an Alive for node-a and claims to be node-a.",
    signed: { ...wire(byB), signer: "node-a" },
    expected: no("bad-signature"),
  });
  cases.push({
    id: "signer-mismatch",
    requirements: ["SEC-61"],
    description: "node-b signs, as itself, an Alive about node-a.",
    signed: wire(byB),
    expected: no("signer-mismatch"),
  });
  cases.push({
    id: "not-signable",
    requirements: ["SEC-61"],
    description: "A Suspect inside Signed: only Alive, Leave and KvDelta may be signed.",
    signed: wire(a.identity.signMessage(encodeMessage(suspect))),
    expected: no("not-signable"),
  });
  const blueSigned = blue.identity.signMessage(encodeMessage(alive(blue)));
  cases.push({
    id: "signed-for-another-cluster",
    requirements: ["SEC-60"],
    description:
      "node-a signed this Alive for cluster 'blue' (its certificate is valid in any cluster); verified for 'prod'.",
    packet: hex(encodePacket([blueSigned], { cluster: CLUSTER })),
    signed: wire(blueSigned),
    expected: no("bad-signature"),
  });
  cases.push({
    id: "certificate-wrong-cluster",
    requirements: ["SEC-56"],
    description: "node-c's certificate is for cluster 'blue'.",
    signed: wire(otherCluster.identity.signMessage(encodeMessage(alive(otherCluster)))),
    expected: no("certificate-wrong-cluster"),
  });
  cases.push({
    id: "expired-certificate",
    requirements: ["SEC-55"],
    description: "node-old's certificate expired a day before nowMs (beyond the 60 s skew).",
    signed: wire(expired.identity.signMessage(encodeMessage(alive(expired)))),
    expected: no("certificate-expired"),
  });
  cases.push({
    id: "not-yet-valid-certificate",
    requirements: ["SEC-55"],
    description: "node-new's certificate starts a day after nowMs.",
    signed: wire(future.identity.signMessage(encodeMessage(alive(future)))),
    expected: no("certificate-not-yet-valid"),
  });
  cases.push({
    id: "untrusted-ca",
    requirements: ["SEC-54"],
    description: "A certificate for node-a from a CA the receiver does not trust.",
    signed: wire(rogue.identity.signMessage(encodeMessage(alive(rogue)))),
    expected: no("untrusted-ca"),
  });
  // The tampered certificate names "node-`"; sign with a's key as "node-`" so only the CA signature fails.
  const tamperedMsg = encodeMessage(alive(a, { node: "node-`", certificate: tamperedCert }));
  cases.push({
    id: "tampered-certificate",
    requirements: ["SEC-53", "SEC-54"],
    description:
      "node-a's certificate with its name changed to 'node-`': the CA signature no longer verifies.",
    signed: {
      signer: "node-`",
      message: hex(tamperedMsg),
      signature: hex(signWith(a.pair, signedPayload(CLUSTER, tamperedMsg))),
    },
    expected: no("bad-certificate-signature"),
  });
  cases.push({
    id: "certificate-name-mismatch",
    requirements: ["SEC-63"],
    description: "node-b signs its own Alive but attaches node-a's certificate.",
    signed: wire(b.identity.signMessage(encodeMessage(alive(b, { certificate: a.certificate })))),
    expected: no("certificate-name-mismatch"),
  });
  cases.push({
    id: "address-not-certified",
    requirements: ["SEC-57"],
    description: "node-a announces an address its certificate does not list.",
    signed: wire(
      a.identity.signMessage(
        encodeMessage(alive(a, { addr: { ip: Uint8Array.of(10, 0, 0, 99), port: 7946 } })),
      ),
    ),
    expected: no("address-not-certified"),
  });
  cases.push({
    id: "revoked-certificate",
    requirements: ["SEC-70", "SEC-72", "SEC-75"],
    description: "node-r's serial is in the CA's revocation list.",
    context: { revocations: [rev(revocation)] },
    signed: wire(revokedNode.identity.signMessage(encodeMessage(alive(revokedNode)))),
    expected: no("certificate-revoked"),
  });
  cases.push({
    id: "malformed-inner-message",
    requirements: ["SEC-61", "SEC-66"],
    description: "The inner bytes are not a protobuf Message.",
    signed: { signer: "node-a", message: "ffff", signature: hex(filled(64, 0)) },
    expected: no("malformed-message"),
  });

  // PKI admission (SEC-65): what a receiver with PKI on may act on.
  const record = (node: string, state: "alive" | "suspect" | "dead" | "left", incarnation: number) => ({
    node,
    addr: { ip: Uint8Array.of(192, 0, 2, 66), port: 1 },
    meta: Uint8Array.of(0x66),
    incarnation,
    state,
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  });
  const pushPull: Message = {
    type: "push-pull",
    join: false,
    reply: true,
    members: [
      record("node-a", "alive", 3),
      record("node-b", "suspect", 9),
      record("node-x", "dead", 4),
      record("node-d", "alive", 1),
    ],
    kvDigest: undefined,
    kvDelta: undefined,
    crdt: [],
    signedMembers: [aliveA, b.identity.signMessage(encodeMessage(alive(b)))],
  };
  const admission = [
    {
      id: "unsigned-alive",
      requirements: ["SEC-65"],
      description: "An Alive outside Signed.",
      message: hex(encodeMessage(alive(a))),
      expected: no("unsigned"),
    },
    {
      id: "unsigned-leave",
      requirements: ["SEC-65"],
      description: "A Leave outside Signed.",
      message: hex(encodeMessage(leave)),
      expected: no("unsigned"),
    },
    {
      id: "unsigned-kv-delta",
      requirements: ["SEC-65"],
      description: "A KvDelta outside Signed.",
      message: hex(encodeMessage(kvDelta)),
      expected: no("unsigned"),
    },
    {
      id: "suspect-passes",
      requirements: ["SEC-67"],
      description:
        "Suspect and Dead are not signed; they pass the gate (the suspected node refutes with a Signed Alive).",
      message: hex(encodeMessage(suspect)),
      expected: ok("suspect"),
    },
    {
      id: "signed-alive-unwrapped",
      requirements: ["SEC-63", "SEC-65"],
      description: "A valid Signed passes as its inner message.",
      message: hex(encodeMessage(aliveA)),
      expected: ok("alive"),
    },
    {
      id: "push-pull-records",
      requirements: ["SEC-62", "SEC-65"],
      description:
        "Records: node-a alive@3 (backed by a Signed Alive@3: kept, with the signed address and metadata), node-b " +
        "suspect@9 (Signed Alive only @3: dropped), node-x dead (unsigned statement: kept), node-d alive (no Signed: dropped).",
      message: hex(encodeMessage(pushPull)),
      expected: {
        verdict: "accept",
        messageType: "push-pull",
        members: [
          {
            node: "node-a",
            state: "alive",
            incarnation: 3,
            addr: { ip: hex(addr.ip), port: addr.port },
            meta: "",
          },
          { node: "node-x", state: "dead", incarnation: 4, addr: { ip: "c0000242", port: 1 }, meta: "66" },
        ],
        dropped: 2,
      },
    },
  ];

  return {
    schema: "gossip-security-vectors/signed-v1",
    description:
      "Signed messages (spec/11-security.md §11.7-§11.9). For each case, create a verifier trusting `trustedCas`, for " +
      "cluster `cluster` at wall-clock `nowMs` with clock skew `clockSkewMs`; learn `context.certificates` (each must " +
      "verify) and apply `context.revocations` (each must be accepted); then verify `signed`. When `packet` is present it " +
      "is a plaintext envelope whose only message is that Signed. Expect `verdict` and, on rejection, `reason` (SEC-66).",
    generator: "pnpm --filter @gossip/security vectors",
    cluster: CLUSTER,
    nowMs: VECTOR_NOW_MS,
    clockSkewMs: 60_000,
    trustedCas: [hex(ca.publicKey)],
    keys: {
      ca: { seed: hex(ca.seed), publicKey: hex(ca.publicKey) },
      rogueCa: { seed: hex(rogueCa.seed), publicKey: hex(rogueCa.publicKey) },
      nodes: Object.fromEntries(
        [a, b, expired, future, otherCluster, revokedNode].map((n) => [
          n.name,
          { seed: hex(n.pair.seed), publicKey: hex(n.pair.publicKey), certificate: hex(n.certificate) },
        ]),
      ),
    },
    cases,
    admissionDescription:
      "PKI admission: with PKI on, decode `message` (a protobuf Message) and pass it through the gate (SEC-65) with no " +
      "prior context. Alive, Leave and KvDelta outside Signed are refused as `unsigned`; a Signed is verified and " +
      "replaced by its inner message; a PushPull keeps only the member records its signed_members back.",
    admission,
  };
}

function signWith(pair: KeyPair, data: Uint8Array): Uint8Array {
  return signBytes(privateKeyFromSeed(pair.seed), data);
}

function formatVectors(): object {
  const ca = generateKeyPair(filled(32, 0xca));
  const node = generateKeyPair(filled(32, 0xa1));
  const fields = {
    serial: Uint8Array.from({ length: 16 }, (_, i) => i),
    notBeforeMs: VECTOR_NOW_MS,
    notAfterMs: VECTOR_NOW_MS + 90 * DAY,
    caKeyId: caKeyIdOf(ca.publicKey),
    publicKey: node.publicKey,
    name: "node-a",
    cluster: CLUSTER,
    addresses: [
      { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 },
      { ip: Uint8Array.from({ length: 16 }, (_, i) => (i === 15 ? 1 : 0)), port: 0 },
    ],
  };
  const cert = issueCertificate({ ca, ...fields });
  const parsed = parseCertificate(cert)!;
  const inner = encodeMessage({ type: "leave", node: "node-a", incarnation: 9 });
  const revoked = [filled(16, 0x01), filled(16, 0x02)];
  const r = signRevocation(ca, VECTOR_NOW_MS, revoked);
  const older = signRevocation(ca, VECTOR_NOW_MS - 1, [filled(16, 0x03)]);
  const tieA = signRevocation(ca, VECTOR_NOW_MS + 5, [filled(16, 0x04)]);
  const tieB = signRevocation(ca, VECTOR_NOW_MS + 5, [filled(16, 0x05)]);
  const tieWinner = Buffer.compare(Buffer.from(tieA.signature), Buffer.from(tieB.signature)) > 0 ? 0 : 1;
  const rev = (x: Revocation) => ({
    caPublicKey: hex(x.caPublicKey),
    issuedAtMs: x.issuedAtMs,
    revoked: x.revoked.map(hex),
    signature: hex(x.signature),
  });
  const sender = senderKeyring([PSK.k1], 0x0a0b0c0d0e0f, 0x7fffffffffff);
  // Exhaustion: a keyring whose random source yields two different sender ids, fast-forwarded to the last counter.
  const draws = [
    Uint8Array.of(1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0),
    Uint8Array.of(2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 9),
  ];
  const exhausted = new Keyring({ keys: [PSK.k1], random: () => draws.shift() ?? new Uint8Array(12) });
  (exhausted as unknown as { counter: number }).counter = COUNTER_LIMIT - 1;
  const lastNonce = hex(exhausted.nextNonce());
  const renewedNonce = hex(exhausted.nextNonce());
  const badRev = { ...rev(r), signature: hex(flip(r.signature, 0)) };
  const tooShort = { ...rev(r), revoked: [...rev(r).revoked, "0102"] };
  return {
    schema: "gossip-security-vectors/formats-v1",
    description:
      "Byte-exact formats of spec/11-security.md: key ids, nonces, certificates, signature and revocation payloads, revocation merge.",
    generator: "pnpm --filter @gossip/security vectors",
    pskKeyIds: Object.values(PSK).map((key) => ({
      requirements: ["SEC-12"],
      key: hex(key),
      keyId: keyHex(keyIdOf(key)),
    })),
    nonces: [
      {
        requirements: ["SEC-20", "SEC-21"],
        senderId: "0a0b0c0d0e0f",
        counter: 0x7fffffffffff,
        nonce: hex(sender.nextNonce()),
        next: hex(sender.nextNonce()),
      },
    ],
    nonceExhaustion: {
      requirements: ["SEC-22"],
      description:
        "The nonce sealed at counter 2^48-1, then the next one: a new sender id (010101010101 -> 020202020202 here, " +
        "drawn at random in practice) and a counter restarted below 2^47; never a wrapped counter under the old id.",
      last: lastNonce,
      next: renewedNonce,
    },
    ed25519: [
      {
        requirements: ["SEC-51"],
        seed: hex(ca.seed),
        publicKey: hex(ca.publicKey),
        caKeyId: hex(caKeyIdOf(ca.publicKey)),
      },
      {
        requirements: ["SEC-51"],
        seed: hex(node.seed),
        publicKey: hex(node.publicKey),
        caKeyId: hex(caKeyIdOf(node.publicKey)),
      },
    ],
    certificates: [
      {
        requirements: ["SEC-50", "SEC-51", "SEC-53"],
        caSeed: hex(ca.seed),
        fields: {
          serial: hex(fields.serial),
          notBeforeMs: fields.notBeforeMs,
          notAfterMs: fields.notAfterMs,
          caKeyId: hex(fields.caKeyId),
          publicKey: hex(fields.publicKey),
          name: fields.name,
          cluster: fields.cluster,
          addresses: fields.addresses.map((a) => ({ ip: hex(a.ip), port: a.port })),
        },
        tbs: hex(encodeCertificateBody(fields)),
        signedData: hex(concatBytes(new TextEncoder().encode("gossip-v1 certificate\0"), parsed.tbs)),
        certificate: hex(cert),
      },
    ],
    malformedCertificates: [
      { requirements: ["SEC-52"], why: "trailing byte", certificate: `${hex(cert)}00` },
      { requirements: ["SEC-52"], why: "truncated", certificate: hex(cert.subarray(0, cert.length - 1)) },
      { requirements: ["SEC-52"], why: "version 2", certificate: `02${hex(cert.subarray(1))}` },
      { requirements: ["SEC-52"], why: "empty", certificate: "" },
    ],
    signedPayloads: [
      {
        requirements: ["SEC-60"],
        cluster: CLUSTER,
        message: hex(inner),
        payload: hex(signedPayload(CLUSTER, inner)),
        signerSeed: hex(node.seed),
        signature: hex(signWith(node, signedPayload(CLUSTER, inner))),
      },
    ],
    revocations: [
      {
        requirements: ["SEC-70"],
        caSeed: hex(ca.seed),
        list: rev(r),
        payload: hex(revocationPayload(r.caPublicKey, r.issuedAtMs, r.revoked)!),
      },
    ],
    invalidRevocations: [
      {
        requirements: ["SEC-72"],
        why: "signature bit flipped",
        verdict: "revocation-bad-signature",
        list: badRev,
      },
      {
        requirements: ["SEC-71"],
        why: "a serial of 2 bytes",
        verdict: "revocation-malformed",
        list: tooShort,
      },
    ],
    revocationMerge: [
      {
        requirements: ["SEC-73", "SEC-74", "SEC-100"],
        description:
          "Apply in order; `held` is the index of the list held at the end. `accepted` lists are to be disseminated (SEC-74).",
        lists: [rev(r), rev(older)],
        verdicts: ["accepted", "stale"],
        held: 0,
      },
      {
        requirements: ["SEC-73"],
        description: "Equal issue times: the greater signature wins whatever the order.",
        lists: [rev(tieA), rev(tieB)],
        verdicts: ["accepted", tieWinner === 1 ? "accepted" : "stale"],
        held: tieWinner,
      },
    ],
  };
}

function amplificationVectors(): object {
  const unknown = { ip: Uint8Array.of(198, 51, 100, 7), port: 40000 };
  const victim = { ip: Uint8Array.of(192, 0, 2, 1), port: 80 };
  const ping: Message = { type: "ping", seq: 7, target: "iut", source: "x", sourceAddr: unknown };
  const pingBytes = encodePacket([ping], { cluster: CLUSTER });
  const pingReq: Message = {
    type: "ping-req",
    seq: 8,
    target: "p2",
    targetAddr: victim,
    source: "x",
    sourceAddr: unknown,
    wantNack: true,
  };
  const pingReqBytes = encodePacket([pingReq], { cluster: CLUSTER });
  const addrText = (a: { ip: Uint8Array; port: number }) => `${[...a.ip].join(".")}:${a.port}`;
  const stranger = sealed(senderKeyring([PSK.k3], 0x0a0b0c0d0e0f, 0x1000), CLUSTER);
  return {
    schema: "gossip-security-vectors/amplification-v1",
    status:
      "Node-level scenarios: they need a running node (the conformance harness or the engine's own tests) and are " +
      "not executed by packages/security. The conformance runner checks them as the recorded traces " +
      "sec/amplification/ping-from-unknown, sec/amplification/relay-held-address and sec/encryption/unknown-key " +
      "(conformance/vectors/traces/sec/).",
    description:
      "Amplification and reflection (spec/12-security-considerations.md §12.5, spec/11-security.md SEC-17). The node " +
      "under test is 'iut' at 10.0.0.1:7946 in cluster 'prod', knows members p1 (10.0.0.2:7946) and p2 " +
      "(10.0.0.3:7946) as alive, and holds membership updates it has not finished gossiping. The request comes from " +
      "`from`, which is not a member address (not verified).",
    generator: "pnpm --filter @gossip/security vectors",
    cases: [
      {
        id: "ping-from-unverified-source",
        requirements: ["SEC-102"],
        mode: "plaintext",
        from: addrText(unknown),
        request: hex(pingBytes),
        requestSize: pingBytes.length,
        expect: {
          toSource: { maxDatagrams: 1, maxBytesEach: pingBytes.length, piggybackedGossip: false },
          note: "the ack may be sent; it carries no piggybacked updates and is not larger than the ping",
        },
      },
      {
        id: "ping-req-naming-a-victim",
        requirements: ["SEC-103", "SEC-102"],
        mode: "plaintext",
        from: addrText(unknown),
        request: hex(pingReqBytes),
        requestSize: pingReqBytes.length,
        expect: {
          probes: { maxDatagrams: 1, to: "10.0.0.3:7946", never: addrText(victim) },
          toSource: { maxDatagrams: 1, maxBytesEach: pingReqBytes.length, piggybackedGossip: false },
          note: "the relay probes p2 at the address it holds, not the address named in the request",
        },
      },
      {
        id: "no-reply-to-unopenable-envelope",
        requirements: ["SEC-17"],
        mode: "encrypted",
        keys: [hex(PSK.k1)],
        from: addrText(unknown),
        request: hex(stranger.bytes),
        requestSize: stranger.bytes.length,
        expect: {
          toSource: { maxDatagrams: 0 },
          anywhere: { maxDatagrams: 0 },
          note: "sealed under a key the node lacks",
        },
      },
    ],
  };
}

/** The vector files, as the exact text to write. */
export function buildVectors(): Record<VectorFile, string> {
  const text = (o: object) => `${JSON.stringify(o, null, 2)}\n`;
  return {
    "envelope.json": text(envelopeVectors()),
    "signed.json": text(signedVectors()),
    "formats.json": text(formatVectors()),
    "amplification.json": text(amplificationVectors()),
  };
}
