/**
 * PKI hooks of the engine (spec/11-security.md SEC-60..SEC-75, SEC-100).
 *
 * The engine does not depend on @gossip/security: it is handed a signer (this
 * node's identity) and a verifier through {@link EngineSecurity} in its init,
 * and wraps its wire codec in a {@link SecureWire}:
 *
 * - sending: this node's own Alive (every incarnation), Leave and KvDelta are
 *   replaced by Signed messages; another node's Alive, Leave or KvDelta is
 *   replaced by the latest verified Signed received from that node, forwarded
 *   unchanged (or left out when none is held, since receivers would refuse it);
 *   every PushPull gets `signedMembers`, loses its unsigned `kvDelta`, and is
 *   followed by this node's own state as a Signed KvDelta and by the revocation
 *   lists held (SEC-62, SEC-74);
 * - receiving: every message goes through `verifier.admit` and every PushPull
 *   through `verifier.admitPushPull`; refused messages are dropped and counted
 *   by reason, a packet whose messages were all refused is reported as
 *   undecodable (`security:<reason>`), and Revocation messages are applied
 *   (and re-gossiped when accepted) here, never reaching the engine (SEC-65).
 *
 * Certificates need wall-clock time; the engine only knows the driver's
 * monotonic clock, so the driver gives the offset between the two
 * (`wallClockOffsetMs`, updatable with `setWallClockOffset`). Ed25519 signing
 * is deterministic, so the engine stays deterministic with these hooks.
 */
import type {
  Alive,
  KvDelta,
  Leave,
  MemberRecord,
  Message,
  NodeDelta,
  PushPull,
  Revocation,
  Signed,
} from "@gossip/codec";
import type { Millis } from "./io.js";
import type { DecodeResult, WireCodec } from "./wire.js";

/** This node's signing identity (a @gossip/security `Identity` fits). */
export interface MessageSigner {
  /** Sign this node's own Alive (its certificate is put in), Leave or KvDelta. Throws for anything else. */
  sign(message: Alive | Leave | KvDelta): Signed;
}

export type AdmitResult =
  | { readonly ok: true; readonly message: Message; readonly signer?: string | undefined }
  | { readonly ok: false; readonly reason: string };

export interface AdmittedPushPullResult {
  readonly members: readonly MemberRecord[];
  readonly signed: readonly {
    readonly signed: Omit<Signed, "type">;
    readonly message: Alive | Leave;
  }[];
  readonly dropped: number;
}

/** The receiving side of PKI (a @gossip/security `Verifier` fits). */
export interface MessageVerifier {
  admit(message: Message, cluster: string, nowMs: number): AdmitResult;
  admitPushPull(pushPull: Omit<PushPull, "type">, cluster: string, nowMs: number): AdmittedPushPullResult;
  /** `"accepted"` when the list superseded the held one (then gossip it on). */
  applyRevocation(rev: Omit<Revocation, "type">): string;
  revocations(): Revocation[];
}

export interface EngineSecurity {
  readonly signer: MessageSigner;
  readonly verifier: MessageVerifier;
  /** Wall-clock milliseconds minus driver milliseconds (certificate validity uses wall time). Default 0. */
  readonly wallClockOffsetMs?: number;
  /** Most verified Signed messages kept per kind (one per node). Default 4096. */
  readonly maxStored?: number;
}

/** What the secure wire needs from its engine. */
export interface SecureWireHost {
  readonly name: string;
  readonly cluster: string;
  now(): Millis;
  /** Queue a broadcast (accepted revocation lists are gossiped in class `security`). */
  broadcast(cls: string, key: string, message: Message): void;
  /** This node's whole key/value state as one NodeDelta (undefined when empty). */
  ownState(): NodeDelta | undefined;
}

/** Broadcast class of revocation lists. */
export const SECURITY_CLASS = "security";

/** Upper bound of the bytes a Signed wrapper adds around a message (signer, signature, framing). */
const SIGNED_EXTRA = 96;
/** Upper bound of a node certificate put into a signed Alive. */
const CERTIFICATE_BUDGET = 320;

interface Held {
  readonly rank: number;
  readonly signed: Signed;
}

export interface SecureWireStats {
  /** Messages refused by reason (`unsigned`, `bad-signature`, `certificate-expired`, ...). */
  readonly refused: Record<string, number>;
  /** Push-pull member records dropped for want of a verified signature. */
  pushPullRecordsDropped: number;
  /** Revocation verdicts (`accepted`, `stale`, ...). */
  readonly revocations: Record<string, number>;
  /** Other nodes' Alive/Leave/KvDelta left out when sending because no verified Signed was held. */
  notForwarded: number;
  /** Own messages signed. */
  signed: number;
}

function bump(r: Record<string, number>, k: string): void {
  r[k] = (r[k] ?? 0) + 1;
}

