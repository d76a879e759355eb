/**
 * The engine's view of the wire: turn messages into one envelope and back.
 * The default implementation is `@gossip/codec`; tests may inject another.
 */
import type { Message } from "@gossip/codec";

export type DecodeResult =
  | { readonly ok: true; readonly messages: readonly Message[] }
  | { readonly ok: false; readonly reason: string };

export interface WireCodec {
  /** Encode `messages` as one envelope (datagram or stream frame). */
  encode(messages: readonly Message[]): Uint8Array;
  /** Decode one envelope. Never throws. */
  decode(bytes: Uint8Array): DecodeResult;
  /** Bytes `message` adds to an envelope's payload, framing included (an upper bound is fine). */
  messageSize(message: Message): number;
  /** Fixed bytes of an envelope around its messages (header, cipher overhead). */
  readonly overhead: number;
  /**
   * Optional, with `encodeParts`: `message` encoded once, to be passed to `encodeParts` in its
   * place (the engine caches it per queued broadcast instead of re-encoding it for every packet).
   */
  encodeEntry?(message: Message): Uint8Array;
  /** Optional: `encode`, with some messages given as their `encodeEntry` bytes (same output). */
  encodeParts?(parts: readonly (Message | Uint8Array)[]): Uint8Array;
}
