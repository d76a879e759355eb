/**
 * Mapping between the plain message types (messages.ts) and the protobuf
 * classes generated from schemas/wire/gossip.proto, with the field checks of
 * spec/02-wire.md. Encoding writes straight into a protobufjs Writer; decoding
 * reads through the generated decoders, then converts and validates.
 */
import "./pb.js";
import { gossip } from "./gen/wire.js";
import { DEFAULT_LIMITS, type Limits, MAX_UINT64 } from "./limits.js";
import type {
  Address,
  CrdtDelta,
  CrdtType,
  KvDelta,
  KvDigest,
  MemberRecord,
  MemberState,
  Message,
  MessageType,
  PushPull,
  Replication,
  ReplicationMode,
  Signed,
} from "./messages.js";
import { type Reader, Writer } from "./pb.js";
import {
  type MemoPushPullBody,
  type RecordMemoContext,
  RecordMiss,
  readPushPullBody,
} from "./record-memo.js";

interface Generated {
  encode(message: object, writer: Writer): Writer;
  decode(reader: Reader, length: number, end?: number, depth?: number, target?: unknown): unknown;
}
type GeneratedName =
  | "Ping"
  | "PingReq"
  | "Ack"
  | "Nack"
  | "Alive"
  | "Suspect"
  | "Dead"
  | "Leave"
  | "MemberRecord"
  | "PushPull"
  | "CrdtDelta"
  | "KvDigest"
  | "KvDelta"
  | "UserEvent"
  | "Signed"
  | "Revocation"
  | "ErrorReply"
  | "Message";
/** The generated classes, typed loosely: the plain types are checked by messages.ts. */
const v1 = gossip.v1 as unknown as Readonly<Record<GeneratedName, Generated>>;

/** Field number of each message type inside the `Message.body` oneof. WIRE-31. */
export const BODY_FIELD: Readonly<Record<MessageType, number>> = Object.freeze({
  ping: 1,
  "ping-req": 2,
  ack: 3,
  nack: 4,
  alive: 5,
  suspect: 6,
  dead: 7,
  leave: 8,
  "push-pull": 9,
  "kv-digest": 10,
  "kv-delta": 11,
  "user-event": 12,
  "crdt-delta": 13,
  signed: 14,
  revocation: 15,
  error: 16,
});

export const MESSAGE_TYPES = Object.freeze(Object.keys(BODY_FIELD) as MessageType[]);

export const MEMBER_STATES: readonly MemberState[] = ["alive", "suspect", "dead", "left"];
export const CRDT_TYPES: readonly CrdtType[] = [
  "unspecified",
  "g-counter",
  "pn-counter",
  "g-set",
  "two-p-set",
  "or-set",
  "lww-element-set",
  "max-change-set",
  "lww-register",
  "or-map",
];
export const REPLICATION_MODES: readonly ReplicationMode[] = ["all", "none", "nodes", "metadata"];

const STATE_NUM: Readonly<Record<string, number>> = Object.fromEntries(MEMBER_STATES.map((s, i) => [s, i]));
const CRDT_NUM: Readonly<Record<string, number>> = Object.fromEntries(CRDT_TYPES.map((s, i) => [s, i]));
const MODE_NUM: Readonly<Record<string, number>> = Object.fromEntries(
  REPLICATION_MODES.map((s, i) => [s, i]),
);

const EMPTY = new Uint8Array(0);

/** Thrown (internally) by validation; mapped to an INVALID_FIELD result. */
export class InvalidField extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

// ---------------------------------------------------------------- encoding

function writeMemberRecord(r: MemberRecord, w: Writer): void {
  v1.MemberRecord.encode(
    {
      node: r.node,
      addr: r.addr,
      meta: r.meta,
      incarnation: r.incarnation,
      state: STATE_NUM[r.state] ?? 0,
      protocolMin: r.protocolMin,
      protocolMax: r.protocolMax,
      certificate: r.certificate,
    },
    w,
  );
}

