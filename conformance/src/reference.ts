/**
 * The reference adapter: the harness protocol over the @gossip/core engine.
 * This file is the worked example of docs/porting.md; a port's adapter does
 * the same for its own engine.
 */
import {
  decodePacket,
  type EnvelopeCipher,
  encodedSize,
  encodePacket,
  envelopeOverhead,
  type Message,
  messageFromJson,
} from "@gossip/codec";
import {
  createEngine,
  type EngineConfig,
  type EngineInit,
  type EngineSecurity,
  type GossipEngine,
  LAN,
  type WireCodec,
} from "@gossip/core";
import { type EncryptionMode, Identity, Keyring, Verifier } from "@gossip/security";
import { type Adapter, AdapterError } from "./adapter-kit.js";
import { type TextAddress, toText, toWire } from "./addr.js";
import { decode, encode } from "./codec-checks.js";
import { eventToJson, outputToJson } from "./harness-json.js";
import { LiveHost } from "./live-host.js";
import { TransportHost, type TransportSetup } from "./live-transport-host.js";
import type { JsonObject } from "./wire.js";

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");
const unb64 = (s: unknown): Uint8Array => new Uint8Array(Buffer.from(String(s ?? ""), "base64"));

/** Timing options the engine accepts in `init.config` (besides `preset`). */
const TIMING_KEYS = new Set(Object.keys(LAN));

/** The envelope codec in one encryption mode (SEC-40); with keys the default is `migration`. */
function wireCodec(cluster: string, cipher?: EnvelopeCipher, mode: EncryptionMode = "migration"): WireCodec {
  const seal = mode === "plaintext" ? undefined : cipher;
  const acceptPlaintext = mode !== "encrypted";
  return {
    overhead: envelopeOverhead(cluster, cipher !== undefined),
    encode: (messages: readonly Message[]) => encodePacket(messages, { cluster, cipher: seal }),
    decode(bytes: Uint8Array) {
      const r = decodePacket(bytes, { cluster, cipher, acceptPlaintext });
      return r.ok ? { ok: true, messages: r.value.messages } : { ok: false, reason: r.error.code };
    },
    messageSize: encodedSize,
  };
}

/** Detector (spec/09) and key/value limit (spec/07) options of `init.config`: HARNESS.md §3.1. */
const PHI_KEYS: Record<string, string> = {
  phiThreshold: "threshold",
  phiMaxSampleSize: "maxSampleSize",
  phiMinStdDeviationMs: "minStdDeviationMs",
  phiAcceptablePauseMs: "acceptablePauseMs",
  phiFirstHeartbeatEstimateMs: "firstHeartbeatEstimateMs",
};
const KV_KEYS = new Set([
  "maxKeyBytes",
  "maxValueBytes",
  "maxKeysPerNode",
  "maxTombstonesPerNode",
  "tombstoneGraceMs",
]);

function appConfig(given: JsonObject): { overrides: JsonObject; app: JsonObject } {
  const overrides: JsonObject = {};
  const phi: JsonObject = {};
  const kv: JsonObject = {};
  const app: JsonObject = {};
  for (const [k, v] of Object.entries(given)) {
    if (k === "detector") app.detector = v;
    else if (k in PHI_KEYS) phi[PHI_KEYS[k] as string] = v;
    else if (KV_KEYS.has(k)) kv[k] = v;
    else overrides[k] = v;
  }
  if (Object.keys(phi).length) app.phi = phi;
  if (Object.keys(kv).length) app.kv = kv;
  return { overrides, app };
}

/** Key/value and event API, present once the engine has them (engine part 2). */
interface AppApi {
  setKey?(key: string, value: Uint8Array, options: { ttlMs: number } | undefined, now: number): void;
  deleteKey?(key: string, now: number): void;
  broadcastEvent?(name: string, payload: Uint8Array, now: number): unknown;
  keysOf?(member: string): ReadonlyMap<string, Uint8Array>;
}

/** Every key/value entry the node holds, for the `keys` query. */
function keyEntries(n: GossipEngine & AppApi): JsonObject[] {
  const names = new Set([n.name, ...n.members().map((m) => m.name)]);
  return [...names].flatMap((node) =>
    [...(n.keysOf?.(node) ?? new Map<string, Uint8Array>())].map(([key, value]) => ({
      node,
      key,
      value: b64(value),
    })),
  );
}

export interface ReferenceOptions {
  /** Shown in hello; broken adapters rename themselves. */
  readonly implementation?: string;
  /** Build the engine (tests substitute a misbehaving one). */
  readonly createEngine?: (
    config: EngineConfig,
    now: number,
    cipher: EnvelopeCipher | undefined,
    mode?: EncryptionMode,
    security?: EngineSecurity,
  ) => GossipEngine;
  /** Rewrite the engine's init (broken adapters: a verifier that skips checks, no amplification limits). */
  readonly engineInit?: (init: EngineInit) => EngineInit;
}

/** `init.pki` (HARNESS.md §3.1): this node's identity and verifier, as the runtime builds them. */
function pkiSecurity(pki: JsonObject, name: string, cluster: string, now: number): EngineSecurity {
  let identity: Identity;
  try {
    identity = new Identity({
      name,
      cluster,
      seed: unb64(pki.privateKey),
      certificate: unb64(pki.certificate),
    });
  } catch (err) {
    throw new AdapterError("pki-invalid", (err as Error).message);
  }
  const verifier = new Verifier({ trustedCas: ((pki.trustedCas as string[]) ?? []).map(unb64) });
  for (const j of (pki.revocations as unknown[] | undefined) ?? []) {
    const r = messageFromJson(j);
    if (!r.ok || r.value.type !== "revocation") throw new AdapterError("pki-invalid", "bad revocation list");
    verifier.applyRevocation(r.value);
  }
  // Wall-clock time advances with the harness clock from pki.wallClockMs at init.
  return { signer: identity, verifier, wallClockOffsetMs: (pki.wallClockMs as number) - now };
}

