/**
 * The envelope (spec/02-wire.md §3-§5): magic, version, flags, cluster name,
 * optional AEAD sealing and DEFLATE compression around a protobuf `Packet`.
 */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { EnvelopeCipher } from "./cipher.js";
import {
  checkMessage,
  fromRaw,
  InvalidField,
  readMessage,
  readRawMessage,
  writeMessageFields,
} from "./convert.js";
import { DecodeMemo } from "./decode-memo.js";
import { CodecError, fail, ok, type Result } from "./errors.js";
import {
  COMPRESS_MIN_BYTES,
  DEFAULT_LIMITS,
  FLAG_COMPRESSED,
  FLAG_ENCRYPTED,
  FLAGS_KNOWN,
  KEY_ID_SIZE,
  type Limits,
  MAGIC_0,
  MAGIC_1,
  MAX_CLUSTER_NAME_BYTES,
  NONCE_SIZE,
  PROTOCOL_VERSION,
  TAG_SIZE,
} from "./limits.js";
import type { Message } from "./messages.js";
import { Reader, Writer } from "./pb.js";
import type { RecordMemoContext } from "./record-memo.js";

export interface EncodeOptions {
  /** The sender's cluster name (UTF-8, at most 255 bytes). */
  readonly cluster: string;
  /** Seal the envelope with the cipher's primary key (WIRE-10). */
  readonly cipher?: EnvelopeCipher | undefined;
  /**
   * Allow DEFLATE compression of the body. The body is compressed only when it
   * is at least COMPRESS_MIN_BYTES long and compression makes it smaller (WIRE-17).
   */
  readonly compress?: boolean | undefined;
}

export interface DecodeOptions {
  /** The receiver's cluster name; envelopes of any other cluster are rejected (WIRE-8). */
  readonly cluster: string;
  /** Opens encrypted envelopes. */
  readonly cipher?: EnvelopeCipher | undefined;
  /** Accept unencrypted envelopes (default true; false when encryption is required, WIRE-12). */
  readonly acceptPlaintext?: boolean | undefined;
  /** Overrides of DEFAULT_LIMITS. */
  readonly limits?: Partial<Limits> | undefined;
  /**
   * Shared memo of decoded broadcast entries (see {@link DecodeMemo}). Used only
   * with the default limits; never changes the result.
   */
  readonly memo?: DecodeMemo | undefined;
}

export interface DecodedPacket {
  readonly cluster: string;
  /** The messages with a known body, in wire order. */
  readonly messages: Message[];
  /** How many messages had a body this codec does not know (skipped, WIRE-33). */
  readonly unknown: number;
  readonly encrypted: boolean;
  readonly compressed: boolean;
  /** Key id of an encrypted envelope. */
  readonly keyId?: number;
}

// ------------------------------------------------------------ shared state

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder("utf-8", { fatal: true });

/**
 * One reusable writer: encoding is synchronous and never re-entrant. A plain
 * (Uint8Array) Writer, not the Node BufferWriter: its output needs no
 * Buffer-to-Uint8Array view.
 */
let writer = new Writer();
const WRITER_KEEP_BYTES = 1 << 20;

function takeWriter(): Writer {
  const w = writer as Writer & { states: number[] | null };
  w.pos = 0;
  w.states = null;
  return w;
}

function releaseWriter(): void {
  if ((writer as Writer & { buf: Uint8Array }).buf.length > WRITER_KEEP_BYTES) writer = new Writer();
}

const headerCache = new Map<string, Uint8Array>();

/** The plaintext header (flags 0) for a cluster name: magic, version, flags, L, name. */
function header(cluster: string): Uint8Array {
  let h = headerCache.get(cluster);
  if (h !== undefined) return h;
  const name = textEncoder.encode(cluster);
  if (name.length > MAX_CLUSTER_NAME_BYTES) {
    throw new CodecError("INVALID_FIELD", `cluster name longer than ${MAX_CLUSTER_NAME_BYTES} bytes`, {
      field: "cluster",
    });
  }
  h = new Uint8Array(5 + name.length);
  h[0] = MAGIC_0;
  h[1] = MAGIC_1;
  h[2] = PROTOCOL_VERSION;
  h[3] = 0;
  h[4] = name.length;
  h.set(name, 5);
  if (headerCache.size > 64) headerCache.clear();
  headerCache.set(cluster, h);
  return h;
}

