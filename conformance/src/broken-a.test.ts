import { describe, expect, it } from "vitest";
import { runAdapter } from "./adapter-kit.js";
import { brokenAdapter, FLAWS } from "./broken.js";
import { allVectors } from "./catalog.js";
import { referenceCodec } from "./codec.js";
import { IutSession } from "./session.js";
import { runVectors } from "./suite.js";
import { EXPECTED_FAILURES } from "./testkit/expected-failures.js";

// The broken adapters are split over two files so that vitest runs them in parallel.
const names = Object.keys(FLAWS).sort();
const mine = names.filter((_, i) => i % 2 === 0);

describe("deliberately broken adapters fail exactly the vectors they should", () => {
  const vectors = allVectors();
  for (const name of mine) {
    const flaw = FLAWS[name] as (typeof FLAWS)[string];
    it(`broken adapter "${name}" (${flaw.description})`, async () => {
      const s = await IutSession.start({
        kind: "in-process",
        start: (addr) => void runAdapter(brokenAdapter(flaw), addr),
      });
      try {
        const r = await runVectors(s, referenceCodec(), vectors);
        const failing = r.results.filter((x) => x.verdict === "fail").map((x) => x.id);
        expect(failing.sort()).toEqual([...(EXPECTED_FAILURES[name] ?? [])].sort());
      } finally {
        await s.close();
      }
    });
  }
});