export function referenceAdapter(opts: ReferenceOptions = {}): Adapter {
  const make =
    opts.createEngine ??
    ((config, now, cipher, mode, security) => {
      const init: EngineInit = { now, wire: wireCodec(config.cluster, cipher, mode), security };
      return createEngine(config, opts.engineInit ? opts.engineInit(init) : init);
    });
  let engine: GossipEngine | undefined;
  let host: LiveHost | TransportHost | undefined;
  const node = (): GossipEngine & AppApi => {
    if (!engine) throw new AdapterError("no-node", "init first");
    return engine as GossipEngine & AppApi;
  };
  const app = (method: keyof AppApi) => {
    const n = node();
    if (typeof n[method] !== "function") throw new AdapterError("unsupported", `engine has no ${method}`);
    return n;
  };
  // What the engine did, plus when it next needs a tick.
  const result = (): JsonObject => {
    const n = node();
    if (host) {
      host.pump();
      return {};
    }
    const wake = n.nextWakeup();
    return { outputs: n.takeOutputs().map(outputToJson), nextWakeup: Number.isFinite(wake) ? wake : null };
  };

  const probe = createEngine(
    { name: "x", cluster: "", addr: { ip: new Uint8Array(4), port: 1 } },
    { wire: wireCodec("") },
  ) as GossipEngine & AppApi;
  const features = ["codec", "membership", "encryption", "pki", "live"];
  if (typeof probe.setKey === "function") features.push("kv");
  if (typeof probe.broadcastEvent === "function") features.push("events");

  return {
    hello: {
      implementation: opts.implementation ?? "gossip-ts reference",
      version: "0.1.0",
      protocolVersions: [1],
      features,
    },
    async handle(req, send) {
      const now = host ? host.now() : (req.now as number);
      switch (req.type) {
        case "init": {
          const { preset, ...given } = req.config as JsonObject;
          const { overrides, app } = appConfig(given);
          for (const k of Object.keys(overrides))
            if (!TIMING_KEYS.has(k)) throw new AdapterError("unsupported", `config option ${k}`);
          const config = {
            ...overrides,
            ...app,
            name: req.name as string,
            cluster: req.cluster as string,
            addr: toWire(req.addr as TextAddress),
            meta: unb64(req.meta),
            preset: (preset ?? "lan") as EngineConfig["preset"],
            seed: req.seed as number,
          } as EngineConfig;
          host?.close();
          host = undefined;
          const keys = (req.keys as string[] | undefined) ?? [];
          const cipher = keys.length ? new Keyring({ keys: keys.map(unb64) }) : undefined;
          const mode = req.encryptionMode as EncryptionMode | undefined;
          if (mode !== undefined && mode !== "plaintext" && !cipher)
            throw new AdapterError("config-invalid", `encryption mode ${mode} needs keys`);
          const pki = req.pki as JsonObject | undefined;
          const security = pki ? pkiSecurity(pki, config.name, config.cluster, now) : undefined;
          engine = make(config, now, cipher, mode, security);
          if (req.mode !== "live") return result();
          // Live mode: real sockets and the real clock (live-host.ts; TCP-only and HTTP: live-transport-host.ts).
          const transport = req.transport as TransportSetup | undefined;
          const onEvent = (e: Parameters<typeof eventToJson>[0]) =>
            send({ type: "event", time: host?.now(), event: eventToJson(e) });
          host =
            transport && transport.kind !== "udp"
              ? new TransportHost(engine, req.addr as TextAddress, onEvent, now, transport)
              : new LiveHost(engine, req.addr as TextAddress, onEvent, now);
          await host.listen();
          return { addr: req.addr };
        }
        case "datagram":
          node().handleDatagram(toWire(req.from as TextAddress), unb64(req.bytes), now);
          return result();
        case "stream-request":
          node().handleStreamRequest(
            req.stream as number,
            toWire(req.from as TextAddress),
            unb64(req.bytes),
            now,
          );
          return result();
        case "stream-reply":
          node().handleStreamReply(req.stream as number, unb64(req.bytes), now);
          return result();
        case "stream-failure":
          node().handleStreamFailure(req.stream as number, now);
          return result();
        case "tick":
          node().tick(now);
          return result();
        case "join":
          node().join((req.seeds as TextAddress[]).map(toWire), now);
          return result();
        case "set-meta":
          node().setMeta(unb64(req.meta), now);
          return result();
        case "leave":
          node().leave(now);
          return result();
        case "set-key":
          app("setKey").setKey?.(
            req.key as string,
            unb64(req.value),
            req.ttlMs ? { ttlMs: req.ttlMs as number } : undefined,
            now,
          );
          return result();
        case "delete-key":
          app("deleteKey").deleteKey?.(req.key as string, now);
          return result();
        case "broadcast":
          app("broadcastEvent").broadcastEvent?.(req.name as string, unb64(req.payload), now);
          return result();
        case "query":
          if (req.what === "members")
            return {
              members: node()
                .members()
                .map((m) => ({
                  name: m.name,
                  addr: toText(m.addr),
                  meta: b64(m.meta),
                  incarnation: m.incarnation,
                  state: m.state,
                  since: m.since,
                })),
            };
          return { keys: keyEntries(app("keysOf")) };
        case "decode":
          return decode(req);
        case "encode":
          return encode(req);
        default:
          throw new AdapterError("unsupported", String(req.type));
      }
    },
  };
}
