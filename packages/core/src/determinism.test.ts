import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addrKey } from "./engine.js";
import type { Output } from "./io.js";
import { MemoryNetwork } from "./testing/network.js";

function run(seed: number): { digest: string; outputs: number } {
  const hash = createHash("sha256");
  let outputs = 0;
  const net = new MemoryNetwork({
    seed,
    loss: 0.05,
    latency: [1, 30],
    defaults: { preset: "local" },
    onOutput: (node: string, o: Output, at: number) => {
      outputs++;
      hash.update(`${at}|${node}|${o.kind}|`);
      if (o.kind === "datagram") hash.update(`${addrKey(o.to)}|`).update(o.bytes);
      else if (o.kind === "stream-request")
        hash.update(`${o.id}|${addrKey(o.to)}|${o.timeoutMs}|`).update(o.bytes);
      else if (o.kind === "stream-reply") hash.update(`${o.id}|`).update(o.bytes);
      else hash.update(JSON.stringify(o.event, (_k, v) => (v instanceof Uint8Array ? [...v] : v)));
    },
  });
  for (let i = 0; i < 10; i++) net.addNode(`n${i}`);
  for (let i = 1; i < 10; i++) net.join(`n${i}`, ["n0"]);
  net.run(5_000);
  net.kill("n3");
  net.run(10_000);
  net.leave("n4");
  net.restart("n3");
  net.join("n3", ["n1"]);
  net.run(10_000);
  return { digest: hash.digest("hex"), outputs };
}

describe("determinism", () => {
  it("PRE-5: same seed and inputs give byte-identical outputs", () => {
    const a = run(99);
    const b = run(99);
    expect(a.outputs).toBeGreaterThan(500);
    expect(b).toEqual(a);
    expect(run(100).digest).not.toBe(a.digest);
  });
});
