import type { UserEvent } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EventBuffer, EventError, eventKey } from "./buffer.js";

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
let counter = 0;
const rnd = (n: number): Uint8Array => {
  const out = new Uint8Array(n);
  counter++;
  for (let i = 0; i < n; i++) out[i] = (counter * 31 + i * 7) & 0xff;
  return out;
};
const ev = (origin: string, idByte: number, ltime = 0, ttl = 3): UserEvent => ({
  type: "user-event",
  id: new Uint8Array(16).fill(idByte),
  origin,
  name: "deploy",
  payload: b("v1"),
  ltime,
  ttl,
});

describe("EventBuffer", () => {
  it("EVT-1 EVT-2: an emitted event has a 16-byte random id, the current Lamport time and the full hop budget", () => {
    const e = new EventBuffer("a", { initialTtl: 5 });
    const x = e.emit("deploy", b("v1"), 0, rnd);
    const y = e.emit("deploy", b("v2"), 0, rnd);
    expect(x.id.length).toBe(16);
    expect(x.origin).toBe("a");
    expect(x.ttl).toBe(5);
    expect([x.ltime, y.ltime]).toEqual([0, 1]);
    expect(e.time()).toBe(2);
    expect(eventKey("a", x.id)).not.toBe(eventKey("a", y.id));
  });

  it("EVT-20: names and payloads over the limits are refused with typed errors", () => {
    const e = new EventBuffer("a", { maxNameBytes: 3, maxPayloadBytes: 2 });
    expect(() => e.emit("", b(""), 0, rnd)).toThrow(expect.objectContaining({ code: "event-name-invalid" }));
    expect(() => e.emit("abcd", b(""), 0, rnd)).toThrow(
      expect.objectContaining({ code: "event-name-too-large" }),
    );
    expect(() => e.emit("abc", b("xyz"), 0, rnd)).toThrow(EventError);
    expect(() => new EventBuffer("a", { seenCapacity: 0 })).toThrow(
      expect.objectContaining({ code: "event-config-invalid" }),
    );
  });

  it("EVT-2: receiving witnesses the Lamport time", () => {
    const e = new EventBuffer("a");
    e.receive(ev("b", 1, 41), 0);
    expect(e.time()).toBe(42);
    e.receive(ev("b", 2, 3), 0);
    expect(e.time()).toBe(42);
    expect(e.emit("x", b(""), 0, rnd).ltime).toBe(42);
  });

  it("EVT-10: the same (origin, id) is delivered once; the same id from another origin is another event", () => {
    const e = new EventBuffer("a");
    expect(e.receive(ev("b", 1), 0).verdict).toBe("deliver");
    expect(e.receive(ev("b", 1), 1).verdict).toBe("duplicate");
    expect(e.receive({ ...ev("b", 1), ttl: 9 }, 2).verdict).toBe("duplicate");
    expect(e.receive(ev("c", 1), 3).verdict).toBe("deliver");
    expect(e.counters).toMatchObject({ delivered: 2, duplicates: 2 });
  });

  it("EVT-12: a node never delivers its own event, even after forgetting it", () => {
    const e = new EventBuffer("a", { seenCapacity: 1 });
    const mine = e.emit("x", b(""), 0, rnd);
    e.receive(ev("b", 1), 0); // evicts mine from the seen-set
    expect(e.hasSeen("a", mine.id)).toBe(false);
    expect(e.receive(mine, 0).verdict).toBe("duplicate");
  });

  it("EVT-11: the seen-set is bounded in size and in age", () => {
    const e = new EventBuffer("a", { seenCapacity: 3, seenRetentionMs: 100 });
    for (let i = 1; i <= 5; i++) e.receive(ev("b", i, i), i);
    expect(e.seenCount()).toBe(3);
    expect(e.hasSeen("b", new Uint8Array(16).fill(2))).toBe(false);
    expect(e.hasSeen("b", new Uint8Array(16).fill(5))).toBe(true);
    expect(e.nextDeadline()).toBe(103);
    e.expire(104);
    expect(e.seenCount()).toBe(1);
    e.expire(105);
    expect(e.seenCount()).toBe(0);
    expect(e.nextDeadline()).toBe(Number.POSITIVE_INFINITY);
  });

  it("EVT-31: a new event is forwarded with one hop less; with no hops left it is delivered but not forwarded", () => {
    const e = new EventBuffer("a");
    expect(e.receive(ev("b", 1, 0, 3), 0).forward?.ttl).toBe(2);
    const last = e.receive(ev("b", 2, 0, 0), 0);
    expect(last.verdict).toBe("deliver");
    expect(last.forward).toBeUndefined();
    expect(e.receive(ev("b", 1, 0, 3), 0).forward).toBeUndefined();
  });

  it("EVT-32: an event older than the Lamport window is ignored, so a forgotten event cannot come back", () => {
    const e = new EventBuffer("a", { lamportWindow: 10, seenCapacity: 1 });
    expect(e.receive(ev("b", 1, 5), 0).verdict).toBe("deliver");
    expect(e.receive(ev("b", 2, 20), 0).verdict).toBe("deliver"); // evicts (b,1); clock 21
    expect(e.receive(ev("b", 1, 5), 0).verdict).toBe("too-old");
    expect(e.receive(ev("c", 3, 11), 0).verdict).toBe("deliver");
  });

  it("EVT-21: malformed events are counted and dropped without throwing", () => {
    const e = new EventBuffer("a", { maxPayloadBytes: 2 });
    const bad: UserEvent[] = [
      { ...ev("b", 1), id: new Uint8Array(15) },
      { ...ev("b", 1), origin: "" },
      { ...ev("b", 1), name: "" },
      { ...ev("b", 1), payload: b("xyz") },
      { ...ev("b", 1), ltime: -1 },
      { ...ev("b", 1), ltime: 2 ** 60 },
      { ...ev("b", 1), ttl: 256 },
    ];
    for (const x of bad) expect(e.receive(x, 0).verdict).toBe("malformed");
    expect(e.counters.malformed).toBe(bad.length);
    expect(e.time()).toBe(0);
  });

  it("EVT-10 EVT-31: however copies are duplicated and reordered, each event is delivered exactly once and forwarded at most once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.constantFrom("b", "c", "d"), fc.integer({ min: 1, max: 6 }), fc.nat(4), fc.nat(50)),
          {
            maxLength: 200,
            size: "max",
          },
        ),
        (copies) => {
          const e = new EventBuffer("a", { lamportWindow: 1_000_000 });
          const delivered = new Map<string, number>();
          const forwarded = new Map<string, number>();
          for (const [origin, id, ttl, ltime] of copies) {
            const x = ev(origin, id, ltime, ttl);
            const r = e.receive(x, 0);
            const k = eventKey(origin, x.id);
            if (r.verdict === "deliver") delivered.set(k, (delivered.get(k) ?? 0) + 1);
            if (r.forward !== undefined) {
              forwarded.set(k, (forwarded.get(k) ?? 0) + 1);
              expect(r.forward.ttl).toBe(ttl - 1);
            }
          }
          const distinct = new Set(copies.map(([o, i]) => `${o}/${i}`));
          expect(delivered.size).toBe(distinct.size);
          for (const n of delivered.values()) expect(n).toBe(1);
          for (const n of forwarded.values()) expect(n).toBe(1);
        },
      ),
      { numRuns: 100 },
    );
  });
});
