import type { Address, KvDelta, KvDigest, Message, PushPull } from "@gossip/codec";
import { describe, expect, it } from "vitest";
import type { EngineEvent } from "../io.js";
import { AppData, type AppDataHost, EVENTS_CLASS, KV_CLASS } from "./appdata.js";

const b = (s: string): Uint8Array => new TextEncoder().encode(s);
const addrOf = (i: number): Address => ({ ip: new Uint8Array([10, 0, 0, i]), port: 7946 });

class FakeHost implements AppDataHost {
  readonly sent: { to: Address; messages: Message[] }[] = [];
  readonly queue = new Map<string, Message>();
  readonly events: EngineEvent[] = [];
  members = new Set<string>();
  private s = 1;
  constructor(readonly name: string) {}
  datagramRoom = () => 1300;
  streamRoom = () => 1 << 20;
  sendDatagram = (to: Address, messages: Message[]) => {
    this.sent.push({ to, messages });
  };
  broadcast = (cls: string, key: string | undefined, message: Message) => {
    this.queue.set(`${cls}/${key}`, message);
  };
  pending = (cls: string, key: string) => this.queue.get(`${cls}/${key}`);
  emit = (e: EngineEvent) => {
    this.events.push(e);
  };
  random = () => {
    this.s = (this.s * 16807) % 2147483647;
    return this.s / 2147483647;
  };
  isMember = (n: string) => n === this.name || this.members.has(n);
  clusterSize = () => this.members.size + 1;
  probeIntervalMs = () => 1000;
}

function pair() {
  const ha = new FakeHost("a");
  const hc = new FakeHost("c");
  ha.members.add("c");
  hc.members.add("a");
  return { ha, hc, a: new AppData(ha), c: new AppData(hc) };
}

const queuedDelta = (h: FakeHost, owner: string) =>
  h.queue.get(`${KV_CLASS}/${owner}`) as KvDelta | undefined;

