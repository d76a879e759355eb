/**
 * `gossip keys`: generate key material for a secured cluster (spec/11-security.md).
 *
 *   gossip keys psk --out cluster.key            pre-shared key (AES-256-GCM), prints its key id
 *   gossip keys key-id cluster.key               key id of a pre-shared key file
 *   gossip keys ca --out-dir ca/                 CA key pair: ca/ca.key, ca/ca.pub
 *   gossip keys cert --ca-key ca/ca.key --name node-1 --cluster prod --addr 10.0.0.1:7946 --out-dir node-1/
 *                                                node key pair and certificate: node-1.key, node-1.crt
 *   gossip keys show node-1/node-1.crt           print a certificate's fields
 *   gossip keys revoke --ca-key ca/ca.key --serial <hex> [--previous crl.json] --out crl.json
 *
 * Private key and pre-shared key files are written with mode 0600 and never overwritten
 * unless --force is given.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { isIPv4, isIPv6 } from "node:net";
import { join } from "node:path";
import type { Address } from "@gossip/codec";
import {
  caKeyIdOf,
  decodeCertificatePem,
  decodePrivateKeyPem,
  decodePskFile,
  decodePublicKey,
  decodeRevocationJson,
  encodeCertificatePem,
  encodePrivateKeyPem,
  encodePskFile,
  encodePublicKeyPem,
  encodeRevocationJson,
  fromHex,
  generateKey,
  generateKeyPair,
  issueCertificate,
  keyIdOf,
  MAX_REVOKED,
  parseCertificate,
  SecurityError,
  signRevocation,
  toHex,
} from "@gossip/security";
import type { Command } from "commander";

const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
const DAY_MS = 86_400_000;

/** A usage problem: exit code 2 and a message naming the option. */
export class KeysUsageError extends Error {
  readonly code = "CLI_USAGE";
}

function fail(message: string): never {
  throw new KeysUsageError(message);
}

function writeFile(path: string, text: string, secret: boolean, force: boolean | undefined): void {
  if (existsSync(path) && !force) fail(`${path} exists; pass --force to overwrite`);
  writeFileSync(path, text, { mode: secret ? 0o600 : 0o644 });
}

function hexId(id: number): string {
  return id.toString(16).padStart(8, "0");
}

