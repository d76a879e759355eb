/**
 * Virtual-mode driver: owns the IUT's clock and network for one vector. It
 * sends harness requests, records every output with the virtual time it was
 * produced at, ticks the IUT at its requested wake-up times, and fails
 * outbound streams the IUT gave a timeout when nobody answers them.
 */
import type { CodecContext, Decoded, JsonObject, PacketCodec } from "./codec.js";
import type { IutSession } from "./session.js";
import type { TraceAddress, TraceSetup } from "./trace.js";

export interface Observed {
  /** Order of emission, 0-based. */
  readonly index: number;
  /** Virtual time (absolute) at which the IUT produced it. */
  readonly time: number;
  readonly kind: "datagram" | "stream-request" | "stream-reply" | "event";
  readonly to?: TraceAddress;
  /** Alias of the peer at `to`, when it is one of the trace's peers. */
  readonly toAlias?: string;
  readonly stream?: number;
  readonly bytes?: Uint8Array;
  readonly decoded?: Decoded;
  readonly event?: JsonObject;
  consumed: boolean;
}

/** Envelope header facts a pattern can check (`envelope` in expect steps). */
export function envelopeInfo(bytes: Uint8Array): JsonObject {
  if (bytes.length < 5) return { encrypted: false };
  const flags = bytes[3] as number;
  const l = bytes[4] as number;
  const encrypted = (flags & 1) === 1;
  const compressed = (flags & 2) === 2;
  if (!encrypted || bytes.length < 5 + l + 16) return { encrypted, compressed };
  const keyId = Buffer.from(bytes.subarray(5 + l, 9 + l)).readUInt32BE(0);
  return { encrypted, compressed, keyId, nonce: Buffer.from(bytes.subarray(9 + l, 21 + l)).toString("hex") };
}

export class DriverError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "DriverError";
    this.code = code;
  }
}

const MAX_TICKS_PER_ADVANCE = 100_000;

export const addrKey = (a: TraceAddress): string => `${a.ip}:${a.port}`;

/** What a step needs from a driver; virtual and live drivers both provide it. */
export interface Driver {
  /** Current time (virtual ms; in live mode, real ms since init plus `start`). */
  readonly now: number;
  readonly start: number;
  readonly observed: Observed[];
  readonly ctx: CodecContext;
  peerAddr(alias: string): TraceAddress;
  init(): Promise<void>;
  call(type: string, body?: JsonObject): Promise<JsonObject>;
  advanceTo(target: number, stop?: () => boolean): Promise<boolean>;
  /** Encode a packet template (canonical JSON) for injection. */
  encode(packet: unknown): Uint8Array;
  injectDatagram(from: string, bytes: Uint8Array): Promise<void>;
  injectStream(from: string, bytes: Uint8Array): Promise<number>;
  replyStream(stream: number, bytes: Uint8Array): Promise<void>;
  failStream(stream: number): Promise<void>;
  awaitOutput(accept: (o: Observed) => boolean, deadline: number): Promise<Observed | undefined>;
  collectDuring(accept: (o: Observed) => boolean, from: number, until: number): Promise<Observed[]>;
  /** Release sockets and timers (live mode). */
  close?(): Promise<void>;
}

export class VirtualDriver implements Driver {
  now: number;
  readonly start: number;
  private nextWakeup: number | null = null;
  readonly observed: Observed[] = [];
  private readonly outbound = new Map<number, { deadline: number | undefined }>();
  private nextInbound = 1;
  private readonly aliasByAddr = new Map<string, string>();
  readonly ctx: CodecContext;

  constructor(
    readonly session: IutSession,
    readonly codec: PacketCodec,
    readonly setup: TraceSetup,
  ) {
    this.start = setup.start;
    this.now = setup.start;
    for (const [alias, p] of Object.entries(setup.peers)) this.aliasByAddr.set(addrKey(p.addr), alias);
    this.ctx = { cluster: setup.cluster, keys: setup.keys ?? [] };
  }

  encode(packet: unknown): Uint8Array {
    return this.codec.encode(packet, this.ctx);
  }

  peerAddr(alias: string): TraceAddress {
    const p = this.setup.peers[alias];
    if (!p) throw new DriverError("UNKNOWN_PEER", `no peer ${alias} in the trace setup`);
    return p.addr;
  }

  async init(): Promise<void> {
    const s = this.setup;
    await this.call("init", {
      mode: "virtual",
      name: s.name,
      addr: s.addr,
      cluster: s.cluster,
      meta: s.meta ?? "",
      config: s.config,
      keys: s.keys ?? [],
      ...(s.encryptionMode !== undefined ? { encryptionMode: s.encryptionMode } : {}),
      ...(s.pki !== undefined ? { pki: s.pki } : {}),
      seed: s.seed,
      now: this.now,
    });
  }

  /** Send one request at the current time and record its outputs. */
  async call(type: string, body: JsonObject = {}): Promise<JsonObject> {
    const res = await this.session.request(type, body);
    const outputs = (res.outputs as JsonObject[] | undefined) ?? [];
    const first = this.observed.length;
    for (const o of outputs) this.record(o);
    if ("nextWakeup" in res) this.nextWakeup = (res.nextWakeup as number | null) ?? null;
    await this.autoAck(first);
    return res;
  }

