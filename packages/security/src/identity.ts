/**
 * Node identities and verification of what only a node may say (SEC-60..SEC-66):
 * `Identity` signs a node's own Alive, Leave and KvDelta messages; `Verifier`
 * checks signatures, certificates, expiry and revocation, keeps a bounded
 * certificate cache, and counts every verdict.
 */
import { createPublicKey, type KeyObject } from "node:crypto";
import {
  type Alive,
  decodeMessage as codecDecodeMessage,
  encodeMessage as codecEncodeMessage,
  type Leave,
  type MemberRecord,
  type Message,
  type PushPull,
  type Revocation,
  type Signed,
} from "@gossip/codec";
import { concatBytes, equalBytes, toHex, utf8 } from "./bytes.js";
import {
  CERTIFICATE_DOMAIN,
  type Certificate,
  type CertificateReason,
  certifiesAddress,
  parseCertificate,
} from "./certificate.js";
import {
  caKeyIdOf,
  type KeyPair,
  privateKeyFromSeed,
  publicKeyFromRaw,
  rawPublicKey,
  signBytes,
  verifyBytes,
} from "./ed25519.js";
import { ArgumentError, CertificateError } from "./errors.js";
import { checkRevocationSignature, compareRevocations, type RevocationReason } from "./revocation.js";

export const SIGNED_DOMAIN = utf8("gossip-v1 signed\0");
/** Default tolerance for clock differences when checking validity periods. SEC-55. */
export const DEFAULT_CLOCK_SKEW_MS = 60_000;
/** Recent good signatures remembered to skip re-verifying gossip duplicates. */
const MEMO_SIZE = 1024;
/** Default bound of the certificate cache. SEC-64. */
export const DEFAULT_MAX_CACHED_CERTIFICATES = 4096;

/**
 * The bytes a node signs for a Signed message: "gossip-v1 signed\0" ||
 * clusterLen (u8) || cluster (UTF-8) || message (the encoded inner Message). SEC-60.
 */
export function signedPayload(cluster: string, message: Uint8Array): Uint8Array {
  const c = utf8(cluster);
  if (c.length > 255) throw new ArgumentError("cluster name is at most 255 bytes");
  return concatBytes(SIGNED_DOMAIN, Uint8Array.of(c.length), c, message);
}

/** Message types a node signs. SEC-61. */
export const SIGNABLE_TYPES = ["alive", "leave", "kv-delta"] as const;

export interface IdentityOptions {
  readonly name: string;
  readonly cluster: string;
  /** 32-byte Ed25519 private key seed. */
  readonly seed: Uint8Array;
  /** This node's certificate, issued for `name` and the public key of `seed`. */
  readonly certificate: Uint8Array;
}

/** This node's signing identity. */
export class Identity {
  readonly name: string;
  readonly cluster: string;
  readonly publicKey: Uint8Array;
  readonly certificate: Uint8Array;
  private readonly key: KeyObject;

  constructor(options: IdentityOptions) {
    this.key = privateKeyFromSeed(options.seed);
    this.publicKey = rawPublicKey(createPublicKey(this.key));
    const cert = parseCertificate(options.certificate);
    if (cert === undefined)
      throw new CertificateError("certificate-malformed", "the certificate is malformed");
    if (!equalBytes(cert.publicKey, this.publicKey)) {
      throw new CertificateError("key-mismatch", "the certificate is for another public key");
    }
    if (cert.name !== options.name) {
      throw new CertificateError("name-mismatch", `the certificate names ${cert.name}, not ${options.name}`);
    }
    if (cert.cluster !== "" && cert.cluster !== options.cluster) {
      throw new CertificateError("wrong-cluster", `the certificate is for cluster ${cert.cluster}`);
    }
    this.name = options.name;
    this.cluster = options.cluster;
    this.certificate = Uint8Array.from(options.certificate);
  }

