/**
 * Ed25519 over node:crypto with raw 32-byte keys (RFC 8032), the form the
 * certificate and the wire carry.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from "node:crypto";
import { utf8 } from "./bytes.js";
import { BadKeyError } from "./errors.js";

export const PUBLIC_KEY_LENGTH = 32;
export const SEED_LENGTH = 32;
export const SIGNATURE_LENGTH = 64;
/** Length of a CA key id. SEC-51. */
export const CA_KEY_ID_LENGTH = 8;

const SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");
const PKCS8_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");
const CA_ID_DOMAIN = utf8("gossip-v1 ca-id\0");

/** An Ed25519 key pair: the 32-byte private seed and the 32-byte public key. */
export interface KeyPair {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
}

/** A fresh key pair, or the key pair of a given 32-byte seed. */
export function generateKeyPair(seed?: Uint8Array): KeyPair {
  if (seed !== undefined) {
    const priv = privateKeyFromSeed(seed);
    return { seed: Uint8Array.from(seed), publicKey: rawPublicKey(createPublicKey(priv)) };
  }
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const der = privateKey.export({ format: "der", type: "pkcs8" });
  return { seed: new Uint8Array(der.subarray(der.length - SEED_LENGTH)), publicKey: rawPublicKey(publicKey) };
}

export function privateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (!(seed instanceof Uint8Array) || seed.length !== SEED_LENGTH) {
    throw new BadKeyError(`an Ed25519 private key seed is ${SEED_LENGTH} bytes`);
  }
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: "der", type: "pkcs8" });
}

/** A public KeyObject from 32 raw bytes; undefined when they are not a valid Ed25519 point encoding. */
export function publicKeyFromRaw(raw: Uint8Array): KeyObject | undefined {
  if (raw.length !== PUBLIC_KEY_LENGTH) return undefined;
  try {
    return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: "der", type: "spki" });
  } catch {
    return undefined;
  }
}

export function rawPublicKey(key: KeyObject): Uint8Array {
  const der = key.export({ format: "der", type: "spki" });
  return new Uint8Array(der.subarray(der.length - PUBLIC_KEY_LENGTH));
}

export function signBytes(privateKey: KeyObject, data: Uint8Array): Uint8Array {
  return new Uint8Array(sign(null, data, privateKey));
}

/** Never throws: false for a malformed key or signature. */
export function verifyBytes(publicKey: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== SIGNATURE_LENGTH) return false;
  try {
    return verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}

/** CA key id: SHA-256("gossip-v1 ca-id\0" || public key), first 8 bytes. SEC-51. */
export function caKeyIdOf(publicKey: Uint8Array): Uint8Array {
  if (publicKey.length !== PUBLIC_KEY_LENGTH) throw new BadKeyError("an Ed25519 public key is 32 bytes");
  const digest = createHash("sha256").update(CA_ID_DOMAIN).update(publicKey).digest();
  return new Uint8Array(digest.subarray(0, CA_KEY_ID_LENGTH));
}
