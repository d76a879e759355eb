import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdapter } from "./adapter-kit.js";
import { parseKnownFailures } from "./known-failures.js";
import { areaTable, jsonReport, junitXml, summaryLine } from "./report.js";
import { checkTrace } from "./schemas.js";
import { IutSession } from "./session.js";
import { runVectors, traceVector } from "./suite.js";
import { type FakeFlaws, fakeAdapter, jsonCodec } from "./testkit/fake.js";
import type { Trace } from "./trace.js";

const setup = {
  name: "iut",
  addr: { ip: "10.0.0.1", port: 7946 },
  cluster: "c1",
  config: { preset: "lan" },
  seed: 1,
  start: 1000,
  peers: {
    p1: { name: "p1", addr: { ip: "10.0.0.2", port: 7946 } },
    p2: { name: "p2", addr: { ip: "10.0.0.3", port: 7946 } },
  },
};

const base = { format: "gossip-trace/1", level: "MUST", setup } as const;

const traces: Trace[] = [
  {
    ...base,
    id: "probe/ack/direct",
    title: "answers a ping with an ack of the same seq",
    requirements: ["T-1"],
    steps: [
      {
        op: "inject",
        at: 10,
        transport: "datagram",
        from: "p1",
        packet: { messages: [{ type: "ping", seq: 42, target: "iut", source: "p1" }] },
      },
      { op: "expect", transport: "datagram", to: "p1", within: 50, message: { type: "ack", seq: 42 } },
    ],
  },
  {
    ...base,
    id: "probe/ack/wrong-cluster",
    title: "ignores a ping for another cluster",
    requirements: ["T-2"],
    steps: [
      {
        op: "inject",
        transport: "datagram",
        from: "p1",
        bytes: Buffer.from(
          JSON.stringify({ cluster: "other", messages: [{ type: "ping", seq: 1 }] }),
        ).toString("hex"),
      },
      { op: "expect-none", transport: "datagram", to: "p1", during: 2000, message: { type: "ack" } },
    ],
  },
  {
    ...base,
    id: "probe/periodic/seq-increases",
    title: "after join, probes the seed every second with increasing seq",
    requirements: ["T-3"],
    steps: [
      { op: "command", command: "join", args: { seeds: ["p1"] } },
      {
        op: "expect",
        transport: "stream-request",
        to: "p1",
        within: 0,
        stream: { $capture: "s" },
        message: { type: "push-pull", join: true },
      },
      { op: "reply", stream: { $var: "s" }, packet: { messages: [{ type: "push-pull", reply: true }] } },
      { op: "expect-event", within: 0, event: { type: "member-joined", member: { name: "seed" } } },
      {
        op: "expect",
        transport: "datagram",
        to: ["p1", "p2"],
        within: 1000,
        message: { type: "ping", seq: { $capture: "seq" } },
      },
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 1000,
        message: { type: "ping", seq: { $gt: { $var: "seq" } } },
      },
      { op: "expect-none", transport: "datagram", during: 999, message: { type: "ping" } },
      {
        op: "expect",
        transport: "datagram",
        to: "p1",
        within: 1,
        message: { type: "ping", seq: { $add: [{ $var: "seq" }, 2] } },
      },
    ],
  },
  {
    ...base,
    id: "streams/timeout",
    title: "an unanswered stream fails at its timeout",
    requirements: ["T-4"],
    steps: [
      { op: "command", command: "join", args: { seeds: ["p2"] } },
      { op: "expect-event", within: 500, event: { type: "dropped", reason: "join failed" } },
    ],
  },
  {
    ...base,
    id: "kv/query",
    title: "a set key shows in the key query",
    requirements: ["T-5"],
    features: ["kv"],
    steps: [
      { op: "command", command: "set-key", args: { key: "k", value: "dg==" } },
      { op: "query", what: "keys", expect: [{ node: "iut", key: "k", value: "dg==" }] },
      {
        op: "inject",
        transport: "stream",
        from: "p2",
        stream: "in",
        packet: { messages: [{ type: "push-pull" }] },
      },
      {
        op: "expect",
        transport: "stream-reply",
        stream: { $var: "in" },
        within: 0,
        message: { type: "push-pull", reply: true },
      },
    ],
  },
  {
    ...base,
    id: "events/needs-feature",
    title: "skipped without the events feature",
    requirements: ["T-6"],
    features: ["events"],
    steps: [{ op: "advance", by: 1 }],
  },
];

