/**
 * The security conformance vectors: the files on disk are exactly what the
 * generator produces, and every expected verdict holds when the vectors are
 * replayed through the codec and this package, reading only the JSON.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { decodeMessage, decodePacket, type Message } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import { fromHex, toHex } from "../bytes.js";
import { encodeCertificateBody, parseCertificate } from "../certificate.js";
import { caKeyIdOf, generateKeyPair, publicKeyFromRaw, verifyBytes } from "../ed25519.js";
import { signedPayload, Verifier } from "../identity.js";
import { Keyring, keyIdOf } from "../keyring.js";
import { type EncryptionMode, envelopePolicy } from "../mode.js";
import { revocationPayload } from "../revocation.js";
import { buildVectors, VECTOR_FILES } from "./build.js";

const dir = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "..",
  "..",
  "..",
  "conformance",
  "vectors",
  "security",
);
const read = (name: string) => readFileSync(join(dir, name), "utf8");
const h = (s: string): Uint8Array => {
  const b = fromHex(s);
  if (b === undefined) throw new Error(`bad hex ${s}`);
  return b;
};

// biome-ignore lint/suspicious/noExplicitAny: vectors are untyped JSON
type Json = any;

describe("security vectors", () => {
  it("are up to date: regenerating gives the files on disk byte for byte", () => {
    const built = buildVectors();
    for (const name of VECTOR_FILES) expect(read(name), name).toBe(built[name]);
  });

  const envelope: Json = JSON.parse(read("envelope.json"));
  for (const c of envelope.cases) {
    it(`${c.requirements.join(", ")}: envelope ${c.id}`, () => {
      const keys = (c.receiver.keys as string[]).map((k) => h(envelope.keys[k].key));
      for (const k of Object.values(envelope.keys) as Json[])
        expect(keyIdOf(h(k.key)).toString(16).padStart(8, "0")).toBe(k.keyId);
      const keyring = new Keyring({
        keys,
        replayWindow: c.receiver.replayWindow,
        maxSenders: c.receiver.maxSenders,
      });
      let plaintext: Uint8Array | undefined;
      const spy = {
        primaryKeyId: () => keyring.primaryKeyId(),
        seal: keyring.seal.bind(keyring),
        open: (id: number, n: Uint8Array, aad: Uint8Array, ct: Uint8Array) => {
          plaintext = keyring.open(id, n, aad, ct);
          return plaintext;
        },
      };
      const policy = envelopePolicy(c.receiver.mode as EncryptionMode, spy);
      for (const p of c.packets) {
        plaintext = undefined;
        const bytes = h(p.hex);
        const r = decodePacket(bytes, {
          cluster: c.receiver.cluster,
          cipher: policy.openWith,
          acceptPlaintext: policy.acceptPlaintext,
        });
        if (p.expected.verdict === "accept") {
          expect(r.ok).toBe(true);
          const body = plaintext ?? bytes.subarray(5 + bytes[4]!);
          expect(toHex(body)).toBe(p.expected.plaintext);
        } else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error.code).toBe(p.expected.error);
          const reason =
            p.expected.error === "DECRYPT_FAILED"
              ? keyring.lastOpenFailure
              : p.expected.error === "WRONG_CLUSTER"
                ? "wrong-cluster"
                : p.expected.error === "ENCRYPTION_REQUIRED"
                  ? "plaintext-refused"
                  : undefined;
          expect(reason).toBe(p.expected.reason);
        }
      }
    });
  }

  it("SEC-13: keyring operations", () => {
    const k = new Keyring();
    const idOf = (name: string) => keyIdOf(h(envelope.keys[name].key));
    const hexId = (id: number) => id.toString(16).padStart(8, "0");
    for (const step of envelope.keyringOps.steps) {
      let outcome: string;
      try {
        if (step.op === "install") {
          const had = k.has(idOf(step.key));
          const id = k.install(h(envelope.keys[step.key].key));
          outcome = had ? "unchanged" : hexId(id);
        } else if (step.op === "use") {
          k.use(idOf(step.key));
          outcome = "ok";
        } else {
          outcome = k.remove(idOf(step.key)) ? "ok" : "absent";
        }
      } catch (e) {
        const code = (e as { code?: string }).code;
        outcome = "refused";
        expect(
          code === "SEC_REMOVE_PRIMARY"
            ? "remove-primary"
            : code === "SEC_UNKNOWN_KEY"
              ? "unknown-key"
              : code,
        ).toBe(step.reason);
      }
      expect(outcome, JSON.stringify(step)).toBe(step.expect);
      expect(k.list().map((x) => hexId(x.keyId))).toEqual(step.list);
      expect(hexId(k.primaryKeyId())).toBe(step.primary);
    }
  });

  const signed: Json = JSON.parse(read("signed.json"));
  const decode = (b: Uint8Array): Message | undefined => {
    const r = decodeMessage(b);
    return r.ok ? r.value : undefined;
  };
  for (const c of signed.cases) {
    it(`${c.requirements.join(", ")}: signed ${c.id}`, () => {
      const v = new Verifier({
        trustedCas: signed.trustedCas.map(h),
        decodeMessage: decode,
        clockSkewMs: signed.clockSkewMs,
      });
      for (const cert of c.context?.certificates ?? [])
        expect(v.learnCertificate(h(cert), signed.cluster, signed.nowMs).ok).toBe(true);
      for (const r of c.context?.revocations ?? []) {
        expect(
          v.applyRevocation({
            caPublicKey: h(r.caPublicKey),
            issuedAtMs: r.issuedAtMs,
            revoked: r.revoked.map(h),
            signature: h(r.signature),
          }),
        ).toBe("accepted");
      }
      const s = { signer: c.signed.signer, message: h(c.signed.message), signature: h(c.signed.signature) };
      if (c.packet !== undefined) {
        const p = decodePacket(h(c.packet), { cluster: signed.cluster });
        expect(p.ok).toBe(true);
        if (p.ok) {
          expect(p.value.messages).toHaveLength(1);
          const m = p.value.messages[0]!;
          expect(m.type).toBe("signed");
          if (m.type === "signed")
            expect({ signer: m.signer, message: toHex(m.message), signature: toHex(m.signature) }).toEqual(
              c.signed,
            );
        }
      }
      const verdict = v.verifySigned(s, signed.cluster, signed.nowMs);
      if (c.expected.verdict === "accept") {
        expect(verdict.ok).toBe(true);
        if (verdict.ok) expect(verdict.message.type).toBe(c.expected.messageType);
      } else {
        expect(verdict).toEqual({ ok: false, reason: c.expected.reason });
      }
    });
  }

  for (const c of signed.admission) {
    it(`${c.requirements.join(", ")}: admission ${c.id}`, () => {
      const v = new Verifier({
        trustedCas: signed.trustedCas.map(h),
        decodeMessage: decode,
        clockSkewMs: signed.clockSkewMs,
      });
      const m = decode(h(c.message));
      expect(m).toBeDefined();
      const verdict = v.admit(m!, signed.cluster, signed.nowMs);
      if (c.expected.verdict === "reject") {
        expect(verdict).toEqual({ ok: false, reason: c.expected.reason });
        return;
      }
      expect(verdict.ok).toBe(true);
      if (!verdict.ok) return;
      expect(verdict.message.type).toBe(c.expected.messageType);
      if (verdict.message.type === "push-pull") {
        const r = v.admitPushPull(verdict.message, signed.cluster, signed.nowMs);
        expect(
          r.members.map((x) => ({
            node: x.node,
            state: x.state,
            incarnation: x.incarnation,
            addr: { ip: toHex(x.addr!.ip), port: x.addr!.port },
            meta: toHex(x.meta),
          })),
        ).toEqual(c.expected.members);
        expect(r.dropped).toBe(c.expected.dropped);
      }
    });
  }

  const formats: Json = JSON.parse(read("formats.json"));
  it("SEC-12, SEC-20, SEC-51: key ids, nonces and Ed25519 keys", () => {
    for (const k of formats.pskKeyIds) expect(keyIdOf(h(k.key)).toString(16).padStart(8, "0")).toBe(k.keyId);
    for (const e of formats.ed25519) {
      expect(toHex(generateKeyPair(h(e.seed)).publicKey)).toBe(e.publicKey);
      expect(toHex(caKeyIdOf(h(e.publicKey)))).toBe(e.caKeyId);
    }
    for (const n of formats.nonces) {
      const nonce = h(n.nonce);
      expect(toHex(nonce.subarray(0, 6))).toBe(n.senderId);
      expect(Number.parseInt(toHex(nonce.subarray(6)), 16)).toBe(n.counter);
      expect(Number.parseInt(n.next.slice(12), 16)).toBe(n.counter + 1);
    }
    const x = formats.nonceExhaustion;
    expect(x.last.slice(12)).toBe("ffffffffffff");
    expect(x.next.slice(0, 12)).not.toBe(x.last.slice(0, 12));
    expect(Number.parseInt(x.next.slice(12), 16)).toBeLessThan(2 ** 47);
  });

  it("SEC-50, SEC-52, SEC-53: certificate bytes", () => {
    for (const c of formats.certificates) {
      const f = c.fields;
      const fields = {
        serial: h(f.serial),
        notBeforeMs: f.notBeforeMs,
        notAfterMs: f.notAfterMs,
        caKeyId: h(f.caKeyId),
        publicKey: h(f.publicKey),
        name: f.name,
        cluster: f.cluster,
        addresses: f.addresses.map((a: Json) => ({ ip: h(a.ip), port: a.port })),
      };
      expect(toHex(encodeCertificateBody(fields))).toBe(c.tbs);
      expect(c.certificate.startsWith(c.tbs)).toBe(true);
      const ca = generateKeyPair(h(c.caSeed));
      const sig = h(c.certificate).subarray(h(c.tbs).length);
      expect(verifyBytes(publicKeyFromRaw(ca.publicKey)!, h(c.signedData), sig)).toBe(true);
      expect(parseCertificate(h(c.certificate))?.name).toBe(f.name);
    }
    for (const m of formats.malformedCertificates)
      expect(parseCertificate(h(m.certificate)), m.why).toBeUndefined();
  });

  it("SEC-60, SEC-70, SEC-73: signature and revocation payloads, merge order", () => {
    for (const s of formats.signedPayloads) {
      expect(toHex(signedPayload(s.cluster, h(s.message)))).toBe(s.payload);
      const key = publicKeyFromRaw(generateKeyPair(h(s.signerSeed)).publicKey)!;
      expect(verifyBytes(key, h(s.payload), h(s.signature))).toBe(true);
    }
    for (const r of formats.revocations) {
      expect(toHex(revocationPayload(h(r.list.caPublicKey), r.list.issuedAtMs, r.list.revoked.map(h))!)).toBe(
        r.payload,
      );
    }
    for (const bad of formats.invalidRevocations) {
      const l = bad.list;
      const v = new Verifier({ trustedCas: [h(l.caPublicKey)] });
      expect(
        v.applyRevocation({
          caPublicKey: h(l.caPublicKey),
          issuedAtMs: l.issuedAtMs,
          revoked: l.revoked.map(h),
          signature: h(l.signature),
        }),
      ).toBe(bad.verdict);
    }
    for (const m of formats.revocationMerge) {
      const first = m.lists[0];
      const v = new Verifier({ trustedCas: [h(first.caPublicKey)] });
      const verdicts = m.lists.map((l: Json) =>
        v.applyRevocation({
          caPublicKey: h(l.caPublicKey),
          issuedAtMs: l.issuedAtMs,
          revoked: l.revoked.map(h),
          signature: h(l.signature),
        }),
      );
      expect(verdicts).toEqual(m.verdicts);
      expect(toHex(v.revocations()[0]!.signature)).toBe(m.lists[m.held].signature);
    }
  });
});
