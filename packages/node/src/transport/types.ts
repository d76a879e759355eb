import type { Address } from "@gossip/codec";

/** The answer side of one inbound request/reply exchange. */
export interface Responder {
  /** Send the reply envelope and finish the exchange. Ignored once finished. */
  reply(bytes: Uint8Array): void;
  /** Finish without a reply. */
  abort(): void;
  /** Called once when the exchange ends for any reason (reply, abort, timeout, peer gone). */
  onDone(fn: () => void): void;
}

/** What a transport reports to the node. Called asynchronously, never re-entrantly from a send. */
export interface TransportHandlers {
  datagram(from: Address, bytes: Uint8Array): void;
  streamRequest(from: Address, bytes: Uint8Array, responder: Responder): void;
  /** Something arrived or was about to be sent and was discarded. */
  drop(reason: string, from: Address | undefined): void;
  /** A socket-level error that did not stop the transport. */
  error(err: Error): void;
}

export interface TransportOptions {
  bindAddress: string;
  bindPort: number;
  maxFrameBytes: number;
  /** Time limit of an inbound exchange. */
  streamTimeoutMs: number;
  maxConnections: number;
  /** This node's advertised address, announced on TCP-only datagram connections and HTTP datagrams. */
  advertised(): Address;
  handlers: TransportHandlers;
}

export interface Transport {
  readonly kind: "udp" | "tcp" | "http";
  /** The address and port actually bound. */
  readonly boundAddress: string;
  readonly boundPort: number;
  /** Best effort: failures become drops. */
  sendDatagram(to: Address, bytes: Uint8Array): void;
  /** Resolves with the reply envelope; rejects on connection failure, bad reply or timeout. */
  request(to: Address, bytes: Uint8Array, timeoutMs: number): Promise<Uint8Array>;
  /** Release every socket. */
  close(): Promise<void>;
}

export class StreamFailure extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}
