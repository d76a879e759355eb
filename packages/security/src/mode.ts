/**
 * Encryption modes (SEC-40..SEC-43) and how they map onto the codec's
 * options: the cipher given to encode (seal outgoing envelopes or not), the
 * cipher given to decode (open encrypted envelopes), and `acceptPlaintext`.
 */
import type { EnvelopeCipher } from "@gossip/codec";
import { ArgumentError } from "./errors.js";

/**
 * - `plaintext`: send plaintext; accept plaintext, and encrypted envelopes too
 *   when a keyring is configured (the first step of turning encryption on).
 * - `migration`: send encrypted; accept both.
 * - `encrypted`: send encrypted; accept only encrypted envelopes.
 */
export type EncryptionMode = "plaintext" | "migration" | "encrypted";

export const ENCRYPTION_MODES: readonly EncryptionMode[] = ["plaintext", "migration", "encrypted"];

export interface EnvelopePolicy {
  /** Pass to the codec's encode: seal outgoing envelopes with it (undefined: send plaintext). */
  readonly sealWith: EnvelopeCipher | undefined;
  /** Pass to the codec's decode: open encrypted envelopes with it (undefined: drop them). */
  readonly openWith: EnvelopeCipher | undefined;
  /** Pass to the codec's decode as `acceptPlaintext`. */
  readonly acceptPlaintext: boolean;
}

/** The codec options for `mode`. `migration` and `encrypted` need a keyring. SEC-40. */
export function envelopePolicy(mode: EncryptionMode, keyring: EnvelopeCipher | undefined): EnvelopePolicy {
  switch (mode) {
    case "plaintext":
      return { sealWith: undefined, openWith: keyring, acceptPlaintext: true };
    case "migration":
      if (keyring === undefined) throw new ArgumentError("migration mode needs a keyring");
      return { sealWith: keyring, openWith: keyring, acceptPlaintext: true };
    case "encrypted":
      if (keyring === undefined) throw new ArgumentError("encrypted mode needs a keyring");
      return { sealWith: keyring, openWith: keyring, acceptPlaintext: false };
    default:
      throw new ArgumentError(`unknown encryption mode ${String(mode)}`);
  }
}
