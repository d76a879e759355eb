/** Dissemination: piggybacking, datagram size limit, retransmission limit. */
import { addr, alive, inject, introduce, peerAddr, ping, type Scenario, setup } from "./dsl.js";

const spec = "spec/05-dissemination.md";
const file = "conformance/src/scenarios/dis.ts";

/** 24 extra members with 400-byte metadata: far more gossip than one datagram holds. */
const crowd = Array.from({ length: 24 }, (_, i) =>
  alive(
    `n${String(i).padStart(2, "0")}`,
    1,
    addr({ ip: `10.0.1.${i + 1}`, port: 7946 }),
    Buffer.alloc(400, i).toString("base64"),
  ),
);

export const DIS: Scenario[] = [
  {
    id: "dis/piggyback/on-ack",
    title: "Pending updates ride on other traffic: the ack to a ping carries the news",
    requirements: ["DIS-1"],
    level: "SHOULD",
    spec,
    file,
    setup: setup({ autoAck: ["p1"] }),
    steps: [
      // p1 is a member: an unknown source would get a bare ack (SEC-102). The news comes from p2:
      // none would go back to p1 if p1 had sent it (DIS-11).
      inject("p2", alive("p1", 1, peerAddr("p1")), alive("p3", 1, peerAddr("p3"))),
      inject("p1", ping(5, "iut", "p1", peerAddr("p1"))),
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 10,
        packet: {
          messages: {
            $contains: [
              { type: "ack", seq: 5 },
              { type: "alive", node: "p3" },
            ],
          },
        },
      },
    ],
  },
  {
    id: "dis/piggyback/size-limit",
    title: "No datagram exceeds the maximum datagram size, however much gossip is pending",
    requirements: ["DIS-1", "WIRE-60"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2"] }),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(0, 3) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(3, 6) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(6, 9) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(9, 12) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(12, 15) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(15, 18) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(18, 21) } },
      { op: "inject", transport: "datagram", from: "p1", packet: { messages: crowd.slice(21, 24) } },
      introduce("p1", "p2"),
      inject("p2", ping(6, "iut", "p2", peerAddr("p2"))),
      {
        op: "expect",
        transport: "datagram",
        to: "p2",
        within: 10,
        message: { type: "ack", seq: 6 },
        size: { $lte: 1400 },
      },
      { op: "expect-none", transport: "datagram", during: 10_000, size: { $gt: 1400 } },
    ],
  },
  {
    id: "dis/retransmit/bounded",
    title: "An update is retransmitted a bounded number of times, then no more",
    requirements: ["DIS-2"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2"] }),
    steps: [
      introduce("p1", "p2"),
      inject("p1", alive("p3", 7, peerAddr("p3"))),
      {
        op: "record-expect",
        transport: "datagram",
        to: ["p1", "p2", "p3"],
        within: 1000,
        select: { type: "alive", node: "p3", incarnation: 7 },
      },
      { op: "advance", by: 20_000, note: "retransmissions run out" },
      {
        op: "expect-none",
        transport: "datagram",
        during: 20_000,
        message: { type: "alive", node: "p3", incarnation: 7 },
      },
    ],
  },
  {
    id: "dis/piggyback/not-back-to-source",
    title: "An update learned from a peer is not piggybacked back to it, but does reach the others",
    requirements: ["DIS-11"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2", "p3"] }),
    steps: [
      introduce("p1", "p2", "p3"),
      { op: "advance", by: 25_000, note: "the queue drains" },
      inject("p1", alive("p4", 3, peerAddr("p4"))),
      inject("p1", ping(9, "iut", "p1", peerAddr("p1"))),
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 10,
        packet: { messages: { $not: { $contains: [{ type: "alive", node: "p4" }] } } },
        message: { type: "ack", seq: 9 },
        note: "the ack to the source carries no copy of what it just sent",
      },
      {
        op: "expect",
        transport: "datagram",
        to: ["p2", "p3", "p4"],
        within: 1000,
        message: { type: "alive", node: "p4", incarnation: 3 },
      },
      {
        op: "expect-none",
        transport: "datagram",
        to: "p1",
        during: 20_000,
        message: { type: "alive", node: "p4", incarnation: 3 },
      },
    ],
  },
  {
    id: "dis/retransmit/retired-when-everyone-has-it",
    title: "An update that every live member has (sent to it, or learned from it) leaves the queue early",
    description:
      "The IUT knows p1 and p2 and learns p3 from p1. Once p3's alive has been sent to p2 and p3, every live member has it and it is retired, although its retransmit limit (4 x ceil(log10 4) = 4) is not used up: p4, which joins afterwards, never receives it.",
    requirements: ["DIS-12"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2", "p3", "p4"] }),
    steps: [
      introduce("p1", "p2"),
      { op: "advance", by: 25_000, note: "the queue drains" },
      inject("p1", alive("p3", 5, peerAddr("p3"))),
      {
        op: "expect",
        transport: "datagram",
        to: "p2",
        within: 1000,
        message: { type: "alive", node: "p3", incarnation: 5 },
      },
      {
        op: "expect",
        transport: "datagram",
        to: "p3",
        within: 1000,
        message: { type: "alive", node: "p3", incarnation: 5 },
      },
      { op: "advance", by: 10, note: "p3's alive has now reached every live member" },
      inject("p2", alive("p4", 1, peerAddr("p4"))),
      {
        op: "expect-none",
        transport: "datagram",
        during: 20_000,
        message: { type: "alive", node: "p3", incarnation: 5 },
        note: "retired: nobody (p4 included) is sent it again",
      },
    ],
  },
  {
    id: "dis/queue/newer-replaces-older",
    title: "A newer statement about a member replaces the queued one, which is not sent any more",
    requirements: ["DIS-5", "DIS-10"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2"] }),
    steps: [
      introduce("p1", "p2"),
      inject("p1", alive("p3", 1, peerAddr("p3")), alive("p3", 2, peerAddr("p3"))),
      {
        op: "record-expect",
        transport: "datagram",
        to: ["p1", "p2", "p3"],
        within: 1000,
        select: { type: "alive", node: "p3", incarnation: 2 },
      },
      {
        op: "expect-none",
        transport: "datagram",
        during: 10_000,
        message: { type: "alive", node: "p3", incarnation: 1 },
      },
    ],
  },
  {
    id: "dis/classes/fair-share",
    title:
      "A user event shares the first gossip datagram with newer, larger membership updates instead of waiting behind them",
    description:
      "Three 512-byte-metadata alives (about 1 700 bytes) are queued after a 400-byte user event. A single queue picking the newest first would fill the datagram with two alives and leave too little room for the event; with the room shared between classes every datagram of the first round carries both.",
    requirements: ["DIS-4"],
    spec,
    file,
    features: ["events"],
    setup: setup({ autoAck: ["p1", "p2", "p3", "p4"] }),
    steps: [
      introduce("p1"),
      { op: "advance", by: 25_000, note: "the queue drains" },
      {
        op: "command",
        command: "broadcast",
        args: { name: "fair", payload: Buffer.alloc(400, 1).toString("base64") },
      },
      inject(
        "p1",
        ...(["p2", "p3", "p4"] as const).map((p) =>
          alive(p, 1, peerAddr(p), Buffer.alloc(512, 2).toString("base64")),
        ),
      ),
      {
        op: "expect",
        transport: "datagram",
        to: ["p1", "p2", "p3", "p4"],
        within: 250,
        packet: { messages: { $contains: [{ type: "user-event", name: "fair" }, { type: "alive" }] } },
        note: "the first gossip round (200 ms) carries the event next to a membership update",
      },
    ],
  },
  {
    id: "dis/queue/bounded-per-class",
    title: "With broadcastQueueLimit 2, queuing a third membership update drops the oldest untransmitted one",
    requirements: ["DIS-6"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2", "p3", "p4"], config: { preset: "lan", broadcastQueueLimit: 2 } }),
    steps: [
      introduce("p1"),
      { op: "advance", by: 25_000, note: "the queue drains" },
      inject(
        "p1",
        alive("p2", 1, peerAddr("p2")),
        alive("p3", 1, peerAddr("p3")),
        alive("p4", 1, peerAddr("p4")),
      ),
      {
        op: "expect",
        transport: "datagram",
        to: ["p1", "p2", "p3", "p4"],
        within: 250,
        message: { type: "alive", node: "p4" },
      },
      {
        op: "expect-none",
        transport: "datagram",
        during: 5000,
        message: { type: "alive", node: "p2" },
        note: "p2's alive was dropped from the full queue, so it is never gossiped",
      },
    ],
  },
  {
    id: "dis/gossip/empty-queue-silent",
    title: "With nothing queued, gossip rounds send nothing: only probes and their acks remain",
    requirements: ["DIS-8"],
    spec,
    file,
    setup: setup({ autoAck: ["p1"] }),
    steps: [
      introduce("p1"),
      { op: "advance", by: 25_000, note: "the queue drains" },
      {
        op: "expect-none",
        transport: "datagram",
        during: 10_000,
        packet: {
          messages: { $not: { $contains: [{ type: { $oneOf: ["ping", "ack", "ping-req", "nack"] } }] } },
        },
      },
    ],
  },
];
