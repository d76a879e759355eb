import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FLAWS } from "./broken.js";
import { allVectors } from "./catalog.js";
import { referenceCodec } from "./codec.js";
import { recordAll, referenceSession } from "./recorder.js";
import type { IutSession } from "./session.js";
import { runVectors, type Vector } from "./suite.js";
import { EXPECTED_FAILURES } from "./testkit/expected-failures.js";
import { loadTraces, TRACE_DIR } from "./vectors.js";

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

  it("the reference implementation passes every vector (live-only ones: live.test.ts)", async () => {
    const liveOnly = new Set(
      loadTraces(TRACE_DIR)
        .filter(({ trace }) => !(trace.mode ?? ["virtual"]).includes("virtual"))
        .map(({ trace }) => trace.id),
    );
    const virtual = vectors.filter((v) => !liveOnly.has(v.id));
    const r = await runVectors(reference, referenceCodec(), virtual);
    expect(r.results.filter((x) => x.verdict !== "pass").map((x) => `${x.id}: ${x.reason}`)).toEqual([]);
    expect(r.counts.passed).toBe(virtual.length);
  });

  it("every broken adapter has an expectation naming vectors that exist", () => {
    expect(Object.keys(EXPECTED_FAILURES).sort()).toEqual(Object.keys(FLAWS).sort());
    const ids = new Set(vectors.map((v) => v.id));
    for (const list of Object.values(EXPECTED_FAILURES)) {
      expect(list.length).toBeGreaterThan(0);
      for (const id of list) expect(ids.has(id), id).toBe(true);
    }
  });
});
