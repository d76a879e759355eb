/** The trace format (schemas/json/trace.schema.json) as TypeScript types. */

export interface TraceAddress {
  readonly ip: string;
  readonly port: number;
}

export interface TracePeer {
  readonly name: string;
  readonly addr: TraceAddress;
}

export interface TraceSetup {
  readonly name: string;
  readonly addr: TraceAddress;
  readonly cluster: string;
  readonly meta?: string;
  readonly config: Record<string, unknown>;
  readonly keys?: readonly string[];
  /** init.encryptionMode (HARNESS.md §3.1). */
  readonly encryptionMode?: "plaintext" | "migration" | "encrypted";
  /** init.pki (HARNESS.md §3.1). */
  readonly pki?: {
    readonly privateKey: string;
    readonly certificate: string;
    readonly trustedCas: readonly string[];
    readonly revocations?: readonly unknown[];
    readonly wallClockMs: number;
  };
  readonly seed: number;
  readonly start: number;
  readonly peers: Readonly<Record<string, TracePeer>>;
  readonly autoAck?: readonly string[];
  readonly initError?: boolean;
  /** Live mode only: init.transport (HARNESS.md §4.1). Absent: UDP+TCP. */
  readonly transport?: {
    readonly kind: "udp" | "tcp" | "http";
    readonly maxFrameBytes?: number;
    readonly streamTimeoutMs?: number;
  };
}

export type Transport = "datagram" | "stream-request" | "stream-reply";
export type Peers = string | readonly string[];

export type TraceStep =
  | {
      readonly op: "inject";
      readonly at?: number;
      readonly transport: "datagram" | "stream";
      readonly from: string;
      readonly stream?: string;
      readonly packet?: unknown;
      readonly bytes?: string;
      readonly note?: string;
    }
  | {
      readonly op: "reply";
      readonly stream: unknown;
      readonly packet?: unknown;
      readonly bytes?: string;
      readonly note?: string;
    }
  | { readonly op: "fail-stream"; readonly stream: unknown; readonly note?: string }
  | { readonly op: "advance"; readonly to?: number; readonly by?: number; readonly note?: string }
  | {
      readonly op: "command";
      readonly command: "join" | "leave" | "set-key" | "delete-key" | "broadcast" | "set-meta";
      readonly args?: Record<string, unknown>;
      readonly expectError?: string;
      readonly note?: string;
    }
  | {
      readonly op: "expect";
      readonly transport: Transport;
      readonly to?: Peers;
      readonly stream?: unknown;
      readonly within: number;
      readonly message?: unknown;
      readonly packet?: unknown;
      readonly size?: unknown;
      readonly envelope?: unknown;
      readonly note?: string;
    }
  | {
      readonly op: "expect-none";
      readonly transport?: Transport;
      readonly to?: Peers;
      readonly during: number;
      readonly message?: unknown;
      readonly packet?: unknown;
      readonly size?: unknown;
      readonly envelope?: unknown;
      readonly note?: string;
    }
  | { readonly op: "expect-event"; readonly within: number; readonly event: unknown; readonly note?: string }
  | {
      readonly op: "expect-no-event";
      readonly during: number;
      readonly event: unknown;
      readonly note?: string;
    }
  | {
      readonly op: "query";
      readonly what: "members" | "keys";
      readonly expect: unknown;
      readonly note?: string;
    };

export interface Trace {
  readonly $schema?: string;
  readonly format: "gossip-trace/1";
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly requirements: readonly string[];
  readonly level: "MUST" | "SHOULD" | "MAY";
  readonly spec?: string;
  readonly features?: readonly string[];
  readonly mode?: readonly ("virtual" | "live")[];
  readonly setup: TraceSetup;
  readonly steps: readonly TraceStep[];
  readonly recorded?: { readonly by?: string; readonly scenario?: string };
}