/** UTF-8 byte order of two strings (= Unicode code point order). */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function writeReplication(r: Replication, w: Writer): void {
  const mode = MODE_NUM[r.mode] ?? 0;
  if (mode !== 0) w.uint32(8).int32(mode);
  for (const n of r.nodes) w.uint32(18).string(n);
  const keys = Object.keys(r.match);
  if (keys.length > 1) keys.sort(compareCodePoints);
  for (const k of keys) {
    w.uint32(26)
      .fork()
      .uint32(10)
      .string(k)
      .uint32(18)
      .string(r.match[k] ?? "")
      .ldelim();
  }
}

function writeCrdt(c: Omit<CrdtDelta, "type">, w: Writer): void {
  if (c.key !== "") w.uint32(10).string(c.key);
  const t = CRDT_NUM[c.crdtType] ?? 0;
  if (t !== 0) w.uint32(16).int32(t);
  if (c.state.length) w.uint32(26).bytes(c.state);
  if (c.full) w.uint32(32).bool(true);
  if (c.replication) {
    w.uint32(42).fork();
    writeReplication(c.replication, w);
    w.ldelim();
  }
  writeU64(w, 48, c.ttlMs);
  if (c.origin !== "") w.uint32(58).string(c.origin);
}

/** A uint64 varint; values below 2^32 take the allocation-free uint32 path (same bytes). */
function writeU64(w: Writer, tag: number, v: number): void {
  if (v === 0) return;
  w.uint32(tag);
  if (v < 0x100000000) w.uint32(v);
  else w.uint64(v);
}

// KvDigest and KvDelta are on the hot path of key/value gossip: written by hand
// in the generated field order (canonical, WIRE-37); the property tests check
// that they decode through the generated classes to the same values.
function writeKvDigest(d: Omit<KvDigest, "type">, w: Writer): void {
  for (const n of d.nodes) {
    w.uint32(10).fork();
    if (n.node !== "") w.uint32(10).string(n.node);
    writeU64(w, 16, n.maxVersion);
    writeU64(w, 24, n.gcVersion);
    w.ldelim();
  }
  if (d.reply) w.uint32(16).bool(true);
}

function writeKvDelta(d: Omit<KvDelta, "type">, w: Writer): void {
  for (const n of d.nodes) {
    w.uint32(10).fork();
    if (n.node !== "") w.uint32(10).string(n.node);
    writeU64(w, 16, n.fromVersion);
    if (n.reset) w.uint32(24).bool(true);
    writeU64(w, 32, n.gcVersion);
    writeU64(w, 40, n.maxVersion);
    for (const e of n.entries) {
      w.uint32(50).fork();
      if (e.key !== "") w.uint32(10).string(e.key);
      if (e.value.length) w.uint32(18).bytes(e.value);
      writeU64(w, 24, e.version);
      if (e.tombstone) w.uint32(32).bool(true);
      w.ldelim();
    }
    w.ldelim();
  }
}

/**
 * A frozen member record that keeps its own encoding, made by
 * {@link cachedMemberRecord}. (A class with a private field: the cache can
 * be filled in while the record's fields stay frozen, and every record has
 * the same shape.)
 */
class CachedMemberRecord implements MemberRecord {
  readonly node: string;
  readonly addr: Address | undefined;
  readonly meta: Uint8Array;
  readonly incarnation: number;
  readonly state: MemberState;
  readonly protocolMin: number;
  readonly protocolMax: number;
  readonly certificate: Uint8Array;
  #encoded: Uint8Array | undefined;

  constructor(r: MemberRecord) {
    this.node = r.node;
    this.addr = r.addr;
    this.meta = r.meta;
    this.incarnation = r.incarnation;
    this.state = r.state;
    this.protocolMin = r.protocolMin;
    this.protocolMax = r.protocolMax;
    this.certificate = r.certificate;
    this.#encoded = undefined;
    Object.freeze(this);
  }

