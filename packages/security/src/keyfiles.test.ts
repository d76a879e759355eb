import { describe, expect, it } from "vitest";
import { issueCertificate } from "./certificate.js";
import { generateKeyPair } from "./ed25519.js";
import {
  decodeCertificatePem,
  decodePrivateKeyPem,
  decodePskFile,
  decodePublicKey,
  decodeRevocationJson,
  encodeCertificatePem,
  encodePrivateKeyPem,
  encodePskFile,
  encodePublicKeyPem,
  encodeRevocationJson,
} from "./keyfiles.js";
import { signRevocation } from "./revocation.js";

const pair = generateKeyPair(new Uint8Array(32).fill(5));

describe("key files", () => {
  it("SEC-90: pre-shared key files are one base64 line of 32 bytes", () => {
    const key = new Uint8Array(32).fill(0xab);
    const text = encodePskFile(key);
    expect(text).toMatch(/^[A-Za-z0-9+/]+=*\n$/);
    expect(decodePskFile(`  ${text}  `)).toEqual(key);
    expect(() => decodePskFile("not base64!")).toThrow(expect.objectContaining({ code: "SEC_BAD_KEY_FILE" }));
    expect(() => decodePskFile(Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
  });

  it("SEC-90: Ed25519 keys round-trip through PKCS #8 and SPKI PEM; public keys also as hex", () => {
    const pem = encodePrivateKeyPem(pair);
    expect(pem).toContain("BEGIN PRIVATE KEY");
    expect(decodePrivateKeyPem(pem)).toEqual(pair);
    expect(decodePublicKey(encodePublicKeyPem(pair.publicKey))).toEqual(pair.publicKey);
    expect(decodePublicKey(Buffer.from(pair.publicKey).toString("hex"))).toEqual(pair.publicKey);
    expect(() => decodePrivateKeyPem("garbage")).toThrow(
      expect.objectContaining({ code: "SEC_BAD_KEY_FILE" }),
    );
    expect(() => decodePublicKey("garbage")).toThrow(expect.objectContaining({ code: "SEC_BAD_KEY_FILE" }));
  });

  it("SEC-90: certificates round-trip through the GOSSIP CERTIFICATE PEM block", () => {
    const cert = issueCertificate({
      ca: pair,
      name: "n",
      publicKey: pair.publicKey,
      notBeforeMs: 0,
      notAfterMs: 1,
    });
    const pem = encodeCertificatePem(cert);
    expect(pem.split("\n")[0]).toBe("-----BEGIN GOSSIP CERTIFICATE-----");
    expect(decodeCertificatePem(`comment\n${pem}`)).toEqual(cert);
    expect(() => decodeCertificatePem("nothing")).toThrow(
      expect.objectContaining({ code: "SEC_BAD_KEY_FILE" }),
    );
  });

  it("SEC-70: revocation lists round-trip through JSON", () => {
    const rev = signRevocation(pair, 123, [new Uint8Array(16).fill(1)]);
    expect(decodeRevocationJson(encodeRevocationJson(rev))).toEqual(rev);
    expect(() => decodeRevocationJson("{")).toThrow(expect.objectContaining({ code: "SEC_BAD_KEY_FILE" }));
    expect(() =>
      decodeRevocationJson('{"issuedAtMs":1,"revoked":["zz"],"caPublicKey":"00","signature":"00"}'),
    ).toThrow(expect.objectContaining({ code: "SEC_BAD_KEY_FILE" }));
  });
});
