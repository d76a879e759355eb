/**
 * Text formats for key material on disk, used by `gossip keys` and by the
 * runtime's configuration:
 *
 * - pre-shared key: one line, the 32 key bytes in standard base64;
 * - Ed25519 private key: PEM "PRIVATE KEY" (PKCS #8), readable by OpenSSL;
 * - Ed25519 public key: PEM "PUBLIC KEY" (SPKI);
 * - certificate: PEM "GOSSIP CERTIFICATE" around the certificate bytes (SEC-50);
 * - revocation list: JSON `{caPublicKey, issuedAtMs, revoked, signature}` with hex bytes.
 */
import { createPrivateKey, createPublicKey } from "node:crypto";
import type { Revocation } from "@gossip/codec";
import { fromHex, toHex } from "./bytes.js";
import { type KeyPair, privateKeyFromSeed, publicKeyFromRaw, rawPublicKey, SEED_LENGTH } from "./ed25519.js";
import { KeyFileError } from "./errors.js";
import { KEY_LENGTH } from "./keyring.js";

export function encodePskFile(key: Uint8Array): string {
  if (key.length !== KEY_LENGTH) throw new KeyFileError(`a pre-shared key is ${KEY_LENGTH} bytes`);
  return `${Buffer.from(key).toString("base64")}\n`;
}

export function decodePskFile(text: string): Uint8Array {
  const trimmed = text.trim();
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed))
    throw new KeyFileError("a pre-shared key file holds one base64 line");
  const key = new Uint8Array(Buffer.from(trimmed, "base64"));
  if (key.length !== KEY_LENGTH)
    throw new KeyFileError(`a pre-shared key is ${KEY_LENGTH} bytes, got ${key.length}`);
  return key;
}

export function encodePrivateKeyPem(pair: KeyPair): string {
  return privateKeyFromSeed(pair.seed).export({ format: "pem", type: "pkcs8" }).toString();
}

export function decodePrivateKeyPem(text: string): KeyPair {
  try {
    const key = createPrivateKey({ key: text, format: "pem" });
    if (key.asymmetricKeyType !== "ed25519") throw new KeyFileError("not an Ed25519 private key");
    const der = key.export({ format: "der", type: "pkcs8" });
    return {
      seed: new Uint8Array(der.subarray(der.length - SEED_LENGTH)),
      publicKey: rawPublicKey(createPublicKey(key)),
    };
  } catch (e) {
    if (e instanceof KeyFileError) throw e;
    throw new KeyFileError(`cannot read the private key: ${(e as Error).message}`);
  }
}

export function encodePublicKeyPem(publicKey: Uint8Array): string {
  const key = publicKeyFromRaw(publicKey);
  if (key === undefined) throw new KeyFileError("not a valid Ed25519 public key");
  return key.export({ format: "pem", type: "spki" }).toString();
}

/** Reads a public key as PEM (SPKI) or as 64 hex digits. */
export function decodePublicKey(text: string): Uint8Array {
  const trimmed = text.trim();
  const hex = fromHex(trimmed);
  if (hex !== undefined && hex.length === 32 && publicKeyFromRaw(hex) !== undefined) return hex;
  try {
    const key = createPublicKey({ key: trimmed, format: "pem" });
    if (key.asymmetricKeyType !== "ed25519") throw new KeyFileError("not an Ed25519 public key");
    return rawPublicKey(key);
  } catch (e) {
    if (e instanceof KeyFileError) throw e;
    throw new KeyFileError(`cannot read the public key: ${(e as Error).message}`);
  }
}

const CERT_LABEL = "GOSSIP CERTIFICATE";

export function encodeCertificatePem(cert: Uint8Array): string {
  const b64 = Buffer.from(cert).toString("base64");
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${CERT_LABEL}-----\n${lines.join("\n")}\n-----END ${CERT_LABEL}-----\n`;
}

export function decodeCertificatePem(text: string): Uint8Array {
  const match = new RegExp(
    `-----BEGIN ${CERT_LABEL}-----([A-Za-z0-9+/=\\s]*)-----END ${CERT_LABEL}-----`,
  ).exec(text);
  if (match === null) throw new KeyFileError(`no ${CERT_LABEL} block`);
  return new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ""), "base64"));
}

export function encodeRevocationJson(rev: Omit<Revocation, "type">): string {
  return `${JSON.stringify(
    {
      caPublicKey: toHex(rev.caPublicKey),
      issuedAtMs: rev.issuedAtMs,
      revoked: rev.revoked.map(toHex),
      signature: toHex(rev.signature),
    },
    null,
    2,
  )}\n`;
}

export function decodeRevocationJson(text: string): Revocation {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new KeyFileError("a revocation file is JSON");
  }
  const r = raw as { caPublicKey?: unknown; issuedAtMs?: unknown; revoked?: unknown; signature?: unknown };
  const hex = (v: unknown): Uint8Array => {
    const b = typeof v === "string" ? fromHex(v) : undefined;
    if (b === undefined) throw new KeyFileError("revocation fields are hex strings");
    return b;
  };
  if (typeof r.issuedAtMs !== "number" || !Array.isArray(r.revoked))
    throw new KeyFileError("malformed revocation file");
  return {
    type: "revocation",
    caPublicKey: hex(r.caPublicKey),
    issuedAtMs: r.issuedAtMs,
    revoked: r.revoked.map(hex),
    signature: hex(r.signature),
  };
}