  /** The record's `MemberRecord` bytes, encoded the first time. */
  encoded(): Uint8Array {
    if (this.#encoded === undefined) {
      const w = new Writer();
      writeMemberRecord(this, w);
      this.#encoded = w.finish();
    }
    return this.#encoded;
  }
}

/**
 * A frozen copy of `r` that keeps its own encoding: every push-pull that
 * carries it after the first copies those bytes instead of encoding it again
 * (an engine hands out the same record for a member until the member changes;
 * a push-pull carries every member). Its address and byte fields must not be
 * changed afterwards.
 */
export function cachedMemberRecord(r: MemberRecord): MemberRecord {
  return new CachedMemberRecord(r);
}

function writeRecordEntry(r: MemberRecord, w: Writer): void {
  if (r instanceof CachedMemberRecord) {
    w.uint32(26).bytes(r.encoded());
    return;
  }
  w.uint32(26).fork();
  writeMemberRecord(r, w);
  w.ldelim();
}

function writePushPull(m: PushPull, w: Writer): void {
  if (m.join) w.uint32(8).bool(true);
  if (m.reply) w.uint32(16).bool(true);
  for (const r of m.members) writeRecordEntry(r, w);
  if (m.kvDigest) {
    w.uint32(34).fork();
    writeKvDigest(m.kvDigest, w);
    w.ldelim();
  }
  if (m.kvDelta) {
    w.uint32(42).fork();
    writeKvDelta(m.kvDelta, w);
    w.ldelim();
  }
  for (const c of m.crdt) {
    w.uint32(50).fork();
    writeCrdt(c, w);
    w.ldelim();
  }
  for (const s of m.signedMembers) v1.Signed.encode(s, w.uint32(58).fork()).ldelim();
}

/**
 * Writes the fields of one protobuf `Message` (its body field: tag, length,
 * body) at the writer's position. The caller frames it (Packet entry or not).
 */
export function writeMessageFields(m: Message, w: Writer): void {
  switch (m.type) {
    case "ping":
      v1.Ping.encode(m, w.uint32(10).fork()).ldelim();
      return;
    case "ping-req":
      v1.PingReq.encode(m, w.uint32(18).fork()).ldelim();
      return;
    case "ack":
      v1.Ack.encode(m, w.uint32(26).fork()).ldelim();
      return;
    case "nack":
      v1.Nack.encode(m, w.uint32(34).fork()).ldelim();
      return;
    case "alive":
      v1.Alive.encode(m, w.uint32(42).fork()).ldelim();
      return;
    case "suspect":
      v1.Suspect.encode(m, w.uint32(50).fork()).ldelim();
      return;
    case "dead":
      v1.Dead.encode(m, w.uint32(58).fork()).ldelim();
      return;
    case "leave":
      v1.Leave.encode(m, w.uint32(66).fork()).ldelim();
      return;
    case "push-pull":
      w.uint32(74).fork();
      writePushPull(m, w);
      w.ldelim();
      return;
    case "kv-digest":
      w.uint32(82).fork();
      writeKvDigest(m, w);
      w.ldelim();
      return;
    case "kv-delta":
      w.uint32(90).fork();
      writeKvDelta(m, w);
      w.ldelim();
      return;
    case "user-event":
      v1.UserEvent.encode(m, w.uint32(98).fork()).ldelim();
      return;
    case "crdt-delta":
      w.uint32(106).fork();
      writeCrdt(m, w);
      w.ldelim();
      return;
    case "signed":
      v1.Signed.encode(m, w.uint32(114).fork()).ldelim();
      return;
    case "revocation":
      v1.Revocation.encode(m, w.uint32(122).fork()).ldelim();
      return;
    case "error":
      v1.ErrorReply.encode(m, w.uint32(130).fork()).ldelim();
      return;
    default: {
      const never: never = m;
      throw new TypeError(`unknown message type ${String((never as { type?: unknown }).type)}`);
    }
  }
}

// ---------------------------------------------------------------- decoding

type Long = { low: number; high: number };

