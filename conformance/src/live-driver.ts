/**
 * Live-mode driver: the IUT binds real UDP/TCP sockets on loopback and keeps
 * its own clock; the runner plays each peer with a real UDP socket and TCP
 * listener (same port) and waits in real time. Trace addresses are mapped to
 * the real loopback addresses in everything sent, and back in everything
 * observed, so the same trace runs in both modes.
 */
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { connect, createServer, type Server, type Socket } from "node:net";
import { encodeFrame, FrameReader } from "@gossip/codec";
import { ipToBytes } from "./addr.js";
import type { CodecContext, JsonObject, PacketCodec } from "./codec.js";
import { addrKey, type Driver, DriverError, type Observed } from "./driver.js";
import { portForIut } from "./iut-port.js";
import type { IutSession } from "./session.js";
import type { TraceAddress, TraceSetup } from "./trace.js";

const LOOPBACK = "127.0.0.1";
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const b64ip = (ip: string) => Buffer.from(ipToBytes(ip)).toString("base64");

interface Peer {
  alias: string;
  trace: TraceAddress;
  live: TraceAddress;
  udp: UdpSocket;
  tcp: Server;
}

/** Bind a UDP socket and a TCP listener on the same free loopback port. */
async function bindPair(): Promise<{ port: number; udp: UdpSocket; tcp: Server }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const tcp = createServer();
    await new Promise<void>((res, rej) => {
      tcp.once("error", rej);
      tcp.listen(0, LOOPBACK, () => res());
    });
    const port = (tcp.address() as { port: number }).port;
    const udp = createSocket("udp4");
    const ok = await new Promise<boolean>((res) => {
      udp.once("error", () => res(false));
      udp.bind(port, LOOPBACK, () => res(true));
    });
    if (ok) return { port, udp, tcp };
    tcp.close();
    udp.close();
  }
  throw new DriverError("LIVE_BIND", "could not bind a UDP+TCP port pair on loopback");
}

export class LiveDriver implements Driver {
  readonly start: number;
  readonly observed: Observed[] = [];
  readonly ctx: CodecContext;
  private t0 = performance.now();
  private peers = new Map<string, Peer>();
  private toTrace = new Map<string, TraceAddress>();
  private toLive = new Map<string, TraceAddress>();
  private iut: TraceAddress | undefined;
  private nextStream = 1;
  private readonly streams = new Map<number, Socket>();
  private wake: (() => void) | undefined;
  private closed = false;

  constructor(
    readonly session: IutSession,
    readonly codec: PacketCodec,
    readonly setup: TraceSetup,
    /** Extra real time allowed on every `within` (scheduling, loopback latency). */
    readonly slackMs = 150,
  ) {
    this.start = setup.start;
    this.ctx = { cluster: setup.cluster, keys: setup.keys ?? [] };
  }

  get now(): number {
    return this.start + (performance.now() - this.t0);
  }

  private map(a: TraceAddress, to: "live" | "trace"): TraceAddress {
    return (to === "live" ? this.toLive : this.toTrace).get(addrKey(a)) ?? a;
  }

