/**
 * Codec conformance vectors (conformance/vectors/codec/*.json): how they are
 * built and how one is checked against this codec. The files are language
 * neutral; their format is schemas/json/codec-vectors.schema.json.
 */
import { createCipheriv, createDecipheriv } from "node:crypto";
import { deflateRawSync } from "node:zlib";
import type { EnvelopeCipher } from "./cipher.js";
import { MESSAGE_TYPES } from "./convert.js";
import { type DecodeOptions, decodeMessage, decodePacket, encodeMessage, encodePacket } from "./envelope.js";
import type { CodecErrorCode } from "./errors.js";
import { encodeFrame, FrameReader } from "./frame.js";
import { type JsonValue, messageFromJson, messageToJson, packetFromJson, packetToJson } from "./json.js";
import type { Limits } from "./limits.js";
import type { Message } from "./messages.js";
import { alive, SAMPLES } from "./samples.js";

export const VECTOR_FORMAT = "gossip-codec-vectors";

/** A test keyring for vectors: AES-256-GCM, 12-byte nonce, 16-byte tag. */
export interface VectorCipherSpec {
  readonly algorithm: "AES-256-GCM";
  /** Key id -> 32-byte key (hex). The first key is the primary. */
  readonly keys: readonly { readonly id: number; readonly key: string }[];
}

export interface VectorDecodeOptions {
  readonly cluster: string;
  readonly acceptPlaintext?: boolean;
  readonly cipher?: VectorCipherSpec;
  readonly limits?: Partial<Limits>;
}

export type CodecVector =
  | {
      readonly id: string;
      readonly kind: "packet";
      readonly description: string;
      readonly requirements: readonly string[];
      readonly decode: VectorDecodeOptions;
      readonly hex: string;
      readonly expect:
        | {
            readonly ok: true;
            readonly packet: JsonValue;
            readonly unknown: number;
            readonly encrypted: boolean;
            readonly compressed: boolean;
            readonly keyId?: number;
            /** Encoding `packet` (plaintext, uncompressed) gives exactly `hex`. */
            readonly canonical: boolean;
          }
        | { readonly ok: false; readonly error: CodecErrorCode };
    }
  | {
      readonly id: string;
      readonly kind: "message";
      readonly description: string;
      readonly requirements: readonly string[];
      readonly hex: string;
      readonly expect:
        | { readonly ok: true; readonly message: JsonValue; readonly canonical: boolean }
        | { readonly ok: false; readonly error: CodecErrorCode };
    }
  | {
      readonly id: string;
      readonly kind: "stream";
      readonly description: string;
      readonly requirements: readonly string[];
      readonly frameLimit: number;
      readonly hex: string;
      readonly expect:
        | { readonly ok: true; readonly envelopes: readonly string[] }
        | { readonly ok: false; readonly error: CodecErrorCode };
    };

export interface CodecVectorFile {
  readonly $schema: string;
  readonly format: typeof VECTOR_FORMAT;
  readonly version: 1;
  readonly description: string;
  readonly vectors: readonly CodecVector[];
}

// ------------------------------------------------------------ test cipher

