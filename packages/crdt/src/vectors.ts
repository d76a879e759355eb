/**
 * Conformance vectors for shared data (conformance/vectors/crdt/): built
 * deterministically here, written by `pnpm --filter @gossip/crdt vectors`,
 * and checked by `checkVector`, which a test runs over the files on disk.
 *
 * Kinds:
 * - merge:   inputs (JSON form and hex); their join in any order and with
 *            duplicates must encode to expect.hex and have value expect.value.
 * - ops:     operations replayed on a start state by one replica; each op's
 *            delta hex (or typed error), then the final state.
 * - invalid: state bytes a decoder must reject with expect.error.
 * - clock:   hybrid logical clock steps and the timestamps they give.
 * - policy:  replication policy evaluation against a peer.
 * - store:   a scripted SharedStore session at injected times.
 */
import type { CrdtTypeName } from "./base.js";
import { fromHex, toHex } from "./bytes.js";
import { CrdtError } from "./errors.js";
import { Hlc, type Timestamp, timestampFromJson } from "./hlc.js";
import { applyNamedOp, type OpJson, valueToJson } from "./ops.js";
import { OrMap } from "./ormap.js";
import { decodeMetaPairs, type PeerInfo, type ReplicationPolicy, replicatesTo } from "./policy.js";
import { type AnyCrdt, crdtFromJson, decodeCrdt, emptyCrdt, join, readCrdtJson } from "./registry.js";
import { type ChangeEvent, type CrdtMessage, SharedStore } from "./store.js";

// biome-ignore lint/suspicious/noExplicitAny: vector JSON is read loosely and every field is compared
type Any = any;

export const VECTOR_FORMAT = "gossip-crdt-vectors";
export const VECTOR_VERSION = 1;

type Json = unknown;
export interface Vector {
  readonly id: string;
  readonly kind: "merge" | "ops" | "invalid" | "clock" | "policy" | "store";
  readonly description: string;
  readonly requirements: readonly string[];
  readonly [k: string]: Json;
}
export interface VectorFile {
  readonly format: string;
  readonly version: number;
  readonly description: string;
  readonly vectors: readonly Vector[];
}

const hexOf = (c: AnyCrdt) => toHex(c.encode());
const stateOf = (c: AnyCrdt) => ({ state: c.toJSON(), hex: hexOf(c) });
const utf8 = (s: string) => toHex(new TextEncoder().encode(s));
const ts = (wall: number, logical: number, node: string) => ({ wall, logical, node });
const fromJson = (j: unknown) => readCrdtJson(j);

// ---------- builders ----------

function merge(id: string, description: string, requirements: string[], inputs: AnyCrdt[]): Vector {
  const out = join(emptyCrdt(inputs[0]!.type) as AnyCrdt, ...inputs);
  return {
    id,
    kind: "merge",
    type: inputs[0]!.type,
    description,
    requirements: ["CRDT-1", "CRDT-2", "CRDT-3", "CRDT-5", ...requirements],
    inputs: inputs.map(stateOf),
    expect: { ...stateOf(out), value: valueToJson(out.value()) },
  };
}

interface OpStep extends OpJson {
  readonly replica: string;
}

function ops(
  id: string,
  description: string,
  requirements: string[],
  type: CrdtTypeName,
  steps: OpStep[],
  start?: AnyCrdt,
): Vector {
  const s = (start?.clone() ?? emptyCrdt(type)) as AnyCrdt;
  const startState = stateOf(s);
  const outSteps = steps.map((st) => {
    const { replica, ...op } = st;
    try {
      const d = applyNamedOp(s, replica, op);
      return { replica, ...op, expect: { delta: hexOf(d), state: hexOf(s) } };
    } catch (e) {
      if (!(e instanceof CrdtError)) throw e;
      return { replica, ...op, expect: { error: e.code, state: hexOf(s) } };
    }
  });
  return {
    id,
    kind: "ops",
    type,
    description,
    requirements: ["CRDT-4", ...requirements],
    start: startState,
    steps: outSteps,
    expect: { ...stateOf(s), value: valueToJson(s.value()) },
  };
}

function invalid(
  id: string,
  description: string,
  requirements: string[],
  hex: string,
  declaredType?: CrdtTypeName,
): Vector {
  const r = decodeCrdt(fromHex(hex)!, declaredType);
  if (r.ok) throw new Error(`vector ${id}: bytes decode`);
  return {
    id,
    kind: "invalid",
    description,
    requirements: ["CRDT-15", ...requirements],
    hex,
    ...(declaredType ? { declaredType } : {}),
    expect: { ok: false, error: r.error.code },
  };
}

/** Replays a list of ops as several replicas, returning every replica's state and delta. */
function play(type: CrdtTypeName, steps: OpStep[]): { states: Map<string, AnyCrdt>; deltas: AnyCrdt[] } {
  const states = new Map<string, AnyCrdt>();
  const deltas: AnyCrdt[] = [];
  for (const { replica, ...op } of steps) {
    const s = states.get(replica) ?? (emptyCrdt(type) as AnyCrdt);
    states.set(replica, s);
    if (op.op === "sync") {
      // Merge another replica's state into this one.
      s.merge(states.get(op.key!)!);
      continue;
    }
    deltas.push(applyNamedOp(s, replica, op));
  }
  return { states, deltas };
}

// ---------- per-type vectors ----------

