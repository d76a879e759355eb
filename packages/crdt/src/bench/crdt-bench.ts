/**
 * `pnpm --filter @gossip/crdt bench`: medians of the hot operations, each with
 * a ratio to a baseline measured in the same process (JSON round trip of the
 * same data), so numbers from a noisy machine stay comparable.
 */
import { GCounter } from "../counters.js";
import { SharedData } from "../handles.js";
import { OrSet } from "../orset.js";
import { decodeCrdt } from "../registry.js";
import { SharedStore } from "../store.js";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median microseconds per call of `fn` over `rounds` rounds of `iters` calls. */
function measure(fn: () => void, iters: number, rounds = 9): number {
  for (let i = 0; i < iters; i++) fn(); // warm-up
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t = performance.now();
    for (let i = 0; i < iters; i++) fn();
    out.push(((performance.now() - t) * 1000) / iters);
  }
  return median(out);
}

let rows: string[][] = [];
function report(name: string, us: number, baseUs: number): void {
  rows.push([name, us.toFixed(2), baseUs.toFixed(2), (us / baseUs).toFixed(2)]);
}

function suite(): void {
  // 100-replica G-Counter: decode + merge, against JSON.parse + per-key max of the same map.
  const counter = GCounter.empty();
  for (let i = 0; i < 100; i++) counter.increment(`node-${i}`, 1000 + i);
  const bytes = counter.encode();
  const json = JSON.stringify(
    Object.fromEntries(counter.replicas().map((r) => [r, counter.get(r).toString()])),
  );
  const jsonBase = measure(() => {
    const o = JSON.parse(json) as Record<string, string>;
    const acc: Record<string, bigint> = {};
    for (const [k, v] of Object.entries(o)) {
      const b = BigInt(v);
      if (!(k in acc) || acc[k]! < b) acc[k] = b;
    }
  }, 2000);
  report(
    "g-counter(100) decode+merge",
    measure(() => {
      const r = decodeCrdt(bytes, "g-counter");
      if (r.ok) GCounter.empty().merge(r.value);
    }, 2000),
    jsonBase,
  );
  report(
    "g-counter(100) encode",
    measure(() => counter.encode(), 2000),
    measure(() => JSON.stringify(JSON.parse(json)), 2000),
  );

  // OR-Set add on sets of growing size (add is O(live dots) in this implementation).
  for (const n of [100, 1000, 10_000]) {
    const s = OrSet.empty();
    for (let i = 0; i < n; i++) s.add("r", `element-${i}`);
    const arr = Array.from({ length: n }, (_, i) => `element-${i}`);
    let k = 0;
    report(
      `or-set(${n}) add`,
      measure(() => s.add("r", `element-${k++ % n}`), n >= 10_000 ? 50 : 500),
      measure(() => arr.includes(`element-${k++ % n}`), n >= 10_000 ? 50 : 500),
    );
  }

  // SharedStore local write (clones and sizes the state: O(state) per write).
  for (const n of [10, 1000]) {
    const store = new SharedStore({ replicaId: "a", now: () => 0 });
    const shared = new SharedData(store);
    for (let i = 0; i < n; i++) shared.orSet("s").add(`e${i}`);
    const h = shared.counter("c");
    const arr = Array.from({ length: n }, (_, i) => `e${i}`);
    report(
      `store counter.increment (store holds or-set(${n}))`,
      measure(() => h.increment(1), 500),
      measure(() => arr.slice(), 500),
    );
    let k = 0;
    report(
      `store or-set(${n}).add`,
      measure(() => shared.orSet("s").add(`e${k++ % n}`), 200),
      measure(() => arr.slice(), 200),
    );
  }
}

// A full pass first, so that every case is measured with warm JIT; then the reported pass.
suite();
rows = [["case", "median µs", "baseline µs", "ratio"]];
suite();
const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const r of rows)
  console.log(r.map((x, c) => (c === 0 ? x.padEnd(widths[c]!) : x.padStart(widths[c]!))).join("  "));
