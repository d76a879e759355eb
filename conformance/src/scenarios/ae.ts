/** Anti-entropy: push-pull serving, join, periodic exchange. */
import { iutAddr, peerAddr, pushPull, record, type Scenario, setup } from "./dsl.js";

const spec = "spec/06-anti-entropy.md";
const file = "conformance/src/scenarios/ae.ts";
const self0 = record("iut", iutAddr(), 0, "alive");
/** Key/value and CRDT parts of a push-pull belong to optional features (chapters 7 and 13). */
const optionalParts = { kvDigest: { $any: true }, kvDelta: { $any: true }, crdt: { $any: true } };

export const AE: Scenario[] = [
  {
    id: "ae/push-pull/serve",
    live: true,
    title:
      "A push-pull request over a stream is answered once with reply=true and the full member list, and merged",
    requirements: ["AE-4", "AE-5", "AE-9", "TRN-10", "TRN-12"],
    spec,
    file,
    setup: setup({ autoAck: ["p1"] }),
    steps: [
      {
        op: "inject",
        transport: "stream",
        from: "p1",
        stream: "s",
        packet: { messages: [pushPull(true, false, [record("p1", peerAddr("p1"), 1, "alive")])] },
      },
      {
        op: "record-expect",
        transport: "stream-reply",
        stream: { $var: "s" },
        within: 10,
        select: { type: "push-pull", reply: true },
        vary: { members: { $contains: [self0] }, join: { $any: true }, ...optionalParts },
      },
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p1" } } },
    ],
  },
  {
    id: "ae/push-pull/join",
    live: true,
    title: "Joining sends push-pull (join=true) to the seed over a stream and merges the seed's reply",
    requirements: ["AE-1", "AE-5", "TRN-12"],
    spec,
    file,
    setup: setup({ autoAck: ["p1", "p2"] }),
    steps: [
      { op: "command", command: "join", args: { seeds: ["p1"] } },
      {
        op: "record-expect",
        transport: "stream-request",
        to: "p1",
        stream: { $capture: "s" },
        within: 10,
        select: { type: "push-pull", join: true, reply: false },
        vary: { members: { $contains: [self0] }, ...optionalParts },
      },
      {
        op: "reply",
        stream: { $var: "s" },
        packet: {
          messages: [
            pushPull(false, true, [
              record("p1", peerAddr("p1"), 1, "alive"),
              record("p2", peerAddr("p2"), 2, "alive"),
            ]),
          ],
        },
      },
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p1" } } },
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p2" } } },
      { op: "record-query", what: "members" },
    ],
  },
  {
    id: "ae/push-pull/periodic",
    title: "A node exchanges full state with a random member every push-pull interval (30 s on LAN)",
    requirements: ["AE-2", "AE-3"],
    spec,
    file,
    setup: setup({ autoAck: ["p1"] }),
    steps: [
      {
        op: "inject",
        transport: "datagram",
        from: "p1",
        packet: {
          messages: [
            {
              type: "alive",
              node: "p1",
              incarnation: 1,
              addr: peerAddr("p1"),
              meta: "",
              protocolMin: 1,
              protocolMax: 1,
              certificate: "",
            },
          ],
        },
      },
      {
        op: "record-expect",
        transport: "stream-request",
        to: "p1",
        stream: { $capture: "s" },
        within: 31_000,
        select: { type: "push-pull", join: false, reply: false },
        vary: { members: { $contains: [self0] }, ...optionalParts },
      },
    ],
  },
  {
    id: "ae/push-pull/datagram-merged",
    title: "A push-pull arriving in a datagram is merged like one from a stream",
    requirements: ["AE-6", "AE-5"],
    spec,
    file,
    setup: setup({ autoAck: ["p1"] }),
    steps: [
      {
        op: "inject",
        transport: "datagram",
        from: "p1",
        packet: {
          messages: [
            pushPull(false, false, [
              record("p1", peerAddr("p1"), 1, "alive"),
              record("p3", peerAddr("p3"), 4, "alive"),
            ]),
          ],
        },
      },
      { op: "record-event", window: [0, 0], select: { type: "member-joined", member: { name: "p1" } } },
      {
        op: "record-event",
        window: [0, 0],
        select: { type: "member-joined", member: { name: "p3", incarnation: 4 } },
      },
    ],
  },
  {
    id: "ae/push-pull/one-at-a-time",
    title: "No periodic exchange starts while the previous one is unanswered",
    requirements: ["AE-7"],
    spec,
    file,
    setup: setup({
      autoAck: ["p1"],
      config: { preset: "lan", pushPullIntervalMs: 5000, streamTimeoutMs: 20_000 },
    }),
    steps: [
      {
        op: "inject",
        transport: "datagram",
        from: "p1",
        packet: {
          messages: [
            {
              type: "alive",
              node: "p1",
              incarnation: 1,
              addr: peerAddr("p1"),
              meta: "",
              protocolMin: 1,
              protocolMax: 1,
              certificate: "",
            },
          ],
        },
      },
      {
        op: "record-expect",
        transport: "stream-request",
        to: "p1",
        within: 6000,
        select: { type: "push-pull", join: false, reply: false },
        vary: { members: { $contains: [self0] }, ...optionalParts },
      },
      { op: "expect-none", transport: "stream-request", during: 14_000 },
    ],
  },
  {
    id: "ae/errors/bad-request",
    title: "An undecodable stream request is answered with ErrorReply code 1",
    requirements: ["AE-8"],
    spec,
    file,
    setup: setup(),
    steps: [
      { op: "inject", transport: "stream", from: "p1", stream: "s", bytes: "00ff13370badc0de" },
      {
        op: "record-expect",
        transport: "stream-reply",
        stream: { $var: "s" },
        within: 10,
        select: { type: "error", code: 1 },
        vary: { message: { $type: "string" } },
      },
    ],
  },
];
