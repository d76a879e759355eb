/**
 * The pre-shared-key keyring: AES-256-GCM for the envelope (SEC-10..SEC-36).
 *
 * Implements the codec's {@link EnvelopeCipher}: the codec frames the envelope
 * and passes the header (through the key id) as associated data; the keyring
 * owns the keys, the nonces and the replay window.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  type KeyObject,
  randomBytes,
} from "node:crypto";
import type { EnvelopeCipher } from "@gossip/codec";
import { concatBytes, utf8 } from "./bytes.js";
import { ArgumentError, BadKeyError, KeyringError } from "./errors.js";
import { DEFAULT_MAX_SENDERS, DEFAULT_REPLAY_WINDOW, ReplayGuard } from "./replay.js";

/** Pre-shared keys are exactly 32 bytes (AES-256). SEC-10. */
export const KEY_LENGTH = 32;
/** GCM nonce length. SEC-20. */
export const NONCE_LENGTH = 12;
/** GCM tag length. SEC-11. */
export const TAG_LENGTH = 16;
/** Bytes of the nonce that name the sending keyring instance. SEC-20. */
export const SENDER_ID_LENGTH = 6;
/** Exclusive upper bound of the 48-bit nonce counter. SEC-22. */
export const COUNTER_LIMIT = 2 ** 48;
/** Smallest replay window a keyring accepts. SEC-32. */
export const MIN_REPLAY_WINDOW = 1024;
/** Envelope bytes an encrypted packet adds over plaintext: key id, nonce, tag. */
export const ENCRYPTION_OVERHEAD = 4 + NONCE_LENGTH + TAG_LENGTH;

const KEY_ID_DOMAIN = utf8("gossip-v1 psk-id\0");

/** Random bytes; injectable so that simulations and vectors are deterministic. */
export type RandomSource = (length: number) => Uint8Array;

const defaultRandom: RandomSource = (length) => new Uint8Array(randomBytes(length));

/** The 32-bit key id of a pre-shared key: SHA-256("gossip-v1 psk-id\0" || key), first 4 bytes, big-endian. SEC-12. */
export function keyIdOf(key: Uint8Array): number {
  checkKey(key);
  const digest = createHash("sha256").update(KEY_ID_DOMAIN).update(key).digest();
  return digest.readUInt32BE(0);
}

/** A fresh random pre-shared key. */
export function generateKey(random: RandomSource = defaultRandom): Uint8Array {
  const key = random(KEY_LENGTH);
  checkKey(key);
  return key;
}

function checkKey(key: Uint8Array): void {
  if (!(key instanceof Uint8Array) || key.length !== KEY_LENGTH) {
    throw new BadKeyError(`a pre-shared key is ${KEY_LENGTH} bytes, got ${key?.length}`);
  }
}

/** Why the last `open` failed. */
export type OpenFailure = "malformed" | "unknown-key" | "auth-failed" | "replayed" | "too-old";

export interface KeyringStats {
  sealed: number;
  opened: number;
  /** `open` rejections by reason. */
  rejected: Record<OpenFailure, number>;
  /** Replay-window senders forgotten to stay within the memory bound. */
  replaySendersEvicted: number;
  /** Times the nonce counter ran out and a new sender id was drawn. */
  senderIdRenewals: number;
}

export interface KeyringOptions {
  /** Keys to install; the first becomes the primary unless `primary` says otherwise. */
  keys?: readonly Uint8Array[];
  /** Key id of the primary among `keys`. */
  primary?: number;
  /** Random source for the sender id and counter start (default: node:crypto). */
  random?: RandomSource;
  /** Replay protection (SEC-30); default on. */
  replayProtection?: boolean;
  /** Replay window width in counters: a multiple of 32, at least 1024 (SEC-32; default 4096). */
  replayWindow?: number;
  /** Senders tracked by the replay window (default 1024). */
  maxSenders?: number;
}

interface Entry {
  readonly id: number;
  readonly key: KeyObject;
  readonly installedOrder: number;
}

/** One installed key as listed by {@link Keyring.list}. */
export interface KeyInfo {
  readonly keyId: number;
  readonly primary: boolean;
}

