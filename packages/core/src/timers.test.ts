import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Timer, TimerHeap } from "./timers.js";

const noop = () => {};

describe("TimerHeap.peekAfter", () => {
  it("is the earliest live timer after the top one, and leaves the pop order unchanged", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 20 }), cancel: fc.boolean() }), {
          minLength: 1,
          maxLength: 30,
        }),
        (specs) => {
          const heap = new TimerHeap();
          const timers = specs.map((s) => heap.schedule(s.at, noop));
          specs.forEach((s, i) => {
            if (s.cancel) (timers[i] as Timer).cancelled = true;
          });
          const live = timers.filter((t) => !t.cancelled).sort((a, b) => a.at - b.at || a.order - b.order);
          const top = heap.peek();
          expect(top).toBe(live[0]);
          if (top === undefined) return;
          expect(heap.peekAfter(top)).toBe(live[1]);
          const popped: Timer[] = [];
          for (let t = heap.peek(); t !== undefined; t = heap.peek()) popped.push(heap.pop() as Timer);
          expect(popped).toEqual(live);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a timer that is not the top one", () => {
    const heap = new TimerHeap();
    heap.schedule(1, noop);
    const later = heap.schedule(2, noop);
    expect(() => heap.peekAfter(later)).toThrow(expect.objectContaining({ code: "timer-not-top" }));
  });
});
