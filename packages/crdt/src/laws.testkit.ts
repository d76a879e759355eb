/** Test-only models: random operations for every CRDT type (not built into dist). */
import fc from "fast-check";
import type { CrdtTypeName } from "./base.js";
import { Hlc } from "./hlc.js";
import type { AnyCrdt } from "./registry.js";
import { emptyCrdt } from "./registry.js";

export const ELEMS = ["a", "b", "é", "😀", "\ue000", ""] as const;
export const REPLICAS = ["r1", "r2", "é3"] as const;

const enc = new TextEncoder();

/** Applies operation `k` with argument `x` at `rep`; returns the delta. */
export function applyOp(
  type: CrdtTypeName,
  s: AnyCrdt,
  rep: string,
  k: number,
  x: number,
  clock: () => ReturnType<Hlc["now"]>,
): AnyCrdt {
  const e = ELEMS[x % ELEMS.length]!;
  switch (s.type) {
    case "g-counter":
      return s.increment(rep, x);
    case "pn-counter":
      return k % 2 === 0 ? s.increment(rep, x) : s.decrement(rep, x);
    case "g-set":
      return s.add(e);
    case "two-p-set":
      return k % 2 === 0 ? s.add(e) : s.remove(e);
    case "or-set":
      return k % 3 === 2 ? s.remove(e) : s.add(rep, e);
    case "lww-element-set":
      return k % 2 === 0 ? s.add(e, clock()) : s.remove(e, clock());
    case "max-change-set":
      return k % 2 === 0 ? s.add(e) : s.remove(e);
    case "lww-register":
      return s.set(enc.encode(`${rep}:${x}`), clock());
    case "or-map": {
      const key = ELEMS[x % 3]!;
      switch (k % 5) {
        case 0:
          return s.update(rep, key, "pn-counter", (c) => c.increment(rep, x + 1));
        case 1:
          return s.update(rep, key, "or-set", (c) => c.add(rep, e));
        case 2:
          return s.remove(key);
        case 3:
          return s.update(rep, key, "lww-register", (c) => c.set(enc.encode(e), clock()));
        default:
          return s.update(rep, key, "g-set", (c) => c.add(e));
      }
    }
  }
  throw new Error(`no model for ${type}`);
}

export interface Step {
  readonly deliver: boolean;
  readonly rep: number;
  readonly k: number;
  readonly x: number;
  readonly pick: number;
}

export const stepArb: fc.Arbitrary<Step> = fc.record({
  deliver: fc.boolean(),
  rep: fc.nat(REPLICAS.length - 1),
  k: fc.nat(5),
  x: fc.nat(6),
  pick: fc.nat(1000),
});

export interface Run {
  readonly replicas: AnyCrdt[];
  /** Every delta produced, in order, with its origin index. */
  readonly deltas: { from: number; delta: AnyCrdt }[];
  /** Sum of increments minus decrements (counters only). */
  readonly counterTotal: bigint;
}

/** Runs local ops and partial delta deliveries on 3 replicas. */
export function runSteps(type: CrdtTypeName, steps: readonly Step[]): Run {
  const replicas = REPLICAS.map(() => emptyCrdt(type) as AnyCrdt);
  const clocks = REPLICAS.map((r) => new Hlc(r));
  const deltas: { from: number; delta: AnyCrdt }[] = [];
  let counterTotal = 0n;
  steps.forEach((st, t) => {
    if (st.deliver && deltas.length > 0) {
      const d = deltas[st.pick % deltas.length]!;
      replicas[st.rep]!.merge(d.delta);
      return;
    }
    const rep = REPLICAS[st.rep]!;
    // Physical time: coarse, so equal walls on different replicas happen.
    const physical = 1_000 + Math.floor(t / 3);
    const delta = applyOp(type, replicas[st.rep]!, rep, st.k, st.x, () => clocks[st.rep]!.now(physical));
    if (type === "g-counter" || (type === "pn-counter" && st.k % 2 === 0)) counterTotal += BigInt(st.x);
    else if (type === "pn-counter") counterTotal -= BigInt(st.x);
    deltas.push({ from: st.rep, delta: delta.clone() as AnyCrdt });
  });
  return { replicas, deltas, counterTotal };
}
