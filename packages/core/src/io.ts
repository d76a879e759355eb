/**
 * What goes into and comes out of the engine. The engine is sans-IO: a driver
 * (the Node.js runtime, the simulator, the conformance adapter, or a user's
 * own) feeds it time, bytes and API calls, and carries out what it returns.
 */
import type { Address } from "@gossip/codec";
import type { EngineStats } from "./stats.js";

/** Milliseconds on the driver's monotonic clock. Only differences matter. */
export type Millis = number;

/** Identifies one request/reply exchange over the stream transport. */
export type StreamId = number;

export type Output =
  /** Send these bytes (one envelope) as one datagram. */
  | { readonly kind: "datagram"; readonly to: Address; readonly bytes: Uint8Array }
  /**
   * Open a stream to `to`, write `bytes` (one length-prefixed frame), and feed
   * the peer's reply frame back with `handleStreamReply(id, …)`, or report
   * `handleStreamFailure(id)` if the connection fails or no reply comes within
   * `timeoutMs`.
   */
  | {
      readonly kind: "stream-request";
      readonly id: StreamId;
      readonly to: Address;
      readonly bytes: Uint8Array;
      readonly timeoutMs: number;
    }
  /** Write this reply frame on the inbound stream `id` (given by the driver), then close it. */
  | { readonly kind: "stream-reply"; readonly id: StreamId; readonly bytes: Uint8Array }
  /** Something the application may want to know. */
  | { readonly kind: "event"; readonly event: EngineEvent };

export interface MemberInfo {
  readonly name: string;
  readonly addr: Address;
  readonly meta: Uint8Array;
  readonly incarnation: number;
  readonly state: "alive" | "suspect" | "dead" | "left";
  /** Driver time of the last state change. */
  readonly since: Millis;
}

export type EngineEvent =
  | { readonly type: "member-joined"; readonly member: MemberInfo }
  | { readonly type: "member-updated"; readonly member: MemberInfo }
  | { readonly type: "member-suspect"; readonly member: MemberInfo; readonly from: string }
  | { readonly type: "member-alive"; readonly member: MemberInfo }
  | { readonly type: "member-dead"; readonly member: MemberInfo; readonly from: string }
  | { readonly type: "member-left"; readonly member: MemberInfo }
  | { readonly type: "member-reaped"; readonly name: string }
  | {
      readonly type: "name-conflict";
      readonly name: string;
      readonly existing: Address;
      readonly other: Address;
    }
  | {
      readonly type: "key-changed";
      readonly node: string;
      readonly key: string;
      readonly oldValue: Uint8Array | undefined;
      readonly newValue: Uint8Array | undefined;
    }
  | {
      readonly type: "user-event";
      readonly origin: string;
      readonly name: string;
      readonly payload: Uint8Array;
      readonly id: Uint8Array;
    }
  | { readonly type: "dropped"; readonly reason: string; readonly from: Address | undefined }
  /** `join()` finished: how many seeds answered the join push-pull, and how many failed. */
  | { readonly type: "join-finished"; readonly succeeded: number; readonly failed: number };

/**
 * The engine as every driver sees it. A driver calls the `handle*` methods and
 * API calls as things happen, passing its clock; after each call it takes the
 * outputs with `takeOutputs()` and carries them out, and arranges to call
 * `tick(now)` no later than `nextWakeup()`.
 *
 * Stream bytes are one envelope each; the transport adds its own framing
 * (a 4-byte big-endian length prefix on TCP, an HTTP body on HTTP).
 */
export interface Engine {
  /** This node's name. */
  readonly name: string;
  handleDatagram(from: Address, bytes: Uint8Array, now: Millis): void;
  /** An inbound stream carried one request envelope; the engine may answer with a `stream-reply` output for `id`. */
  handleStreamRequest(id: StreamId, from: Address, bytes: Uint8Array, now: Millis): void;
  handleStreamReply(id: StreamId, bytes: Uint8Array, now: Millis): void;
  handleStreamFailure(id: StreamId, now: Millis): void;
  /** Run timers that are due. */
  tick(now: Millis): void;
  join(seeds: readonly Address[], now: Millis): void;
  /** Announce a graceful departure; keep ticking to let it spread. */
  leave(now: Millis): void;
  /** Outputs produced since the last call, in order. */
  takeOutputs(): Output[];
  /** The driver time at which `tick` must next be called. */
  nextWakeup(): Millis;
  members(): readonly MemberInfo[];
  /** Counters (optional for other engines; `@gossip/core`'s engine returns `EngineStats`). */
  stats?(): EngineStats;
}
