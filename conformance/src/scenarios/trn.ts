/**
 * Transport behaviour a peer can observe on the default UDP+TCP transport
 * (spec/10-transports.md). These run in virtual mode and, marked `live`,
 * against real loopback sockets. Requirements marked `[local]` in the spec
 * are checked by the runtime's own tests instead.
 */
import { inject, introduce, peerAddr, ping, type Scenario, setup } from "./dsl.js";

const spec = "spec/10-transports.md";
const file = "conformance/src/scenarios/trn.ts";
const garbage = Buffer.from("not an envelope at all").toString("base64");

export const TRN: Scenario[] = [
  {
    id: "trn/undecodable/datagram-and-stream",
    live: true,
    title: "Undecodable bytes on a datagram and on a stream are dropped; the node keeps answering",
    requirements: ["TRN-24"],
    spec,
    file,
    setup: setup(),
    steps: [
      { op: "inject", transport: "datagram", from: "p1", bytes: garbage },
      { op: "inject", transport: "stream", from: "p2", stream: "g", bytes: garbage },
      { op: "expect-none", transport: "datagram", during: 500 },
      inject("p1", ping(41, "iut", "p1", peerAddr("p1"))),
      { op: "record-expect", transport: "datagram", to: "p1", within: 500, select: { type: "ack", seq: 41 } },
    ],
  },
  {
    id: "trn/leave/departure-sent",
    live: true,
    title: "A node that leaves sends its departure before it releases its transport",
    requirements: ["TRN-5"],
    spec,
    file,
    setup: setup({ autoAck: ["p1"] }),
    steps: [
      introduce("p1"),
      { op: "command", command: "leave" },
      {
        op: "record-expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        select: { type: "leave", node: "iut" },
      },
    ],
  },
];