  /**
   * Encodes and signs this node's own Alive, Leave or KvDelta (SEC-61, SEC-62).
   * An Alive gets this node's certificate. Throws {@link ArgumentError} for a
   * message this node may not sign (another type, or about another node), so
   * that an engine bug cannot produce a Signed every receiver would reject.
   */
  sign(message: Message): Signed {
    switch (message.type) {
      case "alive":
        if (message.node !== this.name) throw new ArgumentError(`cannot sign an alive for ${message.node}`);
        return this.signMessage(codecEncodeMessage({ ...message, certificate: this.certificate }));
      case "leave":
        if (message.node !== this.name) throw new ArgumentError(`cannot sign a leave for ${message.node}`);
        return this.signMessage(codecEncodeMessage(message));
      case "kv-delta":
        if (message.nodes.length === 0 || message.nodes.some((n) => n.node !== this.name)) {
          throw new ArgumentError("a signed kv-delta carries only this node's own state");
        }
        return this.signMessage(codecEncodeMessage(message));
      default:
        throw new ArgumentError(`${message.type} messages are not signed`);
    }
  }

  /** Wraps an encoded inner Message (this node's Alive, Leave or KvDelta) in a Signed. SEC-62. */
  signMessage(message: Uint8Array): Signed {
    return {
      type: "signed",
      signer: this.name,
      message: Uint8Array.from(message),
      signature: signBytes(this.key, signedPayload(this.cluster, message)),
    };
  }
}

/** Why a Signed message (or a certificate) was rejected. */
export type VerifyReason =
  | "malformed-message"
  | "not-signable"
  | "signer-mismatch"
  | "unknown-signer"
  | "certificate-name-mismatch"
  | "address-not-certified"
  | "bad-signature"
  | CertificateReason;

export const VERIFY_REASONS: readonly VerifyReason[] = [
  "malformed-message",
  "not-signable",
  "signer-mismatch",
  "unknown-signer",
  "certificate-malformed",
  "untrusted-ca",
  "bad-certificate-signature",
  "certificate-not-yet-valid",
  "certificate-expired",
  "certificate-revoked",
  "certificate-wrong-cluster",
  "certificate-name-mismatch",
  "address-not-certified",
  "bad-signature",
];

export type CertificateVerdict =
  | { readonly ok: true; readonly certificate: Certificate }
  | { readonly ok: false; readonly reason: CertificateReason };

export type SignedVerdict =
  | {
      readonly ok: true;
      /** The verified inner message; apply exactly this one. */
      readonly message: Message;
      readonly certificate: Certificate;
    }
  | { readonly ok: false; readonly reason: VerifyReason };

export type RevocationVerdict = "accepted" | "stale" | RevocationReason;

/** Why {@link Verifier.admit} refused a message. */
export type AdmitReason = VerifyReason | "unsigned";

export type AdmitVerdict =
  | {
      readonly ok: true;
      /** The message to act on: the verified inner message for a Signed, else the message itself. */
      readonly message: Message;
      /** The verified signer, for a Signed. */
      readonly signer?: string;
    }
  | { readonly ok: false; readonly reason: AdmitReason };

/** What of a PushPull may be applied with PKI on (SEC-65). */
export interface AdmittedPushPull {
  /**
   * Member records to apply. Alive and suspect records are backed by a verified
   * Signed Alive of at least their incarnation, and carry that Alive's address,
   * metadata, protocol range and certificate; left records by a verified Signed
   * Leave; dead records pass unchanged (SEC-67).
   */
  readonly members: MemberRecord[];
  /** The verified Signed Alive/Leave messages, for the receiver to store and forward unchanged (SEC-62). */
  readonly signed: { readonly signed: Omit<Signed, "type">; readonly message: Alive | Leave }[];
  /** Records dropped for want of a verified signature. */
  readonly dropped: number;
}