function u64(v: number | Long | null | undefined, field: string): number {
  if (v == null) return 0;
  if (typeof v === "number") {
    if (v > MAX_UINT64) throw new InvalidField(field, "exceeds 2^53-1");
    return v;
  }
  const hi = v.high >>> 0;
  if (hi >= 0x200000) throw new InvalidField(field, "exceeds 2^53-1");
  return hi * 0x100000000 + (v.low >>> 0);
}

function bytes(v: Uint8Array | null | undefined): Uint8Array {
  return v?.length ? v : EMPTY;
}

// Shapes of decoded generated objects (defaults come from their prototypes).
interface PbAddress {
  ip: Uint8Array;
  port: number;
}
interface PbMemberRecord {
  node: string;
  addr: PbAddress | null | undefined;
  meta: Uint8Array;
  incarnation: number;
  state: number;
  protocolMin: number;
  protocolMax: number;
  certificate: Uint8Array;
}
interface PbKvDigest {
  nodes: { node: string; maxVersion: number; gcVersion: number }[];
  reply: boolean;
}
interface PbKvEntry {
  key: string;
  value: Uint8Array;
  version: number;
  tombstone: boolean;
}
interface PbKvDelta {
  nodes: {
    node: string;
    fromVersion: number;
    reset: boolean;
    gcVersion: number;
    maxVersion: number;
    entries: PbKvEntry[];
  }[];
}
interface PbCrdt {
  key: string;
  type: number;
  state: Uint8Array;
  full: boolean;
  replication: { mode: number; nodes: string[]; match: Record<string, string> } | null | undefined;
  ttlMs: number;
  origin: string;
}
interface PbSigned {
  signer: string;
  message: Uint8Array;
  signature: Uint8Array;
}
// biome-ignore format: one line per body
interface PbMessage {
  ping: { seq: number; target: string; source: string; sourceAddr: PbAddress | null | undefined };
  pingReq: { seq: number; target: string; targetAddr: PbAddress | null | undefined; source: string; sourceAddr: PbAddress | null | undefined; wantNack: boolean };
  ack: { seq: number; payload: Uint8Array };
  nack: { seq: number };
  alive: { node: string; incarnation: number; addr: PbAddress | null | undefined; meta: Uint8Array; protocolMin: number; protocolMax: number; certificate: Uint8Array };
  suspect: { node: string; incarnation: number; from: string };
  dead: { node: string; incarnation: number; from: string };
  leave: { node: string; incarnation: number };
  pushPull: { join: boolean; reply: boolean; members: PbMemberRecord[]; kvDigest: PbKvDigest | null | undefined; kvDelta: PbKvDelta | null | undefined; crdt: PbCrdt[]; signedMembers: PbSigned[] };
  kvDigest: PbKvDigest;
  kvDelta: PbKvDelta;
  userEvent: { id: Uint8Array; origin: string; name: string; payload: Uint8Array; ltime: number; ttl: number };
  crdtDelta: PbCrdt;
  signed: PbSigned;
  revocation: { caPublicKey: Uint8Array; issuedAtMs: number; revoked: Uint8Array[]; signature: Uint8Array };
  error: { code: number; message: string };
}

function addr(a: PbAddress | null | undefined): Address | undefined {
  if (a == null) return undefined;
  return { ip: bytes(a.ip), port: a.port };
}

function enumValue<T>(table: readonly T[], v: number, field: string): T {
  const s = table[v];
  if (s === undefined) throw new InvalidField(field, `unknown enum value ${v}`);
  return s;
}

function memberRecord(r: PbMemberRecord): MemberRecord {
  return {
    node: r.node,
    addr: addr(r.addr),
    meta: bytes(r.meta),
    incarnation: r.incarnation,
    state: enumValue(MEMBER_STATES, r.state, "members.state"),
    protocolMin: r.protocolMin,
    protocolMax: r.protocolMax,
    certificate: bytes(r.certificate),
  };
}