describe("AppData (key/value and events in the engine)", () => {
  it("KV-44: a local write is queued for piggybacking; further writes widen the queued delta", () => {
    const { ha, a } = pair();
    a.setKey("x", b("1"), undefined, 0);
    expect(queuedDelta(ha, "a")?.nodes[0]).toMatchObject({ fromVersion: 0, maxVersion: 1 });
    a.setKey("y", b("1"), undefined, 0);
    const d = queuedDelta(ha, "a")?.nodes[0];
    expect(d).toMatchObject({ fromVersion: 0, maxVersion: 2 });
    expect(d?.entries.map((e) => e.key)).toEqual(["x", "y"]);
    expect(ha.events.map((e) => e.type)).toEqual(["key-changed", "key-changed"]);
  });

  it("KV-44: an applied delta is passed on from the version held before", () => {
    const { ha, hc, a, c } = pair();
    a.setKey("x", b("1"), undefined, 0);
    c.handle(queuedDelta(ha, "a") as KvDelta, addrOf(1), 0);
    expect(queuedDelta(hc, "a")?.nodes[0]).toMatchObject({ node: "a", fromVersion: 0, maxVersion: 1 });
    expect(hc.events).toEqual([
      { type: "key-changed", node: "a", key: "x", oldValue: undefined, newValue: b("1") },
    ]);
  });

  it("KV-23: a gap is pulled from the sender with a one-owner digest, at most once per interval", () => {
    const { ha, hc, a, c } = pair();
    a.setKey("x", b("1"), undefined, 0);
    ha.queue.clear();
    a.setKey("y", b("1"), undefined, 0); // queued delta from version 1
    const late = queuedDelta(ha, "a") as KvDelta;
    c.handle(late, addrOf(1), 0);
    expect(hc.sent).toHaveLength(1);
    const pull = hc.sent[0]?.messages[0] as KvDigest;
    expect(pull).toEqual({
      type: "kv-digest",
      nodes: [{ node: "a", maxVersion: 0, gcVersion: 0 }],
      reply: false,
    });
    c.handle(late, addrOf(1), 500);
    expect(hc.sent).toHaveLength(1);
    // KV-25: the sender answers with the missing delta.
    a.handle(pull, addrOf(2), 0);
    const answer = ha.sent[0]?.messages[0] as KvDelta;
    expect(answer.type).toBe("kv-delta");
    c.handle(answer, addrOf(1), 0);
    expect([...c.keysOf("a").keys()]).toEqual(["x", "y"]);
  });

  it("KV-24: a digest showing the sender ahead is answered with our digest (reply=true), which gets deltas only", () => {
    const { ha, hc, a, c } = pair();
    a.setKey("x", b("1"), undefined, 0);
    c.handle({ type: "kv-digest", nodes: a.kv.digest(), reply: false }, addrOf(1), 0);
    const reply = hc.sent[0]?.messages.find((m) => m.type === "kv-digest") as KvDigest;
    expect(reply).toEqual({
      type: "kv-digest",
      nodes: [{ node: "a", maxVersion: 0, gcVersion: 0 }],
      reply: true,
    });
    a.handle(reply, addrOf(3), 0);
    expect(ha.sent[0]?.messages.map((m) => m.type)).toEqual(["kv-delta"]);
  });

  it("KV-35: deltas about owners that are not members are ignored", () => {
    const { hc, c } = pair();
    c.handle(
      {
        type: "kv-delta",
        nodes: [
          {
            node: "stranger",
            fromVersion: 0,
            reset: false,
            gcVersion: 0,
            maxVersion: 1,
            entries: [{ key: "k", value: b("v"), version: 1, tombstone: false }],
          },
        ],
      },
      addrOf(9),
      0,
    );
    expect(c.keysOf("stranger").size).toBe(0);
    expect(c.counters.kvIgnoredUnknownOwner).toBe(1);
    expect(hc.events).toEqual([]);
  });

  it("KV-43: a push-pull request's digest is answered with deltas in the reply", () => {
    const { a, c } = pair();
    a.setKey("x", b("1"), undefined, 0);
    const req = {
      type: "push-pull",
      join: false,
      reply: false,
      members: [],
      crdt: [],
      signedMembers: [],
      ...c.pushPullFields(),
    } as PushPull;
    expect(req.kvDelta).toBeUndefined();
    a.mergePushPull(req, 0);
    const rep = {
      type: "push-pull",
      join: false,
      reply: true,
      members: [],
      crdt: [],
      signedMembers: [],
      ...a.pushPullFields(),
    } as PushPull;
    expect(rep.kvDelta?.nodes.map((n) => n.node)).toEqual(["a"]);
    c.mergePushPull(rep, 0);
    expect(c.getKey("a", "x")).toEqual(b("1"));
    // The stash is used once: the next push-pull a sends carries no delta.
    expect(a.pushPullFields().kvDelta).toBeUndefined();
  });

  it("KV-15 KV-44: a TTL expiry at tick is reported and queued", () => {
    const { ha, a } = pair();
    a.setKey("t", b("1"), { ttlMs: 100 }, 0);
    expect(a.nextWakeup()).toBe(100);
    ha.queue.clear();
    a.tick(100);
    expect(ha.events.at(-1)).toEqual({
      type: "key-changed",
      node: "a",
      key: "t",
      oldValue: b("1"),
      newValue: undefined,
    });
    expect(queuedDelta(ha, "a")?.nodes[0]?.entries[0]).toMatchObject({ key: "t", tombstone: true });
  });

  it("EVT-3 EVT-31: an event is delivered at the origin, queued, delivered once at the receiver and forwarded once", () => {
    const { ha, hc, a, c } = pair();
    const id = a.broadcastEvent("deploy", b("v1"), 0);
    expect(ha.events).toEqual([{ type: "user-event", origin: "a", name: "deploy", payload: b("v1"), id }]);
    const [key, msg] = [...ha.queue].find(([k]) => k.startsWith(`${EVENTS_CLASS}/`)) as [string, Message];
    c.handle(msg, addrOf(1), 0);
    c.handle(msg, addrOf(1), 0);
    expect(hc.events.filter((e) => e.type === "user-event")).toHaveLength(1);
    const fwd = hc.queue.get(key);
    expect(fwd?.type === "user-event" && fwd.ttl).toBe(15);
  });

  it("PHI-20 PHI-31: a silent member is reported once per silence; an ack re-arms it", () => {
    const h = new FakeHost("a");
    h.members.add("m");
    const app = new AppData(h, { detector: "phi", phi: { minStdDeviationMs: 100, acceptablePauseMs: 0 } });
    for (let t = 0; t <= 10_000; t += 1000) app.ackArrived("m", t);
    const at = app.nextPhiCheck();
    expect(at).toBeGreaterThan(10_000);
    expect(app.phiSuspects(at - 1)).toEqual([]);
    expect(app.phiSuspects(at)).toEqual(["m"]);
    expect(app.phiSuspects(at + 10_000)).toEqual([]);
    expect(app.nextPhiCheck()).toBe(Number.POSITIVE_INFINITY);
    app.ackArrived("m", at + 20_000);
    expect(app.nextPhiCheck()).toBeGreaterThan(at + 20_000);
    app.memberDown("m");
    expect(app.nextPhiCheck()).toBe(Number.POSITIVE_INFINITY);
    expect(new AppData(new FakeHost("x")).phiSuspects(1e12)).toEqual([]);
    // PHI-30: a member never heard from is monitored from its first failed probe round.
    app.probeFailed("q", 50_000);
    expect(app.phi?.get("q")?.lastHeartbeat()).toBe(50_000);
    app.probeFailed("q", 60_000);
    expect(app.phi?.get("q")?.lastHeartbeat()).toBe(50_000);
    expect(() => new AppData(new FakeHost("x"), { detector: "nope" as "phi" })).toThrow(
      expect.objectContaining({ code: "phi-config-invalid" }),
    );
  });
});