export function vectorCipher(spec: VectorCipherSpec, fixedNonce?: Uint8Array): EnvelopeCipher {
  const keys = new Map(spec.keys.map((k) => [k.id >>> 0, Buffer.from(k.key, "hex")]));
  const primary = spec.keys[0]?.id ?? 0;
  let counter = 0;
  return {
    primaryKeyId: () => primary,
    seal(keyId, aad, plaintext) {
      const key = keys.get(keyId);
      if (!key) throw new Error(`no key ${keyId}`);
      const nonce = fixedNonce ?? Uint8Array.from(Buffer.alloc(12, ++counter));
      const c = createCipheriv("aes-256-gcm", key, nonce);
      c.setAAD(aad);
      const body = Buffer.concat([c.update(plaintext), c.final(), c.getAuthTag()]);
      return { nonce, ciphertext: new Uint8Array(body) };
    },
    open(keyId, nonce, aad, ciphertext) {
      const key = keys.get(keyId);
      if (!key || ciphertext.length < 16) return undefined;
      try {
        const d = createDecipheriv("aes-256-gcm", key, nonce);
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

// ------------------------------------------------------------ checking

function stable(j: unknown): string {
  if (Array.isArray(j)) return `[${j.map(stable).join(",")}]`;
  if (j !== null && typeof j === "object") {
    const o = j as Record<string, unknown>;
    return `{${Object.keys(o)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(j);
}

const toHex = (b: Uint8Array): string => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString("hex");
const fromHex = (h: string): Uint8Array => Uint8Array.from(Buffer.from(h, "hex"));

function decodeOptions(d: VectorDecodeOptions): DecodeOptions {
  return {
    cluster: d.cluster,
    acceptPlaintext: d.acceptPlaintext,
    cipher: d.cipher ? vectorCipher(d.cipher) : undefined,
    limits: d.limits,
  };
}

/** Checks one vector against this codec; returns a failure description or undefined. */
export function checkVector(v: CodecVector): string | undefined {
  const bytes = fromHex(v.hex);
  if (v.kind === "packet") {
    const r = decodePacket(bytes, decodeOptions(v.decode));
    if (!v.expect.ok) {
      if (r.ok) return `expected ${v.expect.error}, decoded fine`;
      return r.error.code === v.expect.error
        ? undefined
        : `expected ${v.expect.error}, got ${r.error.code} (${r.error.message})`;
    }
    if (!r.ok) return `expected success, got ${r.error.code} (${r.error.message})`;
    const e = v.expect;
    if (stable(packetToJson(r.value)) !== stable(e.packet))
      return "decoded packet differs from the expected JSON";
    if (r.value.unknown !== e.unknown) return `unknown: expected ${e.unknown}, got ${r.value.unknown}`;
    if (r.value.encrypted !== e.encrypted || r.value.compressed !== e.compressed) return "flags differ";
    if (r.value.keyId !== e.keyId) return `keyId: expected ${e.keyId}, got ${r.value.keyId}`;
    const parsed = packetFromJson(e.packet);
    if (!parsed.ok) return `expected JSON does not parse: ${parsed.error.message}`;
    if (
      e.canonical &&
      toHex(encodePacket(parsed.value.messages, { cluster: parsed.value.cluster })) !== v.hex
    ) {
      return "re-encoding the JSON does not give the vector's bytes";
    }
    return undefined;
  }
  if (v.kind === "message") {
    const r = decodeMessage(bytes);
    if (!v.expect.ok) {
      if (r.ok) return `expected ${v.expect.error}, decoded fine`;
      return r.error.code === v.expect.error ? undefined : `expected ${v.expect.error}, got ${r.error.code}`;
    }
    if (!r.ok) return `expected success, got ${r.error.code} (${r.error.message})`;
    if (stable(messageToJson(r.value)) !== stable(v.expect.message))
      return "decoded message differs from the expected JSON";
    const parsed = messageFromJson(v.expect.message);
    if (!parsed.ok) return `expected JSON does not parse: ${parsed.error.message}`;
    if (v.expect.canonical && toHex(encodeMessage(parsed.value)) !== v.hex)
      return "re-encoding does not give the vector's bytes";
    return undefined;
  }
  const reader = new FrameReader(v.frameLimit);
  const r = reader.push(bytes);
  const end = reader.end();
  const endErr: CodecErrorCode | undefined = r.ok && !end.ok ? end.error.code : undefined;
  if (!v.expect.ok) {
    const got = r.ok ? endErr : r.error.code;
    return got === v.expect.error ? undefined : `expected ${v.expect.error}, got ${got ?? "success"}`;
  }
  if (!r.ok) return `expected success, got ${r.error.code}`;
  if (endErr) return "stream ended inside a frame";
  const got = r.value.map(toHex);
  return stable(got) === stable(v.expect.envelopes) ? undefined : "envelopes differ";
}

// ------------------------------------------------------------ building

const CLUSTER = "prod";
const NON_CANONICAL_SUSPECT = "1a0161" + "1000" + "0a0162";
const UNKNOWN_FIELDS_NACK = "0802" + "7801" + "81010000000000000000" + "8a010100" + "950100000000" + "0a00";
const KEY1 = { id: 1, key: "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" };
const KEY2 = { id: 0xdeadbeef, key: "1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100" };
const CIPHER_SPEC: VectorCipherSpec = { algorithm: "AES-256-GCM", keys: [KEY1] };
const NONCE = Uint8Array.from(Buffer.from("a0a1a2a3a4a5a6a7a8a9aaab", "hex"));

/** Hex of a plaintext envelope header for `cluster` with `flags`. */
function headerHex(cluster: string, flags = 0, version = 1): string {
  const name = Buffer.from(cluster, "utf8");
  return `6773${version.toString(16).padStart(2, "0")}${flags.toString(16).padStart(2, "0")}${name.length.toString(16).padStart(2, "0")}${name.toString("hex")}`;
}

/** Hex of a protobuf length prefix. */
function len(hex: string): string {
  let n = hex.length / 2;
  let out = "";
  while (n > 0x7f) {
    out += ((n & 0x7f) | 0x80).toString(16).padStart(2, "0");
    n >>>= 7;
  }
  return out + n.toString(16).padStart(2, "0");
}
/** A Packet entry (field 1) wrapping Message bytes. */
const entry = (messageHex: string): string => `0a${len(messageHex)}${messageHex}`;

function validPacket(
  id: string,
  description: string,
  requirements: string[],
  messages: readonly Message[],
  o: { cluster?: string; compress?: boolean; cipher?: VectorCipherSpec; hex?: string; unknown?: number } = {},
): CodecVector {
  const cluster = o.cluster ?? CLUSTER;
  const cipher = o.cipher ? vectorCipher(o.cipher, NONCE) : undefined;
  const bytes =
    o.hex !== undefined ? fromHex(o.hex) : encodePacket(messages, { cluster, compress: o.compress, cipher });
  const r = decodePacket(bytes, { cluster, cipher });
  if (!r.ok) throw new Error(`vector ${id} does not decode: ${r.error.message}`);
  const hex = toHex(bytes);
  const canonical =
    !r.value.encrypted && !r.value.compressed && toHex(encodePacket(r.value.messages, { cluster })) === hex;
  return {
    id,
    kind: "packet",
    description,
    requirements,
    decode: o.cipher ? { cluster, cipher: o.cipher } : { cluster },
    hex,
    expect: {
      ok: true,
      packet: packetToJson({ cluster, messages: r.value.messages }),
      unknown: r.value.unknown,
      encrypted: r.value.encrypted,
      compressed: r.value.compressed,
      ...(r.value.keyId !== undefined ? { keyId: r.value.keyId } : {}),
      canonical,
    },
  };
}

function invalidPacket(
  id: string,
  description: string,
  requirements: string[],
  bytes: Uint8Array | string,
  error: CodecErrorCode,
  decode: VectorDecodeOptions = { cluster: CLUSTER },
): CodecVector {
  const hex = typeof bytes === "string" ? bytes : toHex(bytes);
  const v: CodecVector = {
    id,
    kind: "packet",
    description,
    requirements,
    decode,
    hex,
    expect: { ok: false, error },
  };
  const problem = checkVector(v);
  if (problem) throw new Error(`vector ${id}: ${problem}`);
  return v;
}

const REQS: Record<string, string[]> = {
  ping: ["WIRE-30", "WIRE-31", "WIRE-42"],
  "ping-req": ["WIRE-30", "WIRE-31", "WIRE-42"],
  ack: ["WIRE-30", "WIRE-31"],
  nack: ["WIRE-30", "WIRE-31"],
  alive: ["WIRE-30", "WIRE-31", "WIRE-43", "WIRE-44", "WIRE-48"],
  suspect: ["WIRE-30", "WIRE-31", "WIRE-43"],
  dead: ["WIRE-30", "WIRE-31", "WIRE-43"],
  leave: ["WIRE-30", "WIRE-31", "WIRE-43"],
  "push-pull": ["WIRE-30", "WIRE-31", "WIRE-47"],
  "kv-digest": ["WIRE-30", "WIRE-31", "WIRE-41"],
  "kv-delta": ["WIRE-30", "WIRE-31", "WIRE-45", "WIRE-49"],
  "user-event": ["WIRE-30", "WIRE-31", "WIRE-45", "WIRE-46"],
  "crdt-delta": ["WIRE-30", "WIRE-31", "WIRE-37", "WIRE-47"],
  signed: ["WIRE-30", "WIRE-31", "WIRE-50"],
  revocation: ["WIRE-30", "WIRE-31", "WIRE-41"],
  error: ["WIRE-30", "WIRE-31"],
};

function buildValid(): CodecVector[] {
  const out: CodecVector[] = [];
  for (const t of MESSAGE_TYPES) {
    out.push(
      validPacket(
        `valid/${t}`,
        `One ${t} message in a plaintext envelope of cluster "prod".`,
        ["WIRE-1", ...(REQS[t] ?? [])],
        [SAMPLES[t]],
      ),
    );
  }
  const piggyback: Message[] = [
    SAMPLES.ping,
    alive(2),
    alive(3),
    { type: "suspect", node: "node-4", incarnation: 7, from: "a" },
    { type: "dead", node: "node-5", incarnation: 2, from: "c" },
    { type: "leave", node: "node-6", incarnation: 9 },
    alive(7),
  ];
  out.push(
    validPacket(
      "valid/compound-ping",
      "A ping with six piggybacked membership updates (a compound packet).",
      ["WIRE-30", "WIRE-62"],
      piggyback,
    ),
  );
  out.push(
    validPacket(
      "valid/empty-cluster-name",
      "The empty cluster name (L = 0).",
      ["WIRE-6", "WIRE-8"],
      [SAMPLES.nack],
      { cluster: "" },
    ),
  );
  out.push(
    validPacket(
      "valid/utf8-cluster-name",
      "A cluster name with non-ASCII characters, compared as UTF-8 bytes.",
      ["WIRE-6", "WIRE-8"],
      [SAMPLES.nack],
      { cluster: "prod-é-🚀" },
    ),
  );
  out.push(
    validPacket(
      "valid/ipv6-address",
      "An Alive whose address is 16 bytes (IPv6).",
      ["WIRE-42"],
      [
        {
          ...alive(1),
          addr: { ip: Uint8Array.from(Buffer.from("20010db8000000000000000000000001", "hex")), port: 65535 },
        },
      ],
    ),
  );
  out.push(
    validPacket(
      "valid/uint64-max",
      "uint64 fields at the cap 2^53-1.",
      ["WIRE-41"],
      [
        {
          type: "kv-digest",
          nodes: [{ node: "a", maxVersion: Number.MAX_SAFE_INTEGER, gcVersion: Number.MAX_SAFE_INTEGER }],
          reply: false,
        },
      ],
    ),
  );
  const members = Array.from({ length: 40 }, (_, i) => ({
    node: `node-${i}`,
    addr: { ip: Uint8Array.of(10, 0, 0, i), port: 7946 },
    meta: new Uint8Array(0),
    incarnation: i,
    state: "alive" as const,
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  }));
  const bigPushPull: Message = {
    ...(SAMPLES["push-pull"] as Extract<Message, { type: "push-pull" }>),
    members,
  };
  out.push(
    validPacket(
      "valid/compressed",
      "A push-pull with 40 members, DEFLATE-compressed.",
      ["WIRE-15", "WIRE-16", "WIRE-17", "WIRE-19"],
      [bigPushPull],
      { compress: true },
    ),
  );
  out.push(
    validPacket(
      "valid/encrypted",
      "An encrypted envelope (AES-256-GCM test key 1, nonce a0a1...ab); AAD is the header through the key id.",
      ["WIRE-10", "WIRE-14"],
      [SAMPLES.ping],
      {
        cipher: CIPHER_SPEC,
      },
    ),
  );
  out.push(
    validPacket(
      "valid/encrypted-compressed",
      "Compressed, then encrypted: the ciphertext covers uvarint length and DEFLATE data.",
      ["WIRE-10", "WIRE-14", "WIRE-15"],
      [bigPushPull],
      {
        cipher: CIPHER_SPEC,
        compress: true,
      },
    ),
  );
  const nack = toHex(encodeMessage(SAMPLES.nack));
  out.push(
    validPacket(
      "valid/unknown-body",
      "A message whose body field number (99) is unknown is skipped and counted; the next message is processed.",
      ["WIRE-33"],
      [],
      {
        hex: `${headerHex(CLUSTER)}${entry("9a0603010203")}${entry(nack)}`,
      },
    ),
  );
  out.push(
    validPacket("valid/empty-message", "A Message with no body at all counts as unknown.", ["WIRE-33"], [], {
      hex: `${headerHex(CLUSTER)}${entry("")}${entry(nack)}`,
    }),
  );
  out.push(
    validPacket(
      "valid/unknown-fields",
      "Unknown fields of every wire type inside a known body, and a known field with the wrong wire type, are ignored.",
      ["WIRE-36"],
      [],
      {
        // Nack { seq=2, field 15 varint, field 16 fixed64, field 17 bytes, field 18 fixed32, field 1 as bytes (wrong wire type) }
        hex: `${headerHex(CLUSTER)}${entry(`22${len(UNKNOWN_FIELDS_NACK)}${UNKNOWN_FIELDS_NACK}`)}`,
      },
    ),
  );
  out.push(
    validPacket(
      "valid/unknown-packet-field",
      "An unknown field of Packet itself (field 2) is ignored.",
      ["WIRE-36"],
      [],
      {
        hex: `${headerHex(CLUSTER)}${entry(nack)}120100`,
      },
    ),
  );
  out.push(
    validPacket(
      "valid/non-canonical",
      "Fields out of order and a default value written explicitly decode to the same message.",
      ["WIRE-37"],
      [],
      {
        // Suspect { from="a" (3), incarnation=0 (2), node="b" (1) }
        hex: `${headerHex(CLUSTER)}${entry(`32${len(NON_CANONICAL_SUSPECT)}${NON_CANONICAL_SUSPECT}`)}`,
      },
    ),
  );
  out.push(
    validPacket(
      "valid/repeated-body-last-wins",
      "Two bodies in one Message: the last one wins (protobuf oneof semantics).",
      ["WIRE-38"],
      [],
      {
        hex: `${headerHex(CLUSTER)}${entry(`${toHex(encodeMessage(SAMPLES.ack))}${nack}`)}`,
      },
    ),
  );
  return out;
}

function buildInvalid(): CodecVector[] {
  const h = headerHex(CLUSTER);
  const nack = entry(toHex(encodeMessage(SAMPLES.nack)));
  const packet = (...messages: Message[]) => encodePacket(messages, { cluster: CLUSTER });
  const raw = (messageHex: string) => `${h}${entry(messageHex)}`;
  const sealed = encodePacket([SAMPLES.ping], { cluster: CLUSTER, cipher: vectorCipher(CIPHER_SPEC, NONCE) });
  const tampered = sealed.slice();
  tampered[tampered.length - 1] = (tampered[tampered.length - 1] as number) ^ 1;
  const otherKey = encodePacket([SAMPLES.ping], {
    cluster: CLUSTER,
    cipher: vectorCipher({ algorithm: "AES-256-GCM", keys: [KEY2] }, NONCE),
  });
  const enc = { cluster: CLUSTER, cipher: CIPHER_SPEC };
  const msg = (
    id: string,
    description: string,
    requirements: string[],
    hex: string,
    error: CodecErrorCode,
  ): CodecVector => {
    const v: CodecVector = {
      id,
      kind: "message",
      description,
      requirements,
      hex,
      expect: { ok: false, error },
    };
    const problem = checkVector(v);
    if (problem) throw new Error(`vector ${id}: ${problem}`);
    return v;
  };
  const ue = SAMPLES["user-event"] as Extract<Message, { type: "user-event" }>;
  return [
    invalidPacket("invalid/truncated-header", "Fewer than 5 bytes.", ["WIRE-9"], "677301", "TRUNCATED"),
    invalidPacket(
      "invalid/truncated-cluster-name",
      "L says 8 bytes, 4 follow.",
      ["WIRE-9"],
      "677301000870726f64",
      "TRUNCATED",
    ),
    invalidPacket(
      "invalid/bad-magic",
      "Magic is not 0x67 0x73.",
      ["WIRE-2"],
      `6874${h.slice(4)}${nack}`,
      "BAD_MAGIC",
    ),
    invalidPacket(
      "invalid/newer-version",
      "Version 2 is not spoken by a version 1 receiver.",
      ["WIRE-3"],
      `677302${h.slice(6)}${nack}`,
      "UNSUPPORTED_VERSION",
    ),
    invalidPacket(
      "invalid/version-zero",
      "Version 0 does not exist.",
      ["WIRE-3"],
      `677300${h.slice(6)}${nack}`,
      "UNSUPPORTED_VERSION",
    ),
    invalidPacket(
      "invalid/reserved-flag",
      "Flag bit 2 (0x04) is reserved.",
      ["WIRE-5"],
      `${headerHex(CLUSTER, 0x04)}${nack}`,
      "RESERVED_FLAGS",
    ),
    invalidPacket(
      "invalid/wrong-cluster",
      'Cluster "test" sent to a receiver of cluster "prod".',
      ["WIRE-8"],
      encodePacket([SAMPLES.nack], { cluster: "test" }),
      "WRONG_CLUSTER",
    ),
    invalidPacket(
      "invalid/cluster-name-prefix",
      'Cluster "pro" is not "prod" (no prefix matching).',
      ["WIRE-8"],
      encodePacket([SAMPLES.nack], { cluster: "pro" }),
      "WRONG_CLUSTER",
    ),
    invalidPacket(
      "invalid/oversize",
      "An envelope larger than the receiver's limit (here 64 bytes).",
      ["WIRE-61"],
      packet({ ...SAMPLES.ack, payload: new Uint8Array(80) } as Message),
      "OVERSIZE",
      {
        cluster: CLUSTER,
        limits: { maxEnvelopeSize: 64 },
      },
    ),
    invalidPacket("invalid/empty-packet", "A packet with no message.", ["WIRE-34"], h, "EMPTY_PACKET"),
    invalidPacket(
      "invalid/too-many-messages",
      "1025 messages (the default limit is 1024).",
      ["WIRE-32"],
      `${h}${nack.repeat(1025)}`,
      "TOO_MANY_MESSAGES",
    ),
    invalidPacket(
      "invalid/protobuf-length-overrun",
      "A length prefix runs past the end of the body.",
      ["WIRE-35"],
      `${h}0a052202`,
      "MALFORMED",
    ),
    invalidPacket(
      "invalid/protobuf-truncated-varint",
      "The body ends inside a varint.",
      ["WIRE-35"],
      `${h}0a04220208ff`,
      "MALFORMED",
    ),
    invalidPacket(
      "invalid/protobuf-bad-wire-type",
      "Wire type 7 does not exist.",
      ["WIRE-35"],
      `${h}0f00`,
      "MALFORMED",
    ),
    invalidPacket(
      "invalid/protobuf-field-zero",
      "Field number 0 is illegal.",
      ["WIRE-35"],
      `${h}${entry("0200")}`,
      "MALFORMED",
    ),
    invalidPacket(
      "invalid/invalid-utf8",
      "A string that is not valid UTF-8 (Leave.node = ff).",
      ["WIRE-40"],
      raw("42030a01ff"),
      "MALFORMED",
    ),
    invalidPacket(
      "invalid/uint64-over-cap",
      "A uint64 of 2^53 (above 2^53-1).",
      ["WIRE-41"],
      packet({ type: "kv-digest", nodes: [{ node: "a", maxVersion: 2 ** 53, gcVersion: 0 }], reply: false }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/ip-length",
      "An Address ip of 5 bytes.",
      ["WIRE-42"],
      packet({ ...SAMPLES.ping, sourceAddr: { ip: new Uint8Array(5), port: 7946 } } as Message),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/port-zero",
      "An Address with port 0.",
      ["WIRE-42"],
      packet({ ...SAMPLES.ping, sourceAddr: { ip: new Uint8Array(4), port: 0 } } as Message),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/port-too-large",
      "An Address with port 65536.",
      ["WIRE-42"],
      packet({ ...SAMPLES.ping, sourceAddr: { ip: new Uint8Array(4), port: 65536 } } as Message),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/empty-node-name",
      "An Alive with an empty node name.",
      ["WIRE-43"],
      packet({ ...alive(1), node: "" }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/node-name-too-long",
      "A node name of 129 UTF-8 bytes.",
      ["WIRE-43"],
      packet({ ...alive(1), node: "n".repeat(129) }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/meta-too-long",
      "Member metadata of 513 bytes.",
      ["WIRE-44"],
      packet({ ...alive(1), meta: new Uint8Array(513) }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/empty-key",
      "A key/value entry with an empty key.",
      ["WIRE-45"],
      packet({
        type: "kv-delta",
        nodes: [
          {
            node: "a",
            fromVersion: 0,
            reset: false,
            gcVersion: 0,
            maxVersion: 1,
            entries: [{ key: "", value: new Uint8Array(0), version: 1, tombstone: false }],
          },
        ],
      }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/event-id-length",
      "A user event id of 8 bytes (must be 16).",
      ["WIRE-46"],
      packet({ ...ue, id: new Uint8Array(8) }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/unknown-member-state",
      "MemberRecord.state = 7 is not a MemberState.",
      ["WIRE-47"],
      raw(`4a${len(`1a${len("0a01612807")}0a01612807`)}1a${len("0a01612807")}0a01612807`),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/protocol-range",
      "protocol_min 2 > protocol_max 1.",
      ["WIRE-48"],
      packet({ ...alive(1), protocolMin: 2, protocolMax: 1 }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/tombstone-with-value",
      "A tombstone entry that carries a value.",
      ["WIRE-49"],
      packet({
        type: "kv-delta",
        nodes: [
          {
            node: "a",
            fromVersion: 0,
            reset: false,
            gcVersion: 0,
            maxVersion: 1,
            entries: [{ key: "k", value: Uint8Array.of(1), version: 1, tombstone: true }],
          },
        ],
      }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/signed-empty-message",
      "A Signed with no inner message.",
      ["WIRE-49"],
      packet({ type: "signed", signer: "a", message: new Uint8Array(0), signature: Uint8Array.of(1) }),
      "INVALID_FIELD",
    ),
    invalidPacket(
      "invalid/decompress-garbage",
      "COMPRESSED, but the data is not raw DEFLATE.",
      ["WIRE-16"],
      `${headerHex(CLUSTER, 0x02)}10ffffffff`,
      "DECOMPRESS_FAILED",
    ),
    invalidPacket(
      "invalid/decompress-length-mismatch",
      "Declared length 100, the DEFLATE data inflates to 6 bytes.",
      ["WIRE-16"],
      `${headerHex(CLUSTER, 0x02)}64${toHex(deflateRawSync(fromHex(nack)))}`,
      "DECOMPRESS_FAILED",
    ),
    invalidPacket(
      "invalid/decompressed-too-large",
      "Declared uncompressed length 2^32-1, above the 16 MiB limit: refused before inflating.",
      ["WIRE-18"],
      `${headerHex(CLUSTER, 0x02)}ffffffff0f00`,
      "DECOMPRESSED_TOO_LARGE",
    ),
    invalidPacket(
      "invalid/compressed-length-truncated",
      "COMPRESSED with an empty body: the length varint is missing.",
      ["WIRE-15"],
      headerHex(CLUSTER, 0x02),
      "TRUNCATED",
    ),
    invalidPacket(
      "invalid/encryption-required",
      "A plaintext envelope sent to a receiver that requires encryption.",
      ["WIRE-12"],
      packet(SAMPLES.nack),
      "ENCRYPTION_REQUIRED",
      { ...enc, acceptPlaintext: false },
    ),
    invalidPacket(
      "invalid/no-cipher",
      "An encrypted envelope sent to a receiver with no keyring.",
      ["WIRE-11"],
      sealed,
      "NO_CIPHER",
    ),
    invalidPacket(
      "invalid/encrypted-truncated",
      "ENCRYPTED, but shorter than key id + nonce + tag.",
      ["WIRE-11"],
      `${headerHex(CLUSTER, 0x01)}00000001${"00".repeat(20)}`,
      "TRUNCATED",
      enc,
    ),
    invalidPacket(
      "invalid/tampered-tag",
      "One bit of the authentication tag flipped.",
      ["WIRE-11"],
      tampered,
      "DECRYPT_FAILED",
      enc,
    ),
    invalidPacket(
      "invalid/unknown-key-id",
      "Sealed under key id 0xdeadbeef, which the receiver does not hold.",
      ["WIRE-11"],
      otherKey,
      "DECRYPT_FAILED",
      enc,
    ),
    invalidPacket(
      "invalid/tampered-header",
      "The header is authenticated: a sealed envelope whose COMPRESSED flag is flipped fails to open.",
      ["WIRE-10", "WIRE-11"],
      flipFlag(sealed, 0x02),
      "DECRYPT_FAILED",
      enc,
    ),
    invalidPacket(
      "invalid/order-malformed-after-invalid-field",
      "Message 1 breaks a field rule, message 2 is malformed protobuf: MALFORMED is reported, because field rules are checked after the whole packet parsed.",
      ["WIRE-93"],
      `${toHex(packet({ ...alive(1), node: "" }))}0a052202`,
      "MALFORMED",
    ),
    invalidPacket(
      "invalid/order-cluster-before-cipher",
      "Another cluster's encrypted envelope at a receiver with no keyring: WRONG_CLUSTER is reported, not NO_CIPHER.",
      ["WIRE-93", "WIRE-8"],
      encodePacket([SAMPLES.ping], { cluster: "test", cipher: vectorCipher(CIPHER_SPEC, NONCE) }),
      "WRONG_CLUSTER",
    ),
    invalidPacket(
      "invalid/order-oversize-first",
      "An envelope above the receiver's limit (here 8 bytes) that also has a bad magic: OVERSIZE is reported first.",
      ["WIRE-93", "WIRE-61"],
      `6874${headerHex(CLUSTER).slice(4)}${nack}`,
      "OVERSIZE",
      { cluster: CLUSTER, limits: { maxEnvelopeSize: 8 } },
    ),
    msg(
      "invalid/unknown-type",
      "A single Message with only an unknown body (field 99).",
      ["WIRE-33"],
      "9a0603010203",
      "UNKNOWN_TYPE",
    ),
    msg(
      "invalid/message-malformed",
      "A single Message whose body length overruns.",
      ["WIRE-35"],
      "2205",
      "MALFORMED",
    ),
    msg(
      "invalid/message-invalid-field",
      "A single Leave with an empty node name.",
      ["WIRE-43"],
      toHex(encodeMessage({ type: "leave", node: "", incarnation: 1 })),
      "INVALID_FIELD",
    ),
  ];
}

function flipFlag(b: Uint8Array, flag: number): Uint8Array {
  const c = b.slice();
  c[3] = (c[3] as number) ^ flag;
  return c;
}

function buildMessages(): CodecVector[] {
  const out: CodecVector[] = [];
  for (const t of ["alive", "leave", "kv-delta"] as const) {
    const bytes = encodeMessage(SAMPLES[t]);
    out.push({
      id: `message/${t}`,
      kind: "message",
      description: `A single ${t} Message outside any envelope, as carried in Signed.message.`,
      requirements: ["WIRE-50"],
      hex: toHex(bytes),
      expect: { ok: true, message: messageToJson(SAMPLES[t]), canonical: true },
    });
  }
  return out;
}

function buildStream(): CodecVector[] {
  const a = encodePacket([SAMPLES.ping], { cluster: CLUSTER });
  const b = encodePacket([SAMPLES.ack], { cluster: CLUSTER });
  const limit = 8 * 1024 * 1024;
  const vs: CodecVector[] = [
    {
      id: "stream/two-frames",
      kind: "stream",
      description: "Two frames back to back: 4-byte big-endian length, then one envelope each.",
      requirements: ["WIRE-70"],
      frameLimit: limit,
      hex: toHex(encodeFrame(a)) + toHex(encodeFrame(b)),
      expect: { ok: true, envelopes: [toHex(a), toHex(b)] },
    },
    {
      id: "stream/oversize-frame",
      kind: "stream",
      description: "A frame length of 8 MiB + 1: rejected from the length alone.",
      requirements: ["WIRE-71"],
      frameLimit: limit,
      hex: "00800001",
      expect: { ok: false, error: "OVERSIZE" },
    },
    {
      id: "stream/zero-length-frame",
      kind: "stream",
      description: "A frame of length 0.",
      requirements: ["WIRE-72"],
      frameLimit: limit,
      hex: "00000000",
      expect: { ok: false, error: "MALFORMED" },
    },
    {
      id: "stream/truncated-frame",
      kind: "stream",
      description: "The stream ends inside a frame (length 9, 3 bytes follow).",
      requirements: ["WIRE-73"],
      frameLimit: limit,
      hex: "00000009677301",
      expect: { ok: false, error: "TRUNCATED" },
    },
  ];
  for (const v of vs) {
    const problem = checkVector(v);
    if (problem) throw new Error(`vector ${v.id}: ${problem}`);
  }
  return vs;
}

export const VECTOR_FILES = ["valid.json", "invalid.json", "messages.json", "stream.json"] as const;

/** Builds every codec vector file (file name -> content). Deterministic. */
export function buildCodecVectors(): Record<(typeof VECTOR_FILES)[number], CodecVectorFile> {
  const file = (description: string, vectors: CodecVector[]): CodecVectorFile => ({
    $schema: "../../../schemas/json/codec-vectors.schema.json",
    format: VECTOR_FORMAT,
    version: 1,
    description: `${description} Generated by \`pnpm --filter @gossip/codec vectors\`; do not edit.`,
    vectors,
  });
  return {
    "valid.json": file(
      "Valid envelopes: at least one per message type, plus compound, compressed, encrypted and extension cases.",
      buildValid(),
    ),
    "invalid.json": file(
      "Invalid inputs: at least one per rejection rule, with the expected error code.",
      buildInvalid(),
    ),
    "messages.json": file(
      "Single protobuf Messages outside an envelope (as inside Signed).",
      buildMessages(),
    ),
    "stream.json": file("Stream framing (TCP and HTTP bodies).", buildStream()),
  };
}

/** Serialises a vector file exactly as checked in. */
export function vectorFileText(f: CodecVectorFile): string {
  return `${JSON.stringify(f, null, 2)}\n`;
}
