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
}
