import { describe, expect, it } from "vitest";
import { allVectors } from "./catalog.js";
import { referenceCodec } from "./codec.js";
import { referenceSession } from "./recorder.js";
import { runVectors } from "./suite.js";

describe("live mode (real loopback sockets, real time)", () => {
  it("the reference passes every trace marked for live mode", async () => {
    const vectors = allVectors().filter((v) => v.kind === "trace");
    const session = await referenceSession();
    try {
      const r = await runVectors(session, referenceCodec(), vectors, { mode: "live" });
      expect(r.results.filter((x) => x.verdict === "fail").map((x) => `${x.id}: ${x.reason}`)).toEqual([]);
      expect(r.counts.passed).toBeGreaterThanOrEqual(10);
      // TRN-11, 13, 30-32, 40-45: the live-only transport vectors ran (not skipped) and passed.
      const transport = r.results.filter((x) => /^trn\/(tcp|tcp-only|http)\//.test(x.id));
      expect(transport.map((x) => `${x.id}: ${x.verdict}`)).toEqual(transport.map((x) => `${x.id}: pass`));
      expect(transport.length).toBeGreaterThanOrEqual(5);
    } finally {
      await session.close();
    }
  });
});