  /** Rewrite every canonical-JSON address ({ip: base64, port}) through the map. */
  private rewrite(v: unknown, to: "live" | "trace"): unknown {
    if (Array.isArray(v)) return v.map((x) => this.rewrite(x, to));
    if (typeof v !== "object" || v === null) return v;
    const o = v as JsonObject;
    if (typeof o.ip === "string" && typeof o.port === "number" && Object.keys(o).length === 2) {
      const table = to === "live" ? this.toLive : this.toTrace;
      for (const [k, target] of table) {
        const [ip, port] = [k.slice(0, k.lastIndexOf(":")), Number(k.slice(k.lastIndexOf(":") + 1))];
        if (b64ip(ip) === o.ip && port === o.port) return { ip: b64ip(target.ip), port: target.port };
      }
      return o;
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.rewrite(x, to)]));
  }

  private link(traceAddr: TraceAddress, live: TraceAddress): void {
    this.toLive.set(addrKey(traceAddr), live);
    this.toTrace.set(addrKey(live), traceAddr);
  }

  private notify(): void {
    this.wake?.();
  }

  private observe(o: Omit<Observed, "index" | "time" | "consumed">): void {
    this.observed.push({ ...o, index: this.observed.length, time: this.now, consumed: false } as Observed);
    this.notify();
  }

  private decode(bytes: Uint8Array): Observed["decoded"] {
    const d = this.codec.decode(bytes, this.ctx);
    return d.ok ? { ok: true, packet: this.rewrite(d.packet, "trace") as JsonObject } : d;
  }

  async init(): Promise<void> {
    this.iut = { ip: LOOPBACK, port: await portForIut(LOOPBACK) };
    this.link(this.setup.addr, this.iut);
    for (const [alias, p] of Object.entries(this.setup.peers)) {
      const { port, udp, tcp } = await bindPair();
      const peer: Peer = { alias, trace: p.addr, live: { ip: LOOPBACK, port }, udp, tcp };
      this.peers.set(alias, peer);
      this.link(p.addr, peer.live);
      udp.on("message", (msg) => this.onDatagram(peer, new Uint8Array(msg)));
      tcp.on("connection", (sock) => this.onStream(peer, sock));
    }
    const s = this.setup;
    this.t0 = performance.now();
    await this.session.request("init", {
      mode: "live",
      name: s.name,
      addr: this.iut,
      cluster: s.cluster,
      meta: s.meta ?? "",
      config: s.config,
      keys: s.keys ?? [],
      ...(s.encryptionMode !== undefined ? { encryptionMode: s.encryptionMode } : {}),
      ...(s.pki !== undefined ? { pki: s.pki } : {}),
      seed: s.seed,
      now: this.start,
    });
    void this.pumpEvents();
  }

  private async pumpEvents(): Promise<void> {
    while (!this.closed) {
      const q = this.session.asyncEvents.splice(0);
      for (const e of q) {
        const ev = this.rewriteEvent(e.event);
        this.observe({ kind: "event", event: ev });
      }
      await sleep(2);
    }
  }

  private rewriteEvent(ev: JsonObject): JsonObject {
    const fix = (v: unknown): unknown => {
      if (Array.isArray(v)) return v.map(fix);
      if (typeof v !== "object" || v === null) return v;
      const o = v as JsonObject;
      if (typeof o.ip === "string" && typeof o.port === "number")
        return this.map(o as unknown as TraceAddress, "trace");
      return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, fix(x)]));
    };
    return fix(ev) as JsonObject;
  }

  private onDatagram(peer: Peer, bytes: Uint8Array): void {
    const decoded = this.decode(bytes);
    this.observe({ kind: "datagram", to: peer.trace, toAlias: peer.alias, bytes, decoded });
    if (!decoded?.ok || !this.setup.autoAck?.includes(peer.alias)) return;
    const name = this.setup.peers[peer.alias]?.name;
    for (const m of (decoded.packet.messages as JsonObject[]) ?? []) {
      if (m.type === "ping" && m.target === name) {
        const ack = this.codec.encode({ messages: [{ type: "ack", seq: m.seq, payload: "" }] }, this.ctx);
        peer.udp.send(ack, (this.iut as TraceAddress).port, LOOPBACK);
      }
    }
  }

  private onStream(peer: Peer, sock: Socket): void {
    const reader = new FrameReader();
    let seen = false;
    sock.on("data", (chunk: Buffer) => {
      const r = reader.push(new Uint8Array(chunk));
      if (!r.ok || seen || r.value.length === 0) return;
      seen = true;
      const id = this.nextStream++;
      this.streams.set(id, sock);
      const bytes = r.value[0] as Uint8Array;
      this.observe({
        kind: "stream-request",
        to: peer.trace,
        toAlias: peer.alias,
        stream: id,
        bytes,
        decoded: this.decode(bytes),
      });
    });
    sock.on("error", () => undefined);
  }

  peerAddr(alias: string): TraceAddress {
    const p = this.setup.peers[alias];
    if (!p) throw new DriverError("UNKNOWN_PEER", `no peer ${alias} in the trace setup`);
    return p.addr;
  }

  encode(packet: unknown): Uint8Array {
    return this.codec.encode(this.rewrite(packet, "live"), this.ctx);
  }

  async call(type: string, body: JsonObject = {}): Promise<JsonObject> {
    const b: JsonObject = { ...body, now: this.now };
    if (type === "join") b.seeds = (body.seeds as TraceAddress[]).map((a) => this.map(a, "live"));
    const res = await this.session.request(type, b);
    if (Array.isArray(res.members))
      res.members = (res.members as JsonObject[]).map((m) => this.rewriteEvent(m));
    return res;
  }

  async advanceTo(target: number, stop?: () => boolean): Promise<boolean> {
    for (;;) {
      if (stop?.()) return true;
      const left = target - this.now;
      if (left <= 0) return false;
      await new Promise<void>((r) => {
        const t = setTimeout(r, Math.min(left, 20));
        this.wake = () => {
          clearTimeout(t);
          r();
        };
      });
      this.wake = undefined;
    }
  }

  async injectDatagram(from: string, bytes: Uint8Array): Promise<void> {
    const peer = this.peers.get(from);
    if (!peer) throw new DriverError("UNKNOWN_PEER", `no peer ${from}`);
    await new Promise<void>((r) =>
      peer.udp.send(bytes, (this.iut as TraceAddress).port, LOOPBACK, () => r()),
    );
  }

  async injectStream(from: string, bytes: Uint8Array): Promise<number> {
    if (!this.peers.has(from)) throw new DriverError("UNKNOWN_PEER", `no peer ${from}`);
    const id = this.nextStream++;
    const sock = connect({ host: LOOPBACK, port: (this.iut as TraceAddress).port });
    const reader = new FrameReader();
    sock.on("connect", () => sock.write(encodeFrame(bytes)));
    sock.on("data", (chunk: Buffer) => {
      const r = reader.push(new Uint8Array(chunk));
      if (!r.ok) return;
      for (const env of r.value)
        this.observe({ kind: "stream-reply", stream: id, bytes: env, decoded: this.decode(env) });
    });
    sock.on("error", () => undefined);
    this.streams.set(id, sock);
    return id;
  }

  async replyStream(stream: number, bytes: Uint8Array): Promise<void> {
    const sock = this.streams.get(stream);
    if (!sock) throw new DriverError("UNKNOWN_STREAM", `no open stream ${stream}`);
    this.streams.delete(stream);
    sock.end(encodeFrame(bytes));
  }

  async failStream(stream: number): Promise<void> {
    const sock = this.streams.get(stream);
    if (!sock) throw new DriverError("UNKNOWN_STREAM", `no open stream ${stream}`);
    this.streams.delete(stream);
    sock.destroy();
  }

  async awaitOutput(accept: (o: Observed) => boolean, deadline: number): Promise<Observed | undefined> {
    let found: Observed | undefined;
    const scan = () => {
      found = this.observed.find((o) => !o.consumed && o.time <= deadline + this.slackMs && accept(o));
      return found !== undefined;
    };
    await this.advanceTo(deadline + this.slackMs, scan);
    if (found) found.consumed = true;
    return found;
  }

  async collectDuring(accept: (o: Observed) => boolean, from: number, until: number): Promise<Observed[]> {
    await this.advanceTo(until);
    return this.observed.filter((o) => !o.consumed && o.time >= from && o.time <= until && accept(o));
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.streams.values()) s.destroy();
    for (const p of this.peers.values()) {
      p.udp.close();
      p.tcp.close();
    }
  }
}