function counterVectors(): Vector[] {
  const a = fromJson({ type: "g-counter", counts: [["a", "3"]] });
  const b = fromJson({
    type: "g-counter",
    counts: [
      ["a", "1"],
      ["b", "5"],
    ],
  });
  const c = fromJson({
    type: "g-counter",
    counts: [
      ["b", "2"],
      ["c", "7"],
    ],
  });
  const big = fromJson({ type: "g-counter", counts: [["a", "18446744073709551615"]] });
  const p1 = fromJson({ type: "pn-counter", p: [["a", "10"]], n: [["b", "4"]] });
  const p2 = fromJson({
    type: "pn-counter",
    p: [
      ["a", "2"],
      ["b", "1"],
    ],
    n: [["a", "20"]],
  });
  const restarted = fromJson({
    type: "g-counter",
    counts: [
      ["a", "5"],
      ["a#2", "3"],
    ],
  });
  return [
    merge(
      "merge/g-counter/concurrent",
      "Per-replica maximum; value is the sum.",
      ["CRDT-10", "CRDT-11", "CRDT-13", "CRDT-30"],
      [a, b, c],
    ),
    merge(
      "merge/g-counter/u64-max",
      "A count of 2^64 - 1 encodes in 10 bytes and survives the join.",
      ["CRDT-11", "CRDT-16", "CRDT-30"],
      [big, a],
    ),
    merge(
      "merge/g-counter/fresh-replica-id",
      "After losing its state, node a writes as a#2; both histories add up.",
      ["CRDT-6", "CRDT-30"],
      [fromJson({ type: "g-counter", counts: [["a", "5"]] }), restarted],
    ),
    ops(
      "ops/g-counter/increment",
      "Increments return the replica's new count as the delta.",
      ["CRDT-30"],
      "g-counter",
      [
        { replica: "a", op: "increment", by: "3" },
        { replica: "a", op: "increment", by: "0" },
        { replica: "b", op: "increment", by: "1152921504606846976" },
      ],
    ),
    ops(
      "ops/g-counter/overflow",
      "Going past 2^64 - 1 or decrementing is a typed error and changes nothing.",
      ["CRDT-31"],
      "g-counter",
      [
        { replica: "a", op: "increment", by: "18446744073709551615" },
        { replica: "a", op: "increment", by: "1" },
        { replica: "a", op: "increment", by: "-1" },
      ],
    ),
    merge(
      "merge/pn-counter/concurrent",
      "P and N join separately; the value may be negative.",
      ["CRDT-32"],
      [p1, p2],
    ),
    ops(
      "ops/pn-counter/increment-decrement",
      "A negative increment is a decrement.",
      ["CRDT-32"],
      "pn-counter",
      [
        { replica: "a", op: "increment", by: "5" },
        { replica: "a", op: "decrement", by: "7" },
        { replica: "b", op: "increment", by: "-2" },
      ],
    ),
  ];
}

function setVectors(): Vector[] {
  const g1 = fromJson({ type: "g-set", elements: ["b", "a"].sort() });
  const g2 = fromJson({ type: "g-set", elements: ["\ue000", "😀"] });
  const g3 = fromJson({ type: "g-set", elements: ["", "a", "\ufeffbom"] });
  const tp1 = fromJson({ type: "two-p-set", live: ["x", "y"], removed: [] });
  const tp2 = fromJson({ type: "two-p-set", live: [], removed: ["x"] });
  const tp3 = fromJson({ type: "two-p-set", live: ["z"], removed: [] });
  const mc1 = fromJson({
    type: "max-change-set",
    counts: [
      ["x", 1],
      ["y", 2],
    ],
  });
  const mc2 = fromJson({
    type: "max-change-set",
    counts: [
      ["x", 2],
      ["z", 3],
    ],
  });
  return [
    merge(
      "merge/g-set/code-point-order",
      "Union; elements sorted by code point: U+E000 before U+1F600 (UTF-16 order would differ).",
      ["CRDT-12", "CRDT-13", "CRDT-33"],
      [g1, g2, g3],
    ),
    ops("ops/g-set/add", "Adding returns the singleton set.", ["CRDT-33"], "g-set", [
      { replica: "a", op: "add", element: "x" },
      { replica: "a", op: "add", element: "x" },
    ]),
    ops(
      "ops/g-set/lone-surrogate",
      "An element with a lone surrogate is a typed error.",
      ["CRDT-7"],
      "g-set",
      [{ replica: "a", op: "add", element: "\ud800" }],
    ),
    merge(
      "merge/two-p-set/remove-wins-forever",
      "Removed elements leave live and never return.",
      ["CRDT-34"],
      [tp1, tp2, tp3],
    ),
    ops(
      "ops/two-p-set/add-remove",
      "Re-adding a removed element and removing an absent one are no-ops.",
      ["CRDT-34"],
      "two-p-set",
      [
        { replica: "a", op: "add", element: "x" },
        { replica: "a", op: "remove", element: "x" },
        { replica: "a", op: "add", element: "x" },
        { replica: "a", op: "remove", element: "y" },
      ],
    ),
    merge("merge/max-change-set/max", "Per-element maximum count; odd is present.", ["CRDT-46"], [mc1, mc2]),
    ops(
      "ops/max-change-set/toggle",
      "Only presence-changing operations bump the count.",
      ["CRDT-46"],
      "max-change-set",
      [
        { replica: "a", op: "add", element: "x" },
        { replica: "a", op: "add", element: "x" },
        { replica: "a", op: "remove", element: "x" },
        { replica: "a", op: "remove", element: "x" },
        { replica: "a", op: "add", element: "x" },
      ],
    ),
  ];
}

