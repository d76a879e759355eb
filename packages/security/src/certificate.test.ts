import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CertificateFields,
  certifiesAddress,
  checkCertificateSignature,
  encodeCertificateBody,
  issueCertificate,
  MAX_CERTIFICATE_LENGTH,
  parseCertificate,
} from "./certificate.js";
import { caKeyIdOf, generateKeyPair } from "./ed25519.js";
import { CertificateError } from "./errors.js";

const seed = (b: number) => new Uint8Array(32).fill(b);
const ca = generateKeyPair(seed(1));
const node = generateKeyPair(seed(2));
const ip4 = Uint8Array.of(10, 0, 0, 1);

function fields(over: Partial<CertificateFields> = {}): CertificateFields {
  return {
    serial: new Uint8Array(16).fill(7),
    notBeforeMs: 1_000,
    notAfterMs: 2_000,
    caKeyId: caKeyIdOf(ca.publicKey),
    publicKey: node.publicKey,
    name: "node-1",
    cluster: "prod",
    addresses: [{ ip: ip4, port: 7946 }],
    ...over,
  };
}

describe("certificate format", () => {
  it("SEC-50: the body layout is byte-exact", () => {
    const body = encodeCertificateBody(fields());
    const expected = Buffer.concat([
      Buffer.of(1),
      Buffer.alloc(16, 7),
      Buffer.from("00000000000003e8", "hex"),
      Buffer.from("00000000000007d0", "hex"),
      Buffer.from(caKeyIdOf(ca.publicKey)),
      Buffer.from(node.publicKey),
      Buffer.of(6),
      Buffer.from("node-1"),
      Buffer.of(4),
      Buffer.from("prod"),
      Buffer.of(1, 4, 10, 0, 0, 1, 0x1f, 0x0a),
    ]);
    expect(Buffer.from(body).equals(expected)).toBe(true);
  });

  it("SEC-50: issue then parse round-trips every field", () => {
    const ip6 = new Uint8Array(16).fill(0xfe);
    const bytes = issueCertificate({
      ca,
      name: "nöde",
      publicKey: node.publicKey,
      notBeforeMs: 5,
      notAfterMs: Number.MAX_SAFE_INTEGER,
      cluster: "",
      addresses: [
        { ip: ip4, port: 0 },
        { ip: ip6, port: 65535 },
      ],
    });
    const cert = parseCertificate(bytes)!;
    expect(cert.name).toBe("nöde");
    expect(cert.cluster).toBe("");
    expect(cert.notAfterMs).toBe(Number.MAX_SAFE_INTEGER);
    expect(cert.addresses).toEqual([
      { ip: ip4, port: 0 },
      { ip: ip6, port: 65535 },
    ]);
    expect(cert.publicKey).toEqual(node.publicKey);
    expect(cert.signature).toHaveLength(64);
    expect(checkCertificateSignature(cert, ca.publicKey)).toBe(true);
  });

  it("SEC-52: rejects malformed certificates (trailing bytes, truncation, bad version, bad UTF-8, bad ip length)", () => {
    const bytes = issueCertificate({
      ca,
      name: "n",
      publicKey: node.publicKey,
      notBeforeMs: 0,
      notAfterMs: 1,
    });
    expect(parseCertificate(bytes)).toBeDefined();
    expect(parseCertificate(Uint8Array.from([...bytes, 0]))).toBeUndefined();
    expect(parseCertificate(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    const v2 = Uint8Array.from(bytes);
    v2[0] = 2;
    expect(parseCertificate(v2)).toBeUndefined();
    const badName = Uint8Array.from(bytes);
    badName[1 + 16 + 16 + 8 + 32 + 1] = 0xff; // the name byte
    expect(parseCertificate(badName)).toBeUndefined();
    const body = encodeCertificateBody(fields());
    const badIp = Uint8Array.from([...body, ...new Uint8Array(64)]);
    badIp[body.length - 7] = 5; // ipLen
    expect(parseCertificate(badIp)).toBeUndefined();
    const inverted = encodeCertificateBody(fields({ notBeforeMs: 5, notAfterMs: 5 }));
    expect(parseCertificate(Uint8Array.from([...inverted, ...new Uint8Array(64)]))).toBeDefined();
  });

  it("SEC-52: values above 2^53-1 are malformed", () => {
    const body = encodeCertificateBody(fields());
    const big = Uint8Array.from([...body, ...new Uint8Array(64)]);
    big[17] = 0x00;
    big[18] = 0x20; // notBefore high word 0x00200000 -> 2^53
    expect(parseCertificate(big)).toBeUndefined();
  });

  it("SEC-52: property: parse never throws and accepts only what re-encodes identically", () => {
    const good = issueCertificate({
      ca,
      name: "n",
      publicKey: node.publicKey,
      notBeforeMs: 0,
      notAfterMs: 1,
    });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.nat(), fc.nat(255), (random, at, value) => {
        for (const input of [
          random,
          Uint8Array.from(good).fill(value, at % good.length, (at % good.length) + 1),
        ]) {
          const cert = parseCertificate(input);
          if (cert !== undefined) {
            expect(Buffer.from(encodeCertificateBody(cert)).equals(Buffer.from(cert.tbs))).toBe(true);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("SEC-53: property: any bit flip in a certificate breaks the CA signature or the format", () => {
    const good = issueCertificate({
      ca,
      name: "node-1",
      publicKey: node.publicKey,
      notBeforeMs: 0,
      notAfterMs: 10,
      cluster: "prod",
      addresses: [{ ip: ip4, port: 1 }],
    });
    fc.assert(
      fc.property(fc.nat(good.length * 8 - 1), (bit) => {
        const t = Uint8Array.from(good);
        t[bit >> 3]! ^= 1 << (bit & 7);
        const cert = parseCertificate(t);
        expect(cert === undefined || !checkCertificateSignature(cert, ca.publicKey)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("SEC-51: the signature is checked against the CA whose key id the certificate names", () => {
    const other = generateKeyPair(seed(3));
    const cert = parseCertificate(
      issueCertificate({ ca, name: "n", publicKey: node.publicKey, notBeforeMs: 0, notAfterMs: 1 }),
    )!;
    expect(checkCertificateSignature(cert, other.publicKey)).toBe(false);
  });

  it("SEC-50: encoding rejects out-of-range fields with a typed error", () => {
    expect(() => encodeCertificateBody(fields({ name: "" }))).toThrow(CertificateError);
    expect(() => encodeCertificateBody(fields({ name: "x".repeat(256) }))).toThrow(CertificateError);
    expect(() => encodeCertificateBody(fields({ notBeforeMs: 3, notAfterMs: 2 }))).toThrow(CertificateError);
    expect(() => encodeCertificateBody(fields({ serial: new Uint8Array(8) }))).toThrow(CertificateError);
    expect(() => encodeCertificateBody(fields({ addresses: [{ ip: new Uint8Array(5), port: 1 }] }))).toThrow(
      CertificateError,
    );
    expect(() =>
      encodeCertificateBody(fields({ addresses: Array.from({ length: 17 }, () => ({ ip: ip4, port: 1 })) })),
    ).toThrow(CertificateError);
  });

  it("SEC-50: the largest certificate fits MAX_CERTIFICATE_LENGTH", () => {
    const bytes = issueCertificate({
      ca,
      name: "x".repeat(255),
      cluster: "y".repeat(255),
      publicKey: node.publicKey,
      notBeforeMs: 0,
      notAfterMs: 1,
      addresses: Array.from({ length: 16 }, () => ({ ip: new Uint8Array(16), port: 1 })),
    });
    expect(bytes.length).toBe(MAX_CERTIFICATE_LENGTH);
    expect(parseCertificate(bytes)).toBeDefined();
  });

  it("SEC-57: address binding: empty list allows any; port 0 allows any port", () => {
    const f = fields({ addresses: [] });
    expect(certifiesAddress(f, { ip: ip4, port: 1 })).toBe(true);
    const g = fields({ addresses: [{ ip: ip4, port: 0 }] });
    expect(certifiesAddress(g, { ip: ip4, port: 9 })).toBe(true);
    expect(certifiesAddress(g, { ip: Uint8Array.of(10, 0, 0, 2), port: 9 })).toBe(false);
    const h = fields();
    expect(certifiesAddress(h, { ip: ip4, port: 7946 })).toBe(true);
    expect(certifiesAddress(h, { ip: ip4, port: 7947 })).toBe(false);
    expect(certifiesAddress(h, undefined)).toBe(false);
  });
});
