/** How the simulator turns an engine's `nextWakeup()` into calls. */
import type { Address, Engine, Output } from "@gossip/core";
import { describe, expect, it } from "vitest";
import type { EngineAdapter } from "./engines.js";
import { Simulation } from "./sim.js";

const addrOf = (j: number): Address => ({ ip: Uint8Array.of(10, 0, 0, j), port: 7946 });

/**
 * Node 0 sends node 1 one datagram at its first tick and asks to be woken 500 ms
 * later; node 1 answers, and the answer moves node 0's wake-up to 1,000 ms (as an
 * ack cancels a probe's timeout). Every call is logged.
 */
class ScriptedEngine implements Engine {
  readonly calls: string[] = [];
  private out: Output[] = [];
  private wake = Number.POSITIVE_INFINITY;
  constructor(
    readonly name: string,
    private readonly index: number,
  ) {}
  join(_s: readonly Address[], now: number): void {
    if (this.index === 0) this.wake = now;
  }
  tick(now: number): void {
    this.calls.push(`tick ${now}`);
    if (this.wake === 0 && now === 0) {
      this.out.push({ kind: "datagram", to: addrOf(1), bytes: new Uint8Array(8) });
      this.wake = 500;
    } else if (now >= this.wake) {
      this.wake = Number.POSITIVE_INFINITY;
    }
  }
  handleDatagram(from: Address, _b: Uint8Array, now: number): void {
    this.calls.push(`datagram ${now}`);
    if (this.index === 1) this.out.push({ kind: "datagram", to: from, bytes: new Uint8Array(8) });
    else this.wake = 1000;
  }
  handleStreamRequest(): void {}
  handleStreamReply(): void {}
  handleStreamFailure(): void {}
  leave(): void {}
  takeOutputs(): Output[] {
    const o = this.out;
    this.out = [];
    return o;
  }
  nextWakeup(): number {
    return this.wake;
  }
  members(): [] {
    return [];
  }
}

describe("wake-ups", () => {
  it("follow the engine's latest answer, later as well as earlier: no call at a wake-up it moved away", () => {
    const engines: ScriptedEngine[] = [];
    const adapter: EngineAdapter = {
      id: "scripted",
      create: (spec) => {
        const e = new ScriptedEngine(spec.name, spec.index);
        engines[spec.index] = e;
        return e;
      },
      userEvent: () => false,
      setKey: () => false,
    };
    new Simulation(
      {
        name: "w",
        nodes: 2,
        durationMs: 2000,
        engine: {},
        network: { latency: { kind: "constant", ms: 10 } },
        join: { jitterMs: 0 },
        actions: [],
      },
      1,
      { adapter },
    ).run();
    const first = engines[0] as ScriptedEngine;
    expect(first.calls).toEqual(["tick 0", "datagram 20", "tick 1000"]);
  });
});
