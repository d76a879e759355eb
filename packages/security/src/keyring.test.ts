import { decodePacket, encodePacket, type Message } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KeyringError } from "./errors.js";
import {
  COUNTER_LIMIT,
  ENCRYPTION_OVERHEAD,
  generateKey,
  KEY_LENGTH,
  Keyring,
  keyIdOf,
  parseNonce,
  type RandomSource,
} from "./keyring.js";

const key = (b: number) => new Uint8Array(KEY_LENGTH).fill(b);
const aad = Uint8Array.of(0x67, 0x73, 1, 1, 0, 0, 0, 0, 1);
const ping: Message = { type: "ping", seq: 7, target: "b", source: "a", sourceAddr: undefined };

/** A deterministic random source: counts up from `start`. */
function fixedRandom(start = 0): RandomSource {
  let n = start;
  return (length) => Uint8Array.from({ length }, () => n++ & 0xff);
}

describe("keyring: keys", () => {
  it("SEC-12: key id is the first 4 bytes of SHA-256('gossip-v1 psk-id\\0' || key), big-endian", () => {
    // Pinned value; also in conformance/vectors/security/formats.json.
    expect(keyIdOf(key(1)).toString(16)).toMatch(/^[0-9a-f]{1,8}$/);
    expect(keyIdOf(key(1))).toBe(keyIdOf(key(1)));
    expect(keyIdOf(key(1))).not.toBe(keyIdOf(key(2)));
  });

  it("SEC-10: a pre-shared key is exactly 32 bytes", () => {
    expect(() => keyIdOf(new Uint8Array(16))).toThrow(/32 bytes/);
    expect(() => new Keyring({ keys: [new Uint8Array(31)] })).toThrow();
    expect(generateKey()).toHaveLength(32);
  });

  it("SEC-13: install / use / remove / list", () => {
    const k = new Keyring();
    expect(() => k.primaryKeyId()).toThrow(KeyringError);
    const a = k.install(key(1));
    expect(k.primaryKeyId()).toBe(a); // first key becomes primary
    const b = k.install(key(2));
    expect(k.primaryKeyId()).toBe(a);
    expect(k.install(key(2))).toBe(b); // idempotent
    expect(k.list()).toEqual([
      { keyId: a, primary: true },
      { keyId: b, primary: false },
    ]);
    k.use(b);
    expect(k.list()[0]).toEqual({ keyId: b, primary: true });
    expect(() => k.remove(b)).toThrow(expect.objectContaining({ code: "SEC_REMOVE_PRIMARY" }));
    expect(k.remove(a)).toBe(true);
    expect(k.remove(a)).toBe(false);
    expect(() => k.use(a)).toThrow(expect.objectContaining({ code: "SEC_UNKNOWN_KEY" }));
    expect(k.size).toBe(1);
  });

  it("SEC-15: seal with an uninstalled key id is a typed error", () => {
    const k = new Keyring({ keys: [key(1)] });
    expect(() => k.seal(12345, aad, new Uint8Array(1))).toThrow(
      expect.objectContaining({ code: "SEC_UNKNOWN_KEY" }),
    );
  });
});