function orSetVectors(): Vector[] {
  const addWins = play("or-set", [
    { replica: "a", op: "add", element: "x" },
    { replica: "b", op: "sync", key: "a" },
    { replica: "b", op: "remove", element: "x" },
    { replica: "a", op: "add", element: "x" },
  ]);
  const removed = play("or-set", [
    { replica: "a", op: "add", element: "x" },
    { replica: "a", op: "add", element: "y" },
    { replica: "b", op: "sync", key: "a" },
    { replica: "b", op: "remove", element: "x" },
  ]);
  const gap = play("or-set", [
    { replica: "a", op: "add", element: "x" },
    { replica: "a", op: "add", element: "y" },
    { replica: "a", op: "add", element: "z" },
  ]);
  const conflict1 = fromJson({
    type: "or-set",
    context: { vv: [["a", 1]], cloud: [] },
    entries: [["a", 1, "x"]],
  });
  const conflict2 = fromJson({
    type: "or-set",
    context: { vv: [["a", 1]], cloud: [] },
    entries: [["a", 1, "y"]],
  });
  return [
    merge(
      "merge/or-set/add-wins",
      "b removes x (dot a:1) while a re-adds x (dot a:2): the unseen dot survives.",
      ["CRDT-36", "CRDT-38", "CRDT-39"],
      [addWins.states.get("a")!, addWins.states.get("b")!],
    ),
    merge(
      "merge/or-set/no-tombstone",
      "After the remove is merged no entry of x remains; only the context (vector a:2) remembers it.",
      ["CRDT-35", "CRDT-36", "CRDT-40"],
      [removed.states.get("a")!, removed.states.get("b")!],
    ),
    merge(
      "merge/or-set/delta-gap",
      "Deltas 3 and 1 leave a cloud dot a:3; delta 2 fills the gap and the context compacts to vector a:3.",
      ["CRDT-35", "CRDT-36", "CRDT-14"],
      [gap.deltas[2]!, gap.deltas[0]!, gap.deltas[1]!],
    ),
    merge(
      "merge/or-set/same-dot-conflict",
      "One dot with two elements (a misbehaving writer): the greater element is kept.",
      ["CRDT-41"],
      [conflict1, conflict2],
    ),
    ops(
      "ops/or-set/add-remove",
      "Adds mint dots a:1, a:2, ... (re-adding x replaces its dot); removes carry only context.",
      ["CRDT-37", "CRDT-38", "CRDT-39", "CRDT-40", "CRDT-41"],
      "or-set",
      [
        { replica: "a", op: "add", element: "x" },
        { replica: "a", op: "add", element: "x" },
        { replica: "a", op: "add", element: "y" },
        { replica: "a", op: "remove", element: "x" },
        { replica: "a", op: "remove", element: "absent" },
        { replica: "b", op: "add", element: "x" },
      ],
      fromJson({ type: "or-set", context: { vv: [], cloud: [["a", 7]] }, entries: [["a", 7, "z"]] }),
    ),
  ];
}

function lwwVectors(): Vector[] {
  const s1 = fromJson({
    type: "lww-element-set",
    entries: [
      ["x", ts(100, 0, "a"), true],
      ["y", ts(100, 0, "a"), false],
    ],
  });
  const s2 = fromJson({
    type: "lww-element-set",
    entries: [
      ["x", ts(100, 0, "b"), false],
      ["y", ts(100, 0, "a"), true],
      ["z", ts(99, 7, "c"), true],
    ],
  });
  const r = (wall: number, logical: number, node: string, value: string) =>
    fromJson({ type: "lww-register", ts: ts(wall, logical, node), value: utf8(value) });
  return [
    merge(
      "merge/lww-element-set/order",
      "x: remove at (100,0,b) beats add at (100,0,a) by node tie-break; y: add beats remove at an equal timestamp.",
      ["CRDT-20", "CRDT-24", "CRDT-45"],
      [s1, s2],
    ),
    ops(
      "ops/lww-element-set/add-remove",
      "Each operation is its (timestamp, present) entry.",
      ["CRDT-45"],
      "lww-element-set",
      [
        { replica: "a", op: "add", element: "x", ts: ts(5, 0, "a") },
        { replica: "a", op: "remove", element: "x", ts: ts(5, 1, "a") },
        { replica: "a", op: "add", element: "x", ts: ts(4, 9, "a") },
      ],
    ),
    merge(
      "merge/lww-register/timestamp-order",
      "Greatest timestamp wins: wall, then logical, then node by code point.",
      ["CRDT-20", "CRDT-24", "CRDT-47"],
      [r(100, 3, "a", "one"), r(100, 3, "\ue000", "two"), r(100, 2, "z", "three"), r(99, 9, "😀", "four")],
    ),
    merge(
      "merge/lww-register/equal-timestamp",
      "An equal timestamp (a misbehaving writer) is broken by the greater value bytes; empty is bottom.",
      ["CRDT-47"],
      [r(7, 0, "a", "abc"), r(7, 0, "a", "abd"), emptyCrdt("lww-register")],
    ),
    ops(
      "ops/lww-register/set",
      "A set is its (timestamp, value); an older set loses.",
      ["CRDT-47"],
      "lww-register",
      [
        { replica: "a", op: "set", value: utf8("v1"), ts: ts(10, 0, "a") },
        { replica: "a", op: "set", value: "", ts: ts(10, 1, "a") },
        { replica: "a", op: "set", value: utf8("old"), ts: ts(9, 0, "a") },
      ],
    ),
  ];
}

