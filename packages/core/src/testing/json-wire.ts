/**
 * A simple, deterministic stand-in wire codec (JSON in a tagged envelope)
 * for tests and for drivers that want readable bytes. Not the protocol's
 * wire format: real nodes use `@gossip/codec` (see `codecWire`).
 */
import type { Message } from "@gossip/codec";
import type { DecodeResult, WireCodec } from "../wire.js";

const enc = new TextEncoder();
const dec = new TextDecoder("utf-8", { fatal: true });

function replacer(_k: string, v: unknown): unknown {
  if (v instanceof Uint8Array) {
    let s = "";
    for (const b of v) s += b.toString(16).padStart(2, "0");
    return { $u8: s };
  }
  return v;
}

function reviver(_k: string, v: unknown): unknown {
  if (v !== null && typeof v === "object" && typeof (v as { $u8?: unknown }).$u8 === "string") {
    const s = (v as { $u8: string }).$u8;
    if (s.length % 2 !== 0 || !/^[0-9a-f]*$/.test(s)) return new Uint8Array(0);
    const out = new Uint8Array(s.length / 2);
    for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(s.slice(2 * i, 2 * i + 2), 16);
    return out;
  }
  return v;
}

export function jsonWire(cluster: string): WireCodec {
  const header = `GJ1|${cluster}|`;
  const headerBytes = enc.encode(header);
  return {
    overhead: headerBytes.length + 2,
    encode(messages: readonly Message[]): Uint8Array {
      return enc.encode(header + JSON.stringify(messages, replacer));
    },
    decode(bytes: Uint8Array): DecodeResult {
      let text: string;
      try {
        text = dec.decode(bytes);
      } catch {
        return { ok: false, reason: "bad-utf8" };
      }
      if (!text.startsWith("GJ1|")) return { ok: false, reason: "bad-magic" };
      if (!text.startsWith(header)) return { ok: false, reason: "wrong-cluster" };
      let parsed: unknown;
      try {
        parsed = JSON.parse(text.slice(header.length), reviver);
      } catch {
        return { ok: false, reason: "malformed" };
      }
      if (!Array.isArray(parsed)) return { ok: false, reason: "malformed" };
      for (const m of parsed) {
        if (m === null || typeof m !== "object" || typeof (m as { type?: unknown }).type !== "string") {
          return { ok: false, reason: "malformed" };
        }
      }
      return { ok: true, messages: parsed as Message[] };
    },
    messageSize(message: Message): number {
      return enc.encode(JSON.stringify(message, replacer)).length + 1;
    },
  };
}
