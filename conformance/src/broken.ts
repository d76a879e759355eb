/**
 * Deliberately broken adapters: the reference with one flaw each, to prove
 * the vectors have teeth. Each flaw is applied at the harness boundary
 * (rewriting what goes into and comes out of the engine), so the engine
 * itself stays untouched.
 */
import { decodeMessage, decodePacket, type EnvelopeCipher, encodePacket, type Message } from "@gossip/codec";
import type { AdmitResult, EngineInit, EngineSecurity, MessageVerifier } from "@gossip/core";
import { Keyring } from "@gossip/security";
import type { Adapter } from "./adapter-kit.js";
import { referenceAdapter } from "./reference.js";
import { fixedNonceCipher } from "./testkit/ciphers.js";
import type { JsonObject } from "./wire.js";

interface Node {
  name: string;
  cluster: string;
  /** The node's keyring, when the trace gives keys (see `cipher` flaws). */
  cipher?: EnvelopeCipher | undefined;
}

export interface Flaw {
  readonly name: string;
  readonly description: string;
  /** Rewrite the init request (e.g. a wrong configuration). */
  init?(req: JsonObject): JsonObject;
  /** Rewrite the messages of an inbound packet before the engine sees them. */
  inbound?(messages: Message[], node: Node): Message[];
  /** Rewrite the messages of an outbound packet; an empty list drops it. */
  outbound?(messages: Message[], node: Node): Message[];
  /** Hold an outbound datagram this long (ms of virtual time). */
  delay?(messages: readonly Message[]): number;
  /** Accept envelopes of any cluster by rewriting their cluster name. */
  readonly anyCluster?: boolean;
  /** Re-seal every inbound envelope (fresh nonce): replay protection never sees a duplicate. */
  readonly reseal?: boolean;
  /** The cipher the broken node seals its (rewritten) output with, given the trace's keys. */
  cipher?(keys: Uint8Array[]): EnvelopeCipher;
  /** Rewrite the engine's init (a verifier that skips checks, amplification limits off). */
  engineInit?(init: EngineInit): EngineInit;
}

const b64 = (b: Uint8Array) => Buffer.from(b).toString("base64");

/** JSON.stringify replacer that shows byte arrays as lists, so that messages compare by value. */
const plain = (_k: string, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v);

function clusterOf(bytes: Uint8Array): string | undefined {
  if (bytes.length < 5) return undefined;
  const n = bytes[4] as number;
  return Buffer.from(bytes.subarray(5, 5 + n)).toString("utf8");
}

function decodeAny(bytes: Uint8Array, node: Node, anyCluster: boolean): Message[] | undefined {
  let r = decodePacket(bytes, { cluster: node.cluster, cipher: node.cipher });
  if (!r.ok && anyCluster) {
    const c = clusterOf(bytes);
    if (c !== undefined) r = decodePacket(bytes, { cluster: c, cipher: node.cipher });
  }
  return r.ok ? r.value.messages : undefined;
}

