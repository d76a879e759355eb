/**
 * Live-mode driver for traces whose setup selects the TCP-only or HTTP
 * transport (HARNESS.md §4.1): the runner's peers speak that transport to the
 * IUT over real loopback sockets, check what the IUT sends them (preface and
 * hello on datagram connections; method, path, Content-Type, Content-Length
 * and Gossip-Sender on HTTP requests), and can send raw TCP bytes, raw UDP
 * datagrams and raw HTTP requests (the `tcp-raw`, `udp-raw`, `http` steps).
 * Each peer also binds UDP on its port, so UDP from a TCP-only or HTTP IUT is
 * seen (`expect-no-udp`).
 */
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from "node:http";
import { connect, createServer, type Server, type Socket } from "node:net";
import { encodeFrame, FrameReader } from "@gossip/codec";
import { ipToBytes } from "./addr.js";
import type { CodecContext, JsonObject, PacketCodec } from "./codec.js";
import { addrKey, type Driver, DriverError, type Observed } from "./driver.js";
import { portForIut } from "./iut-port.js";
import {
  DATAGRAM_PATH,
  helloBytes,
  PREFACE,
  parseHello,
  parseSender,
  STREAM_PATH,
  splitFrames,
  type TransportSetup,
} from "./live-transport-host.js";
import type { IutSession } from "./session.js";
import type { TraceAddress, TraceSetup } from "./trace.js";

const LOOPBACK = "127.0.0.1";
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
const b64ip = (ip: string) => Buffer.from(ipToBytes(ip)).toString("base64");
const hostPort = (a: TraceAddress) => `${a.ip}:${a.port}`;

interface Peer {
  alias: string;
  trace: TraceAddress;
  live: TraceAddress;
  udp: UdpSocket;
  server: Server;
  dgram?: Socket;
}

export interface RawHttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Listen (net or http server) and bind UDP on the same free loopback port. */
async function bindPair(make: () => Server): Promise<{ port: number; udp: UdpSocket; server: Server }> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const server = make();
    await new Promise<void>((res, rej) => {
      server.once("error", rej);
      server.listen(0, LOOPBACK, () => res());
    });
    const port = (server.address() as { port: number }).port;
    const udp = createSocket("udp4");
    const ok = await new Promise<boolean>((res) => {
      udp.once("error", () => res(false));
      udp.bind(port, LOOPBACK, () => res(true));
    });
    if (ok) return { port, udp, server };
    server.close();
    udp.close();
  }
  throw new DriverError("LIVE_BIND", "could not bind a port pair on loopback");
}

export class TransportLiveDriver implements Driver {
  readonly start: number;
  readonly observed: Observed[] = [];
  readonly ctx: CodecContext;
  readonly transport: TransportSetup;
  /** What the IUT did wrong as a sender (bad preface, hello, method, headers). */
  readonly violations: string[] = [];
  /** UDP datagrams the peers received. */
  udpReceived = 0;
  private t0 = performance.now();
  private peers = new Map<string, Peer>();
  private toTrace = new Map<string, TraceAddress>();
  private toLive = new Map<string, TraceAddress>();
  iut: TraceAddress | undefined;
  private nextStream = 1;
  private readonly streams = new Map<number, { reply(b: Uint8Array): void; fail(): void }>();
  private readonly sockets = new Set<Socket>();
  private wake: (() => void) | undefined;
  private closed = false;

  constructor(
    readonly session: IutSession,
    readonly codec: PacketCodec,
    readonly setup: TraceSetup,
    readonly slackMs = 150,
  ) {
    this.start = setup.start;
    this.ctx = { cluster: setup.cluster, keys: setup.keys ?? [] };
    this.transport = setup.transport ?? { kind: "udp" };
  }

  get now(): number {
    return this.start + (performance.now() - this.t0);
  }