function hex(b: Uint8Array): string {
  let s = "";
  for (const x of b) s += x.toString(16).padStart(2, "0");
  return s;
}

export class SecureWire implements WireCodec {
  readonly overhead: number;
  readonly stats: SecureWireStats = {
    refused: {},
    pushPullRecordsDropped: 0,
    revocations: {},
    notForwarded: 0,
    signed: 0,
  };
  private wallOffset: number;
  private readonly maxStored: number;
  private readonly alives = new Map<string, Held>();
  private readonly leaves = new Map<string, Held>();
  private readonly kv = new Map<string, Held>();
  /** Latest verified Signed KvDelta holding an owner's whole state (from version 0 or a reset). */
  private readonly kvFull = new Map<string, Held>();
  /** The digest of the push-pull request being answered: owner -> max version the peer holds. */
  private answering: Map<string, number> | undefined;
  /** Own Signed messages, by message object (the broadcast queue re-sends the same objects). */
  private readonly ownCache = new WeakMap<object, Signed>();
  private ownAlive: { key: string; signed: Signed } | undefined;

  constructor(
    private readonly base: WireCodec,
    private readonly security: EngineSecurity,
    private readonly host: SecureWireHost,
  ) {
    this.overhead = base.overhead;
    this.wallOffset = security.wallClockOffsetMs ?? 0;
    this.maxStored = security.maxStored ?? 4096;
  }

  setWallClockOffset(ms: number): void {
    this.wallOffset = ms;
  }

  private wall(): number {
    return this.host.now() + this.wallOffset;
  }

  messageSize(m: Message): number {
    const s = this.base.messageSize(m);
    switch (m.type) {
      case "alive":
        return s + SIGNED_EXTRA + 2 * m.node.length + CERTIFICATE_BUDGET;
      case "leave":
        return s + SIGNED_EXTRA + 2 * m.node.length;
      case "kv-delta": {
        let extra = 0;
        for (const n of m.nodes) extra += SIGNED_EXTRA + 2 * n.node.length;
        return s + extra;
      }
      default:
        return s;
    }
  }

  /** The latest verified Signed Alive held for `node` (this node's own included). */
  signedAliveOf(node: string): Signed | undefined {
    return this.alives.get(node)?.signed;
  }

  // ------------------------------------------------------------------ receiving

  decode(bytes: Uint8Array): DecodeResult {
    const r = this.base.decode(bytes);
    if (!r.ok) return r;
    const out: Message[] = [];
    let firstRefusal: string | undefined;
    const now = this.wall();
    for (const m of r.messages) {
      if (m.type === "revocation") {
        const verdict = this.security.verifier.applyRevocation(m);
        bump(this.stats.revocations, verdict);
        if (verdict === "accepted")
          this.host.broadcast(SECURITY_CLASS, `revocation:${hex(m.caPublicKey)}`, m);
        continue;
      }
      if (m.type === "push-pull") {
        this.answering = m.reply
          ? undefined
          : new Map((m.kvDigest?.nodes ?? []).map((d) => [d.node, d.maxVersion] as const));
        const a = this.security.verifier.admitPushPull(m, this.host.cluster, now);
        this.stats.pushPullRecordsDropped += a.dropped;
        for (const s of a.signed) this.store(s.signed, s.message);
        // SEC-65: with PKI on, the unsigned key/value state of a push-pull is not applied.
        out.push({ ...m, members: a.members, kvDelta: undefined, signedMembers: [] });
        continue;
      }
      const v = this.security.verifier.admit(m, this.host.cluster, now);
      if (!v.ok) {
        bump(this.stats.refused, v.reason);
        firstRefusal ??= v.reason;
        continue;
      }
      if (m.type === "signed") this.store(m, v.message);
      out.push(v.message);
    }
    if (out.length === 0 && firstRefusal !== undefined)
      return { ok: false, reason: `security:${firstRefusal}` };
    return { ok: true, messages: out };
  }

  private store(signed: Omit<Signed, "type">, inner: Message): void {
    const s: Signed = {
      type: "signed",
      signer: signed.signer,
      message: signed.message,
      signature: signed.signature,
    };
    switch (inner.type) {
      case "alive":
        this.keep(this.alives, inner.node, inner.incarnation, s);
        return;
      case "leave":
        this.keep(this.leaves, inner.node, inner.incarnation, s);
        return;
      case "kv-delta": {
        const n = inner.nodes[0];
        if (n !== undefined) {
          this.keep(this.kv, n.node, n.maxVersion, s);
          if (n.fromVersion === 0 || n.reset) this.keep(this.kvFull, n.node, n.maxVersion, s);
        }
        return;
      }
      default:
        return;
    }
  }

  private keep(map: Map<string, Held>, node: string, rank: number, signed: Signed): void {
    const held = map.get(node);
    if (held !== undefined && held.rank > rank) return;
    map.delete(node);
    map.set(node, { rank, signed });
    if (map.size > this.maxStored) {
      const oldest = map.keys().next().value;
      if (oldest !== undefined) map.delete(oldest);
    }
  }

