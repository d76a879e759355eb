/**
 * Node certificates (SEC-50..SEC-58): a byte-exact, DER-free format binding a
 * node name, its cluster, its addresses and its Ed25519 public key, signed by
 * a cluster CA key.
 *
 * ```
 * version      u8     = 1
 * serial       16 bytes
 * notBeforeMs  u64 BE (ms since the Unix epoch, <= 2^53-1)
 * notAfterMs   u64 BE
 * caKeyId      8 bytes
 * publicKey    32 bytes (Ed25519)
 * nameLen      u8 (1..255), name (UTF-8)
 * clusterLen   u8 (0..255), cluster (UTF-8; empty = any cluster)
 * addrCount    u8 (0..16), then per address: ipLen u8 (4|16), ip, port u16 BE (0 = any port)
 * signature    64 bytes: Ed25519 by the CA over "gossip-v1 certificate\0" || every byte above
 * ```
 */
import { randomBytes } from "node:crypto";
import type { Address } from "@gossip/codec";
import { concatBytes, decodeUtf8, equalBytes, isU64, readU64, utf8, writeU64 } from "./bytes.js";
import {
  CA_KEY_ID_LENGTH,
  caKeyIdOf,
  type KeyPair,
  PUBLIC_KEY_LENGTH,
  privateKeyFromSeed,
  publicKeyFromRaw,
  SIGNATURE_LENGTH,
  signBytes,
  verifyBytes,
} from "./ed25519.js";
import { CertificateError } from "./errors.js";

export const CERTIFICATE_VERSION = 1;
export const SERIAL_LENGTH = 16;
export const MAX_NAME_BYTES = 255;
export const MAX_CLUSTER_BYTES = 255;
export const MAX_CERT_ADDRESSES = 16;
/** Fixed part before the name: version, serial, validity, CA key id, public key. */
const FIXED_LENGTH = 1 + SERIAL_LENGTH + 8 + 8 + CA_KEY_ID_LENGTH + PUBLIC_KEY_LENGTH;
/** The largest well-formed certificate. */
export const MAX_CERTIFICATE_LENGTH =
  FIXED_LENGTH + 1 + MAX_NAME_BYTES + 1 + MAX_CLUSTER_BYTES + 1 + MAX_CERT_ADDRESSES * 19 + SIGNATURE_LENGTH;

export const CERTIFICATE_DOMAIN = utf8("gossip-v1 certificate\0");

export interface CertificateFields {
  readonly serial: Uint8Array;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
  readonly caKeyId: Uint8Array;
  readonly publicKey: Uint8Array;
  readonly name: string;
  /** Empty: valid in any cluster. */
  readonly cluster: string;
  /** Empty: any address. A port of 0 matches any port. */
  readonly addresses: readonly Address[];
}

export interface Certificate extends CertificateFields {
  readonly signature: Uint8Array;
  /** The whole encoded certificate. */
  readonly bytes: Uint8Array;
  /** The signed part (everything before the signature). */
  readonly tbs: Uint8Array;
}

/** Encodes the to-be-signed part. Throws {@link CertificateError} on out-of-range fields. */
export function encodeCertificateBody(fields: CertificateFields): Uint8Array {
  const fail = (reason: string, message: string): never => {
    throw new CertificateError(reason, message);
  };
  if (fields.serial.length !== SERIAL_LENGTH) fail("bad-serial", `serial must be ${SERIAL_LENGTH} bytes`);
  if (!isU64(fields.notBeforeMs) || !isU64(fields.notAfterMs))
    fail("bad-validity", "validity bounds must be integers in 0..2^53-1");
  if (fields.notBeforeMs > fields.notAfterMs) fail("bad-validity", "notBefore is after notAfter");
  if (fields.caKeyId.length !== CA_KEY_ID_LENGTH)
    fail("bad-ca-key-id", `CA key id must be ${CA_KEY_ID_LENGTH} bytes`);
  if (fields.publicKey.length !== PUBLIC_KEY_LENGTH) fail("bad-public-key", "public key must be 32 bytes");
  const name = utf8(fields.name);
  if (name.length < 1 || name.length > MAX_NAME_BYTES) fail("bad-name", "name must be 1..255 UTF-8 bytes");
  const cluster = utf8(fields.cluster);
  if (cluster.length > MAX_CLUSTER_BYTES) fail("bad-cluster", "cluster must be at most 255 UTF-8 bytes");
  if (fields.addresses.length > MAX_CERT_ADDRESSES)
    fail("bad-addresses", `at most ${MAX_CERT_ADDRESSES} addresses`);
  const fixed = new Uint8Array(FIXED_LENGTH);
  let o = 0;
  fixed[o++] = CERTIFICATE_VERSION;
  fixed.set(fields.serial, o);
  o += SERIAL_LENGTH;
  writeU64(fixed, o, fields.notBeforeMs);
  o += 8;
  writeU64(fixed, o, fields.notAfterMs);
  o += 8;
  fixed.set(fields.caKeyId, o);
  o += CA_KEY_ID_LENGTH;
  fixed.set(fields.publicKey, o);
  const parts: Uint8Array[] = [
    fixed,
    Uint8Array.of(name.length),
    name,
    Uint8Array.of(cluster.length),
    cluster,
  ];
  parts.push(Uint8Array.of(fields.addresses.length));
  for (const a of fields.addresses) {
    if (a.ip.length !== 4 && a.ip.length !== 16) fail("bad-addresses", "an address is 4 or 16 bytes");
    if (!Number.isInteger(a.port) || a.port < 0 || a.port > 65535)
      fail("bad-addresses", "port must be 0..65535");
    parts.push(Uint8Array.of(a.ip.length), a.ip, Uint8Array.of(a.port >>> 8, a.port & 0xff));
  }
  return concatBytes(...parts);
}