  private rewrite(v: unknown, to: "live" | "trace"): unknown {
    if (Array.isArray(v)) return v.map((x) => this.rewrite(x, to));
    if (typeof v !== "object" || v === null) return v;
    const o = v as JsonObject;
    if (typeof o.ip === "string" && typeof o.port === "number" && Object.keys(o).length === 2) {
      const table = to === "live" ? this.toLive : this.toTrace;
      for (const [k, target] of table) {
        const [ip, port] = [k.slice(0, k.lastIndexOf(":")), Number(k.slice(k.lastIndexOf(":") + 1))];
        if (b64ip(ip) === o.ip && port === o.port) return { ip: b64ip(target.ip), port: target.port };
        if (ip === o.ip && port === o.port) return target;
      }
      return o;
    }
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, this.rewrite(x, to)]));
  }

  private link(traceAddr: TraceAddress, live: TraceAddress): void {
    this.toLive.set(addrKey(traceAddr), live);
    this.toTrace.set(addrKey(live), traceAddr);
  }

  private observe(o: Omit<Observed, "index" | "time" | "consumed">): void {
    this.observed.push({ ...o, index: this.observed.length, time: this.now, consumed: false } as Observed);
    this.wake?.();
  }

  private decode(bytes: Uint8Array): Observed["decoded"] {
    const d = this.codec.decode(bytes, this.ctx);
    return d.ok ? { ok: true, packet: this.rewrite(d.packet, "trace") as JsonObject } : d;
  }

  private violation(peer: Peer, what: string): void {
    this.violations.push(`${peer.alias}: ${what}`);
  }

  async init(): Promise<void> {
    this.iut = { ip: LOOPBACK, port: await portForIut(LOOPBACK) };
    this.link(this.setup.addr, this.iut);
    for (const [alias, p] of Object.entries(this.setup.peers)) {
      const holder: { peer?: Peer } = {};
      const { port, udp, server } = await bindPair(() =>
        this.transport.kind === "http"
          ? (createHttpServer((req, res) => this.onHttp(holder.peer as Peer, req, res)) as unknown as Server)
          : createServer((sock) => this.onConnection(holder.peer as Peer, sock)),
      );
      const peer: Peer = { alias, trace: p.addr, live: { ip: LOOPBACK, port }, udp, server };
      holder.peer = peer;
      this.peers.set(alias, peer);
      this.link(p.addr, peer.live);
      udp.on("message", () => {
        this.udpReceived++;
        this.violation(peer, "received a UDP datagram");
      });
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
      transport: this.transport as unknown as JsonObject,
      seed: s.seed,
      now: this.start,
    });
    void this.pumpEvents();
  }

  private async pumpEvents(): Promise<void> {
    while (!this.closed) {
      for (const e of this.session.asyncEvents.splice(0))
        this.observe({ kind: "event", event: this.rewrite(e.event, "trace") as JsonObject });
      await sleep(2);
    }
  }

  /** A connection from the IUT to a peer: a datagram connection or a stream exchange. */
  private onConnection(peer: Peer, sock: Socket): void {
    this.sockets.add(sock);
    sock.on("close", () => this.sockets.delete(sock));
    let head = new Uint8Array(0);
    let kind: "datagram" | "stream" | undefined;
    let helloSeen = false;
    let seen = false;
    const reader = new FrameReader();
    const feed = (chunk: Uint8Array) => {
      const r = reader.push(chunk);
      if (!r.ok) return void this.violation(peer, `bad frame: ${r.error.message}`);
      for (const env of r.value) {
        if (kind === "datagram") {
          if (!helloSeen) {
            helloSeen = true;
            const h = parseHello(env);
            if (!h || !this.iut || h.ip !== this.iut.ip || h.port !== this.iut.port) {
              this.violation(peer, `hello ${Buffer.from(env).toString("hex")} is not the IUT's address`);
              sock.destroy();
              return;
            }
            continue;
          }
          this.observe({
            kind: "datagram",
            to: peer.trace,
            toAlias: peer.alias,
            bytes: env,
            decoded: this.decode(env),
          });
        } else if (!seen) {
          seen = true;
          const id = this.nextStream++;
          this.streams.set(id, { reply: (b) => sock.end(encodeFrame(b)), fail: () => sock.destroy() });
          this.observe({
            kind: "stream-request",
            to: peer.trace,
            toAlias: peer.alias,
            stream: id,
            bytes: env,
            decoded: this.decode(env),
          });
        }
      }
    };
    sock.on("data", (chunk: Buffer) => {
      if (kind) return feed(new Uint8Array(chunk));
      const all = new Uint8Array(Buffer.concat([head, chunk]));
      if (all.length < 4) {
        head = all;
        return;
      }
      kind = PREFACE.every((b, i) => all[i] === b) ? "datagram" : "stream";
      feed(kind === "datagram" ? all.subarray(4) : all);
    });
    sock.on("error", () => undefined);
  }

  /** An HTTP request from the IUT to a peer (TRN-40..42 checked on the sender side). */
  private onHttp(peer: Peer, req: IncomingMessage, res: ServerResponse): void {
    const refuse = (status: number, why: string) => {
      this.violation(peer, why);
      res.writeHead(status, { "content-length": "0" });
      res.end();
    };
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "";
      if (path !== DATAGRAM_PATH && path !== STREAM_PATH) return refuse(404, `request to ${path}`);
      if (req.method !== "POST") return refuse(405, `method ${req.method}`);
      if (req.headers["content-type"] !== "application/octet-stream")
        return refuse(400, `Content-Type ${req.headers["content-type"]}`);
      if (req.headers["content-length"] === undefined) return refuse(400, "no Content-Length");
      const sender = parseSender(req.headers["gossip-sender"] as string | undefined);
      if (!sender || !this.iut || sender.ip !== this.iut.ip || sender.port !== this.iut.port)
        return refuse(400, `Gossip-Sender ${req.headers["gossip-sender"]} is not the IUT's address`);
      const frames = splitFrames(new Uint8Array(Buffer.concat(chunks)), 8 * 1024 * 1024);
      if (!Array.isArray(frames)) return refuse(400, `body is not whole frames (${frames})`);
      if (path === DATAGRAM_PATH) {
        res.writeHead(204);
        res.end();
        for (const env of frames)
          this.observe({
            kind: "datagram",
            to: peer.trace,
            toAlias: peer.alias,
            bytes: env,
            decoded: this.decode(env),
          });
        return;
      }
      if (frames.length !== 1) return refuse(400, `stream request of ${frames.length} frames`);
      const id = this.nextStream++;
      this.streams.set(id, {
        reply: (b) => {
          const f = encodeFrame(b);
          res.writeHead(200, {
            "content-type": "application/octet-stream",
            "content-length": String(f.length),
          });
          res.end(f);
        },
        fail: () => {
          res.writeHead(500, { "content-length": "0" });
          res.end();
        },
      });
      const env = frames[0] as Uint8Array;
      this.observe({
        kind: "stream-request",
        to: peer.trace,
        toAlias: peer.alias,
        stream: id,
        bytes: env,
        decoded: this.decode(env),
      });
    });
  }

  peerAddr(alias: string): TraceAddress {
    const p = this.setup.peers[alias];
    if (!p) throw new DriverError("UNKNOWN_PEER", `no peer ${alias} in the trace setup`);
    return p.addr;
  }

  livePeer(alias: string): Peer {
    const p = this.peers.get(alias);
    if (!p) throw new DriverError("UNKNOWN_PEER", `no peer ${alias}`);
    return p;
  }

  encode(packet: unknown): Uint8Array {
    return this.codec.encode(this.rewrite(packet, "live"), this.ctx);
  }

  async call(type: string, body: JsonObject = {}): Promise<JsonObject> {
    const b: JsonObject = { ...body, now: this.now };
    if (type === "join")
      b.seeds = (body.seeds as TraceAddress[]).map((a) => this.rewrite(a, "live")) as JsonObject[];
    const res = await this.session.request(type, b);
    if (Array.isArray(res.members)) res.members = this.rewrite(res.members, "trace") as JsonObject[];
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

  /** Send a raw HTTP/1.1 request to the IUT over a fresh connection and read the answer. */
  rawHttp(
    method: string,
    path: string,
    headers: Record<string, string>,
    body: Uint8Array,
    timeoutMs: number,
  ): Promise<RawHttpAnswer | undefined> {
    const iut = this.iut as TraceAddress;
    return new Promise((resolve) => {
      const sock = connect({ host: iut.ip, port: iut.port });
      this.sockets.add(sock);
      let buf = Buffer.alloc(0);
      let done = false;
      const finish = (a: RawHttpAnswer | undefined) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock.destroy();
        this.sockets.delete(sock);
        resolve(a);
      };
      const timer = setTimeout(() => finish(undefined), timeoutMs);
      const tryParse = (ended: boolean) => {
        const end = buf.indexOf("\r\n\r\n");
        if (end < 0) return ended ? finish(undefined) : undefined;
        const lines = buf.subarray(0, end).toString("latin1").split("\r\n");
        const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "")?.[1] ?? "0");
        const hs: Record<string, string> = {};
        for (const l of lines.slice(1)) {
          const i = l.indexOf(":");
          if (i > 0) hs[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
        }
        const len = hs["content-length"] !== undefined ? Number(hs["content-length"]) : undefined;
        const rest = buf.subarray(end + 4);
        if (len !== undefined && rest.length >= len)
          return finish({ status, headers: hs, body: new Uint8Array(rest.subarray(0, len)) });
        if (ended || status === 204 || status === 304)
          return finish({ status, headers: hs, body: new Uint8Array(rest) });
      };
      sock.on("data", (c: Buffer) => {
        buf = Buffer.concat([buf, c]);
        tryParse(false);
      });
      sock.on("end", () => tryParse(true));
      sock.on("close", () => tryParse(true));
      sock.on("error", () => tryParse(true));
      sock.on("connect", () => {
        const head = [`${method} ${path} HTTP/1.1`, `Host: ${hostPort(iut)}`, "Connection: close"];
        for (const [k, v] of Object.entries(headers)) head.push(`${k}: ${v}`);
        sock.write(`${head.join("\r\n")}\r\n\r\n`);
        if (body.length > 0) sock.write(body);
      });
    });
  }

  /**
   * Send raw bytes on a fresh TCP connection to the IUT and wait up to
   * `withinMs` for the IUT to close it. Resolves with the ms it took, or
   * undefined if it stayed open.
   */
  rawTcp(bytes: Uint8Array, withinMs: number): Promise<number | undefined> {
    const iut = this.iut as TraceAddress;
    return new Promise((resolve) => {
      const sock = connect({ host: iut.ip, port: iut.port });
      this.sockets.add(sock);
      const t0 = performance.now();
      let done = false;
      const finish = (v: number | undefined) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock.destroy();
        this.sockets.delete(sock);
        resolve(v);
      };
      const timer = setTimeout(() => finish(undefined), withinMs);
      sock.on("connect", () => sock.write(bytes));
      sock.on("data", () => undefined);
      sock.on("end", () => finish(performance.now() - t0));
      sock.on("close", () => finish(performance.now() - t0));
      sock.on("error", () => finish(performance.now() - t0));
    });
  }

  /** Keep a raw TCP connection open (tcp-raw with `keep`), e.g. a datagram connection made by hand. */
  openRaw(bytes: Uint8Array): void {
    const iut = this.iut as TraceAddress;
    const sock = connect({ host: iut.ip, port: iut.port });
    this.sockets.add(sock);
    sock.on("connect", () => sock.write(bytes));
    sock.on("data", () => undefined);
    sock.on("error", () => undefined);
  }

  async sendUdp(from: string, bytes: Uint8Array): Promise<void> {
    const peer = this.livePeer(from);
    const iut = this.iut as TraceAddress;
    await new Promise<void>((r) => peer.udp.send(bytes, iut.port, iut.ip, () => r()));
  }

  helloOf(alias: string): Uint8Array {
    return helloBytes(this.livePeer(alias).live);
  }

  async injectDatagram(from: string, bytes: Uint8Array): Promise<void> {
    const peer = this.livePeer(from);
    const iut = this.iut as TraceAddress;
    if (this.transport.kind === "http") {
      const body = encodeFrame(bytes);
      const a = await this.rawHttp(
        "POST",
        DATAGRAM_PATH,
        {
          "Content-Type": "application/octet-stream",
          "Content-Length": String(body.length),
          "Gossip-Sender": hostPort(peer.live),
        },
        body,
        2000,
      );
      if (a?.status !== 204)
        throw new DriverError(
          "HTTP_STATUS",
          `datagram request answered ${a ? a.status : "nothing"}, not 204 (TRN-43)`,
        );
      return;
    }
    if (!peer.dgram || peer.dgram.destroyed) {
      const sock = connect({ host: iut.ip, port: iut.port });
      this.sockets.add(sock);
      sock.on("error", () => undefined);
      sock.on("data", () => undefined);
      sock.write(PREFACE);
      sock.write(encodeFrame(helloBytes(peer.live)));
      peer.dgram = sock;
    }
    await new Promise<void>((r) => (peer.dgram as Socket).write(encodeFrame(bytes), () => r()));
  }

  async injectStream(from: string, bytes: Uint8Array): Promise<number> {
    const peer = this.livePeer(from);
    const iut = this.iut as TraceAddress;
    const id = this.nextStream++;
    if (this.transport.kind === "http") {
      const body = encodeFrame(bytes);
      void this.rawHttp(
        "POST",
        STREAM_PATH,
        {
          "Content-Type": "application/octet-stream",
          "Content-Length": String(body.length),
          "Gossip-Sender": hostPort(peer.live),
        },
        body,
        20_000,
      ).then((a) => {
        if (a?.status !== 200) return;
        const frames = splitFrames(a.body, 8 * 1024 * 1024);
        if (Array.isArray(frames) && frames.length === 1) {
          const env = frames[0] as Uint8Array;
          this.observe({ kind: "stream-reply", stream: id, bytes: env, decoded: this.decode(env) });
        }
      });
      return id;
    }
    const sock = connect({ host: iut.ip, port: iut.port });
    this.sockets.add(sock);
    const reader = new FrameReader();
    sock.on("connect", () => sock.write(encodeFrame(bytes)));
    sock.on("data", (chunk: Buffer) => {
      const r = reader.push(new Uint8Array(chunk));
      if (!r.ok) return;
      for (const env of r.value)
        this.observe({ kind: "stream-reply", stream: id, bytes: env, decoded: this.decode(env) });
    });
    sock.on("error", () => undefined);
    this.streams.set(id, { reply: () => undefined, fail: () => sock.destroy() });
    return id;
  }

  async replyStream(stream: number, bytes: Uint8Array): Promise<void> {
    const s = this.streams.get(stream);
    if (!s) throw new DriverError("UNKNOWN_STREAM", `no open stream ${stream}`);
    this.streams.delete(stream);
    s.reply(bytes);
  }

  async failStream(stream: number): Promise<void> {
    const s = this.streams.get(stream);
    if (!s) throw new DriverError("UNKNOWN_STREAM", `no open stream ${stream}`);
    this.streams.delete(stream);
    s.fail();
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
    for (const s of this.sockets) s.destroy();
    for (const p of this.peers.values()) {
      p.udp.close();
      (p.server as Server & { closeAllConnections?: () => void }).closeAllConnections?.();
      p.server.close();
    }
  }
}
