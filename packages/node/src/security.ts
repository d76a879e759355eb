/**
 * Security in the runtime (spec/11-security.md, docs/security.md): the
 * encryption mode and keyring, switchable while the node runs, and the PKI
 * identity and verifier handed to the engine.
 */
import { readFileSync } from "node:fs";
import type { EnvelopeCipher, Message, Revocation } from "@gossip/codec";
import { codecWire, type EngineSecurity, SECURITY_CLASS, type WireCodec } from "@gossip/core";
import {
  decodeCertificatePem,
  decodePrivateKeyPem,
  decodePskFile,
  decodePublicKey,
  decodeRevocationJson,
  ENCRYPTION_MODES,
  type EncryptionMode,
  envelopePolicy,
  Identity,
  type KeyInfo,
  Keyring,
  type KeyringStats,
  type RevocationVerdict,
  toHex,
  Verifier,
} from "@gossip/security";
import { ConfigError } from "./errors.js";

export type { EncryptionMode };

/** `pki` in the configuration: this node's identity and the CAs it trusts. */
export interface PkiConfig {
  /** PEM file with this node's Ed25519 private key (`gossip keys cert` writes `<name>.key`). */
  privateKeyFile: string;
  /** PEM file with this node's certificate (`<name>.crt`). */
  certificateFile: string;
  /** Public key files of the trusted CAs (`ca.pub`). */
  caFiles: string[];
  /** A revocation list (`gossip keys revoke` output) to apply and gossip at start. */
  revocationFile?: string;
}

/** A revocation list accepted or refused, by verdict. */
export type { RevocationVerdict };

function readText(file: string, option: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(option, `invalid option "${option}": ${file}: ${(err as Error).message}`);
  }
}

function parsed<T>(option: string, file: string, f: () => T): T {
  try {
    return f();
  } catch (err) {
    throw new ConfigError(option, `invalid option "${option}": ${file}: ${(err as Error).message}`);
  }
}

/** A Keyring from key files (first primary); ConfigError names the file that cannot be used. */
export function keyringFromFiles(files: readonly string[]): Keyring {
  const keys = files.map((f, i) =>
    parsed(`encryption.keyFiles.${i}`, f, () => decodePskFile(readText(f, `encryption.keyFiles.${i}`))),
  );
  return new Keyring({ keys });
}

/** Identity and verifier from the `pki` configuration. */
export function pkiFromConfig(
  pki: PkiConfig,
  name: string,
  cluster: string,
): { identity: Identity; verifier: Verifier; revocation: Revocation | undefined } {
  const pair = parsed("pki.privateKeyFile", pki.privateKeyFile, () =>
    decodePrivateKeyPem(readText(pki.privateKeyFile, "pki.privateKeyFile")),
  );
  const certificate = parsed("pki.certificateFile", pki.certificateFile, () =>
    decodeCertificatePem(readText(pki.certificateFile, "pki.certificateFile")),
  );
  const identity = parsed(
    "pki.certificateFile",
    pki.certificateFile,
    () => new Identity({ name, cluster, seed: pair.seed, certificate }),
  );
  const trustedCas = pki.caFiles.map((f, i) =>
    parsed(`pki.caFiles.${i}`, f, () => decodePublicKey(readText(f, `pki.caFiles.${i}`))),
  );
  const verifier = parsed("pki.caFiles", pki.caFiles.join(","), () => new Verifier({ trustedCas }));
  const revocation =
    pki.revocationFile === undefined
      ? undefined
      : parsed("pki.revocationFile", pki.revocationFile, () =>
          decodeRevocationJson(readText(pki.revocationFile as string, "pki.revocationFile")),
        );
  return { identity, verifier, revocation };
}

/**
 * The engine's wire codec with a switchable encryption mode (SEC-40): the
 * three steps of turning encryption on (or off) happen while the node runs.
 * Keyring open failures are reported with their reason (`DECRYPT_FAILED:replayed`).
 */
export class ModeWire implements WireCodec {
  private current: WireCodec;
  private mode_: EncryptionMode;
  /** Budget as if encrypted, whatever the mode, so a mode switch never overflows a datagram. */
  readonly overhead: number;

  constructor(
    private readonly cluster: string,
    private readonly keyring: Keyring | undefined,
    mode: EncryptionMode,
    private readonly compress: boolean,
  ) {
    this.mode_ = mode;
    this.current = this.build(mode);
    this.overhead = codecWire(cluster, { cipher: keyring ?? DUMMY_CIPHER }).overhead;
  }

  private build(mode: EncryptionMode): WireCodec {
    const p = envelopePolicy(mode, this.keyring);
    return codecWire(this.cluster, {
      sealWith: p.sealWith,
      openWith: p.openWith,
      acceptPlaintext: p.acceptPlaintext,
      compress: this.compress,
    });
  }

  get mode(): EncryptionMode {
    return this.mode_;
  }

  /** Switch the mode (ArgumentError from @gossip/security without a keyring for migration/encrypted). */
  setMode(mode: EncryptionMode): void {
    if (!ENCRYPTION_MODES.includes(mode))
      throw new ConfigError("encryption.mode", `unknown mode ${String(mode)}`);
    this.current = this.build(mode);
    this.mode_ = mode;
  }

