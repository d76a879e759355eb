/**
 * Engine benchmark: inputs processed per second with a 1,000-member view, and
 * memory per known member. Prints medians of several runs and the ratio to a
 * baseline measured in the same process (decoding the same envelopes only).
 *
 * Run: pnpm --filter @gossip/core bench
 */
import { type Address, decodePacket, encodePacket, type Message } from "@gossip/codec";
import { createEngine, type GossipEngine } from "../engine.js";

const CLUSTER = "bench";
const MEMBERS = 1000;
const RUNS = 7;
const INPUTS_PER_RUN = 20_000;

function addr(i: number): Address {
  return { ip: new Uint8Array([10, (i >> 16) & 255, (i >> 8) & 255, i & 255]), port: 7946 };
}

function aliveMsg(i: number, inc: number): Message {
  return {
    type: "alive",
    node: `member-${i}`,
    incarnation: inc,
    addr: addr(i),
    meta: new Uint8Array(16),
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  };
}

function newEngine(members: number): GossipEngine {
  const e = createEngine(
    { name: "self", cluster: CLUSTER, addr: addr(0), seed: 1, preset: "lan" },
    { now: 0 },
  );
  for (let i = 1; i < members; i += 50) {
    const batch: Message[] = [];
    for (let j = i; j < Math.min(members, i + 50); j++) batch.push(aliveMsg(j, 0));
    e.handleDatagram(addr(i), encodePacket(batch, { cluster: CLUSTER }), 0);
  }
  e.takeOutputs();
  return e;
}

/** A realistic input mix: pings to answer, acks, gossip packets carrying a few updates, and ticks. */
function inputs(count: number): { from: Address; bytes: Uint8Array | undefined }[] {
  const out: { from: Address; bytes: Uint8Array | undefined }[] = [];
  let inc = 1;
  for (let k = 0; k < count; k++) {
    const i = 1 + (k % (MEMBERS - 1));
    const from = addr(i);
    switch (k % 4) {
      case 0:
        out.push({
          from,
          bytes: encodePacket(
            [{ type: "ping", seq: k, target: "self", source: `member-${i}`, sourceAddr: from }],
            { cluster: CLUSTER },
          ),
        });
        break;
      case 1: {
        const msgs: Message[] = [];
        for (let j = 0; j < 5; j++) msgs.push(aliveMsg(1 + ((i + j * 37) % (MEMBERS - 1)), inc));
        inc++;
        out.push({ from, bytes: encodePacket(msgs, { cluster: CLUSTER }) });
        break;
      }
      case 2:
        out.push({
          from,
          bytes: encodePacket(
            [
              {
                type: "suspect",
                node: `member-${1 + ((i * 7) % (MEMBERS - 1))}`,
                incarnation: inc,
                from: `member-${i}`,
              },
              aliveMsg(1 + ((i * 7) % (MEMBERS - 1)), inc + 1),
            ],
            { cluster: CLUSTER },
          ),
        });
        inc += 2;
        break;
      default:
        out.push({ from, bytes: undefined }); // a tick
    }
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function runEngine(): number {
  const e = newEngine(MEMBERS);
  const ins = inputs(INPUTS_PER_RUN);
  let now = 1;
  const t0 = process.hrtime.bigint();
  for (const x of ins) {
    now += 1;
    if (x.bytes === undefined) e.tick(now);
    else e.handleDatagram(x.from, x.bytes, now);
    e.takeOutputs();
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return ins.length / secs;
}

function runBaseline(): number {
  const ins = inputs(INPUTS_PER_RUN);
  let sink = 0;
  const t0 = process.hrtime.bigint();
  for (const x of ins) {
    if (x.bytes === undefined) continue;
    const r = decodePacket(x.bytes, { cluster: CLUSTER });
    if (r.ok) sink += r.value.messages.length;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (sink < 0) console.log(sink);
  return ins.length / secs;
}

function memoryPerMember(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  const n = 20_000;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const e = newEngine(n);
  gc?.();
  const after = process.memoryUsage().heapUsed;
  if (e.knownMembers() !== n) throw new Error(`expected ${n} members, got ${e.knownMembers()}`);
  return (after - before) / n;
}

if (process.env.BENCH_PROFILE === "1") {
  for (let i = 0; i < 5; i++) runEngine();
  process.exit(0);
}
/** 100,000 members join and leave (1,000 per second of virtual time): the most records ever held. */
function churn(): { max: number; end: number; secs: number } {
  const e = createEngine(
    { name: "self", cluster: CLUSTER, addr: addr(0), seed: 1, preset: "lan" },
    { now: 0 },
  );
  let max = 0;
  let now = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 1; i <= 100_000; i++) {
    now += 1;
    const msgs: Message[] = [aliveMsg(i, 0), { type: "leave", node: `member-${i}`, incarnation: 0 }];
    e.handleDatagram(addr(i), encodePacket(msgs, { cluster: CLUSTER }), now);
    e.tick(now);
    e.takeOutputs();
    if (e.knownMembers() > max) max = e.knownMembers();
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  e.tick(now + 120_000);
  return { max, end: e.knownMembers(), secs };
}

const engineRuns: number[] = [];
const baseRuns: number[] = [];
runEngine(); // warm-up
runBaseline();
for (let r = 0; r < RUNS; r++) {
  engineRuns.push(runEngine());
  baseRuns.push(runBaseline());
}
const eng = median(engineRuns);
const base = median(baseRuns);
const mem = median([memoryPerMember(), memoryPerMember(), memoryPerMember()]);
console.log(
  `engine throughput, ${MEMBERS}-member view: ${Math.round(eng)} inputs/s (median of ${RUNS} runs of ${INPUTS_PER_RUN})`,
);
console.log(
  `baseline (decode the same envelopes only): ${Math.round(base)} inputs/s; engine/baseline ratio ${(eng / base).toFixed(3)}`,
);
const c = churn();
console.log(
  `churn: 100,000 joins+leaves at 1,000/s: at most ${c.max} records held (leftRetentionMs 60 s), ${c.end} after retention; ${Math.round(100_000 / c.secs)} pairs/s`,
);
console.log(
  `memory per known member: ${Math.round(mem)} bytes (median of 3, 20,000 members${(globalThis as { gc?: unknown }).gc ? ", after gc" : ", no --expose-gc"})`,
);
