import { encodeMessage, type Message } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { issueCertificate } from "./certificate.js";
import { caKeyIdOf, generateKeyPair, type KeyPair } from "./ed25519.js";
import { CertificateError } from "./errors.js";
import { Identity, SIGNED_DOMAIN, signedPayload, Verifier } from "./identity.js";
import { signRevocation } from "./revocation.js";

const seed = (b: number) => new Uint8Array(32).fill(b);
const ca = generateKeyPair(seed(1));
const otherCa = generateKeyPair(seed(9));
const CLUSTER = "prod";
const NOW = 1_700_000_000_000;
const DAY = 86_400_000;
const addr = { ip: Uint8Array.of(127, 0, 0, 1), port: 7946 };

function makeNode(
  name: string,
  s: number,
  opts: {
    ca?: KeyPair;
    notBeforeMs?: number;
    notAfterMs?: number;
    cluster?: string;
    serial?: number;
    addresses?: { ip: Uint8Array; port: number }[];
  } = {},
) {
  const pair = generateKeyPair(seed(s));
  const certificate = issueCertificate({
    ca: opts.ca ?? ca,
    name,
    publicKey: pair.publicKey,
    notBeforeMs: opts.notBeforeMs ?? NOW - DAY,
    notAfterMs: opts.notAfterMs ?? NOW + DAY,
    cluster: opts.cluster ?? CLUSTER,
    addresses: opts.addresses ?? [addr],
    serial: new Uint8Array(16).fill(opts.serial ?? s),
  });
  return {
    pair,
    certificate,
    identity: new Identity({ name, cluster: CLUSTER, seed: pair.seed, certificate }),
  };
}

const alive = (node: string, certificate: Uint8Array, incarnation = 1, a = addr): Message => ({
  type: "alive",
  node,
  incarnation,
  addr: a,
  meta: new Uint8Array(0),
  protocolMin: 1,
  protocolMax: 1,
  certificate,
});
const leave = (node: string): Message => ({ type: "leave", node, incarnation: 2 });
const kv = (...owners: string[]): Message => ({
  type: "kv-delta",
  nodes: owners.map((node) => ({
    node,
    fromVersion: 0,
    reset: false,
    gcVersion: 0,
    maxVersion: 1,
    entries: [{ key: "k", value: Uint8Array.of(1), version: 1, tombstone: false }],
  })),
});

const a = makeNode("a", 2);
const b = makeNode("b", 3);
const verifier = () => new Verifier({ trustedCas: [ca.publicKey] });

describe("identity", () => {
  it("SEC-60: signature covers domain || cluster length || cluster || message", () => {
    const m = Uint8Array.of(1, 2, 3);
    expect(Buffer.from(signedPayload("prod", m))).toEqual(
      Buffer.concat([Buffer.from(SIGNED_DOMAIN), Buffer.of(4), Buffer.from("prod"), Buffer.from(m)]),
    );
    expect(Buffer.from(SIGNED_DOMAIN).toString("latin1")).toBe("gossip-v1 signed\0");
  });

  it("SEC-62: an identity refuses a certificate for another key, name or cluster", () => {
    expect(
      () => new Identity({ name: "a", cluster: CLUSTER, seed: seed(3), certificate: a.certificate }),
    ).toThrow(CertificateError);
    expect(
      () => new Identity({ name: "z", cluster: CLUSTER, seed: seed(2), certificate: a.certificate }),
    ).toThrow(/names a/);
    expect(
      () => new Identity({ name: "a", cluster: "test", seed: seed(2), certificate: a.certificate }),
    ).toThrow(CertificateError);
    expect(
      () => new Identity({ name: "a", cluster: CLUSTER, seed: seed(2), certificate: Uint8Array.of(1) }),
    ).toThrow(CertificateError);
  });
});