  encode(messages: readonly Message[]): Uint8Array {
    return this.current.encode(messages);
  }

  decode(bytes: Uint8Array): ReturnType<WireCodec["decode"]> {
    const r = this.current.decode(bytes);
    if (!r.ok && r.reason === "DECRYPT_FAILED" && this.keyring?.lastOpenFailure !== undefined) {
      return { ok: false, reason: `DECRYPT_FAILED:${this.keyring.lastOpenFailure}` };
    }
    return r;
  }

  messageSize(m: Message): number {
    return this.current.messageSize(m);
  }
}

const DUMMY_CIPHER: EnvelopeCipher = {
  primaryKeyId: () => 0,
  seal: () => ({ nonce: new Uint8Array(12), ciphertext: new Uint8Array(0) }),
  open: () => undefined,
};

/** What the engine must offer for the runtime's security API (the core engine does). */
export interface SecurityEngine {
  broadcast?(cls: string, key: string | undefined, message: Message): void;
  securityStats?(): unknown;
  setWallClockOffset?(ms: number): void;
}

export interface NodeSecurityStats {
  readonly mode: EncryptionMode;
  readonly keyring: KeyringStats | undefined;
  readonly keys: KeyInfo[];
  /** Verifier counters (PKI on). */
  readonly verifier: ReturnType<Verifier["stats"]> | undefined;
  /** Engine-side PKI counters: refused messages by reason, forwarded and signed messages (PKI on). */
  readonly engine: unknown;
}

/**
 * The node's security controls: key rotation (install, use, remove, list),
 * the encryption mode, revocation lists, and counters. `node.security`.
 */
export class NodeSecurity {
  constructor(
    readonly wire: ModeWire,
    readonly keyring: Keyring | undefined,
    readonly identity: Identity | undefined,
    readonly verifier: Verifier | undefined,
    private readonly engine: () => SecurityEngine | undefined,
  ) {}

  private needKeyring(): Keyring {
    if (this.keyring === undefined) {
      throw new ConfigError("encryption", "no keyring: configure encryption.keyFiles to rotate keys");
    }
    return this.keyring;
  }

  /** Rotation step 1: add a key (32 bytes, or the text of a key file); returns its key id. */
  installKey(key: Uint8Array | string): number {
    return this.needKeyring().install(typeof key === "string" ? decodePskFile(key) : key);
  }

  /** Rotation step 2: seal with this key from now on. */
  useKey(keyId: number): void {
    this.needKeyring().use(keyId);
  }

  /** Rotation step 3: stop accepting this key (never the primary). */
  removeKey(keyId: number): boolean {
    return this.needKeyring().remove(keyId);
  }

  listKeys(): KeyInfo[] {
    return this.keyring?.list() ?? [];
  }

  get mode(): EncryptionMode {
    return this.wire.mode;
  }

  /** Change the encryption mode of the running node (the three-step enable of docs/security.md). */
  setMode(mode: EncryptionMode): void {
    this.wire.setMode(mode);
  }

  /** Apply a revocation list and, when it supersedes the held one, gossip it (SEC-73, SEC-74). */
  applyRevocation(rev: Revocation): RevocationVerdict {
    if (this.verifier === undefined) throw new ConfigError("pki", "no PKI configured");
    const verdict = this.verifier.applyRevocation(rev);
    if (verdict === "accepted") {
      this.engine()?.broadcast?.(SECURITY_CLASS, `revocation:${toHex(rev.caPublicKey)}`, rev);
    }
    return verdict;
  }

  stats(): NodeSecurityStats {
    return {
      mode: this.wire.mode,
      keyring: this.keyring?.stats(),
      keys: this.listKeys(),
      verifier: this.verifier?.stats(),
      engine: this.engine()?.securityStats?.(),
    };
  }
}

/** Everything the runtime builds from `encryption` and `pki`. */
export function buildSecurity(opts: {
  name: string;
  cluster: string;
  mode: EncryptionMode;
  compress: boolean;
  keyring: Keyring | undefined;
  pki: PkiConfig | undefined;
  engine: () => SecurityEngine | undefined;
}): {
  security: NodeSecurity;
  engineSecurity: EngineSecurity | undefined;
  revocation: Revocation | undefined;
} {
  if (opts.mode !== "plaintext" && opts.keyring === undefined) {
    throw new ConfigError("encryption.mode", `encryption mode "${opts.mode}" needs encryption.keyFiles`);
  }
  const wire = new ModeWire(opts.cluster, opts.keyring, opts.mode, opts.compress);
  const pki = opts.pki === undefined ? undefined : pkiFromConfig(opts.pki, opts.name, opts.cluster);
  const security = new NodeSecurity(wire, opts.keyring, pki?.identity, pki?.verifier, opts.engine);
  const engineSecurity: EngineSecurity | undefined =
    pki === undefined
      ? undefined
      : { signer: pki.identity, verifier: pki.verifier, wallClockOffsetMs: Date.now() };
  return { security, engineSecurity, revocation: pki?.revocation };
}
