/**
 * How the runner turns the IUT's bytes into canonical JSON and injected JSON
 * into bytes: the reference codec (@gossip/codec). The runner never trusts the
 * IUT's own codec for this; codec vectors test the IUT's codec separately.
 */
import { decodePacket, type EnvelopeCipher, encodePacket, packetFromJson, packetToJson } from "@gossip/codec";
import { Keyring } from "@gossip/security";

export type JsonObject = { [key: string]: unknown };

export interface CodecContext {
  readonly cluster: string;
  /** Base64 keys, the first primary; empty or absent: plaintext. */
  readonly keys?: readonly string[];
}

export type Decoded =
  | { readonly ok: true; readonly packet: JsonObject }
  | { readonly ok: false; readonly code: string; readonly message: string };

export interface PacketCodec {
  decode(bytes: Uint8Array, ctx: CodecContext): Decoded;
  /** `packet` is `{messages: [...]}` in canonical JSON; `cluster` defaults to the context's. */
  encode(packet: unknown, ctx: CodecContext): Uint8Array;
}

export class TemplateError extends Error {
  readonly code = "TEMPLATE_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "TemplateError";
  }
}

const keyrings = new Map<string, EnvelopeCipher>();

/** The runner's keyring for a trace's keys (no replay window: it reads every copy). */
export function cipherFor(keys: readonly string[] | undefined): EnvelopeCipher | undefined {
  if (!keys?.length) return undefined;
  const k = keys.join(",");
  let c = keyrings.get(k);
  if (!c) {
    c = new Keyring({
      keys: keys.map((x) => new Uint8Array(Buffer.from(x, "base64"))),
      replayProtection: false,
    });
    keyrings.set(k, c);
  }
  return c;
}

/** The reference codec, adapted to the runner's needs. */
export function referenceCodec(): PacketCodec {
  return {
    decode(bytes, ctx) {
      const r = decodePacket(bytes, { cluster: ctx.cluster, cipher: cipherFor(ctx.keys) });
      if (!r.ok) return { ok: false, code: r.error.code, message: r.error.message };
      return { ok: true, packet: packetToJson(r.value) as JsonObject };
    },
    encode(packet, ctx) {
      const p = packet as JsonObject;
      const r = packetFromJson({ cluster: p.cluster ?? ctx.cluster, messages: p.messages });
      if (!r.ok) throw new TemplateError(`cannot encode the packet to inject: ${r.error.message}`);
      return encodePacket(r.value.messages, { cluster: r.value.cluster, cipher: cipherFor(ctx.keys) });
    },
  };
}
