/**
 * Live mode of the reference adapter for the TCP-only and HTTP transports
 * (spec/10-transports.md §10.2, §10.4, §10.5): same surface as LiveHost, but
 * datagrams travel on datagram connections (`GSDG` preface + hello frame) or
 * as `POST /gossip/v1/datagram`, and stream exchanges on plain TCP
 * connections or as `POST /gossip/v1/stream`. Enforces the frame limit and
 * the stream timeout of the trace's `setup.transport`.
 */
import {
  createServer as createHttpServer,
  type Server as HttpServer,
  request as httpRequest,
  type ServerResponse,
} from "node:http";
import { connect, createServer, type Server, type Socket } from "node:net";
import { encodeFrame, FrameReader } from "@gossip/codec";
import type { Engine, EngineEvent } from "@gossip/core";
import { type TextAddress, toText, toWire } from "./addr.js";

export const PREFACE = new Uint8Array([0x47, 0x53, 0x44, 0x47]);
export const DATAGRAM_PATH = "/gossip/v1/datagram";
export const STREAM_PATH = "/gossip/v1/stream";

export interface TransportSetup {
  readonly kind: "udp" | "tcp" | "http";
  readonly maxFrameBytes?: number;
  readonly streamTimeoutMs?: number;
}

type WireAddr = { ip: Uint8Array; port: number };

const hostPort = (a: TextAddress) => (a.ip.includes(":") ? `[${a.ip}]:${a.port}` : `${a.ip}:${a.port}`);

/** `host:port` or `[ipv6]:port` (TRN-42); undefined if invalid. */
export function parseSender(v: string | undefined): TextAddress | undefined {
  const m =
    v === undefined ? null : /^(?:\[([0-9a-fA-F:.]+)\]|(\d+\.\d+\.\d+\.\d+)):(\d{1,5})$/.exec(v.trim());
  if (!m) return undefined;
  const port = Number(m[3]);
  if (port < 1 || port > 65535) return undefined;
  return { ip: (m[1] ?? m[2]) as string, port };
}

/** Hello frame body: address bytes then u16 port (TRN-31). */
export function helloBytes(a: TextAddress): Uint8Array {
  const ip = toWire(a).ip;
  const out = new Uint8Array(ip.length + 2);
  out.set(ip);
  out[ip.length] = a.port >> 8;
  out[ip.length + 1] = a.port & 0xff;
  return out;
}

export function parseHello(b: Uint8Array): TextAddress | undefined {
  if (b.length !== 6 && b.length !== 18) return undefined;
  const port = ((b[b.length - 2] as number) << 8) | (b[b.length - 1] as number);
  if (port === 0) return undefined;
  return toText({ ip: b.slice(0, b.length - 2), port });
}

/** Split a body into whole frames; "oversize" if one is longer than the limit. */
export function splitFrames(body: Uint8Array, limit: number): Uint8Array[] | "oversize" | "invalid" {
  const r = new FrameReader(limit);
  const got = r.push(body);
  if (!got.ok) return got.error.code === "OVERSIZE" ? "oversize" : "invalid";
  if (r.pending !== 0 || got.value.length === 0) return "invalid";
  return got.value;
}

export class TransportHost {
  private tcp: Server | undefined;
  private http: HttpServer | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly t0 = performance.now();
  private nextInbound = 1;
  private readonly inbound = new Map<number, { reply(b: Uint8Array): void; close(): void }>();
  private readonly outbound = new Set<Socket>();
  private readonly dgramConns = new Map<string, Socket>();
  private closed = false;
  readonly drops: string[] = [];
  private readonly limit: number;
  private readonly streamTimeoutMs: number;

  constructor(
    private readonly engine: Engine,
    private readonly addr: TextAddress,
    private readonly emit: (event: EngineEvent) => void,
    private readonly start: number,
    private readonly setup: TransportSetup,
  ) {
    this.limit = setup.maxFrameBytes ?? 8 * 1024 * 1024;
    this.streamTimeoutMs = setup.streamTimeoutMs ?? 10_000;
  }

  now(): number {
    return this.start + (performance.now() - this.t0);
  }

  async listen(): Promise<void> {
    const server =
      this.setup.kind === "http"
        ? createHttpServer((req, res) => this.onHttp(req, res))
        : createServer((sock) => this.onConnection(sock));
    await new Promise<void>((res, rej) => {
      server.once("error", rej);
      server.listen(this.addr.port, this.addr.ip, () => res());
    });
    if (this.setup.kind === "http") this.http = server as HttpServer;
    else this.tcp = server as Server;
    this.pump();
  }

