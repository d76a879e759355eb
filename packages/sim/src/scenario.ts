/**
 * Scenario descriptions: plain JSON values (schema:
 * `schemas/json/scenario.schema.json`). Times are milliseconds of virtual
 * time from the start of the run.
 */

/** A latency distribution for one direction of a link, in milliseconds. */
export type LatencySpec =
  | { readonly kind: "constant"; readonly ms: number }
  | { readonly kind: "uniform"; readonly min: number; readonly max: number }
  | { readonly kind: "normal"; readonly mean: number; readonly sd: number; readonly min?: number }
  | { readonly kind: "lognormal"; readonly median: number; readonly sigma: number; readonly min?: number };

export interface LinkSpec {
  readonly latency?: LatencySpec;
  /** Probability that a datagram is lost, 0..1. */
  readonly loss?: number;
  /** Probability that a datagram is delivered twice, 0..1. */
  readonly duplicate?: number;
  /** Probability that a datagram is held back by `reorderDelayMs` (so later ones overtake it). */
  readonly reorder?: number;
  readonly reorderDelayMs?: number;
}

export interface NetworkSpec extends LinkSpec {
  /**
   * Zones (data centres, racks): nodes are assigned round-robin to `zones`
   * zones; `links` override the link model between (and within) zones.
   */
  readonly zones?: number;
  readonly links?: ReadonlyArray<{ readonly from: number; readonly to: number } & LinkSpec>;
  /** A stream to a crashed process fails at once (connection refused) instead of timing out. */
  readonly crashedRefuses?: boolean;
}

/** Which nodes an action applies to: explicit indices, or a seeded random pick of `random` live nodes (never node 0). */
export type NodeSelector = readonly number[] | { readonly random: number } | { readonly fraction: number };

export type Action =
  | { readonly at: number; readonly type: "crash"; readonly nodes: NodeSelector }
  | { readonly at: number; readonly type: "restart"; readonly nodes: NodeSelector }
  | { readonly at: number; readonly type: "leave"; readonly nodes: NodeSelector }
  | { readonly at: number; readonly type: "join"; readonly nodes: NodeSelector }
  | {
      readonly at: number;
      readonly type: "partition";
      /** Groups of node indices; nodes in no group form one more group. `fraction` splits off the first part of the nodes. */
      readonly groups?: ReadonlyArray<readonly number[]>;
      readonly fraction?: number;
      readonly until?: number;
    }
  | { readonly at: number; readonly type: "heal" }
  | {
      readonly at: number;
      readonly type: "user-event";
      readonly node?: number;
      readonly name?: string;
      readonly payloadBytes?: number;
    }
  | {
      readonly at: number;
      readonly type: "set-key";
      readonly node?: number;
      readonly key?: string;
      readonly valueBytes?: number;
    }
  | {
      readonly at: number;
      readonly type: "slow";
      readonly nodes: NodeSelector;
      /** Extra processing delay per inbound message. */
      readonly delay: LatencySpec;
      /** Probability that an inbound message is dropped by the overloaded node. */
      readonly drop?: number;
      readonly until?: number;
    };

export interface ChurnSpec {
  /** Failures per second across the cluster (Poisson). */
  readonly ratePerSec: number;
  /** Mean downtime before the node restarts (exponential); 0 means it never comes back. */
  readonly meanDowntimeMs: number;
  /** Fraction of departures that are graceful leaves instead of crashes. */
  readonly leaveFraction?: number;
  readonly from?: number;
  readonly until?: number;
}

export interface EngineSpec {
  /** `core` is `@gossip/core`; `model` is the simulator's stand-in engine. */
  readonly impl?: "core" | "model";
  readonly preset?: "lan" | "wan" | "local";
  readonly detector?: "swim" | "phi";
  readonly lifeguard?: boolean;
  /** Timing overrides, e.g. { "gossipIntervalMs": 100, "gossipNodes": 4 }. */
  readonly overrides?: Readonly<Record<string, number>>;
}

export interface Scenario {
  readonly name?: string;
  readonly nodes: number;
  readonly durationMs: number;
  readonly seed?: number;
  /** Independent runs with seeds seed, seed+1, ... */
  readonly runs?: number;
  readonly engine?: EngineSpec;
  readonly network?: NetworkSpec;
  /** How nodes start: all at t=0 (default) or one every `staggerMs`; each joins through the first `seeds` nodes. */
  readonly join?: {
    readonly staggerMs?: number;
    /** Each node's start is delayed by a uniform random 0..jitterMs (so timers are not in lockstep). */
    readonly jitterMs?: number;
    readonly seeds?: number;
    readonly at?: number;
    /**
     * Driver behaviour of @gossip/node: every this many ms a node that does not see
     * every seed alive joins the missing seeds again (heals long partitions). 0: off.
     */
    readonly rejoinIntervalMs?: number;
  };
  readonly actions?: readonly Action[];
  readonly churn?: ChurnSpec;
  readonly measure?: {
    /** Measure CPU time of engine calls with process.cpuUsage (adds overhead). */
    readonly cpu?: boolean;
    /** Cost counters (bytes, packets, CPU) start at this time, to leave the join phase out. */
    readonly costFromMs?: number;
    /** Sample the convergence fraction every this many ms (0: off). */
    readonly sampleEveryMs?: number;
  };
}

export const DEFAULT_LAN_LATENCY: LatencySpec = { kind: "lognormal", median: 0.5, sigma: 0.5, min: 0.1 };
