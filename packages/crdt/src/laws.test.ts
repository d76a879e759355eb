import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRDT_TYPE_NAMES, type CrdtTypeName } from "./base.js";
import { toHex } from "./bytes.js";
import { Hlc } from "./hlc.js";
import { applyOp, REPLICAS, runSteps, stepArb } from "./laws.testkit.js";
import { type AnyCrdt, emptyCrdt, join } from "./registry.js";

const hex = (c: AnyCrdt) => toHex(c.encode());
const RUNS = 60;

/** A pool of reachable states and deltas of one type. */
function pool(type: CrdtTypeName) {
  return fc.array(stepArb, { maxLength: 24 }).map((steps) => {
    const run = runSteps(type, steps);
    return [...run.replicas, ...run.deltas.map((d) => d.delta), emptyCrdt(type) as AnyCrdt];
  });
}

function three(type: CrdtTypeName) {
  return pool(type).chain((p) =>
    fc.tuple(fc.constantFrom(...p), fc.constantFrom(...p), fc.constantFrom(...p)),
  );
}

describe.each(CRDT_TYPE_NAMES)("%s laws", (type) => {
  it("CRDT-1: merge is commutative", () => {
    fc.assert(
      fc.property(three(type), ([a, b]) => {
        expect(hex(join(a, b))).toBe(hex(join(b, a)));
      }),
      { numRuns: RUNS },
    );
  });

  it("CRDT-2: merge is associative", () => {
    fc.assert(
      fc.property(three(type), ([a, b, c]) => {
        expect(hex(join(join(a, b), c))).toBe(hex(join(a, join(b, c))));
      }),
      { numRuns: RUNS },
    );
  });

  it("CRDT-3: merge is idempotent and reports no change on re-merge", () => {
    fc.assert(
      fc.property(three(type), ([a, b]) => {
        expect(hex(join(a, a))).toBe(hex(a));
        const ab = join(a, b);
        const again = ab.clone() as AnyCrdt;
        expect(again.merge(b)).toBe(false);
        expect(again.merge(a)).toBe(false);
        expect(hex(again)).toBe(hex(ab));
      }),
      { numRuns: RUNS },
    );
  });

  it("CRDT-4: a mutation's delta joined into the old state gives the new state", () => {
    fc.assert(
      fc.property(pool(type), fc.nat(2), fc.nat(5), fc.nat(6), (p, r, k, x) => {
        for (const s of p) {
          const before = s.clone() as AnyCrdt;
          const after = s.clone() as AnyCrdt;
          const clock = new Hlc(REPLICAS[r]!);
          const delta = applyOp(type, after, REPLICAS[r]!, k, x, () => clock.now(5_000));
          expect(hex(join(before, delta))).toBe(hex(after));
        }
      }),
      { numRuns: 30 },
    );
  });

  it("CRDT-62: missingFrom(local) is a part of the state that brings local up to the join", () => {
    fc.assert(
      fc.property(three(type), ([r, l]) => {
        const d = r.missingFrom(l as never) as AnyCrdt;
        expect(hex(join(r, d))).toBe(hex(r));
        expect(hex(join(l, d))).toBe(hex(join(l, r)));
      }),
      { numRuns: RUNS },
    );
  });

  it("CRDT-5: any order, duplication and subset of deltas, then anti-entropy, converges", () => {
    fc.assert(
      fc.property(
        fc.array(stepArb, { maxLength: 30 }),
        fc.array(fc.tuple(fc.nat(2), fc.nat(1000)), { maxLength: 40 }),
        (steps, deliveries) => {
          const run = runSteps(type, steps);
          const expected = join(emptyCrdt(type) as AnyCrdt, ...run.replicas);
          // Arbitrary extra deliveries: random deltas (with repeats) to random replicas.
          if (run.deltas.length > 0) {
            for (const [r, i] of deliveries) run.replicas[r]!.merge(run.deltas[i % run.deltas.length]!.delta);
          }
          // Anti-entropy: full states pairwise, a ring twice around.
          const n = run.replicas.length;
          for (let round = 0; round < 2; round++) {
            for (let i = 0; i < n; i++) {
              const a = run.replicas[i]!;
              const b = run.replicas[(i + 1) % n]!;
              const sa = a.clone() as AnyCrdt;
              a.merge(b);
              b.merge(sa);
            }
          }
          for (const r of run.replicas) expect(hex(r)).toBe(hex(expected));
          if (type === "g-counter" || type === "pn-counter") {
            // No acknowledged local update is lost.
            expect(run.replicas[0]!.value()).toBe(run.counterTotal);
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