function mapVectors(): Vector[] {
  const inc = (by: string): OpJson => ({ op: "increment", by });
  const updateWins = play("or-map", [
    { replica: "a", op: "update", key: "hits", type: "pn-counter", nested: inc("2") },
    { replica: "b", op: "sync", key: "a" },
    { replica: "b", op: "removeKey", key: "hits" },
    { replica: "a", op: "update", key: "hits", type: "pn-counter", nested: inc("3") },
  ]);
  const concurrent = play("or-map", [
    { replica: "a", op: "update", key: "hits", type: "g-counter", nested: inc("1") },
    { replica: "b", op: "sync", key: "a" },
    { replica: "a", op: "update", key: "hits", type: "g-counter", nested: inc("2") },
    { replica: "b", op: "update", key: "hits", type: "g-counter", nested: inc("5") },
    { replica: "b", op: "update", key: "tags", type: "or-set", nested: { op: "add", element: "t" } },
  ]);
  const types = play("or-map", [
    { replica: "a", op: "update", key: "k", type: "g-set", nested: { op: "add", element: "x" } },
    { replica: "b", op: "update", key: "k", type: "pn-counter", nested: inc("4") },
  ]);
  const sameDot1 = fromJson({
    type: "or-map",
    context: { vv: [["a", 1]], cloud: [] },
    entries: [["a", 1, "k", { type: "g-counter", counts: [["a", "1"]] }]],
  });
  const sameDot2 = fromJson({
    type: "or-map",
    context: { vv: [["a", 1]], cloud: [] },
    entries: [["a", 1, "k", { type: "g-counter", counts: [["b", "2"]] }]],
  });
  const sameDot3 = fromJson({
    type: "or-map",
    context: { vv: [["a", 1]], cloud: [] },
    entries: [["a", 1, "j", { type: "g-set", elements: ["q"] }]],
  });
  return [
    merge(
      "merge/or-map/update-wins",
      "b removes field hits while a updates it again: the update survives with the state a saw.",
      ["CRDT-48", "CRDT-49"],
      [updateWins.states.get("a")!, updateWins.states.get("b")!],
    ),
    merge(
      "merge/or-map/concurrent-updates",
      "Two concurrent updates of one counter field keep both dots; the field's value is their join.",
      ["CRDT-48", "CRDT-51"],
      [concurrent.states.get("a")!, concurrent.states.get("b")!],
    ),
    merge(
      "merge/or-map/type-conflict",
      "One key created as g-set and as pn-counter concurrently: both kept, the value view shows pn-counter (code 2).",
      ["CRDT-50"],
      [types.states.get("a")!, types.states.get("b")!],
    ),
    merge(
      "merge/or-map/same-dot-conflict",
      "One dot, different payloads: same field joins nested states; otherwise the greater (key, type) wins.",
      ["CRDT-51"],
      [sameDot1, sameDot2, sameDot3],
    ),
    ops(
      "ops/or-map/update-remove",
      "Updates carry the whole nested state under a fresh dot; removeKey carries only context.",
      ["CRDT-48", "CRDT-49", "CRDT-52"],
      "or-map",
      [
        { replica: "a", op: "update", key: "hits", type: "pn-counter", nested: inc("2") },
        { replica: "a", op: "update", key: "hits", type: "pn-counter", nested: { op: "decrement", by: "1" } },
        {
          replica: "a",
          op: "update",
          key: "who",
          type: "lww-register",
          nested: { op: "set", value: utf8("me"), ts: ts(1, 0, "a") },
        },
        {
          replica: "a",
          op: "update",
          key: "sub",
          type: "or-map",
          nested: { op: "update", key: "n", type: "g-set", nested: { op: "add", element: "deep" } },
        },
        { replica: "a", op: "removeKey", key: "who" },
      ],
    ),
  ];
}

function invalidVectors(): Vector[] {
  let deep: AnyCrdt = OrMap.empty();
  for (let i = 0; i < 4; i++) {
    const inner = deep;
    const outer = OrMap.empty();
    outer.update("r", "k", "or-map", (x) => x.merge(inner));
    deep = outer;
  }
  // `deep` is 5 maps deep now.
  return [
    invalid("invalid/empty", "No type byte.", ["CRDT-10"], ""),
    invalid("invalid/unknown-type", "Type code 10 is not defined.", ["CRDT-10"], "0a00"),
    invalid("invalid/type-zero", "Type code 0 (unspecified) is not a state.", ["CRDT-10", "CRDT-17"], "00"),
    invalid("invalid/trailing-byte", "A g-set followed by one more byte.", ["CRDT-10"], "030000"),
    invalid("invalid/truncated", "A g-counter entry without its count.", ["CRDT-10"], "01010161"),
    invalid("invalid/non-minimal-varint", "Count 0 written as 80 00.", ["CRDT-11"], "038000"),
    invalid(
      "invalid/varint-65-bits",
      "A counter value of 2^64 (10th byte 0x02).",
      ["CRDT-11", "CRDT-16"],
      "01010161ffffffffffffffffff02",
    ),
    invalid("invalid/bad-utf8", "Element byte 0xff.", ["CRDT-12"], "030101ff"),
    invalid(
      "invalid/surrogate-utf8",
      "Element is an encoded surrogate (ED A0 80).",
      ["CRDT-12"],
      "030103eda080",
    ),
    invalid("invalid/unsorted", "g-set [b, a].", ["CRDT-13"], "030201620161"),
    invalid("invalid/duplicate", "g-set [a, a].", ["CRDT-13"], "030201610161"),
    invalid(
      "invalid/utf16-order",
      "g-set [U+1F600, U+E000] is UTF-16 order, not code point order.",
      ["CRDT-13"],
      `0302${"04f09f9880"}${"03ee8080"}`,
    ),
    invalid("invalid/zero-count", "g-counter entry a = 0.", ["CRDT-14"], "0101016100"),
    invalid("invalid/zero-change-count", "max-change-set entry a = 0.", ["CRDT-14", "CRDT-46"], "0701016100"),
    invalid(
      "invalid/two-p-overlap",
      "2P-Set element both live and removed.",
      ["CRDT-14", "CRDT-34"],
      "04010161010161",
    ),
    invalid("invalid/huge-count", "A list count far beyond the bytes left.", ["CRDT-15"], "03ffffffff0f"),
    invalid(
      "invalid/dot-counter-2^53",
      "An OR-Set context vector entry of 2^53.",
      ["CRDT-16"],
      "0501016180808080808080100000",
    ),
    invalid(
      "invalid/logical-2^32",
      "An LWW register timestamp with logical = 2^32.",
      ["CRDT-16"],
      "0801018080808010016100",
    ),
    invalid("invalid/declared-type", "A g-set state sent as a g-counter.", ["CRDT-17"], "0300", "g-counter"),
    invalid(
      "invalid/cloud-not-compact",
      "OR-Set cloud dot a:1 with no vector entry (belongs in the vector).",
      ["CRDT-14", "CRDT-35"],
      "050001016101" + "00",
    ),
    invalid("invalid/vector-zero", "OR-Set vector entry a = 0.", ["CRDT-35"], "050101610000" + "00"),
    invalid(
      "invalid/dot-outside-context",
      "OR-Set entry dot a:1 with an empty context.",
      ["CRDT-14", "CRDT-36"],
      "0500000101610101" + "78",
    ),
    invalid(
      "invalid/lww-present-flag",
      "LWW-Element-Set present byte 2.",
      ["CRDT-45"],
      "06010178010001610" + "2",
    ),
    invalid("invalid/register-flag", "LWW-Register first byte 2.", ["CRDT-47"], "0802"),
    invalid("invalid/map-too-deep", "OR-Map nested 5 deep.", ["CRDT-52"], hexOf(deep)),
    invalid(
      "invalid/map-nested-garbage",
      "OR-Map entry whose nested state has a trailing byte.",
      ["CRDT-51"],
      `09010161010001016101016b03${"030000"}`,
    ),
  ];
}

