import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexedSet } from "./indexed-set.js";
import { Prng } from "./prng.js";
import { ProbeList } from "./probe-list.js";

/** The probe list and live set as plain arrays with a Map of positions (what they were before ids). */
class ModelLists {
  readonly probe: number[] = [];
  readonly set: number[] = [];
  private cursor = 0;
  constructor(private readonly rng: Prng) {}
  add(id: number): void {
    if (!this.probe.includes(id)) {
      this.probe.push(id);
      const last = this.probe.length - 1;
      const j = this.rng.below(this.probe.length);
      if (j !== last) {
        this.probe[last] = this.probe[j] as number;
        this.probe[j] = id;
      }
    }
    if (!this.set.includes(id)) this.set.push(id);
  }
  remove(id: number): void {
    for (const list of [this.probe, this.set]) {
      const i = list.indexOf(id);
      if (i < 0) continue;
      const last = list.pop() as number;
      if (last !== id) list[i] = last;
    }
    if (this.cursor > this.probe.length) this.cursor = this.probe.length;
  }
  next(eligible: (id: number) => boolean): number | undefined {
    for (let visited = 0; visited < this.probe.length; visited++) {
      if (this.cursor >= this.probe.length) {
        this.cursor = 0;
        this.rng.shuffle(this.probe);
      }
      const id = this.probe[this.cursor++] as number;
      if (eligible(id)) return id;
    }
    return undefined;
  }
}

const op = fc.record({
  kind: fc.constantFrom("add", "remove", "next", "has", "sample"),
  // Sparse ids too: positions grow past their first size.
  id: fc.constantFrom(0, 1, 2, 3, 5, 8, 40, 1000),
});

describe("probe list and member set by id", () => {
  it("FD-2, FD-3: the same order, draws and answers as plain arrays", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 100 }), fc.integer({ min: 0, max: 1000 }), (ops, seed) => {
        const model = new ModelLists(new Prng(seed));
        const modelRng = new Prng(seed + 1);
        const list = new ProbeList(new Prng(seed));
        const set = new IndexedSet();
        const rng = new Prng(seed + 1);
        for (const o of ops) {
          if (o.kind === "add") {
            model.add(o.id);
            list.add(o.id);
            set.add(o.id);
          } else if (o.kind === "remove") {
            model.remove(o.id);
            list.remove(o.id);
            set.remove(o.id);
          } else if (o.kind === "next") {
            expect(list.next((id) => id !== o.id)).toBe(model.next((id) => id !== o.id));
          } else if (o.kind === "sample") {
            // The model's set sampled the way IndexedSet does, from the same draws.
            const expected: number[] = [];
            const n = model.set.length;
            if (n > 0) {
              for (let t = 0; t < 9 && expected.length < 2; t++) {
                const v = model.set[modelRng.below(n)] as number;
                if (v !== o.id && !expected.includes(v)) expected.push(v);
              }
              if (expected.length < 2) {
                const start = modelRng.below(n);
                for (let i = 0; i < n && expected.length < 2; i++) {
                  const v = model.set[(start + i) % n] as number;
                  if (v !== o.id && !expected.includes(v)) expected.push(v);
                }
              }
            }
            expect(set.sample(rng, 2, (v) => v !== o.id)).toEqual(expected);
          } else {
            expect([list.has(o.id), set.has(o.id)]).toEqual([
              model.probe.includes(o.id),
              model.set.includes(o.id),
            ]);
          }
          expect(list.toArray()).toEqual(model.probe);
          expect([set.size, ...model.set.map((_, i) => set.at(i))]).toEqual([model.set.length, ...model.set]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("keeps one list's positions apart from another's", () => {
    const a = new IndexedSet();
    const b = new IndexedSet();
    a.add(7);
    a.add(9);
    b.add(9);
    expect([a.has(7), b.has(7), a.has(9), b.has(9)]).toEqual([true, false, true, true]);
    a.remove(9);
    expect([a.has(9), b.has(9), b.at(0), b.at(1)]).toEqual([false, true, 9, undefined]);
  });
});
