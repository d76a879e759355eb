#!/usr/bin/env node
// Codec benchmark: `pnpm --filter @gossip/codec bench` (builds first).
// For a ping with 6 piggybacked membership updates and a 100-entry key/value
// delta, measures encode and decode operations per second (median of several
// timed runs) and the encoded size, beside the same content as JSON
// (JSON.stringify / JSON.parse of the message's JSON form, bytes as base64),
// measured in the same process with the runs interleaved.
import { performance } from "node:perf_hooks";
import { decodePacket, encodePacket, messageToJson } from "../dist/index.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const RUN_MS = Number(process.env.BENCH_RUN_MS ?? 150);
const cluster = "prod";

const ip = (i) => Uint8Array.of(10, 0, (i >> 8) & 255, i & 255);
const alive = (i, d) => ({
  type: "alive",
  node: `node-${i}${d}`,
  incarnation: 1000 + i,
  addr: { ip: ip(i), port: 7946 },
  meta: new TextEncoder().encode(`role=web;zone=eu-west-1${"abc"[i % 3]}`),
  protocolMin: 1,
  protocolMax: 1,
  certificate: new Uint8Array(0),
});
const pingCompound = (d) => [
  {
    type: "ping",
    seq: 48213,
    target: `node-17${d}`,
    source: `node-3${d}`,
    sourceAddr: { ip: ip(3), port: 7946 },
  },
  alive(21, d),
  alive(22, d),
  alive(23, d),
  { type: "suspect", node: `node-9${d}`, incarnation: 1009, from: `node-3${d}` },
  { type: "dead", node: `node-11${d}`, incarnation: 1011, from: `node-5${d}` },
  { type: "suspect", node: `node-12${d}`, incarnation: 1012, from: `node-3${d}` },
];
const kvDelta = [
  {
    type: "kv-delta",
    nodes: [
      {
        node: "node-3.eu-west.example.internal",
        fromVersion: 5000,
        reset: false,
        gcVersion: 4200,
        maxVersion: 5100,
        entries: Array.from({ length: 100 }, (_, i) => ({
          key: `service/web/instance-${String(i).padStart(3, "0")}/health`,
          value: new TextEncoder().encode(i % 10 === 0 ? "" : `{"status":"passing","checks":${i % 7}}`),
          version: 5001 + i,
          tombstone: i % 10 === 0,
        })),
      },
    ],
  },
];

function measure(fn) {
  // One timed run: as many calls as fit in RUN_MS; returns ops/s.
  let n = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < RUN_MS) {
    for (let i = 0; i < 64; i++) sink += fn() ? 1 : 0;
    n += 64;
    now = performance.now();
  }
  if (sink < 0) console.log(sink);
  return (n * 1000) / (now - start);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Runs the named functions interleaved, RUNS times each, after a warm-up; returns medians. */
function compare(fns) {
  for (const fn of Object.values(fns)) for (let i = 0; i < 2000; i++) fn();
  const results = Object.fromEntries(Object.keys(fns).map((k) => [k, []]));
  for (let r = 0; r < RUNS; r++) for (const [k, fn] of Object.entries(fns)) results[k].push(measure(fn));
  return Object.fromEntries(Object.entries(results).map(([k, v]) => [k, median(v)]));
}

const fmt = (n) => Math.round(n).toLocaleString("en-US").padStart(11);
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

function bench(name, messages) {
  const bytes = encodePacket(messages, { cluster });
  const jsonObj = { cluster, messages: messages.map(messageToJson) };
  const jsonText = JSON.stringify(jsonObj);
  const jsonBytes = Buffer.byteLength(jsonText);
  const check = decodePacket(bytes, { cluster });
  if (!check.ok) throw check.error;
  const enc = compare({
    codec: () => encodePacket(messages, { cluster }).length,
    json: () => JSON.stringify(jsonObj).length,
  });
  const dec = compare({
    codec: () => decodePacket(bytes, { cluster }).ok,
    json: () => JSON.parse(jsonText) !== null,
  });
  const z = encodePacket(messages, { cluster, compress: true });
  console.log(`\n${name}`);
  console.log(
    `  size      codec ${String(bytes.length).padStart(6)} B   json ${String(jsonBytes).padStart(6)} B   json/codec ${ratio(jsonBytes, bytes.length)}   (codec compressed: ${z.length} B)`,
  );
  console.log(
    `  encode    codec ${fmt(enc.codec)} ops/s   json ${fmt(enc.json)} ops/s   codec/json ${ratio(enc.codec, enc.json)}`,
  );
  console.log(
    `  decode    codec ${fmt(dec.codec)} ops/s   json ${fmt(dec.json)} ops/s   codec/json ${ratio(dec.codec, dec.json)}`,
  );
  return { size: bytes.length, jsonSize: jsonBytes, enc, dec };
}

console.log(
  `@gossip/codec benchmark: median of ${RUNS} interleaved runs of ${RUN_MS} ms, node ${process.version}`,
);
console.log(
  "codec = encodePacket/decodePacket (envelope + protobuf + field checks); json = JSON.stringify/JSON.parse of the same content",
);
bench(
  "ping + 6 piggybacked membership updates (compound packet), names like node-21.eu-west.example.internal",
  pingCompound(".eu-west.example.internal"),
);
bench("the same ping + 6 updates with short names like node-21", pingCompound(""));
bench("key/value delta, 100 entries", kvDelta);