  // ------------------------------------------------------------------ sending

  encode(messages: readonly Message[]): Uint8Array {
    const out: Message[] = [];
    const seen = new Set<Signed>();
    const push = (s: Signed | undefined): void => {
      if (s === undefined) {
        this.stats.notForwarded++;
        return;
      }
      if (seen.has(s)) return;
      seen.add(s);
      out.push(s);
    };
    let trailer: Message[] = [];
    for (const m of messages) {
      switch (m.type) {
        case "alive":
          push(
            m.node === this.host.name ? this.signOwnAlive(m) : this.held(this.alives, m.node, m.incarnation),
          );
          break;
        case "leave":
          push(m.node === this.host.name ? this.signOwn(m) : this.held(this.leaves, m.node, m.incarnation));
          break;
        case "kv-delta": {
          const own = m.nodes.filter((n) => n.node === this.host.name);
          if (own.length > 0)
            push(own.length === m.nodes.length ? this.signOwn(m) : this.signOwn({ ...m, nodes: own }));
          for (const n of m.nodes) if (n.node !== this.host.name) push(this.heldKv(n.node));
          break;
        }
        case "push-pull":
          out.push(this.securePushPull(m));
          // A request this node starts does not know what the peer holds.
          if (!m.reply) this.answering = undefined;
          trailer = this.pushPullTrailer();
          break;
        default:
          out.push(m);
      }
    }
    for (const t of trailer) if (!seen.has(t as Signed)) out.push(t);
    return this.base.encode(out);
  }

  /** Another owner's latest whole state when it is as new as its latest delta, else that delta. */
  private heldKv(owner: string): Signed | undefined {
    const latest = this.kv.get(owner);
    const full = this.kvFull.get(owner);
    return full !== undefined && (latest === undefined || full.rank >= latest.rank)
      ? full.signed
      : latest?.signed;
  }

  private held(map: Map<string, Held>, node: string, atLeast: number): Signed | undefined {
    const h = map.get(node);
    return h !== undefined && h.rank >= atLeast ? h.signed : undefined;
  }

  private signOwn(m: Leave | KvDelta): Signed {
    const cached = this.ownCache.get(m);
    if (cached !== undefined) return cached;
    const s = this.security.signer.sign(m);
    this.stats.signed++;
    this.ownCache.set(m, s);
    if (m.type === "leave") this.keep(this.leaves, m.node, m.incarnation, s);
    return s;
  }

  private signOwnAlive(m: Alive): Signed {
    const key = `${m.incarnation}:${hex(m.meta)}:${m.addr === undefined ? "" : `${hex(m.addr.ip)}:${m.addr.port}`}`;
    if (this.ownAlive?.key === key) return this.ownAlive.signed;
    const s = this.security.signer.sign(m);
    this.stats.signed++;
    this.ownAlive = { key, signed: s };
    this.keep(this.alives, m.node, m.incarnation, s);
    return s;
  }

  private securePushPull(m: PushPull): PushPull {
    const signed: Omit<Signed, "type">[] = [];
    for (const r of m.members) {
      let s: Signed | undefined;
      if (r.node === this.host.name) {
        s =
          r.state === "left"
            ? this.signOwn({ type: "leave", node: r.node, incarnation: r.incarnation })
            : this.signOwnAlive({
                type: "alive",
                node: r.node,
                incarnation: r.incarnation,
                addr: r.addr,
                meta: r.meta,
                protocolMin: r.protocolMin,
                protocolMax: r.protocolMax,
                certificate: r.certificate,
              });
      } else if (r.state === "left") {
        s = this.leaves.get(r.node)?.signed;
      } else if (r.state !== "dead") {
        s = this.alives.get(r.node)?.signed;
      }
      if (s !== undefined) signed.push({ signer: s.signer, message: s.message, signature: s.signature });
    }
    return { ...m, kvDelta: undefined, signedMembers: signed };
  }

  /** This node's own state as a Signed KvDelta and the revocation lists held (SEC-62, SEC-74). */
  private pushPullTrailer(): Message[] {
    const out: Message[] = [];
    // State the peer lacks, by the digest of its request (all of it when this node asks).
    const peer = this.answering;
    this.answering = undefined;
    const own = this.host.ownState();
    if (own !== undefined && (peer === undefined || (peer.get(this.host.name) ?? -1) < own.maxVersion))
      out.push(this.signOwn({ type: "kv-delta", nodes: [own] }));
    for (const [owner, h] of this.kv) {
      if (peer !== undefined && (peer.get(owner) ?? -1) >= h.rank) continue;
      const s = this.heldKv(owner);
      if (s !== undefined) out.push(s);
    }
    out.push(...this.security.verifier.revocations());
    return out;
  }
}
