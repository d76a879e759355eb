import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ALIVE,
  COUNTED,
  DEAD,
  DEAD_COUNTED,
  type MemberIds,
  type MemberInfoSource,
  MemberStore,
  PrivateIds,
  SharedIds,
  type StateCode,
} from "./member-store.js";
import { NameIndex } from "./name-index.js";

const NAMES = ["a", "b", "c", "d", "h", "k", "m", "q", "x", "z"];

const op = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    name: fc.constantFrom(...NAMES),
    state: fc.integer({ min: 0, max: 3 }),
    inc: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
    now: fc.double({ min: 0, max: 1e9, noNaN: true }),
  }),
  fc.record({ kind: fc.constant("remove" as const), name: fc.constantFrom(...NAMES) }),
  fc.record({ kind: fc.constant("list" as const), name: fc.constantFrom(...NAMES) }),
  fc.record({
    kind: fc.constant("flag" as const),
    name: fc.constantFrom(...NAMES),
    flag: fc.constantFrom(COUNTED, DEAD_COUNTED),
    on: fc.boolean(),
  }),
);

interface Row {
  info: MemberInfoSource;
  state: number;
  inc: number;
  since: number;
  flags: number;
}

const info = (name: string): MemberInfoSource => ({
  addr: undefined,
  meta: new TextEncoder().encode(name),
  incarnation: 0,
  protocolMin: 1,
  protocolMax: 1,
});

/** Runs `ops` on a store and on a Map (whose order is the specification) and compares after each. */
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function check(ids: MemberIds, ops: readonly Op[]): void {
  const store = new MemberStore(ids);
  const model = new Map<string, Row>();
  for (const o of ops) {
    const id = store.find(o.name);
    expect(id >= 0).toBe(model.has(o.name));
    if (o.kind === "add" && id < 0) {
      const i = info(o.name);
      const got = store.add(o.name, i, o.state as StateCode, o.inc, o.now);
      expect(store.name(got)).toBe(o.name);
      model.set(o.name, { info: i, state: o.state, inc: o.inc, since: o.now, flags: 0 });
    } else if (o.kind === "remove" && id >= 0) {
      store.remove(id);
      model.delete(o.name);
    } else if (o.kind === "flag" && id >= 0) {
      store.setFlag(id, o.flag, o.on);
      const row = model.get(o.name) as Row;
      row.flags = o.on ? row.flags | o.flag : row.flags & ~o.flag;
    } else if (o.kind === "list") {
      expect([...store.list()].map((i) => store.name(i))).toEqual([...model.keys()]);
    }
    expect(store.size).toBe(model.size);
    for (const [name, row] of model) {
      const i = store.find(name);
      expect(store.has(i)).toBe(true);
      expect([store.info[i], store.state[i], store.incarnation[i], store.since[i]]).toEqual([
        row.info,
        row.state,
        row.inc,
        row.since,
      ]);
      expect([store.hasFlag(i, COUNTED), store.hasFlag(i, DEAD_COUNTED)]).toEqual([
        (row.flags & COUNTED) !== 0,
        (row.flags & DEAD_COUNTED) !== 0,
      ]);
    }
  }
  expect([...store.list()].map((i) => store.name(i))).toEqual([...model.keys()]);
}

describe("member store", () => {
  it("with shared ids: the same rows and the same order as a Map (a name added again goes last)", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 150 }), (ops) => {
        const index = new NameIndex();
        for (const n of ["z", "x", "c"]) index.id(n); // ids not in insertion order
        check(new SharedIds(index), ops);
      }),
      { numRuns: 500 },
    );
  });

  it("with private ids (reused after removal): the same rows and the same order as a Map", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 150 }), (ops) => check(new PrivateIds(), ops)),
      { numRuns: 500 },
    );
  });

  it("keeps the order across removals before and after listing", () => {
    const s = new MemberStore(new PrivateIds());
    const add = (n: string) => s.add(n, info(n), ALIVE, 0, 0);
    const names = () => [...s.list()].map((i) => s.name(i));
    for (const n of ["a", "b", "c"]) add(n);
    s.remove(s.find("a"));
    expect(names()).toEqual(["b", "c"]);
    s.remove(s.find("c"));
    add("d");
    add("a");
    expect(names()).toEqual(["b", "d", "a"]);
    s.remove(s.find("d"));
    expect(names()).toEqual(["b", "a"]);
  });

  it("reuses a removed member's private id for a new name, with none of the old row", () => {
    const s = new MemberStore(new PrivateIds());
    const a = s.add("a", info("a"), DEAD, 7, 5);
    s.setFlag(a, DEAD_COUNTED, true);
    s.remove(a);
    expect([s.find("a"), s.has(a), s.size]).toEqual([-1, false, 0]);
    const b = s.add("b", info("b"), ALIVE, 1, 9);
    expect(b).toBe(a);
    expect([s.name(b), s.state[b], s.incarnation[b], s.since[b], s.hasFlag(b, DEAD_COUNTED)]).toEqual([
      "b",
      ALIVE,
      1,
      9,
      false,
    ]);
    expect(s.find("a")).toBe(-1);
  });

  it("never reuses shared ids, and finds no member another engine added", () => {
    const index = new NameIndex();
    const one = new MemberStore(new SharedIds(index));
    const two = new MemberStore(new SharedIds(index));
    const a = one.add("a", info("a"), ALIVE, 0, 0);
    expect(two.find("a")).toBe(-1);
    one.remove(a);
    const b = one.add("b", info("b"), ALIVE, 0, 0);
    expect(b).not.toBe(a);
    expect(two.add("a", info("a"), ALIVE, 0, 0)).toBe(a);
  });

  it("grows its columns past their first capacity without losing rows", () => {
    const s = new MemberStore(new PrivateIds());
    for (let i = 0; i < 1000; i++) s.add(`n${i}`, info(`n${i}`), (i % 4) as StateCode, i * 3, i / 7);
    for (let i = 0; i < 1000; i += 2) s.remove(s.find(`n${i}`));
    expect(s.size).toBe(500);
    const listed = [...s.list()].map((i) => s.name(i));
    expect(listed).toEqual(Array.from({ length: 500 }, (_, k) => `n${2 * k + 1}`));
    for (let i = 1; i < 1000; i += 2) {
      const id = s.find(`n${i}`);
      expect([s.state[id], s.incarnation[id], s.since[id]]).toEqual([i % 4, i * 3, i / 7]);
    }
  });
});