export function brokenAdapter(flaw: Flaw): Adapter {
  const base = referenceAdapter({ implementation: `broken: ${flaw.name}`, engineInit: flaw.engineInit });
  const node: Node = { name: "", cluster: "" };
  let held: { at: number; out: JsonObject }[] = [];

  const rewriteIn = (req: JsonObject): JsonObject => {
    if (
      !(flaw.inbound || flaw.anyCluster || flaw.reseal) ||
      (req.type !== "datagram" && req.type !== "stream-request")
    )
      return req;
    if (typeof req.bytes !== "string") return req;
    const msgs = decodeAny(new Uint8Array(Buffer.from(req.bytes, "base64")), node, Boolean(flaw.anyCluster));
    if (!msgs) return req;
    const out = flaw.inbound ? flaw.inbound(msgs, node) : msgs;
    // Everything filtered out: the packet never arrives (the clock still moves).
    if (out.length === 0) return { type: "tick", id: req.id, now: req.now };
    // Untouched: deliver the original bytes (so that replay protection still sees them).
    const bytes = new Uint8Array(Buffer.from(req.bytes, "base64"));
    const same =
      clusterOf(bytes) === node.cluster && JSON.stringify(out, plain) === JSON.stringify(msgs, plain);
    if (same && !flaw.reseal) return req;
    // Keep plaintext plaintext: only an envelope that came encrypted (flags bit 0) is sealed again.
    const encrypted = bytes.length > 3 && ((bytes[3] as number) & 1) === 1;
    return {
      ...req,
      bytes: b64(encodePacket(out, { cluster: node.cluster, cipher: encrypted ? node.cipher : undefined })),
    };
  };

  const rewriteOut = (res: JsonObject, now: number): JsonObject => {
    if (!Array.isArray(res.outputs)) return res;
    const outs: JsonObject[] = [];
    for (const o of res.outputs as JsonObject[]) {
      if (o.kind === "event" || (!flaw.outbound && !flaw.delay)) {
        outs.push(o);
        continue;
      }
      const decoded = decodeAny(new Uint8Array(Buffer.from(String(o.bytes), "base64")), node, false);
      if (!decoded) {
        outs.push(o);
        continue;
      }
      let msgs = decoded;
      if (flaw.outbound) msgs = flaw.outbound(msgs, node);
      if (msgs.length === 0) continue;
      const rewritten = {
        ...o,
        bytes: b64(encodePacket(msgs, { cluster: node.cluster, cipher: node.cipher })),
      };
      const wait = o.kind === "datagram" ? (flaw.delay?.(msgs) ?? 0) : 0;
      if (wait > 0) held.push({ at: now + wait, out: rewritten });
      else outs.push(rewritten);
    }
    outs.push(...held.filter((h) => h.at <= now).map((h) => h.out));
    held = held.filter((h) => h.at > now);
    const wakes = [res.nextWakeup as number | null, ...held.map((h) => h.at)].filter(
      (t): t is number => typeof t === "number",
    );
    return { ...res, outputs: outs, nextWakeup: wakes.length ? Math.min(...wakes) : null };
  };

  return {
    hello: base.hello,
    async handle(req, send) {
      let r = req;
      if (r.type === "init") {
        node.name = String(r.name);
        node.cluster = String(r.cluster);
        held = [];
        const keys = ((r.keys as string[] | undefined) ?? []).map(
          (k) => new Uint8Array(Buffer.from(k, "base64")),
        );
        node.cipher = keys.length
          ? (flaw.cipher?.(keys) ?? new Keyring({ keys, replayProtection: false }))
          : undefined;
        if (flaw.init) r = flaw.init(r);
      }
      r = rewriteIn(r);
      return rewriteOut(await base.handle(r, send), typeof r.now === "number" ? r.now : 0);
    },
  };
}

const isSelfRefutation = (m: Message, node: Node) =>
  m.type === "alive" && m.node === node.name && m.incarnation > 0;

/** The engine's PKI with its verifier replaced by `wrap(verifier)`. */
function withVerifier(wrap: (v: MessageVerifier) => MessageVerifier) {
  return (init: EngineInit): EngineInit => {
    const sec = init.security;
    if (sec === undefined) return init;
    const security: EngineSecurity = { ...sec, verifier: wrap(sec.verifier) };
    return { ...init, security };
  };
}

/** Forward every method of `v`, with `admit` replaced. */
function admitting(v: MessageVerifier, admit: MessageVerifier["admit"]): MessageVerifier {
  return {
    admit,
    admitPushPull: (pp, cluster, now) => v.admitPushPull(pp, cluster, now),
    applyRevocation: (rev) => v.applyRevocation(rev),
    revocations: () => v.revocations(),
  };
}