/** A decoded record: protobuf-decoded (convert it), a memo miss (convert and keep it), or memoized (as it is). */
function memberRecordOf(r: PbMemberRecord | RecordMiss | MemberRecord): MemberRecord {
  if (r instanceof RecordMiss) {
    r.record = memberRecord(r.raw as PbMemberRecord);
    return r.record;
  }
  return r instanceof gossip.v1.MemberRecord ? memberRecord(r as PbMemberRecord) : (r as MemberRecord);
}

function kvDigest(d: PbKvDigest): Omit<KvDigest, "type"> {
  const nodes = d.nodes.map((n) => ({
    node: n.node,
    maxVersion: u64(n.maxVersion, "nodes.maxVersion"),
    gcVersion: u64(n.gcVersion, "nodes.gcVersion"),
  }));
  return { nodes, reply: d.reply };
}

function kvDelta(d: PbKvDelta): Omit<KvDelta, "type"> {
  const nodes = d.nodes.map((n) => ({
    node: n.node,
    fromVersion: u64(n.fromVersion, "nodes.fromVersion"),
    reset: n.reset,
    gcVersion: u64(n.gcVersion, "nodes.gcVersion"),
    maxVersion: u64(n.maxVersion, "nodes.maxVersion"),
    entries: n.entries.map((e) => ({
      key: e.key,
      value: bytes(e.value),
      version: u64(e.version, "entries.version"),
      tombstone: e.tombstone,
    })),
  }));
  return { nodes };
}

function crdt(c: PbCrdt): Omit<CrdtDelta, "type"> {
  const r = c.replication;
  let replication: Replication | undefined;
  if (r != null) {
    const keys = Object.keys(r.match);
    if (keys.length > 1) keys.sort(compareCodePoints);
    replication = {
      mode: enumValue(REPLICATION_MODES, r.mode, "replication.mode"),
      nodes: r.nodes,
      match: Object.fromEntries(keys.map((k) => [k, r.match[k] ?? ""])),
    };
  }
  return {
    key: c.key,
    crdtType: enumValue(CRDT_TYPES, c.type, "crdt.type"),
    state: bytes(c.state),
    full: c.full,
    replication,
    ttlMs: u64(c.ttlMs, "crdt.ttlMs"),
    origin: c.origin,
  };
}

function signedBody(s: PbSigned): Omit<Signed, "type"> {
  return { signer: s.signer, message: bytes(s.message), signature: bytes(s.signature) };
}

