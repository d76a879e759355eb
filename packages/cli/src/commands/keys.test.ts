// `gossip keys`, called in-process (the command functions write files and print to stdout).
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodeMessage } from "@gossip/codec";
import {
  decodeCertificatePem,
  decodePrivateKeyPem,
  decodePskFile,
  decodePublicKey,
  decodeRevocationJson,
  Identity,
  keyIdOf,
  parseCertificate,
  toHex,
  Verifier,
} from "@gossip/security";
import { Command } from "commander";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  KeysUsageError,
  parseAddress,
  register,
  runCa,
  runCert,
  runKeyId,
  runPsk,
  runRevoke,
  runShow,
} from "./keys.js";

const dir = mkdtempSync(join(tmpdir(), "gossip-keys-"));
let stdout: string[] = [];

beforeEach(() => {
  stdout = [];
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    stdout.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation(() => true);
});
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("gossip keys", () => {
  it("SEC-90: psk writes a 0600 base64 key file and prints its key id", () => {
    const file = join(dir, "cluster.key");
    runPsk({ out: file, json: true });
    const key = decodePskFile(readFileSync(file, "utf8"));
    expect(key).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const printed = JSON.parse(stdout.join(""));
    expect(printed.keyId).toBe(keyIdOf(key).toString(16).padStart(8, "0"));
    stdout = [];
    runKeyId(file, {});
    expect(stdout.join("").trim()).toBe(printed.keyId);
    expect(() => runPsk({ out: file })).toThrow(KeysUsageError);
  });

  it("SEC-50: ca + cert produce a certificate a verifier accepts and an identity that signs", () => {
    const caDir = join(dir, "ca");
    runCa({ outDir: caDir, name: "ca" });
    const ca = decodePrivateKeyPem(readFileSync(join(caDir, "ca.key"), "utf8"));
    expect(decodePublicKey(readFileSync(join(caDir, "ca.pub"), "utf8"))).toEqual(ca.publicKey);
    expect(statSync(join(caDir, "ca.key")).mode & 0o777).toBe(0o600);

    const now = Date.parse("2026-06-01T00:00:00Z");
    const nodeDir = join(dir, "node-1");
    stdout = [];
    runCert(
      {
        caKey: join(caDir, "ca.key"),
        name: "node-1",
        cluster: "prod",
        addr: ["127.0.0.1:7946", "[::1]:0"],
        days: "30",
        outDir: nodeDir,
        json: true,
      },
      now,
    );
    const out = JSON.parse(stdout.join(""));
    expect(out.addresses).toEqual(["127.0.0.1:7946", "[0:0:0:0:0:0:0:1]:0"]);
    const certBytes = decodeCertificatePem(readFileSync(join(nodeDir, "node-1.crt"), "utf8"));
    const cert = parseCertificate(certBytes)!;
    expect(cert.notAfterMs - cert.notBeforeMs).toBe(30 * 86_400_000);
    const pair = decodePrivateKeyPem(readFileSync(join(nodeDir, "node-1.key"), "utf8"));
    const identity = new Identity({
      name: "node-1",
      cluster: "prod",
      seed: pair.seed,
      certificate: certBytes,
    });
    const verifier = new Verifier({ trustedCas: [ca.publicKey] });
    const signed = identity.signMessage(
      encodeMessage({
        type: "alive",
        node: "node-1",
        incarnation: 1,
        addr: { ip: Uint8Array.of(127, 0, 0, 1), port: 7946 },
        meta: new Uint8Array(0),
        protocolMin: 1,
        protocolMax: 1,
        certificate: certBytes,
      }),
    );
    expect(verifier.verifySigned(signed, "prod", now + 1000).ok).toBe(true);

    stdout = [];
    runShow(join(nodeDir, "node-1.crt"), { json: true });
    expect(JSON.parse(stdout.join("")).serial).toBe(toHex(cert.serial));

    // Certify an existing public key: no private key is written.
    runCert(
      {
        caKey: join(caDir, "ca.key"),
        name: "node-2",
        days: "1",
        publicKey: join(caDir, "ca.pub"),
        outDir: nodeDir,
      },
      now,
    );
    expect(
      parseCertificate(decodeCertificatePem(readFileSync(join(nodeDir, "node-2.crt"), "utf8")))?.publicKey,
    ).toEqual(ca.publicKey);

    // Revoke node-1, then carry it over into a newer list that adds a serial.
    const crl = join(dir, "crl.json");
    runRevoke({ caKey: join(caDir, "ca.key"), cert: [join(nodeDir, "node-1.crt")], out: crl }, now);
    const first = decodeRevocationJson(readFileSync(crl, "utf8"));
    expect(verifier.applyRevocation(first)).toBe("accepted");
    expect(verifier.verifySigned(signed, "prod", now + 1000)).toEqual({
      ok: false,
      reason: "certificate-revoked",
    });
    runRevoke({ caKey: join(caDir, "ca.key"), serial: ["00".repeat(16)], previous: crl, out: crl }, now);
    const second = decodeRevocationJson(readFileSync(crl, "utf8"));
    expect(second.revoked.map(toHex)).toEqual([toHex(cert.serial), "00".repeat(16)]);
    expect(second.issuedAtMs).toBe(now + 1);
    expect(verifier.applyRevocation(second)).toBe("accepted");
  });

  it("parses certified addresses", () => {
    expect(parseAddress("10.0.0.1")).toEqual({ ip: Uint8Array.of(10, 0, 0, 1), port: 0 });
    expect(parseAddress("10.0.0.1:80").port).toBe(80);
    expect(parseAddress("fe80::1").ip).toEqual(
      Uint8Array.of(0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1),
    );
    expect(parseAddress("[::ffff:1.2.3.4]:9").ip).toEqual(
      Uint8Array.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4),
    );
    expect(() => parseAddress("example.com:80")).toThrow(KeysUsageError);
    expect(() => parseAddress("10.0.0.1:70000")).toThrow(KeysUsageError);
  });

  it("registers `keys` with its subcommands", () => {
    const program = new Command();
    register(program);
    const keys = program.commands.find((c) => c.name() === "keys")!;
    expect(keys.commands.map((c) => c.name())).toEqual(["psk", "key-id", "ca", "cert", "show", "revoke"]);
  });
});
