/**
 * Hostile input: random and mutated bytes into every entry point that takes
 * bytes from the network. Nothing may throw, and nothing mutated may be
 * accepted. GOSSIP_FUZZ_RUNS scales the case count (default: a few thousand in CI).
 */
import { decodePacket, encodeMessage, encodePacket, type Message } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { equalBytes } from "./bytes.js";
import { issueCertificate, parseCertificate } from "./certificate.js";
import { generateKeyPair } from "./ed25519.js";
import { Identity, Verifier } from "./identity.js";
import { Keyring } from "./keyring.js";
import { signRevocation } from "./revocation.js";

const RUNS = Number(process.env.GOSSIP_FUZZ_RUNS ?? 1000);
const NOW = 1_767_225_600_000;
const ca = generateKeyPair(new Uint8Array(32).fill(1));
const nodeKey = generateKeyPair(new Uint8Array(32).fill(2));
const addr = { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 };
const certificate = issueCertificate({
  ca,
  name: "a",
  publicKey: nodeKey.publicKey,
  notBeforeMs: 0,
  notAfterMs: NOW * 2,
  cluster: "prod",
  addresses: [addr],
});
const identity = new Identity({ name: "a", cluster: "prod", seed: nodeKey.seed, certificate });
const alive: Message = {
  type: "alive",
  node: "a",
  incarnation: 1,
  addr,
  meta: new Uint8Array(0),
  protocolMin: 1,
  protocolMax: 1,
  certificate,
};
const goodSigned = identity.signMessage(encodeMessage(alive));

/** A copy of `bytes` with up to three random byte edits, insertions or truncations. */
const mutation = (bytes: Uint8Array) =>
  fc
    .array(fc.tuple(fc.constantFrom("set", "flip", "cut", "insert"), fc.nat(), fc.nat(255)), {
      minLength: 1,
      maxLength: 3,
    })
    .map((ops) => {
      let b = Uint8Array.from(bytes);
      for (const [op, at, v] of ops) {
        const i = b.length === 0 ? 0 : at % b.length;
        if (op === "set") b[i] = v;
        else if (op === "flip") b[i]! ^= 1 << (v & 7);
        else if (op === "cut") b = b.subarray(0, i);
        else b = Uint8Array.from([...b.subarray(0, i), v, ...b.subarray(i)]);
      }
      return b;
    });

describe("fuzz: hostile bytes", () => {
  it("SEC-11: keyring.open never throws and never opens random input", () => {
    const k = new Keyring({ keys: [new Uint8Array(32).fill(3)] });
    fc.assert(
      fc.property(
        fc.nat(),
        fc.uint8Array({ maxLength: 20 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ maxLength: 200 }),
        (id, n, a, c) => {
          const useId = id % 2 === 0 ? k.primaryKeyId() : id;
          expect(k.open(useId, n, a, c)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("SEC-2, SEC-11: mutated encrypted envelopes never decode and never throw", () => {
    const sender = new Keyring({ keys: [new Uint8Array(32).fill(4)] });
    const receiver = new Keyring({ keys: [new Uint8Array(32).fill(4)], replayProtection: false });
    const good = encodePacket([alive], { cluster: "prod", cipher: sender });
    fc.assert(
      fc.property(mutation(good), (bad) => {
        const r = decodePacket(bad, { cluster: "prod", cipher: receiver, acceptPlaintext: false });
        if (r.ok) expect(equalBytes(bad, good)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("SEC-66: verifySigned and admit never throw; mutated Signed messages are never accepted", () => {
    const v = new Verifier({ trustedCas: [ca.publicKey] });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.record({
            signer: fc.string({ maxLength: 8 }),
            message: fc.uint8Array({ maxLength: 300 }),
            signature: fc.uint8Array({ maxLength: 70 }),
          }),
          mutation(goodSigned.message).map((message) => ({ ...goodSigned, message })),
          mutation(goodSigned.signature).map((signature) => ({ ...goodSigned, signature })),
        ),
        (s) => {
          const verdict = v.verifySigned(s, "prod", NOW);
          if (verdict.ok) {
            expect(
              equalBytes(s.message, goodSigned.message) && equalBytes(s.signature, goodSigned.signature),
            ).toBe(true);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("SEC-52: mutated certificates never throw; any that parses fails its CA signature", () => {
    const v = new Verifier({ trustedCas: [ca.publicKey] });
    fc.assert(
      fc.property(mutation(certificate), (bad) => {
        const parsed = parseCertificate(bad);
        const verdict = v.verifyCertificate(bad, "prod", NOW);
        if (verdict.ok) expect(equalBytes(bad, certificate)).toBe(true);
        if (parsed === undefined) expect(verdict).toEqual({ ok: false, reason: "certificate-malformed" });
      }),
      { numRuns: RUNS },
    );
  });

  it("SEC-71, SEC-72: mutated revocation lists never throw and are never accepted", () => {
    const good = signRevocation(ca, NOW, [new Uint8Array(16).fill(9)]);
    fc.assert(
      fc.property(
        fc.oneof(
          mutation(good.signature).map((signature) => ({ ...good, signature })),
          mutation(good.caPublicKey).map((caPublicKey) => ({ ...good, caPublicKey })),
          mutation(good.revoked[0]!).map((s) => ({ ...good, revoked: [s] })),
          fc.nat().map((issuedAtMs) => ({ ...good, issuedAtMs })),
        ),
        (bad) => {
          const v = new Verifier({ trustedCas: [ca.publicKey] });
          const verdict = v.applyRevocation(bad);
          if (verdict === "accepted") {
            expect(bad.issuedAtMs === good.issuedAtMs && equalBytes(bad.signature, good.signature)).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