/** Parses `ip`, `ip:port`, `[ipv6]:port` or a bare IPv6 address; port 0 (or none) means any port. */
export function parseAddress(text: string): Address {
  let host = text;
  let port = 0;
  const bracket = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  if (bracket) {
    host = bracket[1]!;
    port = bracket[2] === undefined ? 0 : Number(bracket[2]);
  } else if (!isIPv6(text)) {
    const i = text.lastIndexOf(":");
    if (i >= 0) {
      host = text.slice(0, i);
      port = Number(text.slice(i + 1));
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--addr ${text}: bad port`);
  if (isIPv4(host)) return { ip: Uint8Array.from(host.split(".").map(Number)), port };
  if (isIPv6(host)) return { ip: ipv6Bytes(host), port };
  return fail(`--addr ${text}: not an IP address (names are not certified, addresses are)`);
}

/** The 16 bytes of an IPv6 address already validated by `isIPv6`. */
function ipv6Bytes(text: string): Uint8Array {
  let s = text.split("%")[0]!;
  const tail: number[] = [];
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const b = v4[1]!.split(".").map(Number);
    tail.push((b[0]! << 8) | b[1]!, (b[2]! << 8) | b[3]!);
    s = s.slice(0, -v4[1]!.length);
    if (s.endsWith(":") && !s.endsWith("::")) s = s.slice(0, -1);
  }
  const parse = (p: string) => (p === "" ? [] : p.split(":").map((g) => Number.parseInt(g, 16)));
  const gap = s.indexOf("::");
  let groups: number[];
  if (gap < 0) {
    groups = [...parse(s), ...tail];
  } else {
    const left = parse(s.slice(0, gap));
    const right = [...parse(s.slice(gap + 2)), ...tail];
    groups = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  }
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    out[2 * i] = g >> 8;
    out[2 * i + 1] = g & 0xff;
  });
  return out;
}

function formatAddress(a: Address): string {
  if (a.ip.length === 4) return `${[...a.ip].join(".")}:${a.port}`;
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((a.ip[i]! << 8) | a.ip[i + 1]!).toString(16));
  return `[${groups.join(":")}]:${a.port}`;
}

function out(json: boolean | undefined, value: Record<string, unknown>, text: string): void {
  process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`);
}

export interface PskFlags {
  out?: string;
  force?: boolean;
  json?: boolean;
}

export function runPsk(flags: PskFlags): void {
  const key = generateKey();
  const keyId = hexId(keyIdOf(key));
  if (flags.out === undefined) {
    // No file: print the key itself (for piping into a secret store).
    out(flags.json, { key: Buffer.from(key).toString("base64"), keyId }, encodePskFile(key).trim());
    process.stderr.write(`key id ${keyId}\n`);
    return;
  }
  writeFile(flags.out, encodePskFile(key), true, flags.force);
  out(flags.json, { file: flags.out, keyId }, `wrote ${flags.out} (key id ${keyId})`);
}

export function runKeyId(file: string, flags: { json?: boolean }): void {
  const keyId = hexId(keyIdOf(decodePskFile(readFileSync(file, "utf8"))));
  out(flags.json, { file, keyId }, keyId);
}

export interface CaFlags {
  outDir: string;
  name: string;
  force?: boolean;
  json?: boolean;
}

export function runCa(flags: CaFlags): void {
  mkdirSync(flags.outDir, { recursive: true });
  const pair = generateKeyPair();
  const keyFile = join(flags.outDir, `${flags.name}.key`);
  const pubFile = join(flags.outDir, `${flags.name}.pub`);
  writeFile(keyFile, encodePrivateKeyPem(pair), true, flags.force);
  writeFile(pubFile, encodePublicKeyPem(pair.publicKey), false, flags.force);
  const caKeyId = toHex(caKeyIdOf(pair.publicKey));
  out(
    flags.json,
    { privateKey: keyFile, publicKey: pubFile, publicKeyHex: toHex(pair.publicKey), caKeyId },
    `wrote ${keyFile} (keep offline) and ${pubFile}\nCA key id ${caKeyId}; public key ${toHex(pair.publicKey)}`,
  );
}

export interface CertFlags {
  caKey: string;
  name: string;
  cluster?: string;
  addr?: string[];
  days: string;
  notBefore?: string;
  publicKey?: string;
  outDir: string;
  force?: boolean;
  json?: boolean;
}

export function runCert(flags: CertFlags, nowMs: number = Date.now()): void {
  const ca = decodePrivateKeyPem(readFileSync(flags.caKey, "utf8"));
  const days = Number(flags.days);
  if (!Number.isFinite(days) || days <= 0) fail(`--days ${flags.days}: a positive number of days`);
  const notBeforeMs = flags.notBefore === undefined ? nowMs : Date.parse(flags.notBefore);
  if (Number.isNaN(notBeforeMs)) fail(`--not-before ${flags.notBefore}: not a date (use ISO 8601)`);
  const notAfterMs = notBeforeMs + Math.round(days * DAY_MS);
  const addresses = (flags.addr ?? []).map(parseAddress);
  if (!/^[A-Za-z0-9._-]/.test(flags.name)) fail(`--name ${flags.name}: a node name`);
  mkdirSync(flags.outDir, { recursive: true });
  let publicKey: Uint8Array;
  let keyFile: string | undefined;
  if (flags.publicKey !== undefined) {
    publicKey = decodePublicKey(readFileSync(flags.publicKey, "utf8"));
  } else {
    const pair = generateKeyPair();
    publicKey = pair.publicKey;
    keyFile = join(flags.outDir, `${flags.name}.key`);
    writeFile(keyFile, encodePrivateKeyPem(pair), true, flags.force);
  }
  const cert = issueCertificate({
    ca,
    name: flags.name,
    publicKey,
    notBeforeMs,
    notAfterMs,
    cluster: flags.cluster ?? "",
    addresses,
  });
  const certFile = join(flags.outDir, `${flags.name}.crt`);
  writeFile(certFile, encodeCertificatePem(cert), false, flags.force);
  const parsed = parseCertificate(cert)!;
  out(
    flags.json,
    { certificate: certFile, privateKey: keyFile ?? null, ...describe(parsed) },
    `wrote ${keyFile ? `${keyFile} and ` : ""}${certFile}\nserial ${toHex(parsed.serial)}, valid ${new Date(
      notBeforeMs,
    ).toISOString()} .. ${new Date(notAfterMs).toISOString()}`,
  );
}

function describe(c: NonNullable<ReturnType<typeof parseCertificate>>): Record<string, unknown> {
  return {
    name: c.name,
    cluster: c.cluster,
    addresses: c.addresses.map(formatAddress),
    serial: toHex(c.serial),
    notBefore: new Date(c.notBeforeMs).toISOString(),
    notAfter: new Date(c.notAfterMs).toISOString(),
    caKeyId: toHex(c.caKeyId),
    publicKey: toHex(c.publicKey),
  };
}

export function runShow(file: string, flags: { json?: boolean }): void {
  const cert = parseCertificate(decodeCertificatePem(readFileSync(file, "utf8")));
  if (cert === undefined) fail(`${file}: not a well-formed gossip certificate`);
  const d = describe(cert);
  out(
    flags.json,
    d,
    Object.entries(d)
      .map(
        ([k, v]) => `${k.padEnd(10)} ${Array.isArray(v) ? v.join(", ") || "(any)" : v === "" ? "(any)" : v}`,
      )
      .join("\n"),
  );
}

export interface RevokeFlags {
  caKey: string;
  serial?: string[];
  cert?: string[];
  previous?: string;
  out: string;
  force?: boolean;
  json?: boolean;
}

export function runRevoke(flags: RevokeFlags, nowMs: number = Date.now()): void {
  const ca = decodePrivateKeyPem(readFileSync(flags.caKey, "utf8"));
  const serials = new Map<string, Uint8Array>();
  if (flags.previous !== undefined) {
    const prev = decodeRevocationJson(readFileSync(flags.previous, "utf8"));
    if (toHex(prev.caPublicKey) !== toHex(ca.publicKey))
      fail(`--previous ${flags.previous}: issued by another CA`);
    for (const s of prev.revoked) serials.set(toHex(s), s);
    // A new list must supersede the previous one (SEC-73).
    if (prev.issuedAtMs >= nowMs) nowMs = prev.issuedAtMs + 1;
  }
  for (const s of flags.serial ?? []) {
    const b = fromHex(s);
    if (b === undefined || b.length !== 16) fail(`--serial ${s}: 32 hex digits`);
    serials.set(toHex(b), b);
  }
  for (const file of flags.cert ?? []) {
    const c = parseCertificate(decodeCertificatePem(readFileSync(file, "utf8")));
    if (c === undefined) fail(`--cert ${file}: not a well-formed gossip certificate`);
    serials.set(toHex(c.serial), c.serial);
  }
  if (serials.size > MAX_REVOKED) fail(`at most ${MAX_REVOKED} serials per list`);
  const rev = signRevocation(ca, nowMs, [...serials.values()]);
  writeFile(flags.out, encodeRevocationJson(rev), false, flags.force ?? flags.out === flags.previous);
  out(
    flags.json,
    { file: flags.out, issuedAtMs: nowMs, revoked: [...serials.keys()] },
    `wrote ${flags.out}: ${serials.size} serial(s) revoked, issued ${new Date(nowMs).toISOString()}`,
  );
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

function action<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
      process.exitCode = EXIT.ok;
    } catch (e) {
      const usage = e instanceof KeysUsageError || e instanceof SecurityError;
      process.stderr.write(`gossip keys: ${(e as Error).message}\n`);
      process.exitCode = usage ? EXIT.usage : EXIT.failure;
    }
  };
}

