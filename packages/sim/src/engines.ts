/**
 * How the simulator creates engines and calls their application API. The
 * driver contract itself is `Engine` from `@gossip/core`; this adapter adds
 * construction and the calls that inject data (user events, key updates),
 * which are not part of the driver interface.
 */
import type { Address, DecodeMemo } from "@gossip/codec";
import type { Engine, Millis, NameIndex } from "@gossip/core";
import * as core from "@gossip/core";
import { ModelEngine } from "./model-engine.js";
import type { EngineSpec } from "./scenario.js";

export interface NodeSpec {
  readonly index: number;
  readonly name: string;
  readonly addr: Address;
  readonly seed: number;
  readonly now: Millis;
  readonly engine: EngineSpec;
  /** Shared by all engines of a run (see `DecodeMemo`); engines that do not use `@gossip/codec` ignore it. */
  readonly decodeMemo?: DecodeMemo | undefined;
  /** Whether the engine may leave idle gossip rounds out of its wake-ups (see `SimOptions`). */
  readonly skipIdleGossipWakeups?: boolean | undefined;
  /** Member-name ids shared by all engines of a run (`EngineInit.nameIndex`). */
  readonly nameIndex?: NameIndex | undefined;
}

export interface EngineAdapter {
  /** Shown in results: which implementation produced them. */
  readonly id: string;
  create(spec: NodeSpec): Engine;
  /** Broadcast a user event from `engine`; false if unsupported. */
  userEvent(engine: Engine, name: string, payload: Uint8Array, now: Millis): boolean;
  /** Set a key on `engine`'s own node; false if unsupported. */
  setKey(engine: Engine, key: string, value: Uint8Array, now: Millis): boolean;
  /**
   * Change the node's metadata (an alive re-announcement, disseminated like
   * any broadcast and seen as `member-updated`); false if unsupported. Used to
   * measure dissemination when the engine has no user events.
   */
  setMeta?(engine: Engine, meta: Uint8Array, now: Millis): boolean;
  /** Why this engine cannot run `spec` (a feature it lacks), or null. */
  unsupported?(spec: EngineSpec): string | null;
}

const td = new TextDecoder();

export const modelAdapter: EngineAdapter = {
  id: "model",
  unsupported(spec) {
    return spec.detector === "phi" ? "the model engine has no phi-accrual detector" : null;
  },
  create(spec) {
    return new ModelEngine({
      name: spec.name,
      addr: spec.addr,
      seed: spec.seed,
      now: spec.now,
      preset: spec.engine.preset ?? "lan",
      overrides: spec.engine.overrides ?? {},
      lifeguard: spec.engine.lifeguard ?? true,
    });
  },
  userEvent(engine, name, payload, now) {
    (engine as unknown as ModelEngine).userEvent(name, td.decode(payload), now);
    return true;
  },
  setKey(engine, key, value, now) {
    (engine as unknown as ModelEngine).setKey(key, td.decode(value), now);
    return true;
  },
};

type AnyFn = (...args: unknown[]) => unknown;

/** The real engine from `@gossip/core`, if it exports `createEngine`. */
export function coreAvailable(): boolean {
  return typeof (core as Record<string, unknown>).createEngine === "function";
}

function callFirst(engine: Engine, names: readonly string[], args: unknown[]): boolean {
  const e = engine as unknown as Record<string, unknown>;
  for (const n of names) {
    const f = e[n];
    if (typeof f === "function") {
      (f as AnyFn).apply(engine, args);
      return true;
    }
  }
  return false;
}

export const coreAdapter: EngineAdapter = {
  id: "core",
  create(spec) {
    const create = (core as Record<string, unknown>).createEngine as AnyFn | undefined;
    if (!create) throw new Error("@gossip/core does not export createEngine yet");
    const e = spec.engine;
    const config: Record<string, unknown> = {
      name: spec.name,
      cluster: "sim",
      addr: spec.addr,
      meta: new Uint8Array(0),
      preset: e.preset ?? "lan",
      ...(e.overrides ?? {}),
      seed: spec.seed,
    };
    if (e.detector !== undefined && e.detector !== "swim") config.detector = e.detector;
    if (e.lifeguard === false) {
      config.lifeguard = false;
      // Until the engine has its own switch: no local health multiplier (score stays 0) and a
      // fixed suspicion timeout (max = min, so confirmations change nothing), i.e. SWIM's.
      if (!coreHasOption("lifeguard", false)) {
        config.awarenessMaxMultiplier = 1;
        config.suspicionMaxTimeoutMult = 1;
      }
    }
    return create(config, {
      now: spec.now,
      decodeMemo: spec.decodeMemo,
      skipIdleGossipWakeups: spec.skipIdleGossipWakeups,
      nameIndex: spec.nameIndex,
    }) as Engine;
  },
  setMeta(engine, meta, now) {
    return callFirst(engine, ["setMeta"], [meta, now]);
  },
  unsupported(spec) {
    if (!coreAvailable()) return "@gossip/core does not export createEngine";
    if (spec.detector === "phi" && !coreHasOption("detector", "phi"))
      return '@gossip/core has no `detector: "phi"` engine option yet';
    return null;
  },
  userEvent(engine, name, payload, now) {
    return callFirst(engine, ["broadcastEvent"], [name, payload, now]);
  },
  setKey(engine, key, value, now) {
    return callFirst(engine, ["setKey", "set", "putKey"], [key, value, now]);
  },
};

/** Whether `createEngine` keeps `key: value` in its resolved configuration (i.e. knows the option). */
export function coreHasOption(key: string, value: unknown): boolean {
  const create = (core as Record<string, unknown>).createEngine as AnyFn | undefined;
  if (!create) return false;
  try {
    const e = create(
      { name: "probe", cluster: "sim", addr: { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 }, [key]: value },
      { now: 0 },
    ) as {
      config?: Record<string, unknown>;
      app?: Record<string, unknown>;
    };
    // Timing switches live in the resolved config; the detector choice in the application-data layer.
    return e.config?.[key] === value || e.app?.[key] === value;
  } catch {
    return false;
  }
}

/** `core` when the real engine is available, otherwise `model`. */
export function adapterFor(impl: "core" | "model" | undefined): EngineAdapter {
  if (impl === "model") return modelAdapter;
  if (impl === "core") return coreAdapter;
  return coreAvailable() ? coreAdapter : modelAdapter;
}