export interface VerifierOptions {
  /** Raw 32-byte Ed25519 public keys of the trusted CAs. SEC-54. */
  readonly trustedCas: readonly Uint8Array[];
  /**
   * Decodes an encoded inner Message; default: the codec's `decodeMessage`.
   * Must be the decoder the engine uses, so that what is verified is what is applied.
   */
  readonly decodeMessage?: (bytes: Uint8Array) => Message | undefined;
  readonly clockSkewMs?: number;
  readonly maxCachedCertificates?: number;
}

interface TrustedCa {
  readonly publicKey: Uint8Array;
  readonly key: KeyObject;
}

function defaultDecode(bytes: Uint8Array): Message | undefined {
  const result = codecDecodeMessage(bytes);
  return result.ok ? result.value : undefined;
}

/** Verifies certificates and Signed messages against a set of trusted CAs. */
export class Verifier {
  readonly clockSkewMs: number;
  readonly maxCachedCertificates: number;
  private readonly decode: (bytes: Uint8Array) => Message | undefined;
  private readonly cas = new Map<string, TrustedCa>();
  private readonly cache = new Map<string, Certificate>();
  private readonly nodeKeys = new Map<string, KeyObject>();
  private readonly lists = new Map<string, Omit<Revocation, "type">>();
  private readonly revokedSerials = new Map<string, Set<string>>();
  private readonly counts: Record<VerifyReason | "ok", number>;
  private unsignedCount = 0;
  private readonly memo = new Map<
    string,
    {
      readonly signer: string;
      readonly cluster: string;
      readonly publicKey: Uint8Array;
      readonly message: Uint8Array;
    }
  >();
  private readonly revocationCounts: Record<RevocationVerdict, number> = {
    accepted: 0,
    stale: 0,
    "revocation-malformed": 0,
    "revocation-untrusted-ca": 0,
    "revocation-bad-signature": 0,
  };

  constructor(options: VerifierOptions) {
    this.decode = options.decodeMessage ?? defaultDecode;
    this.clockSkewMs = options.clockSkewMs ?? DEFAULT_CLOCK_SKEW_MS;
    this.maxCachedCertificates = options.maxCachedCertificates ?? DEFAULT_MAX_CACHED_CERTIFICATES;
    this.counts = { ok: 0 } as Record<VerifyReason | "ok", number>;
    for (const r of VERIFY_REASONS) this.counts[r] = 0;
    for (const ca of options.trustedCas) this.addTrustedCa(ca);
  }

  addTrustedCa(publicKey: Uint8Array): void {
    const key = publicKeyFromRaw(publicKey);
    if (key === undefined) throw new ArgumentError("a trusted CA key is a valid 32-byte Ed25519 public key");
    this.cas.set(toHex(caKeyIdOf(publicKey)), { publicKey: Uint8Array.from(publicKey), key });
  }

  /** Stops trusting a CA; certificates it issued are dropped from the cache. */
  removeTrustedCa(publicKey: Uint8Array): void {
    const id = toHex(caKeyIdOf(publicKey));
    this.cas.delete(id);
    for (const [name, cert] of this.cache) if (toHex(cert.caKeyId) === id) this.cache.delete(name);
  }

  trustedCas(): Uint8Array[] {
    return [...this.cas.values()].map((c) => Uint8Array.from(c.publicKey));
  }

  /** Full certificate check: form, trusted CA, CA signature, cluster, validity period, revocation. SEC-55. */
  verifyCertificate(bytes: Uint8Array, cluster: string, nowMs: number): CertificateVerdict {
    const cert = parseCertificate(bytes);
    if (cert === undefined) return { ok: false, reason: "certificate-malformed" };
    const ca = this.cas.get(toHex(cert.caKeyId));
    if (ca === undefined) return { ok: false, reason: "untrusted-ca" };
    if (!verifyBytes(ca.key, concatBytes(CERTIFICATE_DOMAIN, cert.tbs), cert.signature)) {
      return { ok: false, reason: "bad-certificate-signature" };
    }
    return this.checkCurrent(cert, cluster, nowMs);
  }