/** Converts a decoded body (by field number) to its plain form; `undefined` for an unknown field. */
function fromBody(field: number, b: unknown): Message | undefined {
  switch (field) {
    case 1: {
      // ping
      const p = b as PbMessage["ping"];
      return { type: "ping", seq: p.seq, target: p.target, source: p.source, sourceAddr: addr(p.sourceAddr) };
    }
    case 2: {
      // pingReq
      const p = b as PbMessage["pingReq"];
      return {
        type: "ping-req",
        seq: p.seq,
        target: p.target,
        targetAddr: addr(p.targetAddr),
        source: p.source,
        sourceAddr: addr(p.sourceAddr),
        wantNack: p.wantNack,
      };
    }
    case 3: // ack
      return {
        type: "ack",
        seq: (b as PbMessage["ack"]).seq,
        payload: bytes((b as PbMessage["ack"]).payload),
      };
    case 4: // nack
      return { type: "nack", seq: (b as PbMessage["nack"]).seq };
    case 5: {
      // alive
      const p = b as PbMessage["alive"];
      return {
        type: "alive",
        node: p.node,
        incarnation: p.incarnation,
        addr: addr(p.addr),
        meta: bytes(p.meta),
        protocolMin: p.protocolMin,
        protocolMax: p.protocolMax,
        certificate: bytes(p.certificate),
      };
    }
    case 6: {
      // suspect
      const p = b as PbMessage["suspect"];
      return { type: "suspect", node: p.node, incarnation: p.incarnation, from: p.from };
    }
    case 7: {
      // dead
      const p = b as PbMessage["dead"];
      return { type: "dead", node: p.node, incarnation: p.incarnation, from: p.from };
    }
    case 8: // leave
      return {
        type: "leave",
        node: (b as PbMessage["leave"]).node,
        incarnation: (b as PbMessage["leave"]).incarnation,
      };
    case 9: {
      // pushPull
      const p = b as PbMessage["pushPull"];
      return {
        type: "push-pull",
        join: p.join,
        reply: p.reply,
        members: p.members.map(memberRecordOf),
        kvDigest: p.kvDigest != null ? kvDigest(p.kvDigest) : undefined,
        kvDelta: p.kvDelta != null ? kvDelta(p.kvDelta) : undefined,
        crdt: p.crdt.map(crdt),
        signedMembers: p.signedMembers.map(signedBody),
      };
    }
    case 10: // kvDigest
      return { type: "kv-digest", ...kvDigest(b as PbMessage["kvDigest"]) };
    case 11: // kvDelta
      return { type: "kv-delta", ...kvDelta(b as PbMessage["kvDelta"]) };
    case 12: {
      // userEvent
      const p = b as PbMessage["userEvent"];
      return {
        type: "user-event",
        id: bytes(p.id),
        origin: p.origin,
        name: p.name,
        payload: bytes(p.payload),
        ltime: u64(p.ltime, "userEvent.ltime"),
        ttl: p.ttl,
      };
    }
    case 13: // crdtDelta
      return { type: "crdt-delta", ...crdt(b as PbMessage["crdtDelta"]) };
    case 14: // signed
      return { type: "signed", ...signedBody(b as PbMessage["signed"]) };
    case 15: {
      // revocation
      const p = b as PbMessage["revocation"];
      return {
        type: "revocation",
        caPublicKey: bytes(p.caPublicKey),
        issuedAtMs: u64(p.issuedAtMs, "revocation.issuedAtMs"),
        revoked: p.revoked.map(bytes),
        signature: bytes(p.signature),
      };
    }
    case 16: // error
      return {
        type: "error",
        code: (b as PbMessage["error"]).code,
        message: (b as PbMessage["error"]).message,
      };
    default:
      return undefined;
  }
}

/** Body field number of `pushPull` (its member records can be memoized). */
const PUSH_PULL_FIELD = 9;

/** Body field number -> [oneof member name, generated class]. WIRE-31. */
const BODIES: readonly ([string, Generated] | undefined)[] = [
  undefined,
  ["ping", v1.Ping],
  ["pingReq", v1.PingReq],
  ["ack", v1.Ack],
  ["nack", v1.Nack],
  ["alive", v1.Alive],
  ["suspect", v1.Suspect],
  ["dead", v1.Dead],
  ["leave", v1.Leave],
  ["pushPull", v1.PushPull],
  ["kvDigest", v1.KvDigest],
  ["kvDelta", v1.KvDelta],
  ["userEvent", v1.UserEvent],
  ["crdtDelta", v1.CrdtDelta],
  ["signed", v1.Signed],
  ["revocation", v1.Revocation],
  ["error", v1.ErrorReply],
];

/**
 * Protobuf-decodes one `Message` of `length` bytes at the reader's position
 * (throws on malformed protobuf). The oneof is resolved here rather than by
 * the generated `Message` class, whose oneof bookkeeping dominates decode time;
 * the bodies are decoded by the generated classes. Protobuf merge rules apply
 * (WIRE-38): the last body wins, a repeated body merges into the previous one.
 * Convert the result with {@link fromRaw}.
 */
export function readRawMessage(r: Reader, length: number, records?: RecordMemoContext): unknown {
  const end = r.pos + length;
  const outerLen = r.len;
  if (end > outerLen) throw new RangeError("index out of range");
  r.len = end;
  let field = 0;
  let body: unknown;
  while (r.pos < end) {
    const tag = r.tag();
    const f = tag >>> 3;
    const entry = (tag & 7) === 2 ? BODIES[f] : undefined;
    if (entry !== undefined) {
      const target = f === field ? body : undefined;
      body =
        f === PUSH_PULL_FIELD && records !== undefined
          ? readPushPullBody(r, r.uint32(), target as MemoPushPullBody | undefined, records)
          : entry[1].decode(r, r.uint32(), undefined, 1, target);
      field = f;
    } else {
      r.skipType(tag & 7, 1, f);
    }
  }
  r.len = outerLen;
  return field === 0 ? undefined : new RawMessage(field, body);
}

