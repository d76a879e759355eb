/**
 * @gossip/codec: the wire format of the gossip protocol (spec/02-wire.md).
 *
 * Envelopes (`encodePacket` / `decodePacket`), single messages
 * (`encodeMessage` / `decodeMessage`), stream frames (`encodeFrame` /
 * `FrameReader`) and the canonical JSON form of every message.
 * @packageDocumentation
 */

export type { EnvelopeCipher } from "./cipher.js";
export {
  BODY_FIELD,
  CRDT_TYPES,
  cachedMemberRecord,
  MEMBER_STATES,
  MESSAGE_TYPES,
  REPLICATION_MODES,
} from "./convert.js";
export { DecodeMemo, type DecodeMemoStats } from "./decode-memo.js";
export {
  type DecodedPacket,
  type DecodeOptions,
  decodeMessage,
  decodePacket,
  type EncodeOptions,
  encodedSize,
  encodeMessage,
  encodePacket,
  encodePacketEntry,
  envelopeOverhead,
  type PacketPart,
  validateMessage,
} from "./envelope.js";
export {
  CODEC_ERROR_CODES,
  CodecError,
  type CodecErrorCode,
  isCodecErrorCode,
  type Result,
} from "./errors.js";
export { encodeFrame, FRAME_HEADER_SIZE, FrameReader, readFrames } from "./frame.js";
export {
  type FieldKind,
  type JsonValue,
  MESSAGE_SPECS,
  messageFromJson,
  messageToJson,
  packetFromJson,
  packetToJson,
  type RecordSpec,
} from "./json.js";
export {
  COMPRESS_MIN_BYTES,
  DEFAULT_LIMITS,
  type Limits,
  MAX_CLUSTER_NAME_BYTES,
  MAX_UINT64,
  PROTOCOL_VERSION,
} from "./limits.js";
export type * from "./messages.js";
