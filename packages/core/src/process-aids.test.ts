import {
  DecodeMemo,
  decodePacket,
  encodePacket,
  encodePacketEntry,
  type Message,
  type PushPull,
} from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { addrKey, createEngine, type GossipEngine } from "./engine.js";
import type { Output } from "./io.js";
import { NameIndex } from "./name-index.js";

const ip = (i: number) => ({ ip: Uint8Array.of(10, 0, 0, i), port: 7946 });

function show(o: Output, at: number): string {
  if (o.kind === "datagram") return `${at} dg ${addrKey(o.to)} ${Buffer.from(o.bytes).toString("hex")}`;
  if (o.kind === "event") return `${at} ev ${o.event.type}`;
  if (o.kind === "stream-request" || o.kind === "stream-reply")
    return `${at} ${o.kind} ${Buffer.from(o.bytes).toString("hex")}`;
  return `${at} ${o.kind}`;
}

/** Drives `engine` exactly at its wake-ups between the inputs; returns every output with its time. */
function drive(
  engine: GossipEngine,
  inputs: readonly { at: number; from: number; messages: Message[] }[],
  end: number,
) {
  const out: string[] = [];
  let calls = 0;
  const take = (at: number) => {
    for (const o of engine.takeOutputs()) out.push(show(o, at));
  };
  const until = (t: number) => {
    for (let w = engine.nextWakeup(); w <= t; w = engine.nextWakeup()) {
      engine.tick(w);
      calls++;
      take(w);
    }
  };
  for (const i of inputs) {
    until(i.at);
    engine.handleDatagram(ip(i.from), encodePacket(i.messages, { cluster: "c" }), i.at);
    calls++;
    take(i.at);
  }
  until(end);
  return { out, calls };
}

const aliveOf = (i: number, incarnation = 0, port = 7946): Message => ({
  type: "alive",
  node: `p${i}`,
  incarnation,
  addr: { ...ip(i), port },
  meta: new Uint8Array(0),
  protocolMin: 1,
  protocolMax: 1,
  certificate: new Uint8Array(0),
});

const input = fc.record({
  gap: fc.integer({ min: 0, max: 3000 }),
  from: fc.integer({ min: 2, max: 6 }),
  kind: fc.constantFrom("alive", "suspect", "dead", "ping"),
  node: fc.integer({ min: 2, max: 6 }),
  inc: fc.integer({ min: 0, max: 3 }),
  /** An alive from another port: the member moved, or another node claims its name. */
  moved: fc.boolean(),
  /** The packet carries the message twice. */
  twice: fc.boolean(),
});

