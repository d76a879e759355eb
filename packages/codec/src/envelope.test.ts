import { describe, expect, it } from "vitest";
import type { EnvelopeCipher } from "./cipher.js";
import {
  decodeMessage,
  decodePacket,
  encodedSize,
  encodeMessage,
  encodePacket,
  envelopeOverhead,
  MESSAGE_TYPES,
} from "./index.js";
import { SAMPLES } from "./samples.js";

const opts = { cluster: "prod" };

describe("envelope round trip", () => {
  for (const t of MESSAGE_TYPES) {
    it(`WIRE-30: ${t} survives encodePacket/decodePacket`, () => {
      const m = SAMPLES[t];
      const bytes = encodePacket([m], opts);
      const r = decodePacket(bytes, opts);
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.value.messages).toEqual([m]);
      expect(r.value.unknown).toBe(0);
      expect(r.value.encrypted).toBe(false);
      expect(r.value.compressed).toBe(false);
    });
  }

  it("WIRE-30: a compound packet keeps message order", () => {
    const ms = MESSAGE_TYPES.map((t) => SAMPLES[t]);
    const r = decodePacket(encodePacket(ms, opts), opts);
    expect(r.ok && r.value.messages).toEqual(ms);
  });

  it("WIRE-2: the envelope starts with magic, version, flags and the cluster name", () => {
    const bytes = encodePacket([SAMPLES.nack], opts);
    expect(Buffer.from(bytes).toString("hex")).toBe("677301000470726f64" + "0a04" + "22020802");
  });

  it("encodedSize and envelopeOverhead add up to the envelope size", () => {
    const ms = MESSAGE_TYPES.map((t) => SAMPLES[t]);
    const total = ms.reduce((n, m) => n + encodedSize(m), 0) + envelopeOverhead("prod", false);
    expect(encodePacket(ms, opts).length).toBe(total);
  });

  it("encodeMessage/decodeMessage round-trip a single message", () => {
    for (const t of MESSAGE_TYPES) {
      const r = decodeMessage(encodeMessage(SAMPLES[t]));
      expect(r.ok && r.value).toEqual(SAMPLES[t]);
    }
  });
});

describe("compression and encryption", () => {
  const big = { ...SAMPLES["kv-delta"] };
  it("WIRE-17: compresses a large body when asked and it helps", () => {
    const ms = Array.from({ length: 20 }, () => big);
    const plain = encodePacket(ms, opts);
    const z = encodePacket(ms, { ...opts, compress: true });
    expect(z.length).toBeLessThan(plain.length);
    expect(z[3]).toBe(0x02);
    const r = decodePacket(z, opts);
    expect(r.ok && r.value.compressed).toBe(true);
    expect(r.ok && r.value.messages).toEqual(ms);
  });

  it("WIRE-17: leaves a small body uncompressed", () => {
    const z = encodePacket([SAMPLES.nack], { ...opts, compress: true });
    expect(z[3]).toBe(0);
  });

  const xor: EnvelopeCipher = {
    primaryKeyId: () => 0x01020304,
    seal: (_k, aad, pt) => {
      const ct = new Uint8Array(pt.length + 16);
      pt.forEach((b, i) => {
        ct[i] = b ^ 0x5a;
      });
      ct.set(aad.subarray(0, 16), pt.length);
      return { nonce: new Uint8Array(12).fill(7), ciphertext: ct };
    },
    open: (k, _n, aad, ct) => {
      if (k !== 0x01020304) return undefined;
      const tag = ct.subarray(ct.length - 16);
      for (let i = 0; i < Math.min(16, aad.length); i++) if (tag[i] !== aad[i]) return undefined;
      return ct.subarray(0, ct.length - 16).map((b) => b ^ 0x5a);
    },
  };

  it("WIRE-10: seals with the cipher and opens again", () => {
    const ms = [SAMPLES.ping, SAMPLES.alive];
    const bytes = encodePacket(ms, { ...opts, cipher: xor, compress: true });
    expect(bytes[3]! & 0x01).toBe(1);
    expect(Buffer.from(bytes.subarray(9, 13)).toString("hex")).toBe("01020304");
    const r = decodePacket(bytes, { ...opts, cipher: xor, acceptPlaintext: false });
    expect(r.ok && r.value.messages).toEqual(ms);
    expect(r.ok && r.value.keyId).toBe(0x01020304);
  });
});
