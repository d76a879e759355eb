/**
 * The codec checks of the reference adapter (`decode` / `encode` harness
 * requests, HARNESS.md section 3.4), kept apart from the adapter proper.
 */
import { createDecipheriv } from "node:crypto";
import {
  decodeMessage,
  decodePacket,
  type EnvelopeCipher,
  encodeMessage,
  encodePacket,
  FrameReader,
  type Limits,
  messageFromJson,
  messageToJson,
  packetFromJson,
  packetToJson,
} from "@gossip/codec";
import { AdapterError } from "./adapter-kit.js";
import type { JsonObject } from "./wire.js";

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");
const unb64 = (s: unknown): Uint8Array => new Uint8Array(Buffer.from(String(s ?? ""), "base64"));

/** AES-256-GCM with explicit key ids, for `decode` requests that carry keys. */
function fixedKeys(keys: readonly { id: number; key: string }[]): EnvelopeCipher {
  const byId = new Map(keys.map((k) => [k.id >>> 0, unb64(k.key)]));
  return {
    primaryKeyId: () => (keys[0]?.id ?? 0) >>> 0,
    seal() {
      throw new AdapterError("unsupported", "sealing is not a codec check");
    },
    open(keyId, nonce, aad, ciphertext) {
      const key = byId.get(keyId >>> 0);
      if (!key || ciphertext.length < 16) return undefined;
      try {
        const d = createDecipheriv("aes-256-gcm", key, nonce);
        d.setAAD(aad);
        d.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
        return new Uint8Array(
          Buffer.concat([d.update(ciphertext.subarray(0, ciphertext.length - 16)), d.final()]),
        );
      } catch {
        return undefined;
      }
    },
  };
}

/** The codec checks: decode an envelope, a lone message, or a stream of frames. */
export function decode(req: JsonObject): JsonObject {
  const bytes = unb64(req.bytes);
  if (req.format === "message") {
    const r = decodeMessage(bytes);
    return r.ok ? { message: messageToJson(r.value) as JsonObject } : { decodeError: r.error.code };
  }
  if (req.format === "stream") {
    const reader = new FrameReader(req.frameLimit as number | undefined);
    const r = reader.push(bytes);
    if (!r.ok) return { decodeError: r.error.code };
    if (!reader.atBoundary) return { decodeError: "TRUNCATED" };
    return { envelopes: r.value.map(b64) };
  }
  const keys = req.keys as { id: number; key: string }[] | undefined;
  const r = decodePacket(bytes, {
    cluster: (req.cluster as string) ?? "",
    cipher: keys?.length ? fixedKeys(keys) : undefined,
    acceptPlaintext: req.acceptPlaintext as boolean | undefined,
    limits: req.limits as Partial<Limits> | undefined,
  });
  if (!r.ok) return { decodeError: r.error.code };
  const v = r.value;
  return {
    packet: packetToJson(v) as JsonObject,
    unknown: v.unknown,
    encrypted: v.encrypted,
    compressed: v.compressed,
    ...(v.keyId !== undefined ? { keyId: v.keyId } : {}),
  };
}

/** Encode canonical JSON: a packet as a plaintext envelope, or one message. */
export function encode(req: JsonObject): JsonObject {
  if (req.format === "message") {
    const m = messageFromJson(req.message);
    if (!m.ok) throw new AdapterError(m.error.code, m.error.message);
    return { bytes: b64(encodeMessage(m.value)) };
  }
  const p = packetFromJson(req.packet);
  if (!p.ok) throw new AdapterError(p.error.code, p.error.message);
  return { bytes: b64(encodePacket(p.value.messages, { cluster: p.value.cluster })) };
}
