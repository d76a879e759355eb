import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRDT_TYPE_NAMES } from "./base.js";
import { compareStrings, fromHex, Reader, toHex, Writer } from "./bytes.js";
import { GCounter, PNCounter } from "./counters.js";
import { runSteps, stepArb } from "./laws.testkit.js";
import { OrMap } from "./ormap.js";
import { OrSet } from "./orset.js";
import { type AnyCrdt, crdtFromJson, decodeCrdt, emptyCrdt } from "./registry.js";
import { GSet, TwoPSet } from "./sets.js";

const allStates = fc
  .tuple(fc.constantFrom(...CRDT_TYPE_NAMES), fc.array(stepArb, { maxLength: 20 }))
  .map(([type, steps]) => {
    const run = runSteps(type, steps);
    return [...run.replicas, ...run.deltas.map((d) => d.delta)];
  });

describe("canonical encoding", () => {
  it("CRDT-14: every state round-trips through bytes and JSON unchanged", () => {
    fc.assert(
      fc.property(allStates, (states) => {
        for (const s of states) {
          const bytes = s.encode();
          const back = decodeCrdt(bytes, s.type);
          expect(back.ok).toBe(true);
          if (!back.ok) return;
          expect(toHex(back.value.encode())).toBe(toHex(bytes));
          const json = JSON.parse(JSON.stringify(s.toJSON()));
          const fromJson = crdtFromJson(json);
          expect(fromJson.ok).toBe(true);
          if (fromJson.ok) expect(toHex(fromJson.value.encode())).toBe(toHex(bytes));
          expect(back.value.value()).toEqual(s.value());
        }
      }),
      { numRuns: 150 },
    );
  });

  it("CRDT-14: the same state built in any insertion order encodes to the same bytes", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom("😀", "\ue000", "é", "\u0000", "")), {
          maxLength: 12,
        }),
        fc.nat(),
        (raw, seed) => {
          const items = [...new Set(raw)];
          const shuffled = [...items].sort(() => 0).reverse();
          const rotated = items.map((_, i) => items[(i + seed) % items.length]!);
          const a = GSet.empty();
          const b = GSet.empty();
          const c = GSet.empty();
          for (const e of items) a.add(e);
          for (const e of shuffled) b.add(e);
          for (const e of rotated) c.add(e);
          expect(toHex(b.encode())).toBe(toHex(a.encode()));
          expect(toHex(c.encode())).toBe(toHex(a.encode()));
          expect(a.value()).toEqual([...items].sort(compareStrings));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("CRDT-13: strings sort by code point (UTF-8 bytes), not UTF-16 units", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (a, b) => {
        const ea = new TextEncoder().encode(a);
        const eb = new TextEncoder().encode(b);
        const byBytes = Buffer.compare(Buffer.from(ea), Buffer.from(eb));
        expect(Math.sign(compareStrings(a, b))).toBe(byBytes);
      }),
    );
    expect(compareStrings("\ue000", "😀")).toBeLessThan(0);
  });

  it("CRDT-15: decoding arbitrary bytes never throws, and accepted bytes are exactly canonical", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const r = decodeCrdt(bytes);
        if (r.ok) expect(toHex(r.value.encode())).toBe(toHex(bytes));
        else expect(r.error.code).toBe("CRDT_MALFORMED");
      }),
      { numRuns: 2000 },
    );
  });

  it("CRDT-15: corrupted valid states are rejected or re-encode to the same bytes", () => {
    fc.assert(
      fc.property(allStates, fc.nat(), fc.nat(255), fc.nat(3), (states, at, byte, how) => {
        for (const s of states) {
          const good = s.encode();
          let bad: Uint8Array;
          if (how === 0) {
            bad = good.slice();
            bad[at % bad.length] = byte;
          } else if (how === 1) bad = good.slice(0, at % good.length);
          else if (how === 2) bad = Uint8Array.of(...good, byte);
          else bad = Uint8Array.of(...good.slice(0, at % good.length), byte, ...good.slice(at % good.length));
          const r = decodeCrdt(bad);
          if (r.ok) expect(toHex(r.value.encode())).toBe(toHex(bad));
        }
      }),
      { numRuns: 200 },
    );
  });
});

function reject(hex: string, why: RegExp): void {
  const r = decodeCrdt(fromHex(hex)!);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe("CRDT_MALFORMED");
    expect(r.error.message).toMatch(why);
  }
}