export const FLAWS: Readonly<Record<string, Flaw>> = {
  "never-refutes": {
    name: "never-refutes",
    description: "never announces itself alive at a new incarnation (does not refute suspicion)",
    outbound: (msgs, node) => msgs.filter((m) => !isSelfRefutation(m, node)),
  },
  "no-increment": {
    name: "no-increment",
    description: "refutes, but without raising its incarnation above the one it heard",
    outbound: (msgs, node) =>
      msgs.map((m) =>
        isSelfRefutation(m, node) && m.type === "alive" ? { ...m, incarnation: m.incarnation - 1 } : m,
      ),
  },
  "ignores-cluster": {
    name: "ignores-cluster",
    description: "accepts packets of any cluster",
    anyCluster: true,
  },
  "late-acks": {
    name: "late-acks",
    description: "answers pings 600 ms late",
    delay: (msgs) => (msgs.some((m) => m.type === "ack") ? 600 : 0),
  },
  "no-nacks": {
    name: "no-nacks",
    description: "never sends a nack as a relay",
    outbound: (msgs) => msgs.filter((m) => m.type !== "nack"),
  },
  "any-target": {
    name: "any-target",
    description: "answers pings meant for another node",
    inbound: (msgs, node) => msgs.map((m) => (m.type === "ping" ? { ...m, target: node.name } : m)),
  },
  "fixed-suspicion-timeout": {
    name: "fixed-suspicion-timeout",
    description: "no Lifeguard: the suspicion timeout is always the minimum",
    init: (req) => ({ ...req, config: { ...(req.config as JsonObject), suspicionMaxTimeoutMult: 1 } }),
  },
  "oversized-datagrams": {
    name: "oversized-datagrams",
    description: "packs gossip into datagrams of up to 8 KiB",
    init: (req) => ({ ...req, config: { ...(req.config as JsonObject), maxDatagramBytes: 8192 } }),
  },
  "keeps-probing-left": {
    name: "keeps-probing-left",
    description: "treats a leave as an alive (keeps probing members that left)",
    inbound: (msgs) => msgs.filter((m) => m.type !== "leave"),
  },
  "drops-tombstones": {
    name: "drops-tombstones",
    description: "ignores tombstones in received key/value deltas",
    inbound: (msgs) =>
      msgs.map((m) =>
        m.type === "kv-delta"
          ? { ...m, nodes: m.nodes.map((n) => ({ ...n, entries: n.entries.filter((e) => !e.tombstone) })) }
          : m,
      ),
  },
  "no-event-forwarding": {
    name: "no-event-forwarding",
    description: "delivers other nodes' user events but never forwards them",
    outbound: (msgs, node) => msgs.filter((m) => m.type !== "user-event" || m.origin === node.name),
  },
  "no-health-score": {
    name: "no-health-score",
    description: "no Lifeguard local health: the probe interval never stretches",
    init: (req) => ({ ...req, config: { ...(req.config as JsonObject), awarenessMaxMultiplier: 1 } }),
  },
  "fixed-nonce": {
    name: "fixed-nonce",
    description: "seals every envelope with the same nonce",
    outbound: (msgs) => msgs,
    cipher: (keys) => fixedNonceCipher(keys[0] as Uint8Array),
  },
  "skips-signature-check": {
    name: "skips-signature-check",
    description: "acts on the inner message of any Signed without checking certificate, binding or signature",
    engineInit: withVerifier((v) =>
      admitting(v, (m, cluster, now): AdmitResult => {
        if (m.type !== "signed") return v.admit(m, cluster, now);
        const inner = decodeMessage(m.message);
        return inner.ok
          ? { ok: true, message: inner.value, signer: m.signer }
          : { ok: false, reason: "malformed-message" };
      }),
    ),
  },
  "accepts-unsigned": {
    name: "accepts-unsigned",
    description: "with PKI on, still acts on an Alive, Leave or KvDelta that is not inside Signed",
    engineInit: withVerifier((v) =>
      admitting(
        v,
        (m, cluster, now): AdmitResult =>
          m.type === "alive" || m.type === "leave" || m.type === "kv-delta"
            ? { ok: true, message: m }
            : v.admit(m, cluster, now),
      ),
    ),
  },
  amplifies: {
    name: "amplifies",
    description:
      "no amplification limits: gossip rides on replies to unknown sources, relays probe the request's address",
    engineInit: (init) => ({ ...init, amplificationLimits: false }),
  },
  "no-replay-window": {
    name: "no-replay-window",
    description: "accepts a replayed encrypted envelope (no replay protection)",
    reseal: true,
  },
};