async function session(flaws: FakeFlaws = {}): Promise<IutSession> {
  return IutSession.start({ kind: "in-process", start: (addr) => void runAdapter(fakeAdapter(flaws), addr) });
}

describe("runner against a scripted fake IUT", () => {
  let good: IutSession;
  let late: IutSession;
  beforeAll(async () => {
    good = await session();
    late = await session({ lateAckMs: 200 });
  });
  afterAll(async () => {
    await good.close();
    await late.close();
  });

  it("the test traces are schema-valid", () => {
    for (const t of traces) expect(checkTrace(t), t.id).toBeUndefined();
    expect(checkTrace({ ...traces[0], steps: [{ op: "explode" }] })).toMatch(/steps/);
  });

  it("a correct IUT passes every trace, skipping the unsupported one", async () => {
    const r = await runVectors(
      good,
      jsonCodec,
      traces.map((t) => traceVector(t)),
    );
    const bad = r.results.filter((x) => x.verdict === "fail").map((x) => `${x.id}: ${x.reason}`);
    expect(bad).toEqual([]);
    expect(r.counts).toEqual({ passed: 5, failed: 0, skipped: 1, xfail: 0, stale: 0 });
    expect(summaryLine(r)).toBe("5 passed, 0 failed, 1 skipped");
    expect(r.ok).toBe(true);
  });

  it("a late ack fails exactly the ack trace, with a diff-able report", async () => {
    const r = await runVectors(
      late,
      jsonCodec,
      traces.map((t) => traceVector(t)),
    );
    expect(r.results.filter((x) => x.verdict === "fail").map((x) => x.id)).toEqual(["probe/ack/direct"]);
    const f = r.results.find((x) => x.id === "probe/ack/direct");
    expect(f?.failure?.step).toBe(1);
    expect(f?.failure?.message).toMatch(
      /expected a datagram to p1 within 50 ms \(by t=60\); a matching one came 150 ms late, at t=210/,
    );
    expect(f?.timeline?.join("\n")).toMatch(/t=210 datagram -> p1: \{"type":"ack","seq":42\}/);
    expect(areaTable(r)).toMatch(/\| probe +\| +2 \| +1 \|/);
    expect(junitXml(r)).toMatch(
      /<testcase classname="probe" name="probe\/ack\/direct"[^>]*>\n.*\n\s*<failure/,
    );
    expect(JSON.parse(jsonReport(r)).counts.failed).toBe(1);
    expect(r.ok).toBe(false);
  });

  it("a muted IUT's failure shows expected vs actual", async () => {
    const mute = await session({ mute: true });
    try {
      const r = await runVectors(mute, jsonCodec, [traceVector(traces[0] as Trace)]);
      expect(r.results[0]?.failure?.message).toMatch(/nothing comparable was sent/);
    } finally {
      await mute.close();
    }
  });

  it("known failures: matching entry is tolerated, passing or different entries fail the run", async () => {
    const vectors = traces.map((t) => traceVector(t));
    const kf = parseKnownFailures(
      "# fake port\nprobe/ack/direct  # step 1 (expect): expected a datagram to p1\n",
    );
    const r1 = await runVectors(late, jsonCodec, vectors, { knownFailures: kf });
    expect(r1.counts).toMatchObject({ failed: 0, xfail: 1, stale: 0 });
    expect(r1.ok).toBe(true);
    const r2 = await runVectors(good, jsonCodec, vectors, { knownFailures: kf });
    expect(r2.counts).toMatchObject({ stale: 1 });
    expect(r2.ok).toBe(false);
    const r3 = await runVectors(late, jsonCodec, vectors, {
      knownFailures: parseKnownFailures("probe/ack/direct # step 0\nno/such/vector # x\n"),
    });
    expect(r3.counts.stale).toBe(1);
    expect(r3.unknownKnownFailures.map((k) => k.id)).toEqual(["no/such/vector"]);
    expect(() => parseKnownFailures("probe/ack/direct\n")).toThrow(/expected failure/);
  });

  it("an option the IUT does not support skips the vector", async () => {
    const t = {
      ...traces[0],
      id: "probe/opt/x",
      setup: { ...setup, config: { preset: "lan", unknownOption: 1 } },
    } as Trace;
    const r = await runVectors(good, jsonCodec, [traceVector(t)]);
    expect(r.results[0]?.verdict).toBe("skip");
  });
});