  /** Healthy scripted peers (setup.autoAck) answer pings addressed to them at once. */
  private async autoAck(first: number): Promise<void> {
    const auto = this.setup.autoAck;
    if (!auto?.length) return;
    const acks: { from: string; bytes: Uint8Array }[] = [];
    for (const o of this.observed.slice(first)) {
      if (o.kind !== "datagram" || !o.toAlias || !auto.includes(o.toAlias) || !o.decoded?.ok) continue;
      const peer = this.setup.peers[o.toAlias] as { name: string };
      for (const m of (o.decoded.packet.messages as JsonObject[]) ?? []) {
        if (m.type === "ping" && m.target === peer.name) {
          acks.push({
            from: o.toAlias,
            bytes: this.codec.encode({ messages: [{ type: "ack", seq: m.seq, payload: "" }] }, this.ctx),
          });
        }
      }
    }
    for (const a of acks) await this.injectDatagram(a.from, a.bytes);
  }

  private record(o: JsonObject): void {
    const kind = o.kind as Observed["kind"];
    const base = { index: this.observed.length, time: this.now, kind, consumed: false };
    if (kind === "event") {
      this.observed.push({ ...base, event: o.event as JsonObject });
      return;
    }
    const bytes = Buffer.from(String(o.bytes), "base64");
    const decoded = this.codec.decode(new Uint8Array(bytes), this.ctx);
    const to = o.to as TraceAddress | undefined;
    const toAlias = to ? this.aliasByAddr.get(addrKey(to)) : undefined;
    const stream = o.stream as number | undefined;
    if (kind === "stream-request" && stream !== undefined) {
      const t = o.timeoutMs as number | undefined;
      this.outbound.set(stream, { deadline: t === undefined ? undefined : this.now + t });
    }
    this.observed.push({
      ...base,
      ...(to ? { to } : {}),
      ...(toAlias ? { toAlias } : {}),
      ...(stream !== undefined ? { stream } : {}),
      bytes,
      decoded,
    });
  }

  /** The next time something is due: an IUT timer or an unanswered stream's timeout. */
  private due(): number | null {
    let t = this.nextWakeup;
    for (const s of this.outbound.values())
      if (s.deadline !== undefined && (t === null || s.deadline < t)) t = s.deadline;
    return t;
  }

  /**
   * Move the clock forward to `target`, ticking the IUT at each wake-up on the
   * way. After each tick, `stop` is asked whether to stop early (the clock
   * then stays at that tick's time). Returns true if stopped early.
   */
  async advanceTo(target: number, stop?: () => boolean): Promise<boolean> {
    if (stop?.()) return true;
    let ticks = 0;
    let lastTickAt = Number.NaN;
    for (;;) {
      const due = this.due();
      if (due === null || due > target) break;
      let t = Math.max(due, this.now);
      // An IUT asking for the same instant again after being ticked at it would spin.
      if (t === lastTickAt) t = this.now + 1;
      if (t > target) break;
      if (++ticks > MAX_TICKS_PER_ADVANCE)
        throw new DriverError("IUT_SPIN", `more than ${MAX_TICKS_PER_ADVANCE} wake-ups before ${target}`);
      this.now = t;
      lastTickAt = t;
      await this.failExpiredStreams();
      await this.call("tick", { now: t });
      if (stop?.()) return true;
    }
    this.now = Math.max(this.now, target);
    return false;
  }

  private async failExpiredStreams(): Promise<void> {
    for (const [id, s] of this.outbound) {
      if (s.deadline !== undefined && s.deadline <= this.now) {
        this.outbound.delete(id);
        await this.call("stream-failure", { stream: id, now: this.now });
      }
    }
  }

  async injectDatagram(from: string, bytes: Uint8Array): Promise<void> {
    await this.call("datagram", {
      from: this.peerAddr(from),
      bytes: Buffer.from(bytes).toString("base64"),
      now: this.now,
    });
  }

  async injectStream(from: string, bytes: Uint8Array): Promise<number> {
    const stream = this.nextInbound++;
    await this.call("stream-request", {
      stream,
      from: this.peerAddr(from),
      bytes: Buffer.from(bytes).toString("base64"),
      now: this.now,
    });
    return stream;
  }

  async replyStream(stream: number, bytes: Uint8Array): Promise<void> {
    if (!this.outbound.delete(stream))
      throw new DriverError("UNKNOWN_STREAM", `the IUT has no open outbound stream ${stream}`);
    await this.call("stream-reply", { stream, bytes: Buffer.from(bytes).toString("base64"), now: this.now });
  }

  async failStream(stream: number): Promise<void> {
    if (!this.outbound.delete(stream))
      throw new DriverError("UNKNOWN_STREAM", `the IUT has no open outbound stream ${stream}`);
    await this.call("stream-failure", { stream, now: this.now });
  }

  /**
   * Find the earliest unconsumed output satisfying `accept`, advancing time
   * up to `deadline` if none has been produced yet. Consumes and returns it.
   */
  async awaitOutput(accept: (o: Observed) => boolean, deadline: number): Promise<Observed | undefined> {
    let found: Observed | undefined;
    let scanned = 0;
    const scan = (): boolean => {
      for (; scanned < this.observed.length; scanned++) {
        const o = this.observed[scanned] as Observed;
        if (!o.consumed && o.time <= deadline && accept(o)) {
          found = o;
          return true;
        }
      }
      return false;
    };
    await this.advanceTo(deadline, scan);
    if (found) found.consumed = true;
    return found;
  }

  /** Outputs produced in [from, until] satisfying `accept`, advancing the clock to `until`. */
  async collectDuring(accept: (o: Observed) => boolean, from: number, until: number): Promise<Observed[]> {
    await this.advanceTo(until);
    return this.observed.filter((o) => !o.consumed && o.time >= from && o.time <= until && accept(o));
  }
}
