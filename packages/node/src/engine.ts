/**
 * How the runtime obtains its engine. By default it is `createEngine` from
 * @gossip/core; tests and embedders may pass their own factory.
 */
import type { Address, EnvelopeCipher, Message } from "@gossip/codec";
import type { Engine, EngineSecurity, Millis, WireCodec } from "@gossip/core";
import type { Preset, ProtocolOverrides } from "./config.js";
import { NotSupportedError } from "./errors.js";

export interface EngineInit {
  readonly name: string;
  readonly cluster: string;
  /** The advertised address. */
  readonly addr: Address;
  readonly meta: Uint8Array;
  readonly preset: Preset;
  readonly protocol: ProtocolOverrides;
  /** PRNG seed. */
  readonly seed: number;
  /** The driver clock at creation. */
  readonly now: Millis;
  /** The last incarnation this node used before a restart (from the data directory). */
  readonly incarnation: number | undefined;
  /** Envelope cipher (a @gossip/security Keyring), when encryption is on. */
  readonly cipher: EnvelopeCipher | undefined;
  /** Accept unencrypted envelopes although a cipher is set. */
  readonly acceptPlaintext: boolean;
  readonly compress: boolean;
  /** The wire codec with the encryption mode (replaces cipher/acceptPlaintext/compress when set). */
  readonly wire?: WireCodec | undefined;
  /** PKI hooks (signer, verifier, wall-clock offset), when `pki` is configured. */
  readonly security?: EngineSecurity | undefined;
}

export interface SetKeyOptions {
  /** Time to live in milliseconds; the owner deletes the key when it expires. */
  readonly ttlMs?: number;
}

/** Optional capabilities the runtime uses when the engine has them. */
export interface EngineExtras {
  setKey?(key: string, value: Uint8Array, options: SetKeyOptions | undefined, now: Millis): void;
  deleteKey?(key: string, now: Millis): void;
  getKey?(node: string, key: string): Uint8Array | undefined;
  keysOf?(node: string): ReadonlyMap<string, Uint8Array> | Readonly<Record<string, Uint8Array>> | undefined;
  /** Returns the event's id. */
  broadcastEvent?(name: string, payload: Uint8Array, now: Millis): Uint8Array | undefined;
  stats?(): { readonly drops?: Readonly<Record<string, number>>; readonly [k: string]: unknown };
  /** Broadcasts still queued (used by leave() to know when its departure has been sent). */
  pendingBroadcasts?(): number;
  /** Queue a broadcast in a traffic class (revocation lists use class "security"). */
  broadcast?(cls: string, key: string | undefined, message: Message): void;
  /** PKI counters of the engine. */
  securityStats?(): unknown;
  /** Probe round trips: count, last, and a window of recent samples. */
  probeRtts?(): { readonly count: number; readonly lastMs: number; readonly samples: readonly number[] };
}

export type RuntimeEngine = Engine & EngineExtras;

export type EngineFactory = (init: EngineInit) => RuntimeEngine | Promise<RuntimeEngine>;

type CoreCreate = (config: Record<string, unknown>, init?: Record<string, unknown>) => RuntimeEngine;

/** The reference engine from @gossip/core. */
export const coreEngineFactory: EngineFactory = async (init) => {
  const core = (await import("@gossip/core")) as unknown as Record<string, unknown>;
  const create = core.createEngine as CoreCreate | undefined;
  if (typeof create !== "function") throw new NotSupportedError("@gossip/core createEngine");
  return create(
    {
      ...init.protocol,
      name: init.name,
      cluster: init.cluster,
      addr: init.addr,
      meta: init.meta,
      preset: init.preset,
      seed: init.seed,
    },
    {
      now: init.now,
      incarnation: init.incarnation,
      cipher: init.cipher,
      acceptPlaintext: init.acceptPlaintext,
      compress: init.compress,
      ...(init.wire === undefined ? {} : { wire: init.wire }),
      ...(init.security === undefined ? {} : { security: init.security }),
    },
  );
};