describe("CRDT-13/14: non-canonical and malformed inputs are typed errors", () => {
  it("rejects unknown type codes, empty input and trailing bytes", () => {
    reject("", /end/);
    reject("00", /unknown CRDT type code 0/);
    reject("0a00", /unknown CRDT type code 10/);
    reject("030000", /trailing/);
  });
  it("CRDT-11: rejects non-minimal and over-long varints", () => {
    reject("038000", /non-minimal/);
    reject("01010161ffffffffffffffffff7f", /64 bits/);
    // 2^64 - 1 is fine.
    expect(decodeCrdt(fromHex("01010161ffffffffffffffffff01")!).ok).toBe(true);
  });
  it("CRDT-13/14: rejects unsorted, duplicate and zero entries", () => {
    reject("030201620161", /sorted/); // g-set ["b", "a"]
    reject("030201610161", /sorted/); // g-set ["a", "a"]
    reject("0101016100", /zero/); // g-counter {"a": 0}
    reject("070101610000".slice(0, 10), /zero/); // max-change-set {"a": 0}
  });
  it("rejects invalid UTF-8 and counts larger than the input", () => {
    reject("030101ff", /UTF-8/);
    reject("0305", /count/);
  });
  it("CRDT-34: rejects an element both live and removed", () => {
    reject("04010161010161", /both live and removed/);
  });
  it("CRDT-36: rejects entry dots outside the context and a non-compact cloud", () => {
    // or-set, empty context, one entry (a,1,"x")
    reject("05000001016101017" + "8", /not in context/);
    // cloud dot (a,1) with vv empty: should have been in the vector
    reject("050001016101" + "00", /not compact/);
  });
  it("CRDT-52: rejects maps nested deeper than the bound", () => {
    let m: AnyCrdt = OrMap.empty();
    for (let i = 0; i < 5; i++) {
      const inner = m;
      const outer = OrMap.empty();
      outer.update("r", "k", "or-map", (x) => x.merge(inner));
      m = outer;
    }
    reject(toHex(m.encode()), /deeper/);
  });
  it("a declared type other than the bytes' type is a typed error", () => {
    const r = decodeCrdt(GSet.empty().encode(), "g-counter");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("CRDT_MALFORMED");
  });
  it("JSON forms are validated too", () => {
    expect(crdtFromJson({ type: "nope" }).ok).toBe(false);
    expect(crdtFromJson({ type: "g-counter", counts: [["a", "-1"]] }).ok).toBe(false);
    expect(crdtFromJson({ type: "g-counter", counts: [["a", String(2n ** 64n)]] }).ok).toBe(false);
    expect(
      crdtFromJson({ type: "or-set", context: { vv: [], cloud: [] }, entries: [["a", 1, "x"]] }).ok,
    ).toBe(false);
    expect(crdtFromJson(null).ok).toBe(false);
  });
});

describe("primitives", () => {
  it("varints round-trip at the 64-bit boundary", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }), (v) => {
        const b = new Writer().uvarint(v).finish();
        const r = new Reader(b);
        expect(r.uvarintBig()).toBe(v);
        r.end();
      }),
    );
  });
  it("counter overflow is a typed error, not a wrap", () => {
    const c = GCounter.empty();
    c.increment("a", (1n << 64n) - 1n);
    expect(() => c.increment("a", 1)).toThrowError(expect.objectContaining({ code: "CRDT_OVERFLOW" }));
    expect(() => c.increment("a", -1)).toThrowError(
      expect.objectContaining({ code: "CRDT_INVALID_ARGUMENT" }),
    );
    expect(() => GSet.empty().add("\ud800")).toThrowError(
      expect.objectContaining({ code: "CRDT_INVALID_ARGUMENT" }),
    );
  });
  it("every type's empty state encodes as its type code and empty body", () => {
    const expected: Record<string, string> = {
      "g-counter": "0100",
      "pn-counter": "020000",
      "g-set": "0300",
      "two-p-set": "040000",
      "or-set": "05000000",
      "lww-element-set": "0600",
      "max-change-set": "0700",
      "lww-register": "0800",
      "or-map": "09000000",
    };
    for (const t of CRDT_TYPE_NAMES) expect(toHex(emptyCrdt(t).encode())).toBe(expected[t]);
  });
  it("PN-Counter value can go negative and 2P-Set removals are permanent", () => {
    const p = PNCounter.empty();
    p.decrement("a", 5);
    p.increment("b", 2);
    expect(p.value()).toBe(-3n);
    const s = TwoPSet.empty();
    s.add("x");
    s.remove("x");
    expect(s.add("x").isEmpty()).toBe(true);
    expect(s.value()).toEqual([]);
  });
  it("CRDT-40: an OR-Set keeps no tombstone for removed elements", () => {
    const a = OrSet.empty();
    for (let i = 0; i < 100; i++) {
      a.add("r1", `e${i}`);
      a.remove(`e${i}`);
    }
    expect(a.value()).toEqual([]);
    expect(a.dotCount()).toBe(0);
    // The context compacts to one vector entry: a few bytes, whatever the history.
    expect(toHex(a.encode())).toBe("050102723164" + "0000");
  });
});