function varintSize(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

function writeUvarint(n: number, out: Uint8Array, pos: number): number {
  while (n > 0x7f) {
    out[pos++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}

/** A plain Uint8Array view of the same memory (no copy): encoders and decoders never hand out Buffers. */
function asPlainBytes(b: Uint8Array): Uint8Array {
  return Object.getPrototypeOf(b) === Uint8Array.prototype
    ? b
    : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

// ------------------------------------------------------------ encoding

/**
 * A message, or one already encoded as a packet entry by {@link encodePacketEntry}
 * (written as is: encoding the same queued message for every packet is avoidable work).
 */
export type PacketPart = Message | Uint8Array;

function writePacketEntries(messages: readonly PacketPart[], w: Writer): void {
  for (const m of messages) {
    if (m instanceof Uint8Array) {
      w.raw(m);
      continue;
    }
    w.uint32(10).fork();
    writeMessageFields(m, w);
    w.ldelim();
  }
}

/**
 * The bytes `m` adds to a packet body (entry tag, length, encoded Message), exactly as
 * {@link encodePacket} writes them; pass them back to `encodePacket` in place of `m`.
 * Its length is {@link encodedSize}.
 */
export function encodePacketEntry(m: Message): Uint8Array {
  const w = takeWriter();
  try {
    writePacketEntries([m], w);
    return w.finish();
  } finally {
    releaseWriter();
  }
}

/**
 * Encodes messages as one envelope (a compound packet when there are several). A
 * message may be given pre-encoded ({@link encodePacketEntry}).
 * Throws a {@link CodecError} on unencodable input (no messages, cluster name too long);
 * it does not check the field rules: see {@link validateMessage}.
 */
export function encodePacket(messages: readonly PacketPart[], opts: EncodeOptions): Uint8Array {
  if (messages.length === 0) throw new CodecError("EMPTY_PACKET", "a packet carries at least one message");
  const h = header(opts.cluster);
  const w = takeWriter();
  try {
    if (!opts.cipher && !opts.compress) {
      // Fast path: header and body in one buffer, one copy out.
      w.raw(h);
      writePacketEntries(messages, w);
      return w.finish();
    }
    writePacketEntries(messages, w);
    let body: Uint8Array = w.finish(true);
    let flags = 0;
    if (opts.compress && body.length >= COMPRESS_MIN_BYTES) {
      const deflated = deflateRawSync(body);
      const n = varintSize(body.length);
      if (n + deflated.length < body.length) {
        const c = new Uint8Array(n + deflated.length);
        writeUvarint(body.length, c, 0);
        c.set(deflated, n);
        body = c;
        flags |= FLAG_COMPRESSED;
      }
    }
    if (!opts.cipher) {
      const out = new Uint8Array(h.length + body.length);
      out.set(h, 0);
      out[3] = flags;
      out.set(body, h.length);
      return out;
    }
    flags |= FLAG_ENCRYPTED;
    // Seal a private copy of the body: the writer's buffer is reused.
    if (!(flags & FLAG_COMPRESSED)) body = body.slice();
    const keyId = opts.cipher.primaryKeyId() >>> 0;
    const aad = new Uint8Array(h.length + KEY_ID_SIZE);
    aad.set(h, 0);
    aad[3] = flags;
    new DataView(aad.buffer).setUint32(h.length, keyId, false);
    const sealed = opts.cipher.seal(keyId, aad, body);
    if (sealed.nonce.length !== NONCE_SIZE || sealed.ciphertext.length < TAG_SIZE) {
      throw new CodecError("INVALID_FIELD", "cipher returned a nonce or ciphertext of the wrong size", {
        field: "cipher",
      });
    }
    const out = new Uint8Array(aad.length + NONCE_SIZE + sealed.ciphertext.length);
    out.set(aad, 0);
    out.set(sealed.nonce, aad.length);
    out.set(sealed.ciphertext, aad.length + NONCE_SIZE);
    return out;
  } finally {
    releaseWriter();
  }
}

/** Encodes a single protobuf `Message` (no envelope), e.g. the payload of a `Signed`. */
export function encodeMessage(m: Message): Uint8Array {
  const w = takeWriter();
  try {
    writeMessageFields(m, w);
    return w.finish();
  } finally {
    releaseWriter();
  }
}

/** Bytes `m` adds to a packet body: entry tag, length, and the encoded Message. */
export function encodedSize(m: Message): number {
  const w = takeWriter();
  try {
    writeMessageFields(m, w);
    const n = w.pos;
    return 1 + varintSize(n) + n;
  } finally {
    releaseWriter();
  }
}

/** Envelope bytes around the packet body (header, and key id, nonce and tag when encrypted). */
export function envelopeOverhead(cluster: string, encrypted: boolean): number {
  return header(cluster).length + (encrypted ? KEY_ID_SIZE + NONCE_SIZE + TAG_SIZE : 0);
}

// ------------------------------------------------------------ decoding

function limitsOf(l: Partial<Limits> | undefined): Limits {
  return l ? { ...DEFAULT_LIMITS, ...l } : DEFAULT_LIMITS;
}

/** Validates a message against the field rules (WIRE-40..49). */
export function validateMessage(m: Message, limits?: Partial<Limits>): Result<Message> {
  try {
    checkMessage(m, limitsOf(limits));
    return ok(m);
  } catch (e) {
    if (e instanceof InvalidField) return fail("INVALID_FIELD", e.message, { field: e.field });
    return fail("INVALID_FIELD", String(e));
  }
}

function protobufFailure<T>(e: unknown): Result<T> {
  if (e instanceof InvalidField) return fail("INVALID_FIELD", e.message, { field: e.field });
  return fail("MALFORMED", `malformed protobuf: ${e instanceof Error ? e.message : String(e)}`);
}

interface PacketBody {
  messages: Message[];
  unknown: number;
}

/** Phase-1 result of a memo-eligible entry decoded from its own copy `key`, kept once it passes phase 2. */
class MemoMiss {
  constructor(
    readonly key: Uint8Array,
    readonly raw: unknown,
  ) {}
}

/** Phase-1 results are raw messages, MemoMiss, unknown-type markers, or (memo hits) decoded messages. */
function isMemoHit(pm: unknown): pm is Message {
  return typeof (pm as { type?: unknown } | undefined)?.type === "string";
}

function readPacket(body: Uint8Array, limits: Limits, memo: DecodeMemo | undefined): Result<PacketBody> {
  const r = new Reader(body);
  // Made on the first entry that may carry push-pull records (most packets have none).
  let records: RecordMemoContext | undefined;
  // Phase 1 (WIRE-93 step 14): protobuf structure and message count, in wire order.
  const raw: unknown[] = [];
  try {
    while (r.pos < r.len) {
      const tag = r.tag();
      if (tag === 10) {
        if (raw.length === limits.maxMessages) {
          return fail("TOO_MANY_MESSAGES", `more than ${limits.maxMessages} messages`);
        }
        const length = r.uint32();
        const start = r.pos;
        const end = start + length;
        if (memo !== undefined && length > 0 && end <= r.len && DecodeMemo.eligible(body[start] as number)) {
          const hit = memo.get(body, start, end);
          if (hit !== undefined) {
            raw.push(hit);
          } else {
            const key = body.slice(start, end);
            raw.push(new MemoMiss(key, readRawMessage(new Reader(key), length)));
          }
          r.pos = end;
        } else {
          if (memo !== undefined) records ??= { memo, misses: [] };
          raw.push(readRawMessage(r, length, records));
        }
      } else {
        r.skipType(tag & 7, 0, tag >>> 3);
      }
    }
  } catch (e) {
    return protobufFailure(e);
  }
  // Phase 2 (step 15): conversion and field rules, message by message.
  const messages: Message[] = [];
  let unknown = 0;
  const kept: MemoMiss[] = [];
  const keptMessages: Message[] = [];
  try {
    for (const pm of raw) {
      if (isMemoHit(pm)) {
        messages.push(pm);
        continue;
      }
      const miss = pm instanceof MemoMiss ? pm : undefined;
      const m = fromRaw(miss === undefined ? pm : miss.raw);
      if (m === undefined) unknown++;
      else {
        checkMessage(m, limits);
        messages.push(m);
        if (miss !== undefined) {
          kept.push(miss);
          keptMessages.push(m);
        }
      }
    }
  } catch (e) {
    return protobufFailure(e);
  }
  // Step 16.
  if (raw.length === 0) return fail("EMPTY_PACKET", "the packet has no message");
  // Only a packet that decodes as a whole feeds the memo.
  for (let i = 0; i < kept.length; i++) {
    const m = keptMessages[i] as Message;
    const key = (kept[i] as MemoMiss).key;
    memo?.set(key, m, canonicalEntry(m, key));
  }
  if (records !== undefined)
    for (const miss of records.misses) if (miss.record) memo?.setRecord(miss.key, miss.record);
  return ok({ messages, unknown });
}

/**
 * `m`'s packet entry if the encoder reproduces `key` (the bytes `m` was decoded
 * from) exactly; undefined when the sender's encoding differs (field order,
 * unknown fields, non-minimal varints), so that a relay never forwards bytes
 * this encoder would not write.
 */
function canonicalEntry(m: Message, key: Uint8Array): Uint8Array | undefined {
  const entry = encodePacketEntry(m);
  const prefix = entry.length - key.length;
  if (prefix !== 1 + varintSize(key.length) || !sameBytes(entry, prefix, key)) return undefined;
  return entry;
}

function sameBytes(a: Uint8Array, aOff: number, b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (a[aOff + i] !== b[i]) return false;
  return true;
}

function decodeEnvelope(input: Uint8Array, opts: DecodeOptions): Result<DecodedPacket> {
  const limits = limitsOf(opts.limits);
  const bytes = asPlainBytes(input);
  const n = bytes.length;
  if (n > limits.maxEnvelopeSize)
    return fail("OVERSIZE", `envelope of ${n} bytes exceeds ${limits.maxEnvelopeSize}`);
  if (n < 5) return fail("TRUNCATED", "shorter than the fixed header");
  if (bytes[0] !== MAGIC_0 || bytes[1] !== MAGIC_1) return fail("BAD_MAGIC", "not a gossip envelope");
  const version = bytes[2] as number;
  if (version !== PROTOCOL_VERSION) {
    return fail(
      "UNSUPPORTED_VERSION",
      `protocol version ${version} is not supported (this codec speaks ${PROTOCOL_VERSION})`,
      {
        version,
      },
    );
  }
  const flags = bytes[3] as number;
  if (flags & ~FLAGS_KNOWN) return fail("RESERVED_FLAGS", `reserved flag bits set: 0x${flags.toString(16)}`);
  const nameLen = bytes[4] as number;
  const headerEnd = 5 + nameLen;
  if (n < headerEnd) return fail("TRUNCATED", "cluster name truncated");
  const own = header(opts.cluster);
  if (own.length !== headerEnd || !sameBytes(bytes, 5, own.subarray(5))) {
    let name = "";
    try {
      name = textDecoder.decode(bytes.subarray(5, headerEnd));
    } catch {
      name = "<invalid UTF-8>";
    }
    return fail(
      "WRONG_CLUSTER",
      `envelope of cluster ${JSON.stringify(name)}, expected ${JSON.stringify(opts.cluster)}`,
    );
  }
  const encrypted = (flags & FLAG_ENCRYPTED) !== 0;
  const compressed = (flags & FLAG_COMPRESSED) !== 0;
  let body: Uint8Array;
  let keyId: number | undefined;
  if (encrypted) {
    if (!opts.cipher) return fail("NO_CIPHER", "encrypted envelope and no keyring");
    const aadEnd = headerEnd + KEY_ID_SIZE;
    if (n < aadEnd + NONCE_SIZE + TAG_SIZE) return fail("TRUNCATED", "encrypted envelope too short");
    keyId = new DataView(bytes.buffer, bytes.byteOffset, n).getUint32(headerEnd, false);
    let opened: Uint8Array | undefined;
    try {
      opened = opts.cipher.open(
        keyId,
        bytes.subarray(aadEnd, aadEnd + NONCE_SIZE),
        bytes.subarray(0, aadEnd),
        bytes.subarray(aadEnd + NONCE_SIZE),
      );
    } catch {
      opened = undefined;
    }
    if (opened === undefined) return fail("DECRYPT_FAILED", `cannot open the envelope (key id ${keyId})`);
    body = asPlainBytes(opened);
  } else {
    if (opts.acceptPlaintext === false)
      return fail("ENCRYPTION_REQUIRED", "plaintext envelope where encryption is required");
    body = bytes.subarray(headerEnd);
  }
  if (compressed) {
    const r = inflate(body, limits);
    if (!r.ok) return r;
    body = r.value;
  }
  const p = readPacket(body, limits, opts.limits === undefined ? opts.memo : undefined);
  if (!p.ok) return p;
  const out: DecodedPacket = {
    cluster: opts.cluster,
    messages: p.value.messages,
    unknown: p.value.unknown,
    encrypted,
    compressed,
  };
  return ok(keyId === undefined ? out : { ...out, keyId });
}

function inflate(body: Uint8Array, limits: Limits): Result<Uint8Array> {
  let declared = 0;
  let shift = 1;
  let i = 0;
  for (;;) {
    if (i >= body.length) return fail("TRUNCATED", "compressed body: length truncated");
    if (i >= 5) return fail("MALFORMED", "compressed body: length varint too long");
    const b = body[i++] as number;
    declared += (b & 0x7f) * shift;
    shift *= 128;
    if (b < 0x80) break;
  }
  if (declared > limits.maxDecompressedSize) {
    return fail("DECOMPRESSED_TOO_LARGE", `declared ${declared} bytes, limit ${limits.maxDecompressedSize}`);
  }
  let out: Uint8Array;
  try {
    out = inflateRawSync(body.subarray(i), { maxOutputLength: Math.max(declared, 1) });
  } catch (e) {
    return fail("DECOMPRESS_FAILED", `inflate failed: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (out.length !== declared)
    return fail("DECOMPRESS_FAILED", `inflated ${out.length} bytes, declared ${declared}`);
  return ok(asPlainBytes(out));
}

/**
 * Decodes one envelope. Never throws on any input: every rejection is a typed
 * error (spec/02-wire.md §9). Decoded `Uint8Array` fields may share memory
 * with `bytes`.
 */
export function decodePacket(bytes: Uint8Array, opts: DecodeOptions): Result<DecodedPacket> {
  try {
    return decodeEnvelope(bytes, opts);
  } catch (e) {
    // The receiver's own cluster name is unusable (longer than 255 bytes).
    if (e instanceof CodecError) return { ok: false, error: e };
    // Defensive: nothing above is expected to throw.
    return fail("MALFORMED", `undecodable envelope: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Decodes a single protobuf `Message` (no envelope). A message with no known body is UNKNOWN_TYPE. */
export function decodeMessage(bytes: Uint8Array, limits?: Partial<Limits>): Result<Message> {
  try {
    const b = asPlainBytes(bytes);
    const m = readMessage(new Reader(b), b.length);
    if (m === undefined) return fail("UNKNOWN_TYPE", "the message has no body this codec knows");
    checkMessage(m, limitsOf(limits));
    return ok(m);
  } catch (e) {
    return protobufFailure(e);
  }
}