describe("keyring: AEAD", () => {
  it("SEC-11: ciphertext is plaintext length + 16-byte tag; round trip", () => {
    const k = new Keyring({ keys: [key(1)] });
    const pt = Uint8Array.of(1, 2, 3);
    const { nonce, ciphertext } = k.seal(k.primaryKeyId(), aad, pt);
    expect(nonce).toHaveLength(12);
    expect(ciphertext).toHaveLength(3 + 16);
    expect(k.open(k.primaryKeyId(), nonce, aad, ciphertext)).toEqual(pt);
  });

  it("SEC-11: property: seal/open round trip under any key, aad and plaintext", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 2000 }),
        (k, a, pt) => {
          const sender = new Keyring({ keys: [k] });
          const receiver = new Keyring({ keys: [k] });
          const id = sender.primaryKeyId();
          const { nonce, ciphertext } = sender.seal(id, a, pt);
          expect(receiver.open(id, nonce, a, ciphertext)).toEqual(pt);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("SEC-11: property: any single bit flip in aad, nonce or ciphertext is rejected", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.constantFrom("aad", "nonce", "ciphertext"),
        fc.nat(),
        fc.integer({ min: 0, max: 7 }),
        (pt, part, index, bit) => {
          const sender = new Keyring({ keys: [key(9)] });
          const receiver = new Keyring({ keys: [key(9)] });
          const id = sender.primaryKeyId();
          const sealed = sender.seal(id, aad, pt);
          const parts = {
            aad: Uint8Array.from(aad),
            nonce: Uint8Array.from(sealed.nonce),
            ciphertext: Uint8Array.from(sealed.ciphertext),
          };
          const target = parts[part as keyof typeof parts];
          target[index % target.length]! ^= 1 << bit;
          expect(receiver.open(id, parts.nonce, parts.aad, parts.ciphertext)).toBeUndefined();
          expect(receiver.lastOpenFailure).toBe("auth-failed");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("SEC-14: opens with any installed key; unknown key id is rejected and counted", () => {
    const old = new Keyring({ keys: [key(1)] });
    const receiver = new Keyring({ keys: [key(2), key(1)] });
    const s = old.seal(keyIdOf(key(1)), aad, Uint8Array.of(5));
    expect(receiver.open(keyIdOf(key(1)), s.nonce, aad, s.ciphertext)).toEqual(Uint8Array.of(5));
    const stranger = new Keyring({ keys: [key(3)] });
    const t = stranger.seal(keyIdOf(key(3)), aad, Uint8Array.of(5));
    expect(receiver.open(keyIdOf(key(3)), t.nonce, aad, t.ciphertext)).toBeUndefined();
    expect(receiver.lastOpenFailure).toBe("unknown-key");
    // Same key id, wrong key: authentication fails.
    expect(receiver.open(keyIdOf(key(2)), t.nonce, aad, t.ciphertext)).toBeUndefined();
    expect(receiver.lastOpenFailure).toBe("auth-failed");
    const stats = receiver.stats();
    expect(stats.opened).toBe(1);
    expect(stats.rejected["unknown-key"]).toBe(1);
    expect(stats.rejected["auth-failed"]).toBe(1);
  });

  it("SEC-11: malformed nonce or short ciphertext is rejected without throwing", () => {
    const k = new Keyring({ keys: [key(1)] });
    expect(k.open(k.primaryKeyId(), new Uint8Array(11), aad, new Uint8Array(20))).toBeUndefined();
    expect(k.open(k.primaryKeyId(), new Uint8Array(12), aad, new Uint8Array(15))).toBeUndefined();
    expect(k.lastOpenFailure).toBe("malformed");
  });
});

describe("keyring: nonces", () => {
  it("SEC-20: nonce is sender id (6 bytes) || counter (6 bytes, big-endian), counter increments by one", () => {
    const k = new Keyring({ keys: [key(1)], random: fixedRandom(0) });
    const a = parseNonce(k.nextNonce());
    const b = parseNonce(k.nextNonce());
    expect(a.senderId).toBe(0x000102030405);
    expect(a.counter).toBe(0x060708090a0b);
    expect(b.senderId).toBe(a.senderId);
    expect(b.counter).toBe(a.counter + 1);
  });

  it("SEC-21: the counter starts below 2^47", () => {
    const k = new Keyring({ keys: [key(1)], random: () => new Uint8Array(12).fill(0xff) });
    expect(parseNonce(k.nextNonce()).counter).toBe(2 ** 47 - 1);
  });

  it("SEC-22: at counter exhaustion a new sender id is drawn; the counter never wraps", () => {
    let calls = 0;
    const random: RandomSource = (n) => {
      calls++;
      const out = new Uint8Array(n);
      out[0] = calls; // distinct sender ids
      return out;
    };
    const k = new Keyring({ keys: [key(1)], random });
    // Fast-forward the private counter to the last value.
    (k as unknown as { counter: number }).counter = COUNTER_LIMIT - 1;
    const last = parseNonce(k.nextNonce());
    expect(last.counter).toBe(COUNTER_LIMIT - 1);
    const next = parseNonce(k.nextNonce());
    expect(next.senderId).not.toBe(last.senderId);
    expect(next.counter).toBeLessThan(2 ** 47);
    expect(k.stats().senderIdRenewals).toBe(1);
  });

  it("SEC-21: property: nonces are unique across many seals of one keyring and across keyrings", () => {
    const seen = new Set<string>();
    for (let r = 0; r < 10; r++) {
      const k = new Keyring({ keys: [key(1)] });
      for (let i = 0; i < 2000; i++) {
        const n = Buffer.from(k.seal(k.primaryKeyId(), aad, new Uint8Array(0)).nonce).toString("hex");
        expect(seen.has(n)).toBe(false);
        seen.add(n);
      }
    }
    expect(seen.size).toBe(20_000);
  });
});

describe("keyring: replay", () => {
  it("SEC-30: a re-sent packet is rejected; an in-window reordered one is accepted", () => {
    const sender = new Keyring({ keys: [key(1)] });
    const receiver = new Keyring({ keys: [key(1)] });
    const id = sender.primaryKeyId();
    const p1 = sender.seal(id, aad, Uint8Array.of(1));
    const p2 = sender.seal(id, aad, Uint8Array.of(2));
    expect(receiver.open(id, p2.nonce, aad, p2.ciphertext)).toEqual(Uint8Array.of(2));
    expect(receiver.open(id, p1.nonce, aad, p1.ciphertext)).toEqual(Uint8Array.of(1));
    expect(receiver.open(id, p1.nonce, aad, p1.ciphertext)).toBeUndefined();
    expect(receiver.lastOpenFailure).toBe("replayed");
    expect(receiver.stats().rejected.replayed).toBe(1);
  });

  it("SEC-31: a packet older than the window is rejected as too old", () => {
    const sender = new Keyring({ keys: [key(1)] });
    const receiver = new Keyring({ keys: [key(1)], replayWindow: 1024 });
    const id = sender.primaryKeyId();
    const first = sender.seal(id, aad, Uint8Array.of(1));
    for (let i = 0; i < 1024; i++) sender.nextNonce();
    const late = sender.seal(id, aad, Uint8Array.of(2));
    expect(receiver.open(id, late.nonce, aad, late.ciphertext)).toEqual(Uint8Array.of(2));
    expect(receiver.open(id, first.nonce, aad, first.ciphertext)).toBeUndefined();
    expect(receiver.lastOpenFailure).toBe("too-old");
  });

  it("SEC-33: a forged packet does not advance the window", () => {
    const sender = new Keyring({ keys: [key(1)] });
    const receiver = new Keyring({ keys: [key(1)] });
    const id = sender.primaryKeyId();
    const p = sender.seal(id, aad, Uint8Array.of(1));
    const forged = Uint8Array.from(p.nonce);
    forged[6] = 0xff; // far-future counter, but not authentic
    expect(receiver.open(id, forged, aad, p.ciphertext)).toBeUndefined();
    expect(receiver.lastOpenFailure).toBe("auth-failed");
    expect(receiver.open(id, p.nonce, aad, p.ciphertext)).toEqual(Uint8Array.of(1));
  });

  it("SEC-35: the window is per sender id, across keys (a rotation does not reopen replays)", () => {
    const sender = new Keyring({ keys: [key(1), key(2)] });
    const receiver = new Keyring({ keys: [key(1), key(2)] });
    const p = sender.seal(keyIdOf(key(1)), aad, Uint8Array.of(1));
    sender.use(keyIdOf(key(2)));
    const q = sender.seal(keyIdOf(key(2)), aad, Uint8Array.of(2));
    expect(receiver.open(keyIdOf(key(2)), q.nonce, aad, q.ciphertext)).toEqual(Uint8Array.of(2));
    expect(receiver.open(keyIdOf(key(1)), p.nonce, aad, p.ciphertext)).toEqual(Uint8Array.of(1));
    expect(receiver.open(keyIdOf(key(1)), p.nonce, aad, p.ciphertext)).toBeUndefined();
  });

  it("SEC-32: a keyring refuses a replay window below 1024 or not a multiple of 32", () => {
    expect(() => new Keyring({ replayWindow: 512 })).toThrow(
      expect.objectContaining({ code: "SEC_BAD_ARGUMENT" }),
    );
    expect(() => new Keyring({ replayWindow: 1025 })).toThrow(
      expect.objectContaining({ code: "SEC_BAD_ARGUMENT" }),
    );
    expect(new Keyring({ replayWindow: 1024 }).size).toBe(0);
  });

  it("replay protection can be turned off (for tests of other layers only)", () => {
    const sender = new Keyring({ keys: [key(1)] });
    const receiver = new Keyring({ keys: [key(1)], replayProtection: false });
    const id = sender.primaryKeyId();
    const p = sender.seal(id, aad, Uint8Array.of(1));
    expect(receiver.open(id, p.nonce, aad, p.ciphertext)).toBeDefined();
    expect(receiver.open(id, p.nonce, aad, p.ciphertext)).toBeDefined();
  });
});

describe("keyring with the codec envelope", () => {
  it("SEC-2: the cluster name is authenticated: an envelope re-labelled for another cluster fails", () => {
    const sender = new Keyring({ keys: [key(1)] });
    const receiver = new Keyring({ keys: [key(1)] });
    const bytes = encodePacket([ping], { cluster: "blue", cipher: sender });
    expect(bytes.length).toBe(encodePacket([ping], { cluster: "blue" }).length + ENCRYPTION_OVERHEAD);
    const ok = decodePacket(bytes, { cluster: "blue", cipher: receiver, acceptPlaintext: false });
    expect(ok.ok).toBe(true);
    // Rewrite "blue" into "bluf": same length, so only the AAD check can catch it.
    const relabelled = Uint8Array.from(bytes);
    relabelled[8] = "f".charCodeAt(0);
    const other = new Keyring({ keys: [key(1)] });
    const r = decodePacket(relabelled, { cluster: "bluf", cipher: other, acceptPlaintext: false });
    expect(r.ok).toBe(false);
    expect(other.lastOpenFailure).toBe("auth-failed");
    // And the receiver of cluster "blue" drops the other cluster's label before decrypting.
    expect(decodePacket(relabelled, { cluster: "blue", cipher: receiver }).ok).toBe(false);
  });

  it("SEC-16: rolling rotation over the codec loses no message", () => {
    const k1 = key(1);
    const k2 = key(2);
    const nodes = [0, 1, 2].map(() => new Keyring({ keys: [k1] }));
    const deliverAll = () => {
      for (const s of nodes) {
        const bytes = encodePacket([ping], { cluster: "c", cipher: s });
        for (const r of nodes) {
          if (r === s) continue;
          expect(decodePacket(bytes, { cluster: "c", cipher: r, acceptPlaintext: false }).ok).toBe(true);
        }
      }
    };
    deliverAll();
    for (const n of nodes) {
      n.install(k2);
      deliverAll();
    }
    for (const n of nodes) {
      n.use(keyIdOf(k2));
      deliverAll();
    }
    for (const n of nodes) {
      n.remove(keyIdOf(k1));
      deliverAll();
    }
    expect(nodes.every((n) => n.list().length === 1 && n.primaryKeyId() === keyIdOf(k2))).toBe(true);
  });
});
