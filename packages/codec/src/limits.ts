/** Protocol constants and receiver limits of the wire format (spec/02-wire.md). */

/** The protocol version this codec writes and the highest it reads. WIRE-3. */
export const PROTOCOL_VERSION = 1;

/** "gs": the two magic bytes that open every envelope. WIRE-2. */
export const MAGIC_0 = 0x67;
export const MAGIC_1 = 0x73;

/** Envelope flag bits. WIRE-5. */
export const FLAG_ENCRYPTED = 0x01;
export const FLAG_COMPRESSED = 0x02;
export const FLAGS_KNOWN = FLAG_ENCRYPTED | FLAG_COMPRESSED;

/** Sizes of the encrypted envelope's fixed fields. WIRE-10. */
export const KEY_ID_SIZE = 4;
export const NONCE_SIZE = 12;
export const TAG_SIZE = 16;

/** Largest cluster name, in UTF-8 bytes (one length byte). WIRE-7. */
export const MAX_CLUSTER_NAME_BYTES = 255;

/** Largest integer carried in a uint64 field: 2^53 - 1. WIRE-41. */
export const MAX_UINT64 = Number.MAX_SAFE_INTEGER;

/** A sender never compresses a body smaller than this many bytes. WIRE-17. */
export const COMPRESS_MIN_BYTES = 256;

/** Receiver and sender limits. Every field has a protocol default (DEFAULT_LIMITS). */
export interface Limits {
  /** Sender's datagram budget: the whole envelope must fit. WIRE-60. */
  readonly datagramBudget: number;
  /** Largest envelope a receiver accepts (datagram, stream frame or HTTP frame). WIRE-61. */
  readonly maxEnvelopeSize: number;
  /** Largest stream frame payload (one envelope). WIRE-71. */
  readonly maxFrameSize: number;
  /** Largest declared uncompressed body. WIRE-18. */
  readonly maxDecompressedSize: number;
  /** Most messages in one packet. WIRE-32. */
  readonly maxMessages: number;
  /** Node names (and other names of members), UTF-8 bytes. WIRE-43. */
  readonly maxNameBytes: number;
  /** Member metadata bytes. WIRE-44. */
  readonly maxMetaBytes: number;
  /** Key/value and CRDT keys, user event names, UTF-8 bytes. WIRE-45. */
  readonly maxKeyBytes: number;
}

export const DEFAULT_LIMITS: Limits = Object.freeze({
  datagramBudget: 1400,
  maxEnvelopeSize: 8 * 1024 * 1024,
  maxFrameSize: 8 * 1024 * 1024,
  maxDecompressedSize: 16 * 1024 * 1024,
  maxMessages: 1024,
  maxNameBytes: 128,
  maxMetaBytes: 512,
  maxKeyBytes: 256,
});
