/**
 * Benchmark: per-packet cost of encryption (encode+seal, open+decode) and of
 * signatures (sign + verify), beside plaintext encode+decode measured in the
 * same process, and the bytes each adds per packet.
 *
 *   pnpm --filter @gossip/security bench
 *
 * Prints the median ops/s over several rounds and the ratio to the plaintext
 * baseline. Numbers depend on the machine; compare ratios, not absolutes.
 */
import { decodePacket, encodeMessage, encodePacket, type Message } from "@gossip/codec";
import { issueCertificate } from "../certificate.js";
import { generateKeyPair } from "../ed25519.js";
import { Identity, Verifier } from "../identity.js";
import { Keyring } from "../keyring.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const ROUND_MS = Number(process.env.BENCH_ROUND_MS ?? 250);
const CLUSTER = "prod";
const NOW = Date.now();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Runs `fn` repeatedly for ROUND_MS per round; returns the median ops/s. */
function measure(fn: () => void): number {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  const rates: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let n = 0;
    const start = process.hrtime.bigint();
    const deadline = start + BigInt(ROUND_MS) * 1_000_000n;
    let now = start;
    while (now < deadline) {
      for (let i = 0; i < 50; i++) fn();
      n += 50;
      now = process.hrtime.bigint();
    }
    rates.push(n / (Number(now - start) / 1e9));
  }
  return median(rates);
}

// A typical gossip datagram: a ping with three piggybacked membership updates.
const addr = { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 };
const ca = generateKeyPair();
const node = generateKeyPair();
const certificate = issueCertificate({
  ca,
  name: "node-a",
  publicKey: node.publicKey,
  notBeforeMs: NOW - 86_400_000,
  notAfterMs: NOW + 86_400_000,
  cluster: CLUSTER,
  addresses: [addr],
});
const identity = new Identity({ name: "node-a", cluster: CLUSTER, seed: node.seed, certificate });
const alive = (cert: Uint8Array): Message => ({
  type: "alive",
  node: "node-a",
  incarnation: 7,
  addr,
  meta: new TextEncoder().encode("role=db,zone=eu-1"),
  protocolMin: 1,
  protocolMax: 1,
  certificate: cert,
});
const packet: Message[] = [
  { type: "ping", seq: 1234, target: "node-b", source: "node-a", sourceAddr: addr },
  alive(new Uint8Array(0)),
  { type: "suspect", node: "node-c", incarnation: 3, from: "node-a" },
  { type: "dead", node: "node-d", incarnation: 9, from: "node-e" },
];

const sender = new Keyring({ keys: [new Uint8Array(32).fill(7)] });
const receiver = new Keyring({ keys: [new Uint8Array(32).fill(7)] });
const plainBytes = encodePacket(packet, { cluster: CLUSTER });
const sealedBytes = encodePacket(packet, { cluster: CLUSTER, cipher: sender });

const plaintext = measure(() => {
  const b = encodePacket(packet, { cluster: CLUSTER });
  if (!decodePacket(b, { cluster: CLUSTER }).ok) throw new Error("decode failed");
});
const encrypted = measure(() => {
  const b = encodePacket(packet, { cluster: CLUSTER, cipher: sender });
  if (!decodePacket(b, { cluster: CLUSTER, cipher: receiver, acceptPlaintext: false }).ok)
    throw new Error("open failed");
});
const body = plainBytes.subarray(5 + CLUSTER.length);
const aad = sealedBytes.subarray(0, 5 + CLUSTER.length + 4);
const sealOpen = measure(() => {
  const s = sender.seal(sender.primaryKeyId(), aad, body);
  if (receiver.open(sender.primaryKeyId(), s.nonce, aad, s.ciphertext) === undefined)
    throw new Error("open failed");
});

// Signatures: a node's Alive with its certificate, signed; verified by a receiver that has seen the certificate.
const verifier = new Verifier({ trustedCas: [ca.publicKey] });
const aliveBytes = encodeMessage(alive(certificate));
const signedOnce = identity.signMessage(aliveBytes);
if (!verifier.verifySigned(signedOnce, CLUSTER, NOW).ok) throw new Error("verify failed");
// Distinct messages (incarnations), so that no verification hits the verifier's duplicate memo (1024 entries).
const DISTINCT = 4096;
const aliveVariants = Array.from({ length: DISTINCT }, (_, i) =>
  encodeMessage({ ...alive(certificate), incarnation: i + 1 } as Message),
);
const presigned = aliveVariants.map((m) => identity.signMessage(m));
let i = 0;
const signVerify = measure(() => {
  const s = identity.signMessage(aliveVariants[i++ % DISTINCT]!);
  if (!verifier.verifySigned(s, CLUSTER, NOW).ok) throw new Error("verify failed");
});
const signOnly = measure(() => identity.signMessage(aliveVariants[i++ % DISTINCT]!));
const verifyOnly = measure(() => {
  if (!verifier.verifySigned(presigned[i++ % DISTINCT]!, CLUSTER, NOW).ok) throw new Error("verify failed");
});
const verifyDuplicate = measure(() => {
  if (!verifier.verifySigned(signedOnce, CLUSTER, NOW).ok) throw new Error("verify failed");
});
const coldVerifier = () => new Verifier({ trustedCas: [ca.publicKey] });
const verifyCold = measure(() => {
  if (!coldVerifier().verifySigned(signedOnce, CLUSTER, NOW).ok) throw new Error("verify failed");
});

// Sizes.
const unsignedAliveBytes = encodeMessage(alive(new Uint8Array(0))).length;
const signedNoCert = encodeMessage(identity.signMessage(encodeMessage(alive(new Uint8Array(0))))).length;
const signedWithCert = encodeMessage(signedOnce).length;

const rows: [string, number][] = [
  ["plaintext encode+decode (baseline)", plaintext],
  ["encrypted encode+seal+open+decode", encrypted],
  ["AES-256-GCM seal+open only", sealOpen],
  ["Ed25519 sign+verify (cert cached)", signVerify],
  ["Ed25519 sign only", signOnly],
  ["verify only (cert cached)", verifyOnly],
  ["verify a duplicate delivery (memo hit)", verifyDuplicate],
  ["verify with cold cache (cert + sig)", verifyCold],
];
const fmt = (n: number) => Math.round(n).toLocaleString("en-US").padStart(12);
console.log(`@gossip/security bench: median of ${ROUNDS} rounds x ${ROUND_MS} ms, node ${process.version}`);
console.log(`packet: ping + alive + suspect + dead, ${plainBytes.length} bytes plaintext envelope\n`);
console.log(`${"operation per packet".padEnd(40)}${"ops/s".padStart(12)}   ratio to baseline`);
for (const [name, rate] of rows)
  console.log(`${name.padEnd(40)}${fmt(rate)}   ${(rate / plaintext).toFixed(3)}`);
console.log("\noverhead bytes per packet:");
console.log(`  encryption (key id 4 + nonce 12 + tag 16): ${sealedBytes.length - plainBytes.length}`);
console.log(
  `  Signed wrapper around an Alive (signature 64 + signer + framing): ${signedNoCert - unsignedAliveBytes}`,
);
console.log(
  `  ... plus the certificate in the Alive: ${certificate.length} (total ${signedWithCert - unsignedAliveBytes})`,
);
