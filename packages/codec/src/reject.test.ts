import { describe, expect, it } from "vitest";
import {
  type CodecErrorCode,
  type DecodeOptions,
  decodeMessage,
  decodePacket,
  encodePacket,
  type Message,
} from "./index.js";
import { SAMPLES } from "./samples.js";

const opts = { cluster: "prod" };
const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));
const HEADER = "677301000470726f64"; // "gs", v1, flags 0, L=4, "prod"

function rejects(bytes: Uint8Array, code: CodecErrorCode, o: DecodeOptions = opts) {
  const r = decodePacket(bytes, o);
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.error.code).toBe(code);
}

function withMessage(m: Message) {
  return encodePacket([m], opts);
}

describe("envelope rejections", () => {
  it("WIRE-9: TRUNCATED below the fixed header", () => rejects(hex("677301"), "TRUNCATED"));
  it("WIRE-2: BAD_MAGIC", () => rejects(hex("6874010000"), "BAD_MAGIC"));
  it("WIRE-3: UNSUPPORTED_VERSION for a newer version, with the version", () => {
    const r = decodePacket(hex("6773020000 0a020802"), { cluster: "" });
    expect(!r.ok && r.error.code).toBe("UNSUPPORTED_VERSION");
    expect(!r.ok && r.error.version).toBe(2);
  });
  it("WIRE-5: RESERVED_FLAGS", () => rejects(hex(`677301040470726f64 0a022202`), "RESERVED_FLAGS"));
  it("WIRE-9: TRUNCATED cluster name", () => rejects(hex("677301000870726f64"), "TRUNCATED"));
  it("WIRE-8: WRONG_CLUSTER", () =>
    rejects(encodePacket([SAMPLES.nack], { cluster: "test" }), "WRONG_CLUSTER"));
  it("WIRE-61: OVERSIZE", () =>
    rejects(withMessage({ ...SAMPLES.ack, payload: new Uint8Array(2000) } as Message), "OVERSIZE", {
      ...opts,
      limits: { maxEnvelopeSize: 1500 },
    }));
  it("WIRE-11: NO_CIPHER", () => rejects(hex(`677301010470726f64 00000001 ${"00".repeat(28)}`), "NO_CIPHER"));
  it("WIRE-12: ENCRYPTION_REQUIRED", () =>
    rejects(withMessage(SAMPLES.nack), "ENCRYPTION_REQUIRED", { ...opts, acceptPlaintext: false }));
  it("WIRE-34: EMPTY_PACKET", () => rejects(hex(HEADER), "EMPTY_PACKET"));
  it("WIRE-35: MALFORMED protobuf", () => rejects(hex(`${HEADER} 0a05 2202`), "MALFORMED"));
  it("WIRE-32: TOO_MANY_MESSAGES", () =>
    rejects(encodePacket([SAMPLES.nack, SAMPLES.nack, SAMPLES.nack], opts), "TOO_MANY_MESSAGES", {
      ...opts,
      limits: { maxMessages: 2 },
    }));
  it("WIRE-18: DECOMPRESSED_TOO_LARGE", () =>
    rejects(hex(`677301020470726f64 ffffffff0f 00`), "DECOMPRESSED_TOO_LARGE"));
  it("WIRE-18: DECOMPRESS_FAILED", () => rejects(hex(`677301020470726f64 10 ffffffff`), "DECOMPRESS_FAILED"));
});

describe("check order (WIRE-93)", () => {
  it("WIRE-93: field rules are checked after the whole packet parsed", () => {
    const invalid = Buffer.from(encodePacket([{ ...SAMPLES.suspect, node: "" } as Message], opts)).toString(
      "hex",
    );
    rejects(hex(`${invalid}0a052202`), "MALFORMED");
  });
  it("WIRE-93: the cluster is checked before the flags' meaning", () => {
    rejects(hex("677301010474657374"), "WRONG_CLUSTER");
  });
  it("WIRE-93: OVERSIZE comes before anything else", () => {
    rejects(new Uint8Array(100), "OVERSIZE", { ...opts, limits: { maxEnvelopeSize: 99 } });
  });
  it("WIRE-7: a receiver whose own cluster name is too long gets INVALID_FIELD, not a throw", () => {
    const r = decodePacket(hex(HEADER), { cluster: "x".repeat(256) });
    expect(!r.ok && r.error.code).toBe("INVALID_FIELD");
  });
  it("WIRE-7: encodePacket refuses a cluster name over 255 bytes", () => {
    expect(() => encodePacket([SAMPLES.nack], { cluster: "é".repeat(128) })).toThrow(/255/);
  });
  it("WIRE-48: a protocol version of 0 reads as 1", () => {
    const r = decodePacket(
      encodePacket([{ ...SAMPLES.alive, protocolMin: 1, protocolMax: 0 } as Message], opts),
      opts,
    );
    expect(r.ok).toBe(true);
  });
});

describe("field rejections (INVALID_FIELD)", () => {
  const cases: [string, Message][] = [
    ["WIRE-43: empty node name", { ...SAMPLES.suspect, node: "" } as Message],
    ["WIRE-43: node name over 128 bytes", { ...SAMPLES.suspect, node: "é".repeat(65) } as Message],
    [
      "WIRE-44: meta over 512 bytes",
      { ...SAMPLES.alive, type: "alive", meta: new Uint8Array(513) } as Message,
    ],
    [
      "WIRE-42: ip of 5 bytes",
      { ...SAMPLES.ping, type: "ping", sourceAddr: { ip: new Uint8Array(5), port: 1 } } as Message,
    ],
    [
      "WIRE-42: port 0",
      { ...SAMPLES.ping, type: "ping", sourceAddr: { ip: new Uint8Array(4), port: 0 } } as Message,
    ],
    [
      "WIRE-41: uint64 above 2^53-1",
      { ...SAMPLES["user-event"], type: "user-event", ltime: 2 ** 53 } as Message,
    ],
    [
      "WIRE-46: user event id not 16 bytes",
      { ...SAMPLES["user-event"], type: "user-event", id: new Uint8Array(8) } as Message,
    ],
  ];
  for (const [name, m] of cases) {
    it(name, () => {
      const r = decodePacket(withMessage(m), opts);
      expect(!r.ok && r.error.code).toBe("INVALID_FIELD");
    });
  }
});

describe("unknown bodies", () => {
  it("WIRE-33: decodePacket skips and counts a message with an unknown body", () => {
    // Message { field 99 (len) = "" } then a nack.
    const r = decodePacket(hex(`${HEADER} 0a03 9a0600 0a04 22020802`), opts);
    expect(r.ok && r.value.unknown).toBe(1);
    expect(r.ok && r.value.messages).toEqual([SAMPLES.nack]);
  });
  it("WIRE-33: decodeMessage reports UNKNOWN_TYPE", () => {
    const r = decodeMessage(hex("9a0600"));
    expect(!r.ok && r.error.code).toBe("UNKNOWN_TYPE");
  });
  it("WIRE-36: unknown fields inside a known body are ignored", () => {
    // nack { seq: 2, field 15 varint 1 }
    const r = decodeMessage(hex("2204 0802 7801"));
    expect(r.ok && r.value).toEqual(SAMPLES.nack);
  });
});