  /** The checks that change with time and revocation, for a certificate whose signature is known good. */
  private checkCurrent(cert: Certificate, cluster: string, nowMs: number): CertificateVerdict {
    if (!this.cas.has(toHex(cert.caKeyId))) return { ok: false, reason: "untrusted-ca" };
    if (cert.cluster !== "" && cert.cluster !== cluster)
      return { ok: false, reason: "certificate-wrong-cluster" };
    if (nowMs < cert.notBeforeMs - this.clockSkewMs)
      return { ok: false, reason: "certificate-not-yet-valid" };
    if (nowMs > cert.notAfterMs + this.clockSkewMs) return { ok: false, reason: "certificate-expired" };
    if (this.isRevoked(cert.caKeyId, cert.serial)) return { ok: false, reason: "certificate-revoked" };
    return { ok: true, certificate: cert };
  }

  /**
   * Verifies a Signed message received for `cluster` at wall-clock `nowMs`
   * (SEC-63). On success returns the decoded inner message, which the caller
   * applies instead of decoding the bytes again. Counts every verdict.
   */
  verifySigned(signed: Omit<Signed, "type">, cluster: string, nowMs: number): SignedVerdict {
    const verdict = this.verifySignedUncounted(signed, cluster, nowMs);
    this.counts[verdict.ok ? "ok" : verdict.reason]++;
    return verdict;
  }

  private verifySignedUncounted(signed: Omit<Signed, "type">, cluster: string, nowMs: number): SignedVerdict {
    let message: Message | undefined;
    try {
      message = this.decode(signed.message);
    } catch {
      message = undefined;
    }
    if (message === undefined) return { ok: false, reason: "malformed-message" };
    switch (message.type) {
      case "alive":
      case "leave":
        if (message.node !== signed.signer) return { ok: false, reason: "signer-mismatch" };
        break;
      case "kv-delta":
        if (message.nodes.length === 0 || message.nodes.some((n) => n.node !== signed.signer)) {
          return { ok: false, reason: "signer-mismatch" };
        }
        break;
      default:
        return { ok: false, reason: "not-signable" };
    }
    let cert: Certificate;
    const carried =
      message.type === "alive" && message.certificate.length > 0 ? message.certificate : undefined;
    if (carried !== undefined) {
      const cached = this.cache.get(signed.signer);
      const check =
        cached !== undefined && equalBytes(cached.bytes, carried)
          ? this.checkCurrent(cached, cluster, nowMs)
          : this.verifyCertificate(carried, cluster, nowMs);
      if (!check.ok) return check;
      cert = check.certificate;
    } else {
      const cached = this.cache.get(signed.signer);
      if (cached === undefined) return { ok: false, reason: "unknown-signer" };
      const check = this.checkCurrent(cached, cluster, nowMs);
      if (!check.ok) return check;
      cert = cached;
    }
    if (cert.name !== signed.signer) return { ok: false, reason: "certificate-name-mismatch" };
    if (message.type === "alive" && !certifiesAddress(cert, message.addr)) {
      return { ok: false, reason: "address-not-certified" };
    }
    if (!this.signatureHolds(signed, cluster, cert.publicKey)) return { ok: false, reason: "bad-signature" };
    this.remember(cert);
    return { ok: true, message, certificate: cert };
  }

  /**
   * The PKI gate for one inbound message (SEC-65): a Signed is verified and
   * replaced by its inner message; an Alive, Leave or KvDelta outside Signed is
   * refused (`unsigned`); anything else passes unchanged (a PushPull must then
   * go through {@link admitPushPull}). Counts refusals like `verifySigned`.
   */
  admit(message: Message, cluster: string, nowMs: number): AdmitVerdict {
    switch (message.type) {
      case "signed": {
        const v = this.verifySigned(message, cluster, nowMs);
        return v.ok ? { ok: true, message: v.message, signer: message.signer } : v;
      }
      case "alive":
      case "leave":
      case "kv-delta":
        this.unsignedCount++;
        return { ok: false, reason: "unsigned" };
      default:
        return { ok: true, message };
    }
  }