/** Parses a certificate; `undefined` when the bytes are not exactly one well-formed certificate. SEC-52. */
export function parseCertificate(bytes: Uint8Array): Certificate | undefined {
  if (bytes.length < FIXED_LENGTH + 3 + 1 + SIGNATURE_LENGTH || bytes.length > MAX_CERTIFICATE_LENGTH)
    return undefined;
  if (bytes[0] !== CERTIFICATE_VERSION) return undefined;
  let o = 1;
  const serial = bytes.slice(o, o + SERIAL_LENGTH);
  o += SERIAL_LENGTH;
  const notBeforeMs = readU64(bytes, o);
  o += 8;
  const notAfterMs = readU64(bytes, o);
  o += 8;
  if (notBeforeMs === undefined || notAfterMs === undefined || notBeforeMs > notAfterMs) return undefined;
  const caKeyId = bytes.slice(o, o + CA_KEY_ID_LENGTH);
  o += CA_KEY_ID_LENGTH;
  const publicKey = bytes.slice(o, o + PUBLIC_KEY_LENGTH);
  o += PUBLIC_KEY_LENGTH;
  const end = bytes.length - SIGNATURE_LENGTH;
  const take = (n: number): Uint8Array | undefined => {
    if (o + n > end) return undefined;
    const out = bytes.subarray(o, o + n);
    o += n;
    return out;
  };
  const nameLen = take(1)?.[0];
  if (nameLen === undefined || nameLen === 0) return undefined;
  const nameBytes = take(nameLen);
  const name = nameBytes && decodeUtf8(nameBytes);
  if (name === undefined) return undefined;
  const clusterLen = take(1)?.[0];
  if (clusterLen === undefined) return undefined;
  const clusterBytes = take(clusterLen);
  const cluster = clusterBytes && decodeUtf8(clusterBytes);
  if (cluster === undefined) return undefined;
  const count = take(1)?.[0];
  if (count === undefined || count > MAX_CERT_ADDRESSES) return undefined;
  const addresses: Address[] = [];
  for (let i = 0; i < count; i++) {
    const ipLen = take(1)?.[0];
    if (ipLen !== 4 && ipLen !== 16) return undefined;
    const ip = take(ipLen);
    const port = take(2);
    if (ip === undefined || port === undefined) return undefined;
    addresses.push({ ip: Uint8Array.from(ip), port: (port[0]! << 8) | port[1]! });
  }
  if (o !== end) return undefined;
  return {
    serial,
    notBeforeMs,
    notAfterMs,
    caKeyId,
    publicKey,
    name,
    cluster,
    addresses,
    signature: bytes.slice(end),
    bytes: Uint8Array.from(bytes),
    tbs: bytes.slice(0, end),
  };
}

export interface IssueOptions {
  /** The CA key pair. */
  readonly ca: KeyPair;
  readonly name: string;
  readonly publicKey: Uint8Array;
  readonly notBeforeMs: number;
  readonly notAfterMs: number;
  readonly cluster?: string;
  readonly addresses?: readonly Address[];
  /** 16 bytes; random by default. */
  readonly serial?: Uint8Array;
}

/** Issues (encodes and CA-signs) a certificate. SEC-53. */
export function issueCertificate(options: IssueOptions): Uint8Array {
  const tbs = encodeCertificateBody({
    serial: options.serial ?? new Uint8Array(randomBytes(SERIAL_LENGTH)),
    notBeforeMs: options.notBeforeMs,
    notAfterMs: options.notAfterMs,
    caKeyId: caKeyIdOf(options.ca.publicKey),
    publicKey: options.publicKey,
    name: options.name,
    cluster: options.cluster ?? "",
    addresses: options.addresses ?? [],
  });
  const signature = signBytes(privateKeyFromSeed(options.ca.seed), concatBytes(CERTIFICATE_DOMAIN, tbs));
  return concatBytes(tbs, signature);
}

/** Why a certificate is not acceptable. */
export type CertificateReason =
  | "certificate-malformed"
  | "untrusted-ca"
  | "bad-certificate-signature"
  | "certificate-not-yet-valid"
  | "certificate-expired"
  | "certificate-revoked"
  | "certificate-wrong-cluster";

/** Checks only the CA signature of a parsed certificate against a CA public key (raw). */
export function checkCertificateSignature(cert: Certificate, caPublicKey: Uint8Array): boolean {
  if (!equalBytes(caKeyIdOf(caPublicKey), cert.caKeyId)) return false;
  const key = publicKeyFromRaw(caPublicKey);
  return key !== undefined && verifyBytes(key, concatBytes(CERTIFICATE_DOMAIN, cert.tbs), cert.signature);
}

/** Whether `addr` is one of the certified addresses (any address when the list is empty). SEC-57. */
export function certifiesAddress(cert: CertificateFields, addr: Address | undefined): boolean {
  if (cert.addresses.length === 0) return true;
  if (addr === undefined) return false;
  return cert.addresses.some((a) => equalBytes(a.ip, addr.ip) && (a.port === 0 || a.port === addr.port));
}
