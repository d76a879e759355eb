/**
 * @gossip/codec: the wire format of the gossip protocol (spec/02-wire.md).
 *
 * Envelopes (`encodePacket` / `decodePacket`), single messages
 * (`encodeMessage` / `decodeMessage`), stream frames (`encodeFrame` /
 * `FrameReader`) and the canonical JSON form of every message.
 * @packageDocumentation
 */
export type * from "./messages.js";
export type { EnvelopeCipher } from "./cipher.js";
export { CodecError, CODEC_ERROR_CODES, type CodecErrorCode, type Result, isCodecErrorCode } from "./errors.js";
export {
  PROTOCOL_VERSION,
  DEFAULT_LIMITS,
  type Limits,
  COMPRESS_MIN_BYTES,
  MAX_UINT64,
  MAX_CLUSTER_NAME_BYTES,
} from "./limits.js";
export { BODY_FIELD, MESSAGE_TYPES, MEMBER_STATES, CRDT_TYPES, REPLICATION_MODES } from "./convert.js";
export {
  encodePacket,
  decodePacket,
  encodeMessage,
  decodeMessage,
  encodedSize,
  envelopeOverhead,
  validateMessage,
  type EncodeOptions,
  type DecodeOptions,
  type DecodedPacket,
} from "./envelope.js";