function clockVectors(): Vector[] {
  type Step = { now: number } | { observe: { wall: number; logical: number; node: string }; pt: number };
  const run = (
    id: string,
    description: string,
    requirements: string[],
    node: string,
    steps: Step[],
    maxDriftMs = 60_000,
  ) => {
    const c = new Hlc(node, { maxDriftMs });
    const out = steps.map((st) => {
      if ("now" in st) return { ...st, expect: c.now(st.now) };
      const adopted = c.observe(st.observe, st.pt);
      return { ...st, expect: { adopted, clock: c.peek() } };
    });
    return { id, kind: "clock" as const, description, requirements, node, maxDriftMs, steps: out };
  };
  return [
    run(
      "clock/local-writes",
      "Physical time ahead resets logical; behind or equal increments it.",
      ["CRDT-20", "CRDT-21", "CRDT-24"],
      "a",
      [{ now: 100 }, { now: 100 }, { now: 90 }, { now: 101 }],
    ),
    run(
      "clock/observe",
      "Observing a remote timestamp: all four cases of the rule.",
      ["CRDT-22", "CRDT-24"],
      "b",
      [
        { now: 100 },
        { observe: ts(100, 5, "a"), pt: 100 },
        { observe: ts(100, 2, "a"), pt: 100 },
        { observe: ts(150, 3, "a"), pt: 120 },
        { observe: ts(10, 0, "a"), pt: 200 },
        { now: 200 },
      ],
    ),
    run("clock/overflow", "Logical overflow carries into wall.", ["CRDT-23"], "a", [
      { observe: ts(10, 4294967294, "z"), pt: 10 },
      { now: 10 },
    ]),
    run(
      "clock/drift",
      "A timestamp more than maxDriftMs ahead is not adopted.",
      ["CRDT-25"],
      "a",
      [{ now: 1000 }, { observe: ts(2001, 0, "z"), pt: 1000 }, { observe: ts(2000, 0, "z"), pt: 1000 }],
      1000,
    ),
  ] as Vector[];
}

function policyVectors(): Vector[] {
  const cases: [string, ReplicationPolicy, PeerInfo][] = [
    ["all", { mode: "all", nodes: [], match: {} }, { name: "n1", meta: {} }],
    ["none", { mode: "none", nodes: [], match: {} }, { name: "n1", meta: {} }],
    ["nodes-in", { mode: "nodes", nodes: ["n1", "n2"], match: {} }, { name: "n2", meta: {} }],
    ["nodes-out", { mode: "nodes", nodes: ["n1", "n2"], match: {} }, { name: "n3", meta: {} }],
    [
      "metadata-match",
      { mode: "metadata", nodes: [], match: { dc: "east" } },
      { name: "n1", meta: { dc: "east", rack: "1" } },
    ],
    [
      "metadata-differs",
      { mode: "metadata", nodes: [], match: { dc: "east" } },
      { name: "n1", meta: { dc: "East" } },
    ],
    [
      "metadata-missing",
      { mode: "metadata", nodes: [], match: { dc: "east", rack: "1" } },
      { name: "n1", meta: { dc: "east" } },
    ],
    ["metadata-empty-match", { mode: "metadata", nodes: [], match: {} }, { name: "n1", meta: {} }],
  ];
  const enc = (s: string) => toHex(new TextEncoder().encode(s));
  // CRDT-73: metadata given as the member's meta bytes (hex), read as string pairs.
  const bytesCases: [string, ReplicationPolicy, { name: string; metaHex: string }][] = [
    [
      "meta-bytes-match",
      { mode: "metadata", nodes: [], match: { dc: "eu" } },
      { name: "n1", metaHex: enc('{"dc":"eu","zone":"b"}') },
    ],
    [
      "meta-bytes-non-string-ignored",
      { mode: "metadata", nodes: [], match: { dc: "1" } },
      { name: "n1", metaHex: enc('{"dc":1}') },
    ],
    [
      "meta-bytes-not-object",
      { mode: "metadata", nodes: [], match: { dc: "eu" } },
      { name: "n1", metaHex: enc('["dc","eu"]') },
    ],
    [
      "meta-bytes-invalid-utf8",
      { mode: "metadata", nodes: [], match: { dc: "eu" } },
      { name: "n1", metaHex: "ff7b7d" },
    ],
    ["meta-bytes-empty-empty-match", { mode: "metadata", nodes: [], match: {} }, { name: "n1", metaHex: "" }],
  ];
  return [
    ...cases.map(([name, policy, peer]) => ({
      id: `policy/${name}`,
      kind: "policy" as const,
      description: `replicatesTo(${policy.mode}) for peer ${peer.name}.`,
      requirements: ["CRDT-64"],
      policy,
      peer,
      expect: replicatesTo(policy, peer),
    })),
    ...bytesCases.map(([name, policy, peer]) => ({
      id: `policy/${name}`,
      kind: "policy" as const,
      description: `replicatesTo(${policy.mode}) for peer ${peer.name} whose metadata bytes are peer.metaHex (CRDT-73: UTF-8 JSON object, string values only).`,
      requirements: ["CRDT-64", "CRDT-73"],
      policy,
      peer,
      expect: replicatesTo(policy, policyPeer(peer)),
    })),
  ];
}

