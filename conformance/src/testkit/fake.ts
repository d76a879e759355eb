/**
 * A tiny scripted implementation and a JSON "codec", used to test the runner
 * itself without the real engine: bytes on the wire are the UTF-8 JSON of the
 * packet, and the node answers pings, probes its seed every second, and keeps
 * a key/value map.
 */
import { type Adapter, AdapterError } from "../adapter-kit.js";
import type { PacketCodec } from "../codec.js";
import type { JsonObject } from "../wire.js";

export const jsonCodec: PacketCodec = {
  decode(bytes, ctx) {
    try {
      const p = JSON.parse(Buffer.from(bytes).toString("utf8")) as JsonObject;
      if (p.cluster !== ctx.cluster) return { ok: false, code: "CLUSTER_MISMATCH", message: "wrong cluster" };
      return { ok: true, packet: p };
    } catch {
      return { ok: false, code: "MALFORMED", message: "not JSON" };
    }
  },
  encode(packet, ctx) {
    return new Uint8Array(Buffer.from(JSON.stringify({ cluster: ctx.cluster, ...(packet as JsonObject) })));
  },
};

export interface FakeFlaws {
  /** Hold every ack this long (ms) before sending it. */
  readonly lateAckMs?: number;
  /** Never answer a ping. */
  readonly mute?: boolean;
}

type Addr = { ip: string; port: number };

export function fakeAdapter(flaws: FakeFlaws = {}): Adapter {
  let name = "";
  let cluster = "";
  let now = 0;
  let seq = 0;
  let seeds: Addr[] = [];
  let nextProbe: number | null = null;
  let held: { at: number; out: JsonObject }[] = [];
  let keys = new Map<string, string>();
  let streamId = 0;
  const enc = (p: JsonObject) => Buffer.from(JSON.stringify({ cluster, ...p })).toString("base64");
  const due = () => {
    const ts = [nextProbe, ...held.map((h) => h.at)].filter((t): t is number => t !== null);
    return ts.length ? Math.min(...ts) : null;
  };
  const run = (outs: JsonObject[]) => {
    if (nextProbe !== null && nextProbe <= now) {
      for (const s of seeds)
        outs.push({
          kind: "datagram",
          to: s,
          bytes: enc({ messages: [{ type: "ping", seq: ++seq, target: "seed", source: name }] }),
        });
      nextProbe = now + 1000;
    }
    outs.push(...held.filter((h) => h.at <= now).map((h) => h.out));
    held = held.filter((h) => h.at > now);
    return { outputs: outs, nextWakeup: due() };
  };
  return {
    hello: { implementation: "fake", version: "0", protocolVersions: [1], features: ["membership", "kv"] },
    handle(req) {
      if (typeof req.now === "number") now = req.now;
      const outs: JsonObject[] = [];
      switch (req.type) {
        case "init":
          name = String(req.name);
          cluster = String(req.cluster);
          seq = 0;
          seeds = [];
          nextProbe = null;
          held = [];
          keys = new Map();
          streamId = 0;
          if ((req.config as JsonObject).unknownOption !== undefined)
            throw new AdapterError("unsupported", "unknownOption");
          return run(outs);
        case "tick":
          return run(outs);
        case "join":
          seeds = req.seeds as Addr[];
          nextProbe = now + 1000;
          for (const s of seeds)
            outs.push({
              kind: "stream-request",
              stream: ++streamId,
              to: s,
              bytes: enc({ messages: [{ type: "push-pull", join: true }] }),
              timeoutMs: 500,
            });
          return run(outs);
        case "stream-reply":
        case "stream-failure":
          outs.push({
            kind: "event",
            event: {
              type: req.type === "stream-reply" ? "member-joined" : "dropped",
              ...(req.type === "stream-reply"
                ? { member: { name: "seed", addr: seeds[0] as Addr, incarnation: 1, state: "alive" } }
                : { reason: "join failed" }),
            },
          });
          return run(outs);
        case "datagram": {
          const p = JSON.parse(Buffer.from(String(req.bytes), "base64").toString("utf8")) as {
            cluster: string;
            messages: JsonObject[];
          };
          if (p.cluster !== cluster) return run(outs);
          for (const m of p.messages) {
            if (m.type === "ping" && !flaws.mute) {
              const out = {
                kind: "datagram",
                to: req.from,
                bytes: enc({ messages: [{ type: "ack", seq: m.seq }] }),
              };
              if (flaws.lateAckMs) held.push({ at: now + flaws.lateAckMs, out });
              else outs.push(out);
            }
          }
          return run(outs);
        }
        case "stream-request":
          outs.push({
            kind: "stream-reply",
            stream: req.stream,
            bytes: enc({ messages: [{ type: "push-pull", reply: true }] }),
          });
          return run(outs);
        case "set-key":
          keys.set(String(req.key), String(req.value));
          return run(outs);
        case "query":
          if (req.what === "keys")
            return { keys: [...keys].map(([key, value]) => ({ node: name, key, value })) };
          return {
            members: [{ name, addr: { ip: "10.0.0.1", port: 7946 }, incarnation: 0, state: "alive" }],
          };
        default:
          throw new AdapterError("unsupported", String(req.type));
      }
    },
  };
}
