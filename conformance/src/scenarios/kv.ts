/** Key/value state (spec/07-kv-state.md): versions, deltas, tombstones, resets, digests. */
import { inject, introduce, peerAddr, pushPull, record, type Scenario, setup } from "./dsl.js";

const spec = "spec/07-kv-state.md";
const file = "conformance/src/scenarios/kv.ts";
const healthy = setup({ autoAck: ["p1", "p2"] });
const features = ["kv"];
const b = (s: string) => Buffer.from(s).toString("base64");

const entry = (key: string, value: string, version: number, tombstone = false) => ({
  key,
  value: tombstone ? "" : b(value),
  version,
  tombstone,
});
const delta = (
  node: string,
  fromVersion: number,
  maxVersion: number,
  entries: unknown[],
  reset = false,
  gcVersion = 0,
) => ({
  type: "kv-delta",
  nodes: [{ node, fromVersion, reset, gcVersion, maxVersion, entries }],
});
const digestRequest = (nodes: unknown[]) => ({
  ...pushPull(false, false, [record("p1", peerAddr("p1"), 1, "alive")]),
  kvDigest: { nodes, reply: false },
});
const changed = (node: string, key: string) => ({ type: "key-changed", node, key });

export const KV: Scenario[] = [
  {
    id: "kv/own/versions-and-tombstones",
    title:
      "Each local write takes the next version; a delete leaves a tombstone; a push-pull answer carries the deltas the peer lacks",
    requirements: ["KV-2", "KV-10", "KV-12", "KV-21", "KV-25", "KV-40", "KV-43"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      { op: "command", command: "set-key", args: { key: "a", value: b("1") } },
      { op: "command", command: "set-key", args: { key: "b", value: b("2") } },
      { op: "command", command: "delete-key", args: { key: "a" } },
      {
        op: "command",
        command: "delete-key",
        args: { key: "zz" },
        note: "deleting an absent key takes no version",
      },
      {
        op: "inject",
        transport: "stream",
        from: "p1",
        stream: "s",
        packet: { messages: [digestRequest([])] },
      },
      {
        op: "record-expect",
        transport: "stream-reply",
        stream: { $var: "s" },
        within: 10,
        select: { type: "push-pull", reply: true },
        vary: {
          members: { $any: true },
          crdt: { $any: true },
          join: { $any: true },
          "kvDigest.nodes": { $contains: [{ node: "iut", maxVersion: { $capture: "max" } }] },
          "kvDelta.nodes.0.maxVersion": { $var: "max" },
          "kvDelta.nodes.0.gcVersion": { $any: true },
          "kvDelta.nodes.0.entries.0.version": { $add: [{ $var: "max" }, -1] },
          "kvDelta.nodes.0.entries.1.version": { $var: "max" },
        },
      },
    ],
  },
  {
    id: "kv/apply/delta",
    title: "A delta from the owner is applied, reported key by key, and visible in the key query",
    requirements: ["KV-20", "KV-22", "KV-60", "KV-1"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("p1", 0, 2, [entry("x", "one", 1), entry("y", "two", 2)])),
      { op: "record-event", window: [0, 0], select: changed("p1", "x") },
      { op: "record-event", window: [0, 0], select: changed("p1", "y") },
      { op: "record-query", what: "keys" },
    ],
  },
  {
    id: "kv/apply/gap-not-applied",
    title: "A delta starting above the known version would skip versions and is not applied",
    requirements: ["KV-23"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("p1", 5, 7, [entry("x", "late", 7)])),
      { op: "expect-no-event", during: 100, event: { type: "key-changed" } },
      { op: "query", what: "keys", expect: [] },
    ],
  },
  {
    id: "kv/apply/tombstone",
    title: "A tombstone deletes the key: reported with no new value, gone from the query",
    requirements: ["KV-12", "KV-20", "KV-60"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("p1", 0, 1, [entry("x", "one", 1)])),
      { op: "record-event", window: [0, 0], select: changed("p1", "x") },
      inject("p1", delta("p1", 1, 2, [entry("x", "", 2, true)])),
      { op: "record-event", window: [0, 0], select: changed("p1", "x") },
      { op: "query", what: "keys", expect: [] },
    ],
  },
  {
    id: "kv/apply/stale-delta-ignored",
    title: "A delta whose max version is not above the known one changes nothing",
    requirements: ["KV-22"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("p1", 0, 2, [entry("x", "one", 1), entry("y", "two", 2)])),
      { op: "record-event", window: [0, 0], select: changed("p1", "x") },
      { op: "record-event", window: [0, 0], select: changed("p1", "y") },
      inject("p1", delta("p1", 0, 1, [entry("x", "old", 1)])),
      { op: "expect-no-event", during: 100, event: { type: "key-changed" } },
      { op: "record-query", what: "keys" },
    ],
  },
  {
    id: "kv/apply/reset",
    title: "A reset replaces everything held of the owner",
    requirements: ["KV-32", "KV-34", "KV-60"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("p1", 0, 2, [entry("x", "one", 1), entry("y", "two", 2)])),
      { op: "record-event", window: [0, 0], select: changed("p1", "y") },
      inject("p1", delta("p1", 0, 10, [entry("z", "new", 10)], true, 9)),
      { op: "record-event", window: [0, 0], select: changed("p1", "x") },
      { op: "record-event", window: [0, 0], select: changed("p1", "y") },
      { op: "record-event", window: [0, 0], select: changed("p1", "z") },
      { op: "record-query", what: "keys" },
    ],
  },
  {
    id: "kv/apply/malformed-delta",
    title: "A delta with an empty key is dropped",
    requirements: ["KV-53"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("p1", 0, 2, [entry("x", "one", 1), entry("", "two", 2)])),
      { op: "expect-no-event", during: 100, event: { type: "key-changed" } },
      { op: "query", what: "keys", expect: [] },
    ],
  },
  {
    id: "kv/own/not-applied-from-others",
    title: "A node does not apply a delta about its own state",
    requirements: ["KV-11"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      introduce("p1"),
      inject("p1", delta("iut", 0, 0, [])),
      inject("p1", {
        type: "kv-delta",
        nodes: [{ node: "iut", fromVersion: 0, reset: false, gcVersion: 0, maxVersion: 0, entries: [] }],
      }),
      { op: "expect-no-event", during: 100, event: { type: "key-changed", node: "iut" } },
      { op: "query", what: "keys", expect: [] },
    ],
  },
  {
    id: "kv/own/recovers-from-higher-version",
    title: "Seeing its own state at a higher version, a node jumps past it and re-issues its live keys",
    requirements: ["KV-14", "KV-13"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      { op: "command", command: "set-key", args: { key: "a", value: b("1") } },
      {
        op: "inject",
        transport: "stream",
        from: "p1",
        stream: "s",
        packet: { messages: [digestRequest([{ node: "iut", maxVersion: 1_000_000, gcVersion: 0 }])] },
      },
      {
        op: "record-expect",
        transport: "stream-reply",
        stream: { $var: "s" },
        within: 10,
        select: { type: "push-pull", reply: true },
        vary: {
          members: { $any: true },
          crdt: { $any: true },
          join: { $any: true },
          kvDigest: { $any: true },
        },
      },
    ],
  },
  {
    id: "kv/api/key-too-large",
    title: "Setting a key longer than the key limit fails with kv-key-too-large",
    requirements: ["KV-50"],
    spec,
    file,
    features,
    setup: healthy,
    steps: [
      {
        op: "command",
        command: "set-key",
        args: { key: "k".repeat(257), value: b("v") },
        expectError: "kv-key-too-large",
      },
      { op: "query", what: "keys", expect: [] },
    ],
  },
];