/** A policy vector's peer: decoded metadata (`meta`) or the member's metadata bytes (`metaHex`, CRDT-73). */
function policyPeer(p: { name: string; meta?: Record<string, string>; metaHex?: string }): PeerInfo {
  return {
    name: p.name,
    meta:
      p.metaHex !== undefined
        ? decodeMetaPairs(fromHex(p.metaHex) ?? new Uint8Array([0xff]))
        : (p.meta ?? {}),
  };
}

// ---------- store scripts ----------

export type StoreStep =
  | {
      at: number;
      do: "op";
      key: string;
      type: CrdtTypeName;
      op: OpJson;
      options?: { replication?: ReplicationPolicy; ttlMs?: number };
    }
  | { at: number; do: "receive"; message: MessageJson }
  | { at: number; do: "piggyback"; peer: PeerInfo; maxBytes: number; transmitLimit: number }
  | { at: number; do: "fullStates"; peer: PeerInfo }
  | { at: number; do: "sweep" }
  | { at: number; do: "get"; key: string }
  | { at: number; do: "events" };

interface MessageJson {
  key: string;
  crdtType: string;
  state: string;
  full: boolean;
  replication: ReplicationPolicy | null;
  ttlMs: number;
  origin: string;
}

function messageToJson(m: CrdtMessage): MessageJson {
  return {
    key: m.key,
    crdtType: m.crdtType,
    state: toHex(m.state),
    full: m.full,
    replication: m.replication ?? null,
    ttlMs: m.ttlMs,
    origin: m.origin,
  };
}

function messageFromJson(m: MessageJson): CrdtMessage {
  return {
    key: m.key,
    crdtType: m.crdtType as CrdtMessage["crdtType"],
    state: fromHex(m.state) ?? new Uint8Array(),
    full: m.full,
    replication: m.replication ?? undefined,
    ttlMs: m.ttlMs,
    origin: m.origin,
  };
}

export interface StoreConfig {
  replicaId: string;
  maxKeys?: number;
  maxStateBytes?: number;
}

/** Runs a store script; returns each step's observed result. */
export function runStoreScript(config: StoreConfig, steps: readonly StoreStep[]): unknown[] {
  const clock = { t: 0 };
  const store = new SharedStore({ ...config, now: () => clock.t });
  let events: ChangeEvent[] = [];
  store.onChange((e) => events.push(e));
  return steps.map((st) => {
    clock.t = st.at;
    switch (st.do) {
      case "op":
        try {
          store.mutate(
            st.key,
            st.type,
            (s, cx) => applyNamedOp(s, cx.replica, st.op, cx.stamp),
            st.options ?? {},
          );
          return { ok: true };
        } catch (e) {
          if (e instanceof CrdtError) return { ok: false, error: e.code };
          throw e;
        }
      case "receive": {
        const r = store.receive(messageFromJson(st.message));
        return r.ok ? { ok: true, changed: r.value.changed } : { ok: false, error: r.error.code };
      }
      case "piggyback":
        return store
          .piggyback(st.peer, { maxBytes: st.maxBytes, transmitLimit: st.transmitLimit })
          .map(messageToJson);
      case "fullStates":
        return store.fullStates(st.peer).map(messageToJson);
      case "sweep":
        return store.sweep();
      case "get": {
        const s = store.get(st.key);
        return s === undefined ? null : { type: s.type, hex: hexOf(s), value: valueToJson(s.value()) };
      }
      case "events": {
        const out = events.map((e) => ({
          key: e.key,
          source: e.source,
          previous: valueToJson(e.previous),
          value: valueToJson(e.value),
        }));
        events = [];
        return out;
      }
    }
    throw new Error("unknown store step");
  });
}

function storeScript(
  id: string,
  description: string,
  requirements: string[],
  config: StoreConfig,
  steps: StoreStep[],
): Vector {
  const results = runStoreScript(config, steps);
  return {
    id,
    kind: "store",
    description,
    requirements,
    config,
    steps: steps.map((s, i) => ({ ...s, expect: results[i] })),
  };
}

