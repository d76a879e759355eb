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

const ENTRY_SLAB_BYTES = 2048;

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
  let slab = new Uint8Array(0);
  let slabPos = 0;
  return {
    overhead: envelopeOverhead(cluster, seal !== undefined),
    encode(messages: readonly Message[]): Uint8Array {
      return encodePacket(messages, encodeOpts);
    },
    encodeEntry(message: Message): Uint8Array {
      // Entries live as long as their queued broadcast: keep them in this engine's own small
      // slabs rather than in the codec's shared pool, where each would keep alive a slab
      // full of other engines' (dead) packets.
      const e = encodePacketEntry(message);
      const n = e.length;
      if (n > ENTRY_SLAB_BYTES / 4) return e.slice();
      if (slabPos + n > slab.length) {
        slab = new Uint8Array(ENTRY_SLAB_BYTES);
        slabPos = 0;
      }
      const out = slab.subarray(slabPos, slabPos + n);
      out.set(e);
      slabPos += n;
      return out;
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
