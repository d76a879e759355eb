/**
 * @gossip/security: AES-256-GCM keyring for the envelope, replay window,
 * encryption modes, Ed25519 node certificates, signatures and revocation.
 * Normative text: spec/11-security.md.
 */
export * from "./bytes.js";
export * from "./certificate.js";
export * from "./ed25519.js";
export * from "./errors.js";
export * from "./identity.js";
export * from "./keyfiles.js";
export * from "./keyring.js";
export * from "./mode.js";
export * from "./replay.js";
export * from "./revocation.js";