function storeVectors(): Vector[] {
  const b: PeerInfo = { name: "b", meta: { dc: "east" } };
  const c: PeerInfo = { name: "c", meta: { dc: "west" } };
  const inc = (by: string): OpJson => ({ op: "increment", by });
  const gset = (els: string[]) => toHex(readCrdtJson({ type: "g-set", elements: els }).encode());
  const msg = (
    key: string,
    crdtType: string,
    state: string,
    extra: Partial<MessageJson> = {},
  ): MessageJson => ({
    key,
    crdtType,
    state,
    full: false,
    replication: null,
    ttlMs: 0,
    origin: "z",
    ...extra,
  });
  return [
    storeScript(
      "store/deltas",
      "Local changes are coalesced per key and piggybacked at most transmitLimit times; a received delta (or small full state) that changed the state is forwarded, an unchanged one is not.",
      ["CRDT-60", "CRDT-61", "CRDT-62", "CRDT-70"],
      { replicaId: "a" },
      [
        { at: 1, do: "op", key: "hits", type: "pn-counter", op: inc("2") },
        { at: 2, do: "op", key: "hits", type: "pn-counter", op: inc("3") },
        { at: 3, do: "piggyback", peer: b, maxBytes: 1400, transmitLimit: 2 },
        { at: 4, do: "piggyback", peer: b, maxBytes: 1400, transmitLimit: 2 },
        { at: 5, do: "piggyback", peer: b, maxBytes: 1400, transmitLimit: 2 },
        { at: 6, do: "receive", message: msg("s", "g-set", gset(["x"])) },
        { at: 7, do: "receive", message: msg("s", "g-set", gset(["x"])) },
        { at: 8, do: "piggyback", peer: b, maxBytes: 1400, transmitLimit: 1 },
        { at: 9, do: "receive", message: msg("s", "g-set", gset(["x", "y"]), { full: true }) },
        { at: 10, do: "piggyback", peer: b, maxBytes: 1400, transmitLimit: 1 },
        { at: 11, do: "events" },
      ],
    ),
    storeScript(
      "store/policies",
      "Keys go only to peers their policy selects, as deltas and as full states; a received policy is adopted.",
      ["CRDT-63", "CRDT-64", "CRDT-65", "CRDT-66"],
      { replicaId: "a" },
      [
        { at: 1, do: "op", key: "all", type: "g-set", op: { op: "add", element: "1" } },
        {
          at: 1,
          do: "op",
          key: "east",
          type: "g-set",
          op: { op: "add", element: "2" },
          options: { replication: { mode: "metadata", nodes: [], match: { dc: "east" } } },
        },
        {
          at: 1,
          do: "op",
          key: "local",
          type: "g-set",
          op: { op: "add", element: "3" },
          options: { replication: { mode: "none", nodes: [], match: {} } },
        },
        {
          at: 1,
          do: "op",
          key: "just-c",
          type: "g-set",
          op: { op: "add", element: "4" },
          options: { replication: { mode: "nodes", nodes: ["c"], match: {} } },
        },
        { at: 2, do: "piggyback", peer: c, maxBytes: 1400, transmitLimit: 9 },
        { at: 3, do: "fullStates", peer: b },
        {
          at: 4,
          do: "receive",
          message: msg("all", "g-set", gset(["9"]), {
            replication: { mode: "nodes", nodes: ["b"], match: {} },
          }),
        },
        { at: 5, do: "fullStates", peer: c },
      ],
    ),
    storeScript(
      "store/targeted",
      'A key for some peers only is handed out per target: a datagram to a peer the policy does not select carries nothing and uses none of the key\'s transmissions; a push-pull whose peer is unknown (name "", no metadata) carries only keys for every peer.',
      ["CRDT-65", "CRDT-71", "CRDT-72"],
      { replicaId: "a" },
      [
        {
          at: 1,
          do: "op",
          key: "just-c",
          type: "g-counter",
          op: inc("2"),
          options: { replication: { mode: "nodes", nodes: ["c"], match: {} } },
        },
        { at: 1, do: "op", key: "all", type: "g-counter", op: inc("1") },
        {
          at: 1,
          do: "op",
          key: "west",
          type: "g-counter",
          op: inc("3"),
          options: { replication: { mode: "metadata", nodes: [], match: { dc: "west" } } },
        },
        { at: 2, do: "piggyback", peer: b, maxBytes: 1400, transmitLimit: 1 },
        { at: 3, do: "piggyback", peer: c, maxBytes: 1400, transmitLimit: 1 },
        { at: 4, do: "piggyback", peer: c, maxBytes: 1400, transmitLimit: 1 },
        { at: 5, do: "fullStates", peer: { name: "", meta: {} } },
        { at: 6, do: "fullStates", peer: c },
      ],
    ),
    storeScript(
      "store/ttl",
      "Writes refresh the TTL, receipt never shortens it, sweep removes expired keys and reports them.",
      ["CRDT-67", "CRDT-70"],
      { replicaId: "a" },
      [
        { at: 1000, do: "op", key: "t", type: "g-counter", op: inc("1"), options: { ttlMs: 500 } },
        { at: 1200, do: "op", key: "t", type: "g-counter", op: inc("1") },
        { at: 1300, do: "fullStates", peer: b },
        { at: 1400, do: "receive", message: msg("t", "g-counter", "01010162" + "05", { ttlMs: 100 }) },
        { at: 1650, do: "get", key: "t" },
        { at: 1700, do: "sweep" },
        { at: 1700, do: "get", key: "t" },
        { at: 1701, do: "events" },
      ],
    ),
    storeScript(
      "store/type-and-errors",
      "A key's type is fixed; malformed and mismatched messages, and invalid keys, are typed errors that change nothing.",
      ["CRDT-7", "CRDT-15", "CRDT-17", "CRDT-68"],
      { replicaId: "a" },
      [
        { at: 1, do: "op", key: "k", type: "g-set", op: { op: "add", element: "x" } },
        { at: 2, do: "op", key: "k", type: "g-counter", op: inc("1") },
        { at: 3, do: "receive", message: msg("k", "g-counter", "0100") },
        { at: 4, do: "receive", message: msg("k", "g-set", "0301") },
        { at: 5, do: "receive", message: msg("k", "g-set", "0100") },
        { at: 6, do: "receive", message: msg("k", "unspecified", "0300") },
        { at: 7, do: "receive", message: msg("", "g-set", "0300") },
        { at: 7, do: "op", key: "", type: "g-set", op: { op: "add", element: "x" } },
        { at: 7, do: "op", key: "k".repeat(257), type: "g-set", op: { op: "add", element: "x" } },
        { at: 8, do: "get", key: "k" },
      ],
    ),
    storeScript(
      "store/bounds",
      "Key count and state size are bounded; the excess is rejected with CRDT_LIMIT.",
      ["CRDT-69"],
      { replicaId: "a", maxKeys: 2, maxStateBytes: 32 },
      [
        { at: 1, do: "op", key: "k1", type: "g-set", op: { op: "add", element: "x" } },
        { at: 1, do: "op", key: "k2", type: "g-set", op: { op: "add", element: "x" } },
        { at: 2, do: "op", key: "k3", type: "g-set", op: { op: "add", element: "x" } },
        { at: 3, do: "receive", message: msg("k3", "g-set", gset(["y"])) },
        { at: 4, do: "op", key: "k1", type: "g-set", op: { op: "add", element: "y".repeat(40) } },
        { at: 5, do: "receive", message: msg("k1", "g-set", gset(["z".repeat(40)])) },
        { at: 6, do: "get", key: "k1" },
      ],
    ),
    storeScript(
      "store/hlc",
      "A remote register write is observed by the clock: the next local write wins although the local physical time is behind.",
      ["CRDT-22", "CRDT-24", "CRDT-47"],
      { replicaId: "a" },
      [
        {
          at: 100,
          do: "receive",
          message: msg(
            "r",
            "lww-register",
            toHex(readCrdtJson({ type: "lww-register", ts: ts(5000, 2, "b"), value: "6869" }).encode()),
          ),
        },
        { at: 101, do: "op", key: "r", type: "lww-register", op: { op: "set", value: "6d65" } },
        { at: 102, do: "get", key: "r" },
      ],
    ),
  ];
}

