// PKI end to end over loopback sockets with the reference engine: certified
// nodes sign their Alive, Leave and key/value updates; nobody, not even a
// holder of the pre-shared key, can speak for another node (spec/11-security.md).
import { createSocket } from "node:dgram";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Address, encodeMessage, encodePacket, type Message } from "@gossip/codec";
import {
  encodeCertificatePem,
  encodePrivateKeyPem,
  encodePskFile,
  encodePublicKeyPem,
  generateKey,
  generateKeyPair,
  Identity,
  issueCertificate,
  type KeyPair,
  Keyring,
  parseCertificate,
  privateKeyFromSeed,
  signBytes,
  signedPayload,
  signRevocation,
} from "@gossip/security";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { createNode, type GossipNode, type NodeOptions } from "./node.js";
import type { PkiConfig } from "./security.js";
import { aliveView, waitFor } from "./test-helpers.js";

const CLUSTER = "pki";
const FAST = {
  cluster: CLUSTER,
  preset: "local",
  protocol: { probeIntervalMs: 200, probeTimeoutMs: 100, gossipIntervalMs: 30, pushPullIntervalMs: 1000 },
} as const;
const dir = mkdtempSync(join(tmpdir(), "gossip-pki-"));
const psk = generateKey();
const pskFile = join(dir, "cluster.key");
writeFileSync(pskFile, encodePskFile(psk));
const ca = generateKeyPair();
const caFile = join(dir, "ca.pub");
writeFileSync(caFile, encodePublicKeyPem(ca.publicKey));
const LOOPBACK: Address = { ip: new Uint8Array([127, 0, 0, 1]), port: 0 };
const DAY = 86_400_000;

interface Issued {
  pki: PkiConfig;
  pair: KeyPair;
  cert: Uint8Array;
}

function certify(name: string, validity: { from: number; to: number } = { from: -DAY, to: DAY }): Issued {
  const pair = generateKeyPair();
  const now = Date.now();
  const cert = issueCertificate({
    ca,
    name,
    publicKey: pair.publicKey,
    notBeforeMs: now + validity.from,
    notAfterMs: now + validity.to,
    cluster: CLUSTER,
    addresses: [LOOPBACK],
  });
  const privateKeyFile = join(dir, `${name}.key`);
  const certificateFile = join(dir, `${name}.crt`);
  writeFileSync(privateKeyFile, encodePrivateKeyPem(pair));
  writeFileSync(certificateFile, encodeCertificatePem(cert));
  return { pki: { privateKeyFile, certificateFile, caFiles: [caFile] }, pair, cert };
}

let nodes: GossipNode[] = [];
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(name: string, extra: NodeOptions = {}): Promise<GossipNode> {
  const n = await createNode({
    name,
    bindAddress: "127.0.0.1",
    bindPort: 0,
    ...FAST,
    encryption: { keyFiles: [pskFile], mode: "encrypted" },
    ...extra,
  });
  nodes.push(n);
  return n;
}

async function certifiedCluster(names: string[]): Promise<{ ns: GossipNode[]; ids: Issued[] }> {
  const ids = names.map((n) => certify(n));
  const ns = [await start(names[0] as string, { pki: ids[0]?.pki as PkiConfig })];
  for (let i = 1; i < names.length; i++) {
    ns.push(
      await start(names[i] as string, { pki: ids[i]?.pki as PkiConfig, seeds: [ns[0]?.address as string] }),
    );
  }
  const all = [...names].sort().join();
  await waitFor("certified cluster formed", () => ns.every((n) => aliveView(n).join() === all));
  return { ns, ids };
}

/** Sends each message in its own datagram sealed with the pre-shared key, as an insider could. */
async function inject(to: GossipNode, messages: Message[]): Promise<void> {
  const keyring = new Keyring({ keys: [psk] });
  const [host, port] = to.address.split(/:(?=\d+$)/) as [string, string];
  const sock = createSocket("udp4");
  try {
    for (const m of messages) {
      const bytes = encodePacket([m], { cluster: CLUSTER, cipher: keyring });
      await new Promise<void>((r) => sock.send(bytes, Number(port), host, () => r()));
    }
  } finally {
    sock.close();
  }
}