  private drop(reason: string): void {
    this.drops.push(reason);
  }

  /** A TCP connection: a datagram connection if it opens with the preface, else a stream exchange. */
  private onConnection(sock: Socket): void {
    const from = toWire({
      ip: sock.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1",
      port: sock.remotePort ?? 1,
    });
    let head = new Uint8Array(0);
    let reader: FrameReader | undefined;
    let kind: "datagram" | "stream" | undefined;
    let hello: WireAddr | undefined;
    let started = false;
    const timeout = setTimeout(() => {
      if (kind !== "datagram") {
        this.drop("stream-timeout");
        sock.destroy();
      }
    }, this.streamTimeoutMs);
    sock.on("close", () => clearTimeout(timeout));
    const feed = (chunk: Uint8Array) => {
      const r = (reader as FrameReader).push(chunk);
      if (!r.ok) {
        this.drop(r.error.code === "OVERSIZE" ? "frame-too-large" : "bad-frame");
        return void sock.destroy();
      }
      for (const env of r.value) {
        if (kind === "datagram") {
          if (!hello) {
            const h = parseHello(env);
            if (!h) {
              this.drop("bad-hello");
              return void sock.destroy();
            }
            hello = toWire(h);
            continue;
          }
          this.engine.handleDatagram(hello, env, this.now());
          this.pump();
        } else if (!started) {
          started = true;
          const id = this.nextInbound++;
          this.inbound.set(id, {
            reply: (b) => sock.end(encodeFrame(b)),
            close: () => sock.destroy(),
          });
          sock.on("close", () => this.inbound.delete(id));
          this.engine.handleStreamRequest(id, from, env, this.now());
          this.pump();
        }
      }
    };
    sock.on("data", (chunk: Buffer) => {
      if (kind) return feed(new Uint8Array(chunk));
      const all = new Uint8Array(head.length + chunk.length);
      all.set(head);
      all.set(chunk, head.length);
      if (all.length < 4) {
        head = all;
        return;
      }
      const isPreface = PREFACE.every((b, i) => all[i] === b);
      kind = isPreface ? "datagram" : "stream";
      if (isPreface) clearTimeout(timeout);
      reader = new FrameReader(this.limit);
      feed(isPreface ? all.subarray(4) : all);
    });
    sock.on("error", () => undefined);
  }

