import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdMemberTable, MapMemberTable } from "./member-table.js";
import { NameIndex } from "./name-index.js";

const op = fc.record({
  kind: fc.constantFrom("add", "delete", "get", "values"),
  name: fc.constantFrom("a", "b", "c", "d", "h"),
});

describe("member table", () => {
  it("by shared name id: the same records, sizes and order as a Map (a name added again goes last)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 120 }), (ops) => {
        const names = new NameIndex();
        for (const n of ["h", "x", "c"]) names.id(n); // ids not in insertion order
        const byId = new IdMemberTable<{ name: string }>(names);
        const byMap = new MapMemberTable<{ name: string }>();
        const records = new Map<string, { name: string }>();
        const run = (t: IdMemberTable<{ name: string }> | MapMemberTable<{ name: string }>) => {
          const out: unknown[] = [];
          for (const o of ops) {
            const present = t.get(o.name);
            if (o.kind === "add" && present === undefined) {
              const r = { name: o.name };
              records.set(`${o.name}${out.length}`, r);
              t.add(r);
            } else if (o.kind === "delete" && present !== undefined) t.delete(present);
            else if (o.kind === "values") out.push([...t.values()].map((r) => r.name).join());
            out.push(t.get(o.name)?.name, t.size);
          }
          out.push([...t.values()].map((r) => r.name).join());
          return out;
        };
        expect(run(byId)).toEqual(run(byMap));
      }),
      { numRuns: 1000 },
    );
  });

  it("by shared name id: keeps the order across deletes before and after listing", () => {
    const t = new IdMemberTable<{ name: string }>(new NameIndex());
    const [a, b, c, d] = [{ name: "a" }, { name: "b" }, { name: "c" }, { name: "d" }];
    for (const r of [a, b, c]) t.add(r);
    t.delete(a);
    expect([...t.values()]).toEqual([b, c]);
    t.delete(c);
    t.add(d);
    t.add(a);
    expect([...t.values()]).toEqual([b, d, a]);
    t.delete(d);
    expect([...t.values()]).toEqual([b, a]);
  });

  it("by shared name id: finds a record by id, and deletes only that record", () => {
    const names = new NameIndex();
    const t = new IdMemberTable<{ name: string }>(names);
    const a = { name: "a" };
    t.add(a);
    expect(t.at(names.id("a"))).toBe(a);
    t.delete({ name: "a" }); // another record of the same name: not this table's
    expect(t.get("a")).toBe(a);
    t.delete(a);
    expect([t.get("a"), t.size, [...t.values()]]).toEqual([undefined, 0, []]);
  });
});
