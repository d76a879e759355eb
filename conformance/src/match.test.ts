import { describe, expect, it } from "vitest";
import { diffLines, match, PatternError, resolve, type Vars } from "./match.js";

const ok = (p: unknown, a: unknown, vars: Vars = new Map()) => match(p, a, vars) === undefined;

describe("patterns", () => {
  it("objects match by listed keys, arrays by length and order, scalars by equality", () => {
    expect(ok({ type: "ack", seq: 7 }, { type: "ack", seq: 7, payload: "" })).toBe(true);
    expect(ok({ type: "ack", seq: 7 }, { type: "ack", seq: 8 })).toBe(false);
    expect(ok([1, 2], [1, 2])).toBe(true);
    expect(ok([1, 2], [2, 1])).toBe(false);
    expect(ok([1], [1, 2])).toBe(false);
    expect(match({ a: { b: 1 } }, { a: { b: 2 } }, new Map())).toEqual({
      path: "/a/b",
      expected: "1",
      actual: "2",
    });
  });

  it("captures bind on success only, and must agree when bound twice", () => {
    const vars: Vars = new Map();
    expect(ok({ seq: { $capture: "s" }, x: 1 }, { seq: 5, x: 2 }, vars)).toBe(false);
    expect(vars.has("s")).toBe(false);
    expect(ok({ seq: { $capture: "s" } }, { seq: 5 }, vars)).toBe(true);
    expect(vars.get("s")).toBe(5);
    expect(ok({ seq: { $capture: "s" } }, { seq: 6 }, vars)).toBe(false);
    expect(ok({ seq: { $var: "s" } }, { seq: 5 }, vars)).toBe(true);
    expect(ok({ seq: { $add: [{ $var: "s" }, 1] } }, { seq: 6 }, vars)).toBe(true);
    expect(ok({ seq: { $not: { $var: "s" } } }, { seq: 5 }, vars)).toBe(false);
  });

  it("numeric, type, length, absence and alternatives", () => {
    expect(ok({ $gt: 5 }, 6)).toBe(true);
    expect(ok({ $gt: 5 }, 5)).toBe(false);
    expect(ok({ $gte: 5, $lte: 5 }, 5)).toBe(true);
    expect(ok({ $lt: 1 }, "0")).toBe(false);
    expect(ok({ $type: "array" }, [])).toBe(true);
    expect(ok({ $len: 2 }, "ab")).toBe(true);
    expect(ok({ x: { $absent: true } }, {})).toBe(true);
    expect(ok({ x: { $absent: true } }, { x: 0 })).toBe(false);
    expect(ok({ x: { $any: true } }, {})).toBe(true);
    expect(ok({ $oneOf: ["a", "b"] }, "b")).toBe(true);
    expect(ok({ $oneOf: ["a", "b"] }, "c")).toBe(false);
  });

  it("$contains needs a distinct element per pattern; $unordered also the same length", () => {
    expect(ok({ $contains: [{ t: 1 }, { t: 1 }] }, [{ t: 1 }, { t: 2 }])).toBe(false);
    expect(ok({ $contains: [{ t: 1 }, { t: 2 }] }, [{ t: 2 }, { t: 3 }, { t: 1 }])).toBe(true);
    expect(ok({ $unordered: [1, 2] }, [2, 1])).toBe(true);
    expect(ok({ $unordered: [1, 2] }, [2, 1, 3])).toBe(false);
  });

  it("unknown matchers and unbound variables are errors in the vector, not mismatches", () => {
    expect(() => match({ $regex: "x" }, "x", new Map())).toThrow(PatternError);
    expect(() => resolve({ $var: "nope" }, new Map())).toThrow(PatternError);
  });

  it("templates substitute variables and sums", () => {
    const vars: Vars = new Map([["s", 41]]);
    expect(resolve({ messages: [{ seq: { $add: [{ $var: "s" }, 1] } }] }, vars)).toEqual({
      messages: [{ seq: 42 }],
    });
  });

  it("diffs mark expected and actual lines", () => {
    const d = diffLines({ type: "ack", seq: 7 }, { type: "ack", seq: 8 });
    expect(d).toContain('-   "seq": 7');
    expect(d).toContain('+   "seq": 8');
    expect(d).toContain('    "type": "ack",');
  });
});