describe("skipIdleGossipWakeups and nameIndex", () => {
  it("change no output, only how often a driver that follows nextWakeup() calls in", () => {
    fc.assert(
      fc.property(fc.array(input, { maxLength: 25 }), fc.integer({ min: 0, max: 1000 }), (steps, seed) => {
        let t = 0;
        const inputs = steps.map((s, k) => {
          t += s.gap;
          const node = `p${s.node}`;
          const m: Message =
            s.kind === "alive"
              ? aliveOf(s.node, s.inc, s.moved ? 7947 : 7946)
              : s.kind === "ping"
                ? { type: "ping", seq: k + 1, target: "self", source: `p${s.from}`, sourceAddr: ip(s.from) }
                : { type: s.kind, node, incarnation: s.inc, from: `p${s.from}` };
          return { at: t, from: s.from, messages: s.twice ? [m, m] : [m] };
        });
        const config = { name: "self", cluster: "c", addr: ip(1), seed };
        const eager = drive(createEngine(config), inputs, t + 60_000);
        const lazy = drive(createEngine(config, { skipIdleGossipWakeups: true }), inputs, t + 60_000);
        expect(lazy.out).toEqual(eager.out);
        expect(lazy.calls).toBeLessThanOrEqual(eager.calls);
        // A shared name index (the simulator's other aid) changes nothing either.
        const indexed = drive(createEngine(config, { nameIndex: new NameIndex() }), inputs, t + 60_000);
        expect(indexed.out).toEqual(eager.out);
        // Nor does a decode memo, whose shared alives are relayed with the bytes they came in.
        const memoized = drive(createEngine(config, { decodeMemo: new DecodeMemo() }), inputs, t + 60_000);
        expect(memoized.out).toEqual(eager.out);
        // Both together: the same shared alive received again is passed over without looking.
        const both = drive(
          createEngine(config, { decodeMemo: new DecodeMemo(), nameIndex: new NameIndex() }),
          inputs,
          t + 60_000,
        );
        expect(both.out).toEqual(eager.out);
      }),
      { numRuns: 300 },
    );
  });

  it("an engine relays a shared alive from the decode memo with the bytes it came in, sending the same packets", () => {
    const memo = new DecodeMemo();
    const entryOf = vi.spyOn(memo, "entryOf");
    const config = { name: "self", cluster: "c", addr: ip(1), seed: 2 };
    const script = [
      { at: 0, from: 2, messages: [aliveOf(2, 1)] },
      { at: 10, from: 3, messages: [aliveOf(3, 2)] },
    ];
    const shared = drive(createEngine(config, { decodeMemo: memo }), script, 5_000);
    const plain = drive(createEngine(config), script, 5_000);
    expect(shared.out).toEqual(plain.out);
    const handedOut = entryOf.mock.results.filter((r) => r.value !== undefined);
    expect(handedOut.length).toBeGreaterThan(0);
  });

  it("with a memo and a name index, the same shared alive again is passed over only when it changed nothing", () => {
    const config = { name: "self", cluster: "c", addr: ip(1), seed: 4 };
    const script = [
      { at: 0, from: 3, messages: [aliveOf(2, 0)] },
      { at: 10, from: 3, messages: [aliveOf(2, 0)] }, // nothing new: passed over
      { at: 20, from: 3, messages: [aliveOf(2, 0, 7947)] }, // MEM-16: a conflict, every time it comes
      { at: 30, from: 3, messages: [aliveOf(2, 0, 7947)] },
      { at: 40, from: 3, messages: [{ type: "dead", node: "p2", incarnation: 0, from: "p3" } as Message] },
      { at: 50, from: 3, messages: [aliveOf(2, 1, 7947)] }, // back, at another address
      { at: 60, from: 3, messages: [aliveOf(2, 0)] }, // the old address now conflicts
      { at: 70, from: 3, messages: [aliveOf(2, 0)] },
    ];
    const plain = drive(createEngine(config), script, 1_000);
    const both = drive(
      createEngine(config, { decodeMemo: new DecodeMemo(), nameIndex: new NameIndex() }),
      script,
      1_000,
    );
    expect(plain.out.filter((l) => l.includes("name-conflict"))).toHaveLength(4);
    expect(both.out).toEqual(plain.out);
  });

  it("engines sharing a name index each send their own view of a member in push-pulls", () => {
    const names = new NameIndex();
    const engine = (i: number) =>
      createEngine({ name: `e${i}`, cluster: "c", addr: ip(10 + i), seed: i }, { nameIndex: names });
    const [a, b, c] = [engine(1), engine(2), engine(3)];
    const pushPullView = (e: GossipEngine, at: number) => {
      e.join([ip(99)], at);
      const req = e.takeOutputs().find((o) => o.kind === "stream-request");
      if (req?.kind !== "stream-request") throw new Error("no push-pull");
      const r = decodePacket(req.bytes, { cluster: "c" });
      if (!r.ok) throw new Error("undecodable push-pull");
      const pp = r.value.messages[0] as PushPull;
      return pp.members.find((m) => m.node === "p2")?.incarnation;
    };
    a.handleDatagram(ip(2), encodePacket([aliveOf(2, 0)], { cluster: "c" }), 0);
    b.handleDatagram(ip(2), encodePacket([aliveOf(2, 3)], { cluster: "c" }), 0);
    c.handleDatagram(ip(2), encodePacket([aliveOf(2, 3)], { cluster: "c" }), 0);
    expect([pushPullView(a, 10), pushPullView(b, 10), pushPullView(c, 10), pushPullView(a, 20)]).toEqual([
      0, 3, 3, 0,
    ]);
    a.handleDatagram(ip(2), encodePacket([aliveOf(2, 5)], { cluster: "c" }), 30);
    expect([pushPullView(a, 40), pushPullView(b, 40)]).toEqual([5, 3]);
  });

  it("engines sharing a memo and an index relay one shared alive for a member learned from push-pull records", () => {
    const memo = new DecodeMemo();
    const adopt = vi.spyOn(memo, "adopt");
    const names = new NameIndex();
    const record = (i: number, incarnation: number) => ({
      node: `p${i}`,
      addr: ip(i),
      meta: new Uint8Array(0),
      incarnation,
      state: "alive" as const,
      protocolMin: 1,
      protocolMax: 1,
      certificate: new Uint8Array(0),
    });
    const pushPull = (incarnation: number): Message => ({
      type: "push-pull",
      join: false,
      reply: false,
      members: [record(2, incarnation), record(3, 0)],
      crdt: [],
      signedMembers: [],
    });
    // Each engine is served a push-pull, then gossips; plain engines are the reference.
    const run = (i: number, incarnation: number, aided: boolean) => {
      const e = createEngine(
        { name: `e${i}`, cluster: "c", addr: ip(10 + i), seed: i },
        aided ? { decodeMemo: memo, nameIndex: names } : {},
      );
      e.handleStreamRequest(1, ip(2), encodePacket([pushPull(incarnation)], { cluster: "c" }), 0);
      const out = e.takeOutputs().map((o) => show(o, 0));
      for (let t = e.nextWakeup(); t <= 2_000; t = e.nextWakeup()) {
        e.tick(t);
        for (const o of e.takeOutputs()) out.push(show(o, t));
      }
      return out;
    };
    expect(run(1, 4, true)).toEqual(run(1, 4, false));
    expect(adopt).toHaveBeenCalledTimes(2); // p2 and p3: built once
    expect(run(2, 4, true)).toEqual(run(2, 4, false));
    expect(adopt).toHaveBeenCalledTimes(2); // the same view: the first engine's alives, and their bytes
    expect(run(3, 5, true)).toEqual(run(3, 5, false));
    expect(adopt).toHaveBeenCalledTimes(3); // p2 at another incarnation: one more
    const p2 = names.alive(names.id("p2"));
    expect([p2?.incarnation, Object.isFrozen(p2), memo.entryOf(p2 as Message)]).toEqual([
      5,
      true,
      encodePacketEntry(p2 as Message),
    ]);
  });

  it("a reaped member's id, reused for another member without a name index, carries nothing over", () => {
    const config = { name: "self", cluster: "c", addr: ip(1), seed: 6 };
    const dead = (i: number, from: number): Message => ({
      type: "dead",
      node: `p${i}`,
      incarnation: 0,
      from: `p${from}`,
    });
    const suspect = (i: number, from: number): Message => ({
      type: "suspect",
      node: `p${i}`,
      incarnation: 0,
      from: `p${from}`,
    });
    const script = [
      { at: 0, from: 3, messages: [aliveOf(2), aliveOf(3), aliveOf(4)] },
      { at: 100, from: 3, messages: [suspect(2, 3)] }, // a suspicion timer for p2
      { at: 200, from: 3, messages: [dead(2, 3)] }, // cancelled; p2 reaped 60 s later
      { at: 30_000, from: 3, messages: [suspect(4, 3)] }, // p4 suspected: a timer of its own
      { at: 60_500, from: 3, messages: [aliveOf(5)] }, // after p2 is reaped: p5 gets p2's id
      { at: 61_000, from: 3, messages: [suspect(5, 3), dead(4, 3)] },
      { at: 200_000, from: 3, messages: [aliveOf(2, 1)] }, // p2 back: a new member again
    ];
    const own = drive(createEngine(config), script, 300_000);
    const shared = drive(createEngine(config, { nameIndex: new NameIndex() }), script, 300_000);
    expect(own.out.filter((l) => l.includes("member-reaped")).length).toBeGreaterThanOrEqual(2);
    expect(own.out).toEqual(shared.out);
  });

  it("a name index forgets a reaped member: the same name joins again as new", () => {
    const config = { name: "self", cluster: "c", addr: ip(1), seed: 5 };
    const script = [
      { at: 0, from: 2, messages: [aliveOf(2)] },
      { at: 100, from: 3, messages: [{ type: "dead", node: "p2", incarnation: 0, from: "p3" } as Message] },
      { at: 200_000, from: 3, messages: [aliveOf(2)] },
    ];
    const plain = drive(createEngine(config), script, 210_000);
    const indexed = drive(createEngine(config, { nameIndex: new NameIndex() }), script, 210_000);
    expect(plain.out.filter((l) => l.includes("member-joined"))).toHaveLength(2);
    expect(indexed.out).toEqual(plain.out);
  });
});