function refused(n: GossipNode): Record<string, number> {
  const s = n.security?.stats().engine as { refused: Record<string, number> } | undefined;
  return s?.refused ?? {};
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const text = (b: Uint8Array | undefined) => (b === undefined ? undefined : new TextDecoder().decode(b));

describe("PKI over real sockets", () => {
  it("SEC-62: certified nodes form an encrypted cluster; Alive and key/value updates travel signed", async () => {
    const { ns } = await certifiedCluster(["c1", "c2", "c3"]);
    ns[2]?.setKey("color", "blue");
    await waitFor("signed kv spread", () => ns.every((n) => text(n.getKey("color", "c3")) === "blue"));
    for (const n of ns) {
      const st = n.security?.stats();
      expect(st?.verifier?.signed.ok).toBeGreaterThan(0);
      expect((st?.engine as { signed: number } | undefined)?.signed).toBeGreaterThan(0);
    }
    // A node joining later learns the existing state through signed push-pull records and KvDelta.
    const late = certify("c4");
    const c4 = await start("c4", { pki: late.pki, seeds: [ns[1]?.address as string] });
    await waitFor(
      "c4 joined and learned c3's key",
      () => aliveView(c4).join() === "c1,c2,c3,c4" && text(c4.getKey("color", "c3")) === "blue",
    );
    // A graceful leave travels as a Signed Leave, forwarded unchanged.
    await ns[2]?.leave();
    await waitFor("c3's signed leave seen everywhere", () =>
      [ns[0], ns[1], c4].every((n) => n?.members().find((m) => m.name === "c3")?.state === "left"),
    );
  });

  it("SEC-65, SEC-61: a key holder without a valid certificate cannot inject an Alive, Leave or KvDelta for another node", async () => {
    const { ns, ids } = await certifiedCluster(["v1", "v2", "v3"]);
    const [v1, v2] = ns as [GossipNode, GossipNode];
    v2.setKey("k", "real");
    await waitFor("v2's key at v1", () => text(v1.getKey("k", "v2")) === "real");
    const before = v1.members().find((m) => m.name === "v2");
    const evilAddr: Address = { ip: new Uint8Array([127, 0, 0, 1]), port: 9 };
    const alive: Message = {
      type: "alive",
      node: "v2",
      incarnation: 1000,
      addr: evilAddr,
      meta: new Uint8Array(0),
      protocolMin: 1,
      protocolMax: 1,
      certificate: new Uint8Array(0),
    };
    const leave: Message = { type: "leave", node: "v2", incarnation: 1000 };
    const delta: Message = {
      type: "kv-delta",
      nodes: [
        {
          node: "v2",
          fromVersion: 0,
          reset: false,
          gcVersion: 0,
          maxVersion: 1000,
          entries: [{ key: "k", value: new TextEncoder().encode("forged"), version: 1000, tombstone: false }],
        },
      ],
    };
    // v3 is certified, but signs for v2: signer mismatch; or claims to be v2 with its own key: bad signature.
    const v3 = new Identity({
      name: "v3",
      cluster: CLUSTER,
      seed: ids[2]?.pair.seed as Uint8Array,
      certificate: ids[2]?.cert as Uint8Array,
    });
    const mismatch = v3.signMessage(encodeMessage(alive));
    const aliveBytes = encodeMessage(alive);
    const forged: Message = {
      type: "signed",
      signer: "v2",
      message: aliveBytes,
      signature: signBytes(
        privateKeyFromSeed(ids[2]?.pair.seed as Uint8Array),
        signedPayload(CLUSTER, aliveBytes),
      ),
    };
    const leaveBytes = encodeMessage(leave);
    const forgedLeave: Message = {
      type: "signed",
      signer: "v2",
      message: leaveBytes,
      signature: signBytes(
        privateKeyFromSeed(ids[2]?.pair.seed as Uint8Array),
        signedPayload(CLUSTER, leaveBytes),
      ),
    };
    await inject(v1, [alive, leave, delta, mismatch, forged, forgedLeave]);
    await waitFor("all six refused", () => {
      const r = refused(v1);
      return (r.unsigned ?? 0) >= 3 && (r["signer-mismatch"] ?? 0) >= 1 && (r["bad-signature"] ?? 0) >= 2;
    });
    await sleep(500);
    const after = v1.members().find((m) => m.name === "v2");
    expect(after?.state).toBe("alive");
    expect(after?.address).toBe(before?.address);
    expect(after?.incarnation).toBeLessThan(1000);
    expect(text(v1.getKey("k", "v2"))).toBe("real");
    expect(v1.stats().drops["decode:security:unsigned"]).toBeGreaterThanOrEqual(3);
    for (const n of ns) expect(aliveView(n)).toEqual(["v1", "v2", "v3"]);
  });

  it("SEC-52, SEC-63: a node with an expired certificate is never admitted", async () => {
    const { ns } = await certifiedCluster(["x1", "x2"]);
    const old = certify("x9", { from: -2 * DAY, to: -DAY });
    await start("x9", { pki: old.pki, seeds: [ns[0]?.address as string], join: { timeoutMs: 1500 } }).catch(
      () => undefined,
    );
    await sleep(1500);
    for (const n of ns) expect(aliveView(n)).toEqual(["x1", "x2"]);
    const expired = ns.map((n) => n.security?.stats().verifier?.signed["certificate-expired"] ?? 0);
    expect(expired.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
  });

  it("SEC-72..SEC-75: a revocation list loaded into one node gossips, and the revoked node's updates are then refused", async () => {
    const { ns, ids } = await certifiedCluster(["q1", "q2", "q3"]);
    const [q1, q2, q3] = ns as [GossipNode, GossipNode, GossipNode];
    q3.setKey("x", "before");
    await waitFor(
      "q3's key spread",
      () => text(q1.getKey("x", "q3")) === "before" && text(q2.getKey("x", "q3")) === "before",
    );
    const serial = parseCertificate(ids[2]?.cert as Uint8Array)?.serial as Uint8Array;
    const rev = signRevocation(ca, Date.now(), [serial]);
    expect(q1.security?.applyRevocation(rev)).toBe("accepted");
    await waitFor(
      "list gossiped to q2",
      () => (q2.security?.stats().verifier?.revocations.accepted ?? 0) >= 1,
    );
    q3.setKey("x", "after");
    await waitFor("q3's update refused as revoked", () =>
      [q1, q2].every((n) => (n.security?.stats().verifier?.signed["certificate-revoked"] ?? 0) > 0),
    );
    await sleep(800);
    expect(text(q1.getKey("x", "q3"))).toBe("before");
    expect(text(q2.getKey("x", "q3"))).toBe("before");
    // The list reaches a node joining later through push-pull replies.
    const late = certify("q4");
    const q4 = await start("q4", { pki: late.pki, seeds: [q1.address] });
    await waitFor(
      "q4 learned the list",
      () => (q4.security?.stats().verifier?.revocations.accepted ?? 0) >= 1,
    );
  });
});