/** A protobuf-decoded Message: its body field number and the generated body object. */
class RawMessage {
  constructor(
    readonly field: number,
    readonly body: unknown,
  ) {}
}

/** Converts the result of {@link readRawMessage}; throws {@link InvalidField}. */
export function fromRaw(raw: unknown): Message | undefined {
  return raw instanceof RawMessage ? fromBody(raw.field, raw.body) : undefined;
}

/** Decodes one protobuf `Message` of `length` bytes at the reader's position. Throws on malformed protobuf. */
export function readMessage(r: Reader, length: number): Message | undefined {
  return fromRaw(readRawMessage(r, length));
}

// ---------------------------------------------------------------- validation

function utf8Length(s: string): number {
  // Fast path: every UTF-16 unit is at most 3 UTF-8 bytes and at least 1.
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function checkName(s: string, field: string, limits: Limits, required: boolean): void {
  if (s.length === 0) {
    if (required) throw new InvalidField(field, "must not be empty");
    return;
  }
  if (s.length * 3 > limits.maxNameBytes && utf8Length(s) > limits.maxNameBytes) {
    throw new InvalidField(field, `longer than ${limits.maxNameBytes} UTF-8 bytes`);
  }
}

function checkKey(s: string, field: string, limits: Limits): void {
  if (s.length === 0) throw new InvalidField(field, "must not be empty");
  if (s.length * 3 > limits.maxKeyBytes && utf8Length(s) > limits.maxKeyBytes) {
    throw new InvalidField(field, `longer than ${limits.maxKeyBytes} UTF-8 bytes`);
  }
}

function checkMeta(b: Uint8Array, field: string, limits: Limits): void {
  if (b.length > limits.maxMetaBytes)
    throw new InvalidField(field, `longer than ${limits.maxMetaBytes} bytes`);
}

function checkAddr(a: Address | undefined, field: string): void {
  if (a === undefined) return;
  if (a.ip.length !== 4 && a.ip.length !== 16) throw new InvalidField(`${field}.ip`, "must be 4 or 16 bytes");
  if (!(a.port >= 1 && a.port <= 65535)) throw new InvalidField(`${field}.port`, "must be 1..65535");
}

function checkU64(v: number, field: string): void {
  if (!(Number.isInteger(v) && v >= 0 && v <= MAX_UINT64))
    throw new InvalidField(field, "must be an integer in 0..2^53-1");
}

function checkProtocols(min: number, max: number, field: string): void {
  // A 0 reads as version 1 (WIRE-48).
  if ((min || 1) > (max || 1)) throw new InvalidField(`${field}.protocolMin`, "greater than protocolMax");
}

function checkReplication(r: Replication | undefined, field: string, limits: Limits): void {
  if (r === undefined) return;
  for (const n of r.nodes) checkName(n, `${field}.nodes`, limits, true);
  for (const k of Object.keys(r.match)) checkKey(k, `${field}.match`, limits);
}

function checkCrdt(c: Omit<CrdtDelta, "type">, field: string, limits: Limits): void {
  checkKey(c.key, `${field}.key`, limits);
  checkReplication(c.replication, `${field}.replication`, limits);
  checkU64(c.ttlMs, `${field}.ttlMs`);
  checkName(c.origin, `${field}.origin`, limits, false);
}

function checkKvDigest(d: NonNullable<PushPull["kvDigest"]>, field: string, limits: Limits): void {
  for (const n of d.nodes) {
    checkName(n.node, `${field}.nodes.node`, limits, true);
    checkU64(n.maxVersion, `${field}.nodes.maxVersion`);
    checkU64(n.gcVersion, `${field}.nodes.gcVersion`);
  }
}

function checkKvDelta(d: NonNullable<PushPull["kvDelta"]>, field: string, limits: Limits): void {
  for (const n of d.nodes) {
    checkName(n.node, `${field}.nodes.node`, limits, true);
    checkU64(n.fromVersion, `${field}.nodes.fromVersion`);
    checkU64(n.gcVersion, `${field}.nodes.gcVersion`);
    checkU64(n.maxVersion, `${field}.nodes.maxVersion`);
    for (const e of n.entries) {
      checkKey(e.key, `${field}.nodes.entries.key`, limits);
      checkU64(e.version, `${field}.nodes.entries.version`);
      if (e.tombstone && e.value.length !== 0)
        throw new InvalidField(`${field}.nodes.entries.value`, "a tombstone has no value");
    }
  }
}

function checkSigned(s: Omit<Signed, "type">, field: string, limits: Limits): void {
  checkName(s.signer, `${field}.signer`, limits, true);
  if (s.message.length === 0) throw new InvalidField(`${field}.message`, "must not be empty");
}

/**
 * Checks the field rules of spec/02-wire.md (WIRE-40..WIRE-49) on a plain
 * message. Throws {@link InvalidField}.
 */
export function checkMessage(m: Message, limits: Limits = DEFAULT_LIMITS): void {
  switch (m.type) {
    case "ping":
      checkName(m.target, "ping.target", limits, false);
      checkName(m.source, "ping.source", limits, false);
      checkAddr(m.sourceAddr, "ping.sourceAddr");
      return;
    case "ping-req":
      checkName(m.target, "pingReq.target", limits, true);
      checkAddr(m.targetAddr, "pingReq.targetAddr");
      checkName(m.source, "pingReq.source", limits, false);
      checkAddr(m.sourceAddr, "pingReq.sourceAddr");
      return;
    case "ack":
    case "nack":
    case "error":
      return;
    case "alive":
      checkName(m.node, "alive.node", limits, true);
      checkAddr(m.addr, "alive.addr");
      checkMeta(m.meta, "alive.meta", limits);
      checkProtocols(m.protocolMin, m.protocolMax, "alive");
      return;
    case "suspect":
    case "dead":
      checkName(m.node, `${m.type}.node`, limits, true);
      checkName(m.from, `${m.type}.from`, limits, false);
      return;
    case "leave":
      checkName(m.node, "leave.node", limits, true);
      return;
    case "push-pull":
      for (const r of m.members) {
        checkName(r.node, "pushPull.members.node", limits, true);
        checkAddr(r.addr, "pushPull.members.addr");
        checkMeta(r.meta, "pushPull.members.meta", limits);
        checkProtocols(r.protocolMin, r.protocolMax, "pushPull.members");
      }
      if (m.kvDigest) checkKvDigest(m.kvDigest, "pushPull.kvDigest", limits);
      if (m.kvDelta) checkKvDelta(m.kvDelta, "pushPull.kvDelta", limits);
      for (const c of m.crdt) checkCrdt(c, "pushPull.crdt", limits);
      for (const s of m.signedMembers) checkSigned(s, "pushPull.signedMembers", limits);
      return;
    case "kv-digest":
      checkKvDigest(m, "kvDigest", limits);
      return;
    case "kv-delta":
      checkKvDelta(m, "kvDelta", limits);
      return;
    case "user-event":
      if (m.id.length !== 16) throw new InvalidField("userEvent.id", "must be 16 bytes");
      checkName(m.origin, "userEvent.origin", limits, true);
      checkKey(m.name, "userEvent.name", limits);
      checkU64(m.ltime, "userEvent.ltime");
      return;
    case "crdt-delta":
      checkCrdt(m, "crdtDelta", limits);
      return;
    case "signed":
      checkSigned(m, "signed", limits);
      return;
    case "revocation":
      checkU64(m.issuedAtMs, "revocation.issuedAtMs");
      return;
  }
}
