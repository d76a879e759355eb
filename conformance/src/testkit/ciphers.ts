/** Deterministic ciphers for vectors and broken adapters (never for real use). */
import { createCipheriv, createDecipheriv } from "node:crypto";
import type { EnvelopeCipher } from "@gossip/codec";
import { keyIdOf } from "@gossip/security";

export /** AES-256-GCM that always uses the nonce 00..00: the flaw WIRE-13 forbids. */
function fixedNonceCipher(key: Uint8Array): EnvelopeCipher {
  const id = keyIdOf(key);
  const nonce = new Uint8Array(12);
  return {
    primaryKeyId: () => id,
    seal(_keyId, aad, plaintext) {
      const c = createCipheriv("aes-256-gcm", key, nonce);
      c.setAAD(aad);
      const body = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
      return { nonce, ciphertext: new Uint8Array(body) };
    },
    open(keyId, n, aad, ciphertext) {
      if (keyId !== id) return undefined;
      try {
        const d = createDecipheriv("aes-256-gcm", key, n);
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