  /**
   * Filters a PushPull's member records through its `signed_members` (SEC-65).
   * The PushPull's `kvDelta` is unsigned and must not be applied with PKI on;
   * key/value state travels as Signed KvDelta messages beside it.
   */
  admitPushPull(pushPull: Omit<PushPull, "type">, cluster: string, nowMs: number): AdmittedPushPull {
    const alive = new Map<string, Alive>();
    const left = new Map<string, Leave>();
    const signed: { signed: Omit<Signed, "type">; message: Alive | Leave }[] = [];
    for (const s of pushPull.signedMembers) {
      const v = this.verifySigned(s, cluster, nowMs);
      if (!v.ok) continue;
      if (v.message.type === "alive") {
        const held = alive.get(v.message.node);
        if (held === undefined || v.message.incarnation > held.incarnation)
          alive.set(v.message.node, v.message);
        signed.push({ signed: s, message: v.message });
      } else if (v.message.type === "leave") {
        const held = left.get(v.message.node);
        if (held === undefined || v.message.incarnation > held.incarnation)
          left.set(v.message.node, v.message);
        signed.push({ signed: s, message: v.message });
      }
    }
    const members: MemberRecord[] = [];
    let dropped = 0;
    for (const r of pushPull.members) {
      if (r.state === "dead") {
        members.push(r);
        continue;
      }
      if (r.state === "left") {
        const l = left.get(r.node);
        if (l !== undefined && l.incarnation >= r.incarnation) members.push(r);
        else dropped++;
        continue;
      }
      const a = alive.get(r.node);
      if (a === undefined || a.incarnation < r.incarnation) {
        dropped++;
        continue;
      }
      members.push({
        ...r,
        incarnation: a.incarnation,
        addr: a.addr,
        meta: a.meta,
        protocolMin: a.protocolMin,
        protocolMax: a.protocolMax,
        certificate: a.certificate,
      });
    }
    this.unsignedCount += dropped;
    return { members, signed, dropped };
  }

  /**
   * Learns a certificate seen outside a Signed Alive (for example in a
   * push-pull MemberRecord) after checking it. SEC-64.
   */
  learnCertificate(bytes: Uint8Array, cluster: string, nowMs: number): CertificateVerdict {
    const verdict = this.verifyCertificate(bytes, cluster, nowMs);
    if (verdict.ok) this.remember(verdict.certificate);
    return verdict;
  }

  /** The cached certificate of `name`, if any. */
  certificateOf(name: string): Certificate | undefined {
    return this.cache.get(name);
  }

  forget(name: string): void {
    this.cache.delete(name);
  }

  get cachedCertificates(): number {
    return this.cache.size;
  }

  private remember(cert: Certificate): void {
    const current = this.cache.get(cert.name);
    // Keep the certificate that lasts longer when two valid ones compete.
    if (
      current !== undefined &&
      !equalBytes(current.bytes, cert.bytes) &&
      current.notAfterMs > cert.notAfterMs
    ) {
      this.cache.delete(cert.name);
      this.cache.set(cert.name, current);
      return;
    }
    this.cache.delete(cert.name);
    if (this.cache.size >= this.maxCachedCertificates) {
      const oldest = this.cache.keys().next().value as string;
      this.cache.delete(oldest);
    }
    this.cache.set(cert.name, cert);
  }

