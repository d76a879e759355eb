/**
 * Certificate revocation lists (SEC-70..SEC-75): a CA signs the complete list
 * of serials it revokes, stamped with its issue time; nodes gossip the lists,
 * and per CA the newest list wins.
 *
 * Signed payload: "gossip-v1 revocation\0" || caPublicKey (32) || issuedAtMs (u64 BE)
 *                 || count (u32 BE) || serial_1 || ... || serial_count (16 bytes each)
 */
import type { Revocation } from "@gossip/codec";
import { concatBytes, isU64, utf8, writeU64 } from "./bytes.js";
import { SERIAL_LENGTH } from "./certificate.js";
import {
  type KeyPair,
  PUBLIC_KEY_LENGTH,
  privateKeyFromSeed,
  publicKeyFromRaw,
  SIGNATURE_LENGTH,
  signBytes,
  verifyBytes,
} from "./ed25519.js";
import { RevocationError } from "./errors.js";

export const REVOCATION_DOMAIN = utf8("gossip-v1 revocation\0");
/** Most serials one list may carry. SEC-71. */
export const MAX_REVOKED = 4096;

export type RevocationReason =
  | "revocation-malformed"
  | "revocation-untrusted-ca"
  | "revocation-bad-signature";

/** The bytes a CA signs; undefined when the fields are out of range. */
export function revocationPayload(
  caPublicKey: Uint8Array,
  issuedAtMs: number,
  revoked: readonly Uint8Array[],
): Uint8Array | undefined {
  if (caPublicKey.length !== PUBLIC_KEY_LENGTH || !isU64(issuedAtMs) || revoked.length > MAX_REVOKED)
    return undefined;
  const head = new Uint8Array(PUBLIC_KEY_LENGTH + 8 + 4);
  head.set(caPublicKey, 0);
  writeU64(head, PUBLIC_KEY_LENGTH, issuedAtMs);
  new DataView(head.buffer).setUint32(PUBLIC_KEY_LENGTH + 8, revoked.length);
  for (const s of revoked) if (s.length !== SERIAL_LENGTH) return undefined;
  return concatBytes(REVOCATION_DOMAIN, head, ...revoked);
}

/** Builds and signs a revocation list. SEC-70. */
export function signRevocation(ca: KeyPair, issuedAtMs: number, revoked: readonly Uint8Array[]): Revocation {
  const payload = revocationPayload(ca.publicKey, issuedAtMs, revoked);
  if (payload === undefined) {
    throw new RevocationError(
      "revocation-malformed",
      "bad CA key, issue time, serial length, or too many serials",
    );
  }
  return {
    type: "revocation",
    caPublicKey: Uint8Array.from(ca.publicKey),
    issuedAtMs,
    revoked: revoked.map((s) => Uint8Array.from(s)),
    signature: signBytes(privateKeyFromSeed(ca.seed), payload),
  };
}

/** Checks a revocation list's form and CA signature (not whether the CA is trusted). */
export function checkRevocationSignature(rev: Omit<Revocation, "type">): "ok" | RevocationReason {
  if (rev.signature.length !== SIGNATURE_LENGTH) return "revocation-malformed";
  const payload = revocationPayload(rev.caPublicKey, rev.issuedAtMs, rev.revoked);
  if (payload === undefined) return "revocation-malformed";
  const key = publicKeyFromRaw(rev.caPublicKey);
  if (key === undefined) return "revocation-malformed";
  return verifyBytes(key, payload, rev.signature) ? "ok" : "revocation-bad-signature";
}

/**
 * Orders two valid lists of the same CA: positive when `a` supersedes `b`.
 * Newer `issuedAtMs` wins; on a tie, the lexicographically greater signature. SEC-73.
 */
export function compareRevocations(a: Omit<Revocation, "type">, b: Omit<Revocation, "type">): number {
  if (a.issuedAtMs !== b.issuedAtMs) return a.issuedAtMs > b.issuedAtMs ? 1 : -1;
  return Buffer.compare(Buffer.from(a.signature), Buffer.from(b.signature));
}