describe("identity.sign", () => {
  it("SEC-62: signs its own alive (with its certificate), leave and kv-delta; refuses anything else", () => {
    const v = verifier();
    const s = a.identity.sign(alive("a", new Uint8Array(0)));
    const r = v.verifySigned(s, CLUSTER, NOW);
    expect(r.ok && r.message.type === "alive" && r.message.certificate.length > 0).toBe(true);
    expect(v.verifySigned(a.identity.sign(leave("a")), CLUSTER, NOW).ok).toBe(true);
    expect(v.verifySigned(a.identity.sign(kv("a")), CLUSTER, NOW).ok).toBe(true);
    expect(() => a.identity.sign(alive("b", b.certificate))).toThrow(
      expect.objectContaining({ code: "SEC_BAD_ARGUMENT" }),
    );
    expect(() => a.identity.sign(leave("b"))).toThrow(expect.objectContaining({ code: "SEC_BAD_ARGUMENT" }));
    expect(() => a.identity.sign(kv("a", "b"))).toThrow(
      expect.objectContaining({ code: "SEC_BAD_ARGUMENT" }),
    );
    expect(() => a.identity.sign({ type: "nack", seq: 1 })).toThrow(
      expect.objectContaining({ code: "SEC_BAD_ARGUMENT" }),
    );
  });
});