  /**
   * Ed25519 verification with a bounded memo of recent good signatures: gossip
   * delivers the same Signed several times, and a memo hit (same signature,
   * signer, cluster, message bytes and public key) skips the curve arithmetic.
   * Everything else in SEC-63 is still checked on every delivery.
   */
  private signatureHolds(signed: Omit<Signed, "type">, cluster: string, publicKey: Uint8Array): boolean {
    const id = toHex(signed.signature);
    const hit = this.memo.get(id);
    if (
      hit !== undefined &&
      hit.signer === signed.signer &&
      hit.cluster === cluster &&
      equalBytes(hit.publicKey, publicKey) &&
      equalBytes(hit.message, signed.message)
    ) {
      return true;
    }
    const key = this.nodeKey(publicKey);
    if (key === undefined || !verifyBytes(key, signedPayload(cluster, signed.message), signed.signature))
      return false;
    if (this.memo.size >= MEMO_SIZE) this.memo.delete(this.memo.keys().next().value as string);
    this.memo.set(id, {
      signer: signed.signer,
      cluster,
      publicKey: Uint8Array.from(publicKey),
      message: Uint8Array.from(signed.message),
    });
    return true;
  }

  private nodeKey(raw: Uint8Array): KeyObject | undefined {
    const id = toHex(raw);
    let key = this.nodeKeys.get(id);
    if (key === undefined) {
      key = publicKeyFromRaw(raw);
      if (key === undefined) return undefined;
      if (this.nodeKeys.size >= this.maxCachedCertificates) {
        this.nodeKeys.delete(this.nodeKeys.keys().next().value as string);
      }
      this.nodeKeys.set(id, key);
    }
    return key;
  }

  /**
   * Merges a gossiped revocation list (SEC-72, SEC-73). `accepted` means it
   * superseded the list held for its CA and should be gossiped on; `stale`
   * means an equal or newer list is already held.
   */
  applyRevocation(rev: Omit<Revocation, "type">): RevocationVerdict {
    const verdict = this.applyRevocationUncounted(rev);
    this.revocationCounts[verdict]++;
    return verdict;
  }

  private applyRevocationUncounted(rev: Omit<Revocation, "type">): RevocationVerdict {
    if (rev.caPublicKey.length !== 32) return "revocation-malformed";
    const caId = toHex(caKeyIdOf(rev.caPublicKey));
    const ca = this.cas.get(caId);
    if (ca === undefined || !equalBytes(ca.publicKey, rev.caPublicKey)) return "revocation-untrusted-ca";
    const held = this.lists.get(caId);
    if (held !== undefined && compareRevocations(rev, held) <= 0) return "stale";
    const check = checkRevocationSignature(rev);
    if (check !== "ok") return check;
    const copy = {
      caPublicKey: Uint8Array.from(rev.caPublicKey),
      issuedAtMs: rev.issuedAtMs,
      revoked: rev.revoked.map((s) => Uint8Array.from(s)),
      signature: Uint8Array.from(rev.signature),
    };
    this.lists.set(caId, copy);
    this.revokedSerials.set(caId, new Set(copy.revoked.map(toHex)));
    for (const [name, cert] of this.cache) {
      if (this.isRevoked(cert.caKeyId, cert.serial)) this.cache.delete(name);
    }
    return "accepted";
  }

  isRevoked(caKeyId: Uint8Array, serial: Uint8Array): boolean {
    return this.revokedSerials.get(toHex(caKeyId))?.has(toHex(serial)) ?? false;
  }

  /** The revocation lists held (one per CA), to gossip and to hand to joining nodes. */
  revocations(): Revocation[] {
    return [...this.lists.values()].map((l) => ({ type: "revocation", ...l }));
  }

  /** Verdict counters: `ok` and one per {@link VerifyReason}. */
  stats(): {
    signed: Record<VerifyReason | "ok", number>;
    /** Alive/Leave/KvDelta messages and push-pull records refused for lack of a verified signature. */
    unsigned: number;
    revocations: Record<RevocationVerdict, number>;
  } {
    return {
      signed: { ...this.counts },
      unsigned: this.unsignedCount,
      revocations: { ...this.revocationCounts },
    };
  }
}

/** A CA: generate with {@link generateKeyPair}; exported here for symmetry of the public API. */
export type CaKeyPair = KeyPair;
