import { describe, expect, it } from "vitest";
import { Prng } from "./prng.js";
import { ProbeList } from "./probe-list.js";

describe("PRNG and probe order", () => {
  it("PRE-5: the same seed gives the same sequence; different seeds differ", () => {
    const a = new Prng(123);
    const b = new Prng(123);
    const c = new Prng(124);
    const sa = Array.from({ length: 20 }, () => a.nextU32());
    expect(Array.from({ length: 20 }, () => b.nextU32())).toEqual(sa);
    expect(Array.from({ length: 20 }, () => c.nextU32())).not.toEqual(sa);
  });

  it("below(n) stays in range and covers it", () => {
    const r = new Prng(5);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const x = r.below(7);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(7);
      seen.add(x);
    }
    expect(seen.size).toBe(7);
  });

  it("FD-2: each pass of the probe list visits every member once, in a reshuffled order", () => {
    const list = new ProbeList(new Prng(9));
    const ids = Array.from({ length: 20 }, (_, i) => i);
    for (const n of ids) list.add(n);
    const pass1 = ids.map(() => list.next(() => true) as number);
    const pass2 = ids.map(() => list.next(() => true) as number);
    expect([...pass1].sort((a, b) => a - b)).toEqual(ids);
    expect([...pass2].sort((a, b) => a - b)).toEqual(ids);
    expect(pass1).not.toEqual(pass2);
  });

  it("FD-3: a new member is inserted at a random position", () => {
    const positions = new Set<number>();
    for (let seed = 0; seed < 30; seed++) {
      const list = new ProbeList(new Prng(seed));
      for (let i = 0; i < 10; i++) list.add(i);
      list.add(99);
      positions.add(list.toArray().indexOf(99));
    }
    expect(positions.size).toBeGreaterThan(5);
  });

  it("FD-2: members not eligible are skipped; removal keeps the rest", () => {
    const list = new ProbeList(new Prng(1));
    for (let i = 0; i < 5; i++) list.add(i);
    list.remove(2);
    const got = Array.from({ length: 8 }, () => list.next((n) => n !== 3));
    expect(got).not.toContain(2);
    expect(got).not.toContain(3);
    expect(list.next(() => false)).toBeUndefined();
  });
});
