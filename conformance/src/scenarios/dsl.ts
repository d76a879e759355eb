/**
 * Scenario language for the recorder: trace steps, plus `record-*` steps
 * whose expected value is captured from the reference and annotated with
 * `vary` (path → pattern) where implementations may legitimately differ.
 */
import { ipToBytes } from "../addr.js";
import type { Peers, TraceSetup, TraceStep, Transport } from "../trace.js";

export type RecordStep =
  | TraceStep
  | {
      readonly op: "record-expect";
      readonly transport: Transport;
      readonly to?: Peers;
      readonly stream?: unknown;
      readonly within: number;
      /** Which message to record: a pattern it must match. */
      readonly select: unknown;
      readonly vary?: Readonly<Record<string, unknown>>;
      readonly note?: string;
    }
  | {
      readonly op: "record-event";
      /** The event must come no earlier than lo and no later than hi ms from now. */
      readonly window: readonly [number, number];
      readonly select: unknown;
      readonly vary?: Readonly<Record<string, unknown>>;
      readonly note?: string;
    }
  | {
      readonly op: "record-query";
      readonly what: "members" | "keys";
      readonly vary?: Readonly<Record<string, unknown>>;
      readonly note?: string;
    };

export interface Scenario {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly requirements: readonly string[];
  readonly level?: "MUST" | "SHOULD" | "MAY";
  readonly spec?: string;
  readonly features?: readonly string[];
  /** Also runnable in live mode (real sockets, real time): short, with generous windows. */
  readonly live?: boolean;
  /**
   * Live mode only (HARNESS.md §4.1: `setup.transport`, raw transport steps).
   * The recorder writes the steps as they are, since nothing in them varies.
   */
  readonly liveOnly?: boolean;
  readonly setup: TraceSetup;
  readonly steps: readonly RecordStep[];
  /** Source file, for the trace's provenance. */
  readonly file?: string;
}

export const IUT = { ip: "10.0.0.1", port: 7946 } as const;
export const PEERS = {
  p1: { name: "p1", addr: { ip: "10.0.0.2", port: 7946 } },
  p2: { name: "p2", addr: { ip: "10.0.0.3", port: 7946 } },
  p3: { name: "p3", addr: { ip: "10.0.0.4", port: 7946 } },
  p4: { name: "p4", addr: { ip: "10.0.0.5", port: 7946 } },
} as const;
export type PeerName = keyof typeof PEERS;

export function setup(over: Partial<TraceSetup> = {}): TraceSetup {
  return {
    name: "iut",
    addr: IUT,
    cluster: "conformance",
    meta: "",
    config: { preset: "lan" },
    seed: 1,
    start: 0,
    peers: PEERS,
    ...over,
  };
}

/** Canonical JSON of an address. */
export const addr = (a: { ip: string; port: number }) => ({
  ip: Buffer.from(ipToBytes(a.ip)).toString("base64"),
  port: a.port,
});
export const peerAddr = (p: PeerName) => addr(PEERS[p].addr);
export const iutAddr = () => addr(IUT);

// Canonical JSON messages (every field present, see spec/02-wire.md).
export const ping = (seq: unknown, target: string, source: string, sourceAddr?: unknown) => ({
  type: "ping",
  seq,
  target,
  source,
  ...(sourceAddr !== undefined ? { sourceAddr } : {}),
});
export const pingReq = (
  seq: unknown,
  target: string,
  targetAddr: unknown,
  source: string,
  sourceAddr: unknown,
  wantNack: boolean,
) => ({
  type: "ping-req",
  seq,
  target,
  targetAddr,
  source,
  sourceAddr,
  wantNack,
});
export const ack = (seq: unknown) => ({ type: "ack", seq, payload: "" });
export const nack = (seq: unknown) => ({ type: "nack", seq });
export const alive = (node: string, incarnation: unknown, a: unknown, meta = "") => ({
  type: "alive",
  node,
  incarnation,
  addr: a,
  meta,
  protocolMin: 1,
  protocolMax: 1,
  certificate: "",
});
export const suspect = (node: string, incarnation: unknown, from: string) => ({
  type: "suspect",
  node,
  incarnation,
  from,
});
export const dead = (node: string, incarnation: unknown, from: string) => ({
  type: "dead",
  node,
  incarnation,
  from,
});
export const leave = (node: string, incarnation: unknown) => ({ type: "leave", node, incarnation });
export const record = (
  node: string,
  a: unknown,
  incarnation: number,
  state: "alive" | "suspect" | "dead" | "left",
  meta = "",
) => ({
  node,
  addr: a,
  meta,
  incarnation,
  state,
  protocolMin: 1,
  protocolMax: 1,
  certificate: "",
});
export const pushPull = (join: boolean, reply: boolean, members: unknown[]) => ({
  type: "push-pull",
  join,
  reply,
  members,
  crdt: [],
  signedMembers: [],
});

// Steps.
export const inject = (from: PeerName, ...messages: unknown[]): TraceStep => ({
  op: "inject",
  transport: "datagram",
  from,
  packet: { messages },
});
export const injectAt = (at: number, from: PeerName, ...messages: unknown[]): TraceStep => ({
  op: "inject",
  at,
  transport: "datagram",
  from,
  packet: { messages },
});
export const advance = (by: number, note?: string): TraceStep => ({
  op: "advance",
  by,
  ...(note ? { note } : {}),
});

/** Make the IUT know these peers as alive (incarnation 1) by one gossip datagram from the first. */
export const introduce = (...peers: PeerName[]): TraceStep => ({
  op: "inject",
  transport: "datagram",
  from: peers[0] as PeerName,
  packet: { messages: peers.map((p) => alive(p, 1, peerAddr(p))) },
  note: `the IUT learns ${peers.join(", ")}`,
});
