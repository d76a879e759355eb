/**
 * The protocol's messages as plain, typed values. These are what the codec
 * decodes into and encodes from; the protobuf classes generated from
 * `schemas/wire/gossip.proto` stay an implementation detail of the codec.
 *
 * Every `uint64` on the wire is a `number` here: the spec caps such values at
 * 2^53 - 1 (WIRE-41) so they are exact in every language.
 *
 * Field rules checked by every receiver (spec/02-wire.md section 2.7; the
 * codec's `validateMessage` checks them on the sending side): node names
 * 1..128 UTF-8 bytes (WIRE-43; optional names such as `Ping.source` may be
 * empty), metadata at most 512 bytes (WIRE-44), keys and user event names
 * 1..256 UTF-8 bytes (WIRE-45), `UserEvent.id` 16 bytes (WIRE-46),
 * `protocolMin <= protocolMax` (WIRE-48), tombstones carry no value and
 * `Signed.message` is not empty (WIRE-49).
 */

/** Where a node can be reached: 4 (IPv4) or 16 (IPv6) address bytes and a port 1..65535 (WIRE-42). */
export interface Address {
  readonly ip: Uint8Array;
  readonly port: number;
}

export type MemberState = "alive" | "suspect" | "dead" | "left";

export interface Ping {
  readonly type: "ping";
  readonly seq: number;
  readonly target: string;
  readonly source: string;
  readonly sourceAddr: Address | undefined;
}

export interface PingReq {
  readonly type: "ping-req";
  readonly seq: number;
  readonly target: string;
  readonly targetAddr: Address | undefined;
  readonly source: string;
  readonly sourceAddr: Address | undefined;
  readonly wantNack: boolean;
}

export interface Ack {
  readonly type: "ack";
  readonly seq: number;
  readonly payload: Uint8Array;
}

export interface Nack {
  readonly type: "nack";
  readonly seq: number;
}

export interface Alive {
  readonly type: "alive";
  readonly node: string;
  readonly incarnation: number;
  readonly addr: Address | undefined;
  readonly meta: Uint8Array;
  readonly protocolMin: number;
  readonly protocolMax: number;
  readonly certificate: Uint8Array;
}

export interface Suspect {
  readonly type: "suspect";
  readonly node: string;
  readonly incarnation: number;
  readonly from: string;
}

export interface Dead {
  readonly type: "dead";
  readonly node: string;
  readonly incarnation: number;
  readonly from: string;
}

export interface Leave {
  readonly type: "leave";
  readonly node: string;
  readonly incarnation: number;
}

export interface MemberRecord {
  readonly node: string;
  readonly addr: Address | undefined;
  readonly meta: Uint8Array;
  readonly incarnation: number;
  readonly state: MemberState;
  readonly protocolMin: number;
  readonly protocolMax: number;
  readonly certificate: Uint8Array;
}

export interface NodeDigest {
  readonly node: string;
  readonly maxVersion: number;
  readonly gcVersion: number;
}

export interface KvDigest {
  readonly type: "kv-digest";
  readonly nodes: readonly NodeDigest[];
  readonly reply: boolean;
}

export interface KvEntry {
  readonly key: string;
  readonly value: Uint8Array;
  readonly version: number;
  readonly tombstone: boolean;
}

export interface NodeDelta {
  readonly node: string;
  readonly fromVersion: number;
  readonly reset: boolean;
  readonly gcVersion: number;
  readonly maxVersion: number;
  readonly entries: readonly KvEntry[];
}

export interface KvDelta {
  readonly type: "kv-delta";
  readonly nodes: readonly NodeDelta[];
}

export interface UserEvent {
  readonly type: "user-event";
  /** 16 bytes; (origin, id) identifies the event. */
  readonly id: Uint8Array;
  readonly origin: string;
  readonly name: string;
  readonly payload: Uint8Array;
  readonly ltime: number;
  readonly ttl: number;
}

export type CrdtType =
  | "unspecified"
  | "g-counter"
  | "pn-counter"
  | "g-set"
  | "two-p-set"
  | "or-set"
  | "lww-element-set"
  | "max-change-set"
  | "lww-register"
  | "or-map";

export type ReplicationMode = "all" | "none" | "nodes" | "metadata";

export interface Replication {
  readonly mode: ReplicationMode;
  readonly nodes: readonly string[];
  /** Metadata pairs a node must all match; sorted by key in canonical form. */
  readonly match: Readonly<Record<string, string>>;
}

export interface CrdtDelta {
  readonly type: "crdt-delta";
  readonly key: string;
  readonly crdtType: CrdtType;
  readonly state: Uint8Array;
  readonly full: boolean;
  readonly replication: Replication | undefined;
  readonly ttlMs: number;
  readonly origin: string;
}

export interface PushPull {
  readonly type: "push-pull";
  readonly join: boolean;
  readonly reply: boolean;
  readonly members: readonly MemberRecord[];
  readonly kvDigest: Omit<KvDigest, "type"> | undefined;
  readonly kvDelta: Omit<KvDelta, "type"> | undefined;
  readonly crdt: readonly Omit<CrdtDelta, "type">[];
  readonly signedMembers: readonly Omit<Signed, "type">[];
}

export interface Signed {
  readonly type: "signed";
  readonly signer: string;
  /** The encoded inner Message (never itself Signed). */
  readonly message: Uint8Array;
  readonly signature: Uint8Array;
}

export interface Revocation {
  readonly type: "revocation";
  readonly caPublicKey: Uint8Array;
  readonly issuedAtMs: number;
  readonly revoked: readonly Uint8Array[];
  readonly signature: Uint8Array;
}

export interface ErrorReply {
  readonly type: "error";
  readonly code: number;
  readonly message: string;
}

/** Every message of protocol version 1. */
export type Message =
  | Ping
  | PingReq
  | Ack
  | Nack
  | Alive
  | Suspect
  | Dead
  | Leave
  | PushPull
  | KvDigest
  | KvDelta
  | UserEvent
  | CrdtDelta
  | Signed
  | Revocation
  | ErrorReply;

export type MessageType = Message["type"];

/** Messages that describe a member's state and are disseminated by gossip. */
export type MembershipUpdate = Alive | Suspect | Dead | Leave;
