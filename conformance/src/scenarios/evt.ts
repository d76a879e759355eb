/** User events (spec/08-user-events.md). */
import { inject, introduce, type Scenario, setup } from "./dsl.js";

const spec = "spec/08-user-events.md";
const file = "conformance/src/scenarios/evt.ts";
const healthy = setup({ autoAck: ["p1", "p2"] });
const features = ["events"];
const b = (s: string) => Buffer.from(s).toString("base64");
const ID1 = Buffer.alloc(16, 0xa1).toString("base64");
const ID2 = Buffer.alloc(16, 0xb2).toString("base64");
const event = (origin: string, name: string, id = ID1, ltime = 5, ttl = 3, payload = b("hello")) => ({
  type: "user-event",
  id,
  origin,
  name,
  payload,
  ltime,
  ttl,
});

export const EVT: Scenario[] = [
  {
    id: "evt/emit/broadcast",
    title:
      "An emitted event carries the origin, a 16-byte id, the Lamport time and the initial TTL, and is gossiped",
    requirements: ["EVT-1", "EVT-2", "EVT-30"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      { op: "command", command: "broadcast", args: { name: "deploy", payload: b("v2") } },
      {
        op: "record-expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        select: { type: "user-event", origin: "iut", name: "deploy" },
        vary: { id: { $capture: "id" }, ttl: { $gt: 0 } },
      },
    ],
  },
  {
    id: "evt/emit/delivered-locally",
    title: "The origin delivers its own event to its application once",
    requirements: ["EVT-3", "EVT-40"],
    level: "SHOULD",
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      { op: "command", command: "broadcast", args: { name: "deploy", payload: b("v2") } },
      {
        op: "record-event",
        window: [0, 0],
        select: { type: "user-event", origin: "iut", name: "deploy" },
        vary: { eventId: { $len: 24 } },
      },
      { op: "expect-no-event", during: 1000, event: { type: "user-event" } },
    ],
  },
  {
    id: "evt/receive/deliver-and-forward",
    title: "A received event is delivered once and forwarded with its TTL decremented",
    requirements: ["EVT-10", "EVT-31", "EVT-40"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1", "p2"),
      inject("p1", event("p1", "x")),
      { op: "record-event", window: [0, 0], select: { type: "user-event", origin: "p1", name: "x" } },
      {
        op: "record-expect",
        transport: "datagram",
        to: ["p1", "p2"],
        within: 1000,
        select: { type: "user-event", origin: "p1", ttl: 2 },
      },
    ],
  },
  {
    id: "evt/receive/duplicate",
    title: "The same (origin, id) is delivered only once; the same id from another origin is another event",
    requirements: ["EVT-10"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1", "p2"),
      inject("p1", event("p1", "x")),
      { op: "record-event", window: [0, 0], select: { type: "user-event", origin: "p1" } },
      inject("p2", event("p1", "x")),
      { op: "expect-no-event", during: 100, event: { type: "user-event" } },
      inject("p2", event("p2", "x")),
      { op: "record-event", window: [0, 0], select: { type: "user-event", origin: "p2" } },
    ],
  },
  {
    id: "evt/receive/own-origin",
    title: "An event naming this node as origin is not delivered when received",
    requirements: ["EVT-12"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", event("iut", "x", ID2)),
      { op: "expect-no-event", during: 100, event: { type: "user-event" } },
    ],
  },
  {
    id: "evt/receive/malformed",
    title: "An event with a TTL above 255 is malformed and dropped",
    requirements: ["EVT-21"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", event("p1", "x", ID1, 5, 300)),
      { op: "expect-no-event", during: 100, event: { type: "user-event" } },
    ],
  },
  {
    id: "evt/lamport/witness",
    title: "Receiving an event advances the Lamport clock past its time",
    requirements: ["EVT-2"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", event("p1", "x", ID1, 41)),
      { op: "command", command: "broadcast", args: { name: "after", payload: "" } },
      {
        op: "record-expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        select: { type: "user-event", origin: "iut" },
        vary: { id: { $any: true }, ttl: { $gt: 0 } },
      },
    ],
  },
  {
    id: "evt/lamport/too-old",
    title: "An event older than the Lamport window is not delivered",
    requirements: ["EVT-32"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", event("p1", "new", ID1, 5000)),
      { op: "record-event", window: [0, 0], select: { type: "user-event", name: "new" } },
      inject("p1", event("p1", "old", ID2, 10)),
      { op: "expect-no-event", during: 100, event: { type: "user-event" } },
    ],
  },
  {
    id: "evt/receive/ttl-zero",
    title: "An event arriving with TTL 0 is delivered but not forwarded",
    requirements: ["EVT-31"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1", "p2"),
      inject("p1", event("p1", "last", ID1, 5, 0)),
      { op: "record-event", window: [0, 0], select: { type: "user-event", name: "last" } },
      { op: "expect-none", transport: "datagram", during: 3000, message: { type: "user-event" } },
    ],
  },
  {
    id: "evt/api/name-too-large",
    title: "Emitting an event with a name over the limit fails with event-name-too-large",
    requirements: ["EVT-20"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      {
        op: "command",
        command: "broadcast",
        args: { name: "n".repeat(257), payload: "" },
        expectError: "event-name-too-large",
      },
    ],
  },
  {
    id: "evt/receive/seen-set-forgets",
    title:
      "The seen-set forgets a pair after seenRetentionMs (5 min): the same event is then delivered again",
    requirements: ["EVT-11"],
    spec,
    file,
    features,
    setup: setup({ autoAck: ["p1", "p2"], config: { preset: "lan", gossipIntervalMs: 0 } }),
    steps: [
      introduce("p1"),
      inject("p1", event("p1", "x")),
      { op: "record-event", window: [0, 0], select: { type: "user-event", origin: "p1" } },
      { op: "advance", by: 300_001 },
      inject("p1", event("p1", "x")),
      { op: "record-event", window: [0, 0], select: { type: "user-event", origin: "p1" } },
    ],
  },
];
