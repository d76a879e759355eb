/**
 * The envelope's encryption hook. The codec owns the framing (where the key
 * id, nonce and ciphertext sit, and what is authenticated); an implementation
 * of this interface (see @gossip/security) owns the keys and the AEAD.
 */
export interface EnvelopeCipher {
  /** Key id written on sealed envelopes (the keyring's primary key). */
  primaryKeyId(): number;
  /**
   * Encrypt `plaintext` under key `keyId`, authenticating `aad` (the envelope
   * header up to and including the key id). Returns the 12-byte nonce and the
   * ciphertext with its 16-byte tag appended.
   */
  seal(keyId: number, aad: Uint8Array, plaintext: Uint8Array): { nonce: Uint8Array; ciphertext: Uint8Array };
  /** Decrypt and authenticate; `undefined` when the key is unknown or authentication fails. */
  open(keyId: number, nonce: Uint8Array, aad: Uint8Array, ciphertext: Uint8Array): Uint8Array | undefined;
}