describe("verifier: signed messages", () => {
  it("SEC-63: accepts a signed alive carrying a valid certificate, then signed leave and kv-delta", () => {
    const v = verifier();
    const r = v.verifySigned(a.identity.signMessage(encodeMessage(alive("a", a.certificate))), CLUSTER, NOW);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.message.type).toBe("alive");
    expect(v.certificateOf("a")?.name).toBe("a");
    expect(v.verifySigned(a.identity.signMessage(encodeMessage(leave("a"))), CLUSTER, NOW).ok).toBe(true);
    expect(v.verifySigned(a.identity.signMessage(encodeMessage(kv("a"))), CLUSTER, NOW).ok).toBe(true);
    expect(v.stats().signed.ok).toBe(3);
  });

  it("SEC-64: a leave or kv-delta from a signer whose certificate is unknown is rejected", () => {
    const v = verifier();
    expect(v.verifySigned(a.identity.signMessage(encodeMessage(leave("a"))), CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "unknown-signer",
    });
    // An alive without certificate from an unknown signer too.
    expect(
      v.verifySigned(a.identity.signMessage(encodeMessage(alive("a", new Uint8Array(0)))), CLUSTER, NOW),
    ).toEqual({ ok: false, reason: "unknown-signer" });
    v.learnCertificate(a.certificate, CLUSTER, NOW);
    expect(v.verifySigned(a.identity.signMessage(encodeMessage(leave("a"))), CLUSTER, NOW).ok).toBe(true);
  });

  it("SEC-61: signer must equal the alive/leave node and every kv-delta owner", () => {
    const v = verifier();
    v.learnCertificate(a.certificate, CLUSTER, NOW);
    v.learnCertificate(b.certificate, CLUSTER, NOW);
    // b signs an alive about a, claiming to be a: the signer field says a, the key is b's.
    const forged = b.identity.signMessage(encodeMessage(alive("a", a.certificate)));
    expect(v.verifySigned({ ...forged, signer: "a" }, CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    expect(v.verifySigned(forged, CLUSTER, NOW)).toEqual({ ok: false, reason: "signer-mismatch" });
    expect(v.verifySigned(b.identity.signMessage(encodeMessage(leave("a"))), CLUSTER, NOW).ok).toBe(false);
    expect(v.verifySigned(b.identity.signMessage(encodeMessage(kv("b", "a"))), CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "signer-mismatch",
    });
    expect(v.verifySigned(b.identity.signMessage(encodeMessage(kv())), CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "signer-mismatch",
    });
  });

  it("SEC-61: only alive, leave and kv-delta may be signed", () => {
    const v = verifier();
    const suspect: Message = { type: "suspect", node: "b", incarnation: 1, from: "a" };
    expect(v.verifySigned(a.identity.signMessage(encodeMessage(suspect)), CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "not-signable",
    });
    const inner = a.identity.signMessage(encodeMessage(leave("a")));
    expect(v.verifySigned(a.identity.signMessage(encodeMessage(inner)), CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "not-signable",
    });
    expect(
      v.verifySigned(
        { signer: "a", message: Uint8Array.of(0xff, 0xff), signature: new Uint8Array(64) },
        CLUSTER,
        NOW,
      ),
    ).toEqual({ ok: false, reason: "malformed-message" });
  });

  it("SEC-60: a signature made for another cluster does not verify", () => {
    const v = verifier();
    const blue = new Identity({
      name: "a",
      cluster: "blue",
      seed: a.pair.seed,
      certificate: issueCertificate({
        ca,
        name: "a",
        publicKey: a.pair.publicKey,
        notBeforeMs: 0,
        notAfterMs: NOW + DAY,
      }),
    });
    const s = blue.signMessage(encodeMessage(alive("a", blue.certificate)));
    expect(v.verifySigned(s, "blue", NOW).ok).toBe(true);
    expect(v.verifySigned(s, CLUSTER, NOW)).toEqual({ ok: false, reason: "bad-signature" });
  });

  it("SEC-55: expired and not-yet-valid certificates are rejected, with clock skew tolerance", () => {
    const v = verifier();
    const old = makeNode("old", 4, { notBeforeMs: NOW - 2 * DAY, notAfterMs: NOW - DAY });
    expect(
      v.verifySigned(old.identity.signMessage(encodeMessage(alive("old", old.certificate))), CLUSTER, NOW),
    ).toEqual({ ok: false, reason: "certificate-expired" });
    const future = makeNode("future", 5, { notBeforeMs: NOW + DAY, notAfterMs: NOW + 2 * DAY });
    expect(
      v.verifySigned(
        future.identity.signMessage(encodeMessage(alive("future", future.certificate))),
        CLUSTER,
        NOW,
      ),
    ).toEqual({ ok: false, reason: "certificate-not-yet-valid" });
    const edge = makeNode("edge", 6, { notAfterMs: NOW - 30_000 });
    expect(
      v.verifySigned(edge.identity.signMessage(encodeMessage(alive("edge", edge.certificate))), CLUSTER, NOW)
        .ok,
    ).toBe(true);
    // A cached certificate that expires later stops vouching for its node.
    expect(
      v.verifySigned(edge.identity.signMessage(encodeMessage(leave("edge"))), CLUSTER, NOW + 31_000),
    ).toEqual({ ok: false, reason: "certificate-expired" });
  });

  it("SEC-54: a certificate from an untrusted CA, or tampered, is rejected", () => {
    const v = verifier();
    const rogue = makeNode("a", 2, { ca: otherCa });
    expect(
      v.verifySigned(rogue.identity.signMessage(encodeMessage(alive("a", rogue.certificate))), CLUSTER, NOW),
    ).toEqual({ ok: false, reason: "untrusted-ca" });
    const tampered = Uint8Array.from(a.certificate);
    tampered[tampered.length - 70]! ^= 1; // inside the address
    expect(v.verifyCertificate(tampered, CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "bad-certificate-signature",
    });
    v.addTrustedCa(otherCa.publicKey);
    expect(
      v.verifySigned(rogue.identity.signMessage(encodeMessage(alive("a", rogue.certificate))), CLUSTER, NOW)
        .ok,
    ).toBe(true);
    v.removeTrustedCa(otherCa.publicKey);
    expect(v.certificateOf("a")).toBeUndefined();
  });

  it("SEC-56: a certificate for another cluster is rejected; an empty cluster is valid anywhere", () => {
    const v = verifier();
    const x = generateKeyPair(seed(7));
    const blueCert = issueCertificate({
      ca,
      name: "x",
      publicKey: x.publicKey,
      notBeforeMs: 0,
      notAfterMs: NOW + DAY,
      cluster: "blue",
    });
    expect(v.verifyCertificate(blueCert, CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "certificate-wrong-cluster",
    });
    const any = issueCertificate({
      ca,
      name: "x",
      publicKey: x.publicKey,
      notBeforeMs: 0,
      notAfterMs: NOW + DAY,
    });
    expect(v.verifyCertificate(any, CLUSTER, NOW).ok).toBe(true);
  });

  it("SEC-57: an alive whose address is not certified is rejected", () => {
    const v = verifier();
    const s = a.identity.signMessage(
      encodeMessage(alive("a", a.certificate, 1, { ip: Uint8Array.of(10, 9, 9, 9), port: 7946 })),
    );
    expect(v.verifySigned(s, CLUSTER, NOW)).toEqual({ ok: false, reason: "address-not-certified" });
  });

  it("SEC-63: a certificate naming another node cannot vouch for the signer", () => {
    const v = verifier();
    // b signs an alive for "b" but attaches a's certificate.
    const s = b.identity.signMessage(encodeMessage(alive("b", a.certificate)));
    expect(v.verifySigned(s, CLUSTER, NOW)).toEqual({ ok: false, reason: "certificate-name-mismatch" });
  });

  it("SEC-63: property: any bit flip in signature or message is rejected", () => {
    const good = a.identity.signMessage(encodeMessage(alive("a", a.certificate, 5)));
    const v = verifier();
    fc.assert(
      fc.property(fc.boolean(), fc.nat(), fc.integer({ min: 0, max: 7 }), (inSig, i, bit) => {
        const sig = Uint8Array.from(good.signature);
        const msg = Uint8Array.from(good.message);
        const t = inSig ? sig : msg;
        t[i % t.length]! ^= 1 << bit;
        expect(v.verifySigned({ signer: "a", message: msg, signature: sig }, CLUSTER, NOW).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("SEC-63: property: a signature by any other key is rejected", () => {
    const v = verifier();
    v.learnCertificate(a.certificate, CLUSTER, NOW);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (s) => {
        const impostor = generateKeyPair(s);
        fc.pre(Buffer.compare(Buffer.from(impostor.publicKey), Buffer.from(a.pair.publicKey)) !== 0);
        const cert = issueCertificate({
          ca: otherCa,
          name: "a",
          publicKey: impostor.publicKey,
          notBeforeMs: 0,
          notAfterMs: NOW + DAY,
        });
        const id = new Identity({ name: "a", cluster: CLUSTER, seed: impostor.seed, certificate: cert });
        expect(v.verifySigned(id.signMessage(encodeMessage(leave("a"))), CLUSTER, NOW)).toEqual({
          ok: false,
          reason: "bad-signature",
        });
      }),
      { numRuns: 50 },
    );
  });

  it("SEC-80: every verdict is counted by reason; a throwing decoder counts as malformed", () => {
    const v = new Verifier({
      trustedCas: [ca.publicKey],
      decodeMessage: () => {
        throw new Error("boom");
      },
    });
    expect(v.verifySigned(a.identity.signMessage(Uint8Array.of(1)), CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "malformed-message",
    });
    expect(v.stats().signed["malformed-message"]).toBe(1);
  });

  it("SEC-64: the certificate cache is bounded", () => {
    const v = new Verifier({ trustedCas: [ca.publicKey], maxCachedCertificates: 2 });
    for (let i = 0; i < 5; i++) {
      const p = generateKeyPair(seed(20 + i));
      v.learnCertificate(
        issueCertificate({
          ca,
          name: `n${i}`,
          publicKey: p.publicKey,
          notBeforeMs: 0,
          notAfterMs: NOW + DAY,
        }),
        CLUSTER,
        NOW,
      );
    }
    expect(v.cachedCertificates).toBe(2);
    expect(v.certificateOf("n4")).toBeDefined();
    expect(v.certificateOf("n0")).toBeUndefined();
  });
});

describe("verifier: revocation", () => {
  it("SEC-75: a revoked certificate is rejected and dropped from the cache", () => {
    const v = verifier();
    expect(
      v.verifySigned(a.identity.signMessage(encodeMessage(alive("a", a.certificate))), CLUSTER, NOW).ok,
    ).toBe(true);
    expect(v.applyRevocation(signRevocation(ca, NOW, [new Uint8Array(16).fill(2)]))).toBe("accepted");
    expect(v.certificateOf("a")).toBeUndefined();
    expect(
      v.verifySigned(a.identity.signMessage(encodeMessage(alive("a", a.certificate))), CLUSTER, NOW),
    ).toEqual({ ok: false, reason: "certificate-revoked" });
    expect(
      v.verifySigned(b.identity.signMessage(encodeMessage(alive("b", b.certificate))), CLUSTER, NOW).ok,
    ).toBe(true);
  });

  it("SEC-73: the newest list per CA wins and replaces the previous one entirely", () => {
    const v = verifier();
    const s2 = new Uint8Array(16).fill(2);
    const s3 = new Uint8Array(16).fill(3);
    expect(v.applyRevocation(signRevocation(ca, NOW, [s2]))).toBe("accepted");
    expect(v.applyRevocation(signRevocation(ca, NOW - 1, [s3]))).toBe("stale");
    expect(v.applyRevocation(signRevocation(ca, NOW, [s2]))).toBe("stale"); // same list again
    expect(v.isRevoked(parseCa(), s2)).toBe(true);
    expect(v.applyRevocation(signRevocation(ca, NOW + 1, [s3]))).toBe("accepted");
    expect(v.isRevoked(parseCa(), s2)).toBe(false); // un-revoked by the newer list
    expect(v.isRevoked(parseCa(), s3)).toBe(true);
    expect(v.revocations()).toHaveLength(1);
    expect(v.stats().revocations).toMatchObject({ accepted: 2, stale: 2 });
  });

  it("SEC-73: ties on issue time are broken by the greater signature, in any arrival order", () => {
    const x = signRevocation(ca, NOW, [new Uint8Array(16).fill(4)]);
    const y = signRevocation(ca, NOW, [new Uint8Array(16).fill(5)]);
    const v1 = verifier();
    v1.applyRevocation(x);
    v1.applyRevocation(y);
    const v2 = verifier();
    v2.applyRevocation(y);
    v2.applyRevocation(x);
    expect(v1.revocations()).toEqual(v2.revocations());
  });

  it("SEC-72: lists from untrusted CAs, with bad signatures, or malformed are rejected", () => {
    const v = verifier();
    expect(v.applyRevocation(signRevocation(otherCa, NOW, []))).toBe("revocation-untrusted-ca");
    const r = signRevocation(ca, NOW, [new Uint8Array(16)]);
    const bad = { ...r, issuedAtMs: NOW + 5 };
    expect(v.applyRevocation(bad)).toBe("revocation-bad-signature");
    expect(v.applyRevocation({ ...r, issuedAtMs: NOW + 6, revoked: [new Uint8Array(3)] })).toBe(
      "revocation-malformed",
    );
    expect(v.applyRevocation({ ...r, caPublicKey: new Uint8Array(5) })).toBe("revocation-malformed");
    expect(v.revocations()).toHaveLength(0);
  });
});

function parseCa(): Uint8Array {
  return caKeyIdOf(ca.publicKey);
}

describe("verifier: PKI admission", () => {
  const record = (node: string, state: "alive" | "suspect" | "dead" | "left", incarnation: number) => ({
    node,
    addr: { ip: Uint8Array.of(6, 6, 6, 6), port: 1 },
    meta: Uint8Array.of(9),
    incarnation,
    state,
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  });
  const pushPull = (
    members: ReturnType<typeof record>[],
    signedMembers: ReturnType<Identity["signMessage"]>[],
  ) => ({
    join: false,
    reply: false,
    members,
    kvDigest: undefined,
    kvDelta: undefined,
    crdt: [],
    signedMembers,
  });

  it("SEC-65: unsigned alive, leave and kv-delta are refused; other messages pass; signed ones are unwrapped", () => {
    const v = verifier();
    expect(v.admit(alive("a", a.certificate), CLUSTER, NOW)).toEqual({ ok: false, reason: "unsigned" });
    expect(v.admit(leave("a"), CLUSTER, NOW)).toEqual({ ok: false, reason: "unsigned" });
    expect(v.admit(kv("a"), CLUSTER, NOW)).toEqual({ ok: false, reason: "unsigned" });
    const suspect: Message = { type: "suspect", node: "a", incarnation: 1, from: "b" };
    expect(v.admit(suspect, CLUSTER, NOW)).toEqual({ ok: true, message: suspect });
    const r = v.admit(a.identity.signMessage(encodeMessage(alive("a", a.certificate))), CLUSTER, NOW);
    expect(r.ok && r.message.type === "alive" && r.signer === "a").toBe(true);
    expect(v.stats().unsigned).toBe(3);
  });

  it("SEC-65: push-pull records need a verified signed alive of at least their incarnation", () => {
    const v = verifier();
    const pp = pushPull(
      [
        record("a", "alive", 3),
        record("b", "suspect", 9),
        record("c", "dead", 4),
        record("a2", "alive", 1),
        record("b2", "left", 1),
      ],
      [
        a.identity.signMessage(encodeMessage(alive("a", a.certificate, 3))),
        b.identity.signMessage(encodeMessage(alive("b", b.certificate, 2))),
      ],
    );
    const r = v.admitPushPull(pp, CLUSTER, NOW);
    expect(r.members.map((m) => m.node)).toEqual(["a", "c"]);
    // The record's address and metadata come from the signed alive, not from the relaying peer.
    expect(r.members[0]!.addr).toEqual(addr);
    expect(r.members[0]!.meta).toEqual(new Uint8Array(0));
    expect(r.members[0]!.certificate).toEqual(a.certificate);
    expect(r.signed.map((s) => s.message.node)).toEqual(["a", "b"]);
    expect(r.dropped).toBe(3);
  });

  it("SEC-65: a left record needs a verified signed leave; a forged signed member is ignored", () => {
    const v = verifier();
    v.learnCertificate(a.certificate, CLUSTER, NOW);
    const forged = b.identity.signMessage(encodeMessage(alive("a", a.certificate, 50)));
    const r = v.admitPushPull(
      pushPull(
        [record("a", "left", 4), record("a", "alive", 50)],
        [a.identity.signMessage(encodeMessage(leave("a"))), { ...forged, signer: "a" }],
      ),
      CLUSTER,
      NOW,
    );
    // leave("a") has incarnation 2 < 4: not enough. The forged alive fails verification.
    expect(r.members).toEqual([]);
    expect(r.dropped).toBe(2);
    const ok = v.admitPushPull(
      pushPull([record("a", "left", 2)], [a.identity.signMessage(encodeMessage(leave("a")))]),
      CLUSTER,
      NOW,
    );
    expect(ok.members.map((m) => m.state)).toEqual(["left"]);
  });
});

describe("verifier: duplicate deliveries", () => {
  it("SEC-63: a remembered signature is reused only for the identical signer, cluster, message and key", () => {
    const v = verifier();
    const good = a.identity.signMessage(encodeMessage(alive("a", a.certificate, 8)));
    expect(v.verifySigned(good, CLUSTER, NOW).ok).toBe(true);
    expect(v.verifySigned(good, CLUSTER, NOW).ok).toBe(true);
    // The same signature paired with other bytes must not ride on the memo.
    const other = encodeMessage(alive("a", a.certificate, 9));
    expect(v.verifySigned({ ...good, message: other }, CLUSTER, NOW)).toEqual({
      ok: false,
      reason: "bad-signature",
    });
    // Nor in another cluster (the certificate is for "prod", so a cluster-free one is needed).
    const anyCluster = issueCertificate({
      ca,
      name: "a",
      publicKey: a.pair.publicKey,
      notBeforeMs: 0,
      notAfterMs: NOW + DAY,
    });
    const g2 = new Identity({
      name: "a",
      cluster: CLUSTER,
      seed: a.pair.seed,
      certificate: anyCluster,
    }).signMessage(encodeMessage(alive("a", anyCluster, 10)));
    expect(v.verifySigned(g2, CLUSTER, NOW).ok).toBe(true);
    expect(v.verifySigned(g2, "blue", NOW)).toEqual({ ok: false, reason: "bad-signature" });
    // Expiry is still checked on a memo hit.
    expect(v.verifySigned(good, CLUSTER, NOW + 2 * DAY)).toEqual({
      ok: false,
      reason: "certificate-expired",
    });
  });
});