/** Every vector file, keyed by path under conformance/vectors/crdt/. */
export function buildCrdtVectors(): Record<string, VectorFile> {
  const note =
    "Generated by `pnpm --filter @gossip/crdt vectors` (packages/crdt/src/vectors.ts); do not edit. Rules: spec/13-crdt.md.";
  const file = (description: string, vectors: Vector[]): VectorFile => ({
    format: VECTOR_FORMAT,
    version: VECTOR_VERSION,
    description: `${description} ${note}`,
    vectors,
  });
  return {
    "counters.json": file("G-Counter and PN-Counter merges and operations.", counterVectors()),
    "sets.json": file("G-Set, 2P-Set and Max-Change-Set merges and operations.", setVectors()),
    "or-set.json": file("OR-Set (causal context, add-wins, no tombstones).", orSetVectors()),
    "lww.json": file("LWW-Element-Set and LWW-Register.", lwwVectors()),
    "or-map.json": file("OR-Map of CRDTs.", mapVectors()),
    "invalid.json": file("State bytes a decoder must reject, with the error code.", invalidVectors()),
    "clock.json": file("Hybrid logical clock steps.", clockVectors()),
    "policy.json": file("Replication policy evaluation.", policyVectors()),
    "store.json": file("Scripted SharedStore sessions (replication side).", storeVectors()),
  };
}

// ---------- checking ----------

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Executes one vector against this implementation; returns problems (empty = pass). */
export function checkVector(v: Vector): string[] {
  const problems: string[] = [];
  const o = v as unknown as Record<string, Any>;
  switch (v.kind) {
    case "merge": {
      const inputs: AnyCrdt[] = [];
      for (const [i, inp] of (o.inputs as { state: unknown; hex: string }[]).entries()) {
        const d = decodeCrdt(fromHex(inp.hex)!, o.type);
        const j = crdtFromJson(inp.state);
        if (!d.ok) problems.push(`input ${i}: ${d.error.message}`);
        else if (!j.ok || hexOf(j.value) !== inp.hex)
          problems.push(`input ${i}: JSON form does not encode to hex`);
        else inputs.push(d.value);
      }
      if (problems.length) return problems;
      const perms = inputs.length <= 4 ? permutations(inputs) : [inputs];
      for (const p of perms) {
        const out = join(emptyCrdt(o.type as CrdtTypeName) as AnyCrdt, ...p, ...p.slice().reverse());
        if (hexOf(out) !== o.expect.hex) problems.push(`join in some order gave ${hexOf(out)}`);
        if (!same(valueToJson(out.value()), o.expect.value)) problems.push("value differs");
        if (!same(out.toJSON(), o.expect.state)) problems.push("JSON form differs");
      }
      return [...new Set(problems)];
    }
    case "ops": {
      const start = decodeCrdt(fromHex(o.start.hex)!, o.type);
      if (!start.ok) return [`start: ${start.error.message}`];
      const s = start.value;
      for (const [i, st] of (o.steps as (OpStep & { expect: Record<string, string> })[]).entries()) {
        const { replica, expect, ...op } = st;
        try {
          const d = applyNamedOp(s, replica, op);
          if (expect.delta !== hexOf(d))
            problems.push(`step ${i}: delta ${hexOf(d)}, expected ${expect.delta}`);
        } catch (e) {
          if (!(e instanceof CrdtError) || e.code !== expect.error)
            problems.push(`step ${i}: unexpected error ${String(e)}`);
        }
        if (hexOf(s) !== expect.state)
          problems.push(`step ${i}: state ${hexOf(s)}, expected ${expect.state}`);
      }
      if (hexOf(s) !== o.expect.hex) problems.push("final state differs");
      if (!same(valueToJson(s.value()), o.expect.value)) problems.push("final value differs");
      return problems;
    }
    case "invalid": {
      const r = decodeCrdt(fromHex(o.hex) ?? new Uint8Array([0xff]), o.declaredType);
      if (r.ok) return ["decoded, expected rejection"];
      return r.error.code === o.expect.error ? [] : [`error ${r.error.code}, expected ${o.expect.error}`];
    }
    case "clock": {
      const c = new Hlc(o.node, { maxDriftMs: o.maxDriftMs });
      for (const [i, st] of (o.steps as Record<string, Any>[]).entries()) {
        if ("now" in st) {
          const t = c.now(st.now);
          if (!same(t, st.expect)) problems.push(`step ${i}: ${JSON.stringify(t)}`);
        } else {
          const adopted = c.observe(timestampFromJson(st.observe) as Timestamp, st.pt);
          if (!same({ adopted, clock: c.peek() }, st.expect))
            problems.push(`step ${i}: observe gave ${adopted}`);
        }
      }
      return problems;
    }
    case "policy":
      return replicatesTo(o.policy, policyPeer(o.peer)) === o.expect ? [] : ["policy result differs"];
    case "store": {
      const steps = o.steps as (StoreStep & { expect: unknown })[];
      const got = runStoreScript(o.config, steps);
      steps.forEach((st, i) => {
        if (!same(got[i], st.expect)) problems.push(`step ${i} (${st.do}): got ${JSON.stringify(got[i])}`);
      });
      return problems;
    }
  }
  return [`unknown kind ${String(v.kind)}`];
}

/** Types with at least one merge vector (the test checks that all have). */
export function typesCovered(files: Record<string, VectorFile>): Set<string> {
  const out = new Set<string>();
  for (const f of Object.values(files))
    for (const v of f.vectors) if (v.kind === "merge") out.add(String(v.type));
  return out;
}