/**
 * A set of pre-shared keys with one primary. Seals with the key id the codec
 * passes (the primary), opens with any installed key (SEC-14), so a rolling
 * rotation loses nothing: install the new key everywhere, `use` it everywhere,
 * then `remove` the old one everywhere.
 */
export class Keyring implements EnvelopeCipher {
  private readonly entries = new Map<number, Entry>();
  private primary: number | undefined;
  private order = 0;
  private readonly random: RandomSource;
  private readonly replay: ReplayGuard | undefined;
  private senderId = 0;
  private counter = 0;
  private readonly counts: KeyringStats;
  private failure: OpenFailure | undefined;

  constructor(options: KeyringOptions = {}) {
    this.random = options.random ?? defaultRandom;
    const window = options.replayWindow ?? DEFAULT_REPLAY_WINDOW;
    if (!Number.isInteger(window) || window < MIN_REPLAY_WINDOW || window % 32 !== 0) {
      throw new ArgumentError(
        `replayWindow must be a multiple of 32 and at least ${MIN_REPLAY_WINDOW}, got ${window}`,
      );
    }
    this.replay =
      options.replayProtection === false
        ? undefined
        : new ReplayGuard({
            windowSize: window,
            maxSenders: options.maxSenders ?? DEFAULT_MAX_SENDERS,
          });
    this.counts = {
      sealed: 0,
      opened: 0,
      rejected: { malformed: 0, "unknown-key": 0, "auth-failed": 0, replayed: 0, "too-old": 0 },
      replaySendersEvicted: 0,
      senderIdRenewals: 0,
    };
    this.drawSender();
    for (const key of options.keys ?? []) this.install(key);
    if (options.primary !== undefined) this.use(options.primary);
  }

  /**
   * Installs `key` and returns its key id. Installing a key that is already
   * installed does nothing. The first key installed into an empty keyring
   * becomes the primary. SEC-13.
   */
  install(key: Uint8Array): number {
    const id = keyIdOf(key);
    const existing = this.entries.get(id);
    if (existing !== undefined) {
      const same = Buffer.from(existing.key.export()).equals(Buffer.from(key));
      if (same) return id;
      throw new KeyringError("SEC_KEY_ID_COLLISION", `another installed key has key id ${hexId(id)}`);
    }
    this.entries.set(id, { id, key: createSecretKey(Buffer.from(key)), installedOrder: this.order++ });
    if (this.primary === undefined) this.primary = id;
    return id;
  }

  /** Makes the installed key `keyId` the primary: new envelopes are sealed with it. SEC-13. */
  use(keyId: number): void {
    if (!this.entries.has(keyId)) {
      throw new KeyringError("SEC_UNKNOWN_KEY", `key ${hexId(keyId)} is not installed`);
    }
    this.primary = keyId;
  }

  /**
   * Removes key `keyId`; returns false when it was not installed. The primary
   * cannot be removed (switch first). SEC-13.
   */
  remove(keyId: number): boolean {
    if (keyId === this.primary) {
      throw new KeyringError(
        "SEC_REMOVE_PRIMARY",
        `key ${hexId(keyId)} is the primary; use another key first`,
      );
    }
    return this.entries.delete(keyId);
  }

  has(keyId: number): boolean {
    return this.entries.has(keyId);
  }

  /** Installed keys, primary first, then in installation order. */
  list(): KeyInfo[] {
    return [...this.entries.values()]
      .sort((a, b) =>
        a.id === this.primary ? -1 : b.id === this.primary ? 1 : a.installedOrder - b.installedOrder,
      )
      .map((e) => ({ keyId: e.id, primary: e.id === this.primary }));
  }

  get size(): number {
    return this.entries.size;
  }

  primaryKeyId(): number {
    if (this.primary === undefined) throw new KeyringError("SEC_NO_PRIMARY", "the keyring holds no key");
    return this.primary;
  }

  /** The next nonce: sender id (6 bytes) || counter (6 bytes, big-endian). SEC-20..SEC-22. */
  nextNonce(): Uint8Array {
    if (this.counter >= COUNTER_LIMIT) {
      this.drawSender();
      this.counts.senderIdRenewals++;
    }
    const nonce = new Uint8Array(NONCE_LENGTH);
    writeU48(nonce, 0, this.senderId);
    writeU48(nonce, SENDER_ID_LENGTH, this.counter);
    this.counter++;
    return nonce;
  }