  private onHttp(req: import("node:http").IncomingMessage, res: ServerResponse): void {
    const answer = (status: number, reason?: string, headers: Record<string, string> = {}) => {
      if (reason) this.drop(reason);
      if (res.headersSent) return;
      res.writeHead(status, { ...headers, "content-length": "0", connection: "close" });
      res.end();
    };
    const path = (req.url ?? "").split("?")[0];
    if (path !== DATAGRAM_PATH && path !== STREAM_PATH) {
      answer(404, "http-not-found");
      return;
    }
    if (req.method !== "POST") {
      answer(405, "http-method", { allow: "POST" });
      return;
    }
    if (this.closed) {
      answer(503, "shutting-down");
      return;
    }
    const declared = Number(req.headers["content-length"] ?? "NaN");
    if (Number.isFinite(declared) && declared > this.limit + 4) {
      answer(413, "http-too-large");
      return void req.destroy();
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > this.limit + 4 && !aborted) {
        aborted = true;
        answer(413, "http-too-large");
        req.destroy();
      } else chunks.push(c);
    });
    req.on("end", () => {
      if (aborted) return;
      const body = new Uint8Array(Buffer.concat(chunks));
      if (body.length === 0) return answer(400, "http-empty");
      const frames = splitFrames(body, this.limit);
      if (frames === "oversize") return answer(413, "frame-too-large");
      if (frames === "invalid") return answer(400, "http-bad-body");
      const sender = parseSender(req.headers["gossip-sender"] as string | undefined);
      if (path === DATAGRAM_PATH) {
        if (!sender) return answer(400, "http-no-sender");
        answer(204);
        for (const f of frames) this.engine.handleDatagram(toWire(sender), f, this.now());
        this.pump();
        return;
      }
      if (frames.length !== 1) return answer(400, "http-bad-body");
      const from = sender ?? {
        ip: req.socket.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1",
        port: req.socket.remotePort ?? 1,
      };
      const id = this.nextInbound++;
      const timer = setTimeout(() => {
        this.inbound.delete(id);
        answer(504, "stream-timeout");
      }, this.streamTimeoutMs);
      this.inbound.set(id, {
        reply: (b) => {
          clearTimeout(timer);
          const f = encodeFrame(b);
          res.writeHead(200, {
            "content-type": "application/octet-stream",
            "content-length": String(f.length),
            connection: "close",
          });
          res.end(f);
        },
        close: () => {
          clearTimeout(timer);
          answer(503);
        },
      });
      this.engine.handleStreamRequest(id, toWire(from), frames[0] as Uint8Array, this.now());
      this.pump();
    });
    req.on("error", () => undefined);
  }

  /** Carry out everything the engine produced, then re-arm the timer. */
  pump(): void {
    if (this.closed) return;
    for (const o of this.engine.takeOutputs()) {
      if (o.kind === "datagram") this.sendDatagram(o.to, o.bytes);
      else if (o.kind === "event") this.emit(o.event);
      else if (o.kind === "stream-reply") {
        this.inbound.get(o.id)?.reply(o.bytes);
        this.inbound.delete(o.id);
      } else this.openStream(o.id, o.to, o.bytes, o.timeoutMs);
    }
    if (this.timer) clearTimeout(this.timer);
    const wake = this.engine.nextWakeup();
    if (Number.isFinite(wake))
      this.timer = setTimeout(
        () => {
          this.engine.tick(this.now());
          this.pump();
        },
        Math.max(0, wake - this.now()),
      );
  }

  private sendDatagram(to: WireAddr, bytes: Uint8Array): void {
    const t = toText(to);
    if (this.setup.kind === "http") {
      const body = encodeFrame(bytes);
      const req = httpRequest({
        host: t.ip,
        port: t.port,
        method: "POST",
        path: DATAGRAM_PATH,
        headers: {
          "content-type": "application/octet-stream",
          "content-length": String(body.length),
          "gossip-sender": hostPort(this.addr),
        },
      });
      req.on("response", (r) => {
        if (r.statusCode !== 204) this.drop("send-failed");
        r.resume();
      });
      req.on("error", () => this.drop("send-failed"));
      req.end(body);
      return;
    }
    const key = hostPort(t);
    let sock = this.dgramConns.get(key);
    if (!sock || sock.destroyed) {
      const s = connect({ host: t.ip, port: t.port });
      s.write(PREFACE);
      s.write(encodeFrame(helloBytes(this.addr)));
      s.on("error", () => undefined);
      s.on("close", () => {
        if (this.dgramConns.get(key) === s) this.dgramConns.delete(key);
      });
      this.dgramConns.set(key, s);
      sock = s;
    }
    sock.write(encodeFrame(bytes));
  }

  private openStream(id: number, to: WireAddr, bytes: Uint8Array, timeoutMs: number): void {
    const t = toText(to);
    let done = false;
    const finish = (env: Uint8Array | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (env) this.engine.handleStreamReply(id, env, this.now());
      else this.engine.handleStreamFailure(id, this.now());
      this.pump();
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    if (this.setup.kind === "http") {
      const body = encodeFrame(bytes);
      const req = httpRequest({
        host: t.ip,
        port: t.port,
        method: "POST",
        path: STREAM_PATH,
        headers: {
          "content-type": "application/octet-stream",
          "content-length": String(body.length),
          "gossip-sender": hostPort(this.addr),
        },
      });
      req.on("response", (r) => {
        const chunks: Buffer[] = [];
        r.on("data", (c: Buffer) => chunks.push(c));
        r.on("end", () => {
          const frames = splitFrames(new Uint8Array(Buffer.concat(chunks)), this.limit);
          finish(
            r.statusCode === 200 && Array.isArray(frames) && frames.length === 1 ? frames[0] : undefined,
          );
        });
      });
      req.on("error", () => finish(undefined));
      req.end(body);
      return;
    }
    const sock = connect({ host: t.ip, port: t.port });
    this.outbound.add(sock);
    const reader = new FrameReader(this.limit);
    sock.on("connect", () => sock.write(encodeFrame(bytes)));
    sock.on("data", (chunk: Buffer) => {
      const r = reader.push(new Uint8Array(chunk));
      if (!r.ok) finish(undefined);
      else if (r.value.length > 0) finish(r.value[0]);
      if (done) sock.destroy();
    });
    sock.on("error", () => finish(undefined));
    sock.on("close", () => {
      this.outbound.delete(sock);
      finish(undefined);
    });
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.inbound.values()) s.close();
    for (const s of [...this.outbound, ...this.dgramConns.values()]) s.destroy();
    this.tcp?.close();
    this.http?.closeAllConnections?.();
    this.http?.close();
  }
}
