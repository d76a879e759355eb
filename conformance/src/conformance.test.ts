import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAdapter } from "./adapter-kit.js";
import { brokenAdapter, FLAWS } from "./broken.js";
import { allVectors } from "./catalog.js";
import { referenceCodec } from "./codec.js";
import { recordAll, referenceSession } from "./recorder.js";
import { IutSession } from "./session.js";
import { runVectors, type SuiteResult, type Vector } from "./suite.js";

/** What each broken adapter must fail: exactly these vectors, no more, no fewer. */
const EXPECTED_FAILURES: Readonly<Record<string, readonly string[]>> = {
  "never-refutes": [
    "mem/refute/suspect-self",
    "mem/refute/above-heard-incarnation",
    "mem/refute/dead-self",
    "mem/refute/push-pull-record",
    "mem/conflict/own-name",
  ],
  "no-increment": [
    "mem/refute/suspect-self",
    "mem/refute/above-heard-incarnation",
    "mem/refute/dead-self",
    "mem/refute/push-pull-record",
    "mem/conflict/own-name",
  ],
  "ignores-cluster": ["wire/cluster/other-cluster-ignored", "wire/cluster/empty-cluster-ignored"],
  "late-acks": [
    "wire/cluster/other-cluster-ignored",
    "wire/cluster/empty-cluster-ignored",
    "wire/malformed/garbage",
    "wire/malformed/truncated",
    "wire/malformed/bad-magic",
    "wire/malformed/unknown-version",
    "wire/malformed/empty",
    "wire/compound/all-messages-processed",
    "fd/probe/ack-direct",
    "fd/probe/ack-to-source-addr",
    "fd/indirect/relay-forwards-ack",
    "dis/piggyback/on-ack",
    "dis/piggyback/size-limit",
  ],
  "no-nacks": ["fd/indirect/relay-nack"],
  "any-target": ["fd/probe/wrong-target"],
  "fixed-suspicion-timeout": ["fd/lifeguard/no-confirmation", "fd/lifeguard/one-confirmation"],
  "oversized-datagrams": ["dis/piggyback/size-limit"],
  "keeps-probing-left": ["mem/leave/received"],
  "drops-tombstones": ["kv/apply/tombstone"],
  "no-event-forwarding": ["evt/receive/deliver-and-forward"],
};

const failing = (r: SuiteResult) => r.results.filter((x) => x.verdict === "fail").map((x) => x.id);

describe("conformance vectors", () => {
  let vectors: Vector[];
  let reference: IutSession;
  beforeAll(async () => {
    vectors = allVectors();
    reference = await referenceSession();
  });
  afterAll(async () => {
    await reference.close();
  });

  it("checked-in traces are current (gossip-conformance record --check)", async () => {
    const r = await recordAll({ check: true });
    expect(r.lines.filter((l) => !l.includes("scenario(s) recorded"))).toEqual([]);
    expect(r.ok).toBe(true);
  });

  it("the reference implementation passes every vector", async () => {
    const r = await runVectors(reference, referenceCodec(), vectors);
    expect(r.results.filter((x) => x.verdict !== "pass").map((x) => `${x.id}: ${x.reason}`)).toEqual([]);
    expect(r.counts.passed).toBe(vectors.length);
  });

  it("every flaw has an expectation", () => {
    expect(Object.keys(EXPECTED_FAILURES).sort()).toEqual(Object.keys(FLAWS).sort());
    const ids = new Set(vectors.map((v) => v.id));
    for (const list of Object.values(EXPECTED_FAILURES))
      for (const id of list) expect(ids.has(id), id).toBe(true);
  });

  for (const [name, flaw] of Object.entries(FLAWS)) {
    it(`broken adapter "${name}" (${flaw.description}) fails exactly its vectors`, async () => {
      const s = await IutSession.start({
        kind: "in-process",
        start: (addr) => void runAdapter(brokenAdapter(flaw), addr),
      });
      try {
        const r = await runVectors(s, referenceCodec(), vectors);
        expect(failing(r).sort()).toEqual([...(EXPECTED_FAILURES[name] ?? [])].sort());
      } finally {
        await s.close();
      }
    });
  }
});
