/** The default wire codec: the protocol envelope of `@gossip/codec` (spec/02-wire.md). */
import {
  type DecodeMemo,
  decodePacket,
  type EnvelopeCipher,
  encodePacket,
  encodePacketEntry,
  envelopeOverhead,
  type Limits,
  type Message,
} from "@gossip/codec";
import { messageSize } from "./size.js";
import type { DecodeResult, WireCodec } from "./wire.js";

export interface CodecWireOptions {
  /** Seal envelopes (and open sealed ones) with this cipher. */
  readonly cipher?: EnvelopeCipher | undefined;
  /** Seal with this cipher instead (SEC-40 modes: plaintext mode seals nothing but still opens). */
  readonly sealWith?: EnvelopeCipher | undefined;
  /** Open with this cipher instead. */
  readonly openWith?: EnvelopeCipher | undefined;
  /** Allow DEFLATE compression of large bodies. */
  readonly compress?: boolean | undefined;
  /** Accept unencrypted envelopes (default true). */
  readonly acceptPlaintext?: boolean | undefined;
  /** Receiver limits (defaults: the codec's DEFAULT_LIMITS). */
  readonly limits?: Partial<Limits> | undefined;
  /** Decoded-entry memo shared with other engines in this process (see `DecodeMemo`). */
  readonly memo?: DecodeMemo | undefined;
}

export function codecWire(cluster: string, opts: CodecWireOptions = {}): WireCodec {
  const split = opts.sealWith !== undefined || opts.openWith !== undefined;
  const seal = split ? opts.sealWith : opts.cipher;
  const open = split ? opts.openWith : opts.cipher;
  const encodeOpts = { cluster, cipher: seal, compress: opts.compress };
  const decodeOpts = {
    cluster,
    cipher: open,
    acceptPlaintext: opts.acceptPlaintext,
    limits: opts.limits,
    memo: opts.memo,
  };
  return {
    overhead: envelopeOverhead(cluster, seal !== undefined),
    encode(messages: readonly Message[]): Uint8Array {
      return encodePacket(messages, encodeOpts);
    },
    encodeEntry(message: Message): Uint8Array {
      // A shared message from the memo comes with the bytes it was decoded from (every node relaying
      // it queues the same bytes). Otherwise the codec gives every encoding its own memory; an entry
      // (a few dozen bytes) then lives on the JS heap, and a queued one keeps nothing else alive.
      return opts.memo?.entryOf(message) ?? encodePacketEntry(message);
    },
    encodeParts(parts: readonly (Message | Uint8Array)[]): Uint8Array {
      return encodePacket(parts, encodeOpts);
    },
    decode(bytes: Uint8Array): DecodeResult {
      const r = decodePacket(bytes, decodeOpts);
      if (!r.ok) return { ok: false, reason: r.error.code };
      return { ok: true, messages: r.value.messages };
    },
    messageSize,
  };
}