  seal(keyId: number, aad: Uint8Array, plaintext: Uint8Array): { nonce: Uint8Array; ciphertext: Uint8Array } {
    const entry = this.entries.get(keyId);
    if (entry === undefined)
      throw new KeyringError("SEC_UNKNOWN_KEY", `key ${hexId(keyId)} is not installed`);
    const nonce = this.nextNonce();
    const cipher = createCipheriv("aes-256-gcm", entry.key, nonce, { authTagLength: TAG_LENGTH });
    cipher.setAAD(aad);
    const body = cipher.update(plaintext);
    const final = cipher.final();
    const tag = cipher.getAuthTag();
    this.counts.sealed++;
    return { nonce, ciphertext: concatBytes(body, final, tag) };
  }

  open(keyId: number, nonce: Uint8Array, aad: Uint8Array, ciphertext: Uint8Array): Uint8Array | undefined {
    this.failure = undefined;
    if (nonce.length !== NONCE_LENGTH || ciphertext.length < TAG_LENGTH) return this.reject("malformed");
    const entry = this.entries.get(keyId);
    if (entry === undefined) return this.reject("unknown-key");
    const split = ciphertext.length - TAG_LENGTH;
    let plaintext: Uint8Array;
    try {
      const decipher = createDecipheriv("aes-256-gcm", entry.key, nonce, { authTagLength: TAG_LENGTH });
      decipher.setAuthTag(ciphertext.subarray(split));
      decipher.setAAD(aad);
      const body = decipher.update(ciphertext.subarray(0, split));
      const final = decipher.final();
      plaintext =
        final.length === 0
          ? new Uint8Array(body.buffer, body.byteOffset, body.byteLength)
          : concatBytes(body, final);
    } catch {
      return this.reject("auth-failed");
    }
    if (this.replay !== undefined) {
      const verdict = this.replay.checkAndAccept(readU48(nonce, 0), readU48(nonce, SENDER_ID_LENGTH));
      this.counts.replaySendersEvicted = this.replay.evicted;
      if (verdict === "duplicate") return this.reject("replayed");
      if (verdict === "too-old") return this.reject("too-old");
    }
    this.counts.opened++;
    return plaintext;
  }

  /** Why the most recent `open` returned undefined (undefined after a success). */
  get lastOpenFailure(): OpenFailure | undefined {
    return this.failure;
  }

  /** A snapshot of the counters. */
  stats(): KeyringStats {
    return structuredClone(this.counts);
  }

  private reject(reason: OpenFailure): undefined {
    this.failure = reason;
    this.counts.rejected[reason]++;
    return undefined;
  }

  private drawSender(): void {
    const r = this.random(12);
    this.senderId = readU48(r, 0);
    // Counter starts uniformly in [0, 2^47): at least 2^47 seals before renewal. SEC-21.
    this.counter = readU48(r, 6) % 2 ** 47;
  }
}

function writeU48(out: Uint8Array, offset: number, value: number): void {
  const high = Math.floor(value / 0x1_0000_0000);
  out[offset] = (high >>> 8) & 0xff;
  out[offset + 1] = high & 0xff;
  new DataView(out.buffer, out.byteOffset, out.byteLength).setUint32(offset + 2, value >>> 0);
}

function readU48(bytes: Uint8Array, offset: number): number {
  const high = (bytes[offset]! << 8) | bytes[offset + 1]!;
  return (
    high * 0x1_0000_0000 +
    new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset + 2)
  );
}

function hexId(id: number): string {
  return `0x${id.toString(16).padStart(8, "0")}`;
}

/** Splits a nonce into its sender id and counter (for diagnostics and tests). */
export function parseNonce(nonce: Uint8Array): { senderId: number; counter: number } {
  if (nonce.length !== NONCE_LENGTH) throw new BadKeyError(`a nonce is ${NONCE_LENGTH} bytes`);
  return { senderId: readU48(nonce, 0), counter: readU48(nonce, SENDER_ID_LENGTH) };
}