export function register(program: Command): void {
  const keys = program
    .command("keys")
    .description(
      "Generate pre-shared keys, a CA, node certificates and revocation lists (spec/11-security.md).",
    );
  keys
    .command("psk")
    .description("Generate a 32-byte pre-shared key (AES-256-GCM) and print its key id.")
    .option("--out <file>", "write the key to this file (mode 0600) instead of stdout")
    .option("--force", "overwrite an existing file")
    .option("--json", "print JSON")
    .action(action((flags: PskFlags) => runPsk(flags)));
  keys
    .command("key-id <file>")
    .description("Print the key id of a pre-shared key file.")
    .option("--json", "print JSON")
    .action(action((file: string, flags: { json?: boolean }) => runKeyId(file, flags)));
  keys
    .command("ca")
    .description("Generate a CA key pair: <name>.key (PKCS #8 PEM, keep offline) and <name>.pub.")
    .requiredOption("--out-dir <dir>", "directory for the files")
    .option("--name <name>", "file name stem", "ca")
    .option("--force", "overwrite existing files")
    .option("--json", "print JSON")
    .action(action((flags: CaFlags) => runCa(flags)));
  keys
    .command("cert")
    .description("Issue a node certificate (and a node key pair unless --public-key is given).")
    .requiredOption("--ca-key <file>", "the CA private key (PEM)")
    .requiredOption("--name <name>", "the node name")
    .requiredOption("--out-dir <dir>", "directory for <name>.key and <name>.crt")
    .option("--cluster <name>", "bind the certificate to this cluster (default: any cluster)")
    .option("--addr <ip[:port]>", "a certified address; repeat for several (default: any address)", collect)
    .option("--days <n>", "validity in days", "365")
    .option("--not-before <iso-date>", "start of validity (default: now)")
    .option(
      "--public-key <file>",
      "certify this existing public key (PEM or hex) instead of generating a key pair",
    )
    .option("--force", "overwrite existing files")
    .option("--json", "print JSON")
    .action(action((flags: CertFlags) => runCert(flags)));
  keys
    .command("show <certificate>")
    .description("Print the fields of a certificate file.")
    .option("--json", "print JSON")
    .action(action((file: string, flags: { json?: boolean }) => runShow(file, flags)));
  keys
    .command("revoke")
    .description("Sign a complete revocation list (newest list per CA wins when gossiped).")
    .requiredOption("--ca-key <file>", "the CA private key (PEM)")
    .requiredOption("--out <file>", "the revocation list to write (JSON)")
    .option("--serial <hex>", "a serial to revoke; repeat for several", collect)
    .option("--cert <file>", "revoke this certificate; repeat for several", collect)
    .option("--previous <file>", "carry over the serials of an earlier list")
    .option("--force", "overwrite an existing file")
    .option("--json", "print JSON")
    .action(action((flags: RevokeFlags) => runRevoke(flags)));
  keys.addHelpText(
    "after",
    `
Example (a new cluster):
  gossip keys psk --out cluster.key
  gossip keys ca --out-dir ca
  gossip keys cert --ca-key ca/ca.key --name node-1 --cluster prod --addr 10.0.0.1:7946 --out-dir node-1

Exit codes:
  0  success
  1  failure (I/O)
  2  invalid option, unreadable key file, or a file that exists (without --force)`,
  );
}
