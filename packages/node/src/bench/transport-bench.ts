/**
 * Benchmark: datagrams through the runtime (engine outputs → UDP transport →
 * engine input on the peer) against raw node:dgram sockets measured in the
 * same process. Prints medians and the ratio. Run: `pnpm --filter @gossip/node bench`.
 */
import dgram from "node:dgram";
import { performance } from "node:perf_hooks";
import type { Address } from "@gossip/codec";
import type { Output } from "@gossip/core";
import type { EngineInit, RuntimeEngine } from "../engine.js";
import { createNode } from "../node.js";

const TOTAL = 20_000;
const BATCH = 50;
const SIZE = 200;
const ROUNDS = 5;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Waits until `count()` reaches `target` (polling the event loop). */
async function until(count: () => number, target: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (count() < target) {
    if (Date.now() > deadline) throw new Error(`stalled at ${count()}/${target}`);
    await new Promise((r) => setImmediate(r));
  }
}

async function rawRound(): Promise<number> {
  const rx = dgram.createSocket("udp4");
  const tx = dgram.createSocket("udp4");
  let got = 0;
  rx.on("message", () => got++);
  await new Promise<void>((r) => rx.bind(0, "127.0.0.1", () => r()));
  rx.setRecvBufferSize(2 * 1024 * 1024); // as the runtime does (TRN-3)
  const port = rx.address().port;
  const payload = Buffer.alloc(SIZE, 7);
  const t0 = performance.now();
  for (let sent = 0; sent < TOTAL; sent += BATCH) {
    for (let i = 0; i < BATCH; i++) tx.send(payload, port, "127.0.0.1");
    await until(() => got, sent + BATCH);
  }
  const ms = performance.now() - t0;
  rx.close();
  tx.close();
  return ms;
}

/** An engine that only sends what it is told to and counts what it receives. */
function sinkEngine(init: EngineInit) {
  let outputs: Output[] = [];
  let received = 0;
  const e: RuntimeEngine & { blast(to: Address, n: number): void; received(): number } = {
    name: init.name,
    handleDatagram: () => {
      received++;
    },
    handleStreamRequest: () => {},
    handleStreamReply: () => {},
    handleStreamFailure: () => {},
    tick: () => {},
    join: () => {},
    leave: () => {},
    takeOutputs: () => {
      const o = outputs;
      outputs = [];
      return o;
    },
    nextWakeup: () => Number.POSITIVE_INFINITY,
    members: () => [],
    // Used through setKey so that the node drains the outputs like any API call.
    setKey: () => {},
    blast(to, n) {
      const bytes = new Uint8Array(SIZE).fill(7);
      for (let i = 0; i < n; i++) outputs.push({ kind: "datagram", to, bytes });
    },
    received: () => received,
  };
  return e;
}

async function runtimeRound(): Promise<number> {
  let rxEngine: ReturnType<typeof sinkEngine> | undefined;
  let txEngine: ReturnType<typeof sinkEngine> | undefined;
  const rx = await createNode({
    name: "rx",
    bindAddress: "127.0.0.1",
    bindPort: 0,
    engine: (init) => (rxEngine = sinkEngine(init)),
  });
  const tx = await createNode({
    name: "tx",
    bindAddress: "127.0.0.1",
    bindPort: 0,
    engine: (init) => (txEngine = sinkEngine(init)),
  });
  const to: Address = { ip: Uint8Array.from([127, 0, 0, 1]), port: rx.port };
  const t0 = performance.now();
  for (let sent = 0; sent < TOTAL; sent += BATCH) {
    txEngine!.blast(to, BATCH);
    tx.setKey("go", ""); // an API call: the node takes and sends the outputs
    await until(() => rxEngine!.received(), sent + BATCH);
  }
  const ms = performance.now() - t0;
  await Promise.all([rx.close(), tx.close()]);
  return ms;
}

const raw: number[] = [];
const rt: number[] = [];
for (let i = 0; i < ROUNDS; i++) {
  raw.push(await rawRound());
  rt.push(await runtimeRound());
}
const mRaw = median(raw);
const mRt = median(rt);
const rate = (ms: number) => Math.round((TOTAL / ms) * 1000);
console.log(`datagrams: ${TOTAL} x ${SIZE} B over loopback UDP in batches of ${BATCH}, ${ROUNDS} rounds`);
console.log(`raw node:dgram        median ${mRaw.toFixed(1)} ms  (${rate(mRaw)} datagrams/s)`);
console.log(`@gossip/node runtime  median ${mRt.toFixed(1)} ms  (${rate(mRt)} datagrams/s)`);
console.log(`ratio runtime/raw     ${(mRt / mRaw).toFixed(2)}`);
