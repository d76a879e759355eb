/**
 * Key/value benchmark: virtual time for one key/value change to reach every
 * node of a 50- and a 500-node cluster in the in-memory driver, and the bytes
 * it cost (bytes sent while it spread, minus bytes sent in an idle window of
 * the same length). Baseline, measured in the same run: the same for a
 * membership update (a metadata change). Prints medians of several trials.
 *
 * Run: pnpm --filter @gossip/core build && node packages/core/dist/bench/kv-bench.js [sizes...]
 */
import type { Output } from "../io.js";
import { MemoryNetwork } from "../testing/network.js";

const TRIALS = 5;
const STEP_MS = 10;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function bytesOf(o: Output): number {
  return o.kind === "datagram" || o.kind === "stream-request" || o.kind === "stream-reply"
    ? o.bytes.length
    : 0;
}

interface Sample {
  readonly ms: number;
  readonly bytes: number;
}

function run(n: number): void {
  let sent = 0;
  const net = new MemoryNetwork({
    seed: 42,
    latency: [1, 10],
    defaults: { preset: "lan" },
    onOutput: (_node, o) => {
      sent += bytesOf(o);
    },
  });
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    names.push(`n${i}`);
    net.addNode(`n${i}`);
  }
  const wall0 = performance.now();
  for (let i = 1; i < n; i++) net.join(`n${i}`, ["n0"]);
  if (!net.runUntilTrue(() => net.converged(names), 300_000, 500)) {
    console.log(`${n} nodes: membership did not converge within 300 s virtual`);
    return;
  }
  net.run(10_000);
  const kv: Sample[] = [];
  const meta: Sample[] = [];
  for (let t = 0; t < TRIALS; t++) {
    const writer = names[(t * 7 + 1) % n] as string;
    const engine = () => net.node(writer).engine;
    // Key/value change.
    let b0 = sent;
    let t0 = net.now;
    const value = new Uint8Array([t, 1, 2, 3]);
    engine().setKey(`bench-${t}`, value, undefined, net.now);
    const reached = () => names.every((x) => net.node(x).engine.getKey(writer, `bench-${t}`) !== undefined);
    if (!net.runUntilTrue(reached, 300_000, STEP_MS)) throw new Error("key did not spread");
    let ms = net.now - t0;
    let bytes = sent - b0;
    b0 = sent;
    net.run(ms);
    kv.push({ ms, bytes: bytes - (sent - b0) });
    net.run(5_000);
    // Membership update (baseline): a metadata change.
    b0 = sent;
    t0 = net.now;
    const m = new Uint8Array([t, 9, 9]);
    engine().setMeta(m, net.now);
    const seen = () =>
      names.every(
        (x) =>
          net.node(x).engine.member(writer)?.meta[0] === t &&
          net.node(x).engine.member(writer)?.meta[1] === 9,
      );
    if (!net.runUntilTrue(seen, 300_000, STEP_MS)) throw new Error("meta did not spread");
    ms = net.now - t0;
    bytes = sent - b0;
    b0 = sent;
    net.run(ms);
    meta.push({ ms, bytes: bytes - (sent - b0) });
    net.run(5_000);
  }
  const kvMs = median(kv.map((s) => s.ms));
  const metaMs = median(meta.map((s) => s.ms));
  const kvBytes = median(kv.map((s) => s.bytes));
  const metaBytes = median(meta.map((s) => s.bytes));
  console.log(
    `${String(n).padStart(4)} nodes: key/value change reaches all in ${kvMs} ms virtual (median of ${TRIALS}), ` +
      `extra bytes ${kvBytes} (${(kvBytes / n).toFixed(0)} per node); ` +
      `membership update (baseline) ${metaMs} ms, extra bytes ${metaBytes}; ` +
      `time ratio kv/baseline ${(kvMs / metaMs).toFixed(2)}, bytes ratio ${(kvBytes / Math.max(1, metaBytes)).toFixed(2)} ` +
      `[wall ${((performance.now() - wall0) / 1000).toFixed(1)} s]`,
  );
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((x) => x > 1);
for (const n of sizes.length > 0 ? sizes : [50, 500]) run(n);
