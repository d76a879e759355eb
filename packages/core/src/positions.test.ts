import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexedSet } from "./indexed-set.js";
import { NameIndex } from "./name-index.js";
import { positions } from "./positions.js";
import { Prng } from "./prng.js";
import { ProbeList } from "./probe-list.js";

const op = fc.record({
  kind: fc.constantFrom("add", "remove", "next", "has"),
  name: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
});

describe("positions by shared name id", () => {
  it("FD-2, FD-3: a probe list and a member set behave the same with positions by name id or by map", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), fc.integer({ min: 0, max: 1000 }), (ops, seed) => {
        // Another engine's names first: ids here do not start at 0 or follow insertion order.
        const names = new NameIndex();
        for (const n of ["z", "f", "y", "a"]) names.id(n);
        const byMap = { list: new ProbeList(new Prng(seed)), set: new IndexedSet() };
        const byId = {
          list: new ProbeList(new Prng(seed), positions(names)),
          set: new IndexedSet(positions(names)),
        };
        const seen = (x: typeof byMap) => {
          const out: unknown[] = [];
          for (const o of ops) {
            if (o.kind === "add") {
              x.list.add(o.name);
              x.set.add(o.name);
            } else if (o.kind === "remove") {
              x.list.remove(o.name);
              x.set.remove(o.name);
            } else if (o.kind === "next") out.push(x.list.next((n) => n !== o.name));
            else out.push(x.list.has(o.name), x.set.has(o.name));
            out.push(x.list.toArray().join(), x.set.size, x.set.at(0));
          }
          return out;
        };
        expect(seen(byId)).toEqual(seen(byMap));
      }),
      { numRuns: 500 },
    );
  });

  it("keeps one list's positions apart from another's sharing the same name index", () => {
    const names = new NameIndex();
    const a = new IndexedSet(positions(names));
    const b = new IndexedSet(positions(names));
    a.add("x");
    a.add("y");
    b.add("y");
    expect([a.has("x"), b.has("x"), a.has("y"), b.has("y")]).toEqual([true, false, true, true]);
    a.remove("y");
    expect([a.has("y"), b.has("y"), b.at(0)]).toEqual([false, true, "y"]);
  });
});
