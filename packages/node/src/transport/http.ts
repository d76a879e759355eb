/**
 * The HTTP transport (TRN-40..TRN-47): the same envelopes, framed as on TCP
 * (WIRE-70), in HTTP/1.1 bodies. `POST /gossip/v1/datagram` carries datagrams
 * (answered 204 at once); `POST /gossip/v1/stream` carries one stream request
 * and the response body is the reply frame.
 */
import http from "node:http";
import type net from "node:net";
import type { Address } from "@gossip/codec";
import { addressToString, bytesToIp, parseHostPort, toAddress, unmapIp } from "../address.js";
import { BindError } from "../errors.js";
import { encodeFrame, FrameError, FrameReader } from "../framing.js";
import { type Responder, StreamFailure, type Transport, type TransportOptions } from "./types.js";

export const DATAGRAM_PATH = "/gossip/v1/datagram";
export const STREAM_PATH = "/gossip/v1/stream";
export const SENDER_HEADER = "gossip-sender";
export const CONTENT_TYPE = "application/octet-stream";
const MAX_INFLIGHT_DATAGRAMS = 512;

function hostHeader(to: Address): string {
  return addressToString(to);
}

export async function openHttpTransport(opts: TransportOptions): Promise<Transport> {
  const t = new HttpTransport(opts);
  await t.listen();
  return t;
}

class HttpTransport implements Transport {
  readonly kind = "http" as const;
  readonly boundAddress: string;
  boundPort = 0;
  private closed = false;
  private inflight = 0;
  private readonly server: http.Server;
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 8, keepAliveMsecs: 10_000 });
  private readonly pending = new Set<http.ClientRequest>();

  constructor(private readonly opts: TransportOptions) {
    this.boundAddress = opts.bindAddress;
    this.server = http.createServer((req, res) => this.onRequest(req, res));
    this.server.maxConnections = opts.maxConnections;
    this.server.requestTimeout = opts.streamTimeoutMs;
    this.server.keepAliveTimeout = 15_000;
    this.server.on("error", (err) => opts.handlers.error(err));
    this.server.on("clientError", (_err, socket) => {
      opts.handlers.drop("bad-http", undefined);
      socket.destroy();
    });
  }

  listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (err: Error) => reject(new BindError(this.opts.bindAddress, this.opts.bindPort, err));
      this.server.once("error", onError);
      this.server.listen({ host: this.opts.bindAddress, port: this.opts.bindPort, exclusive: true }, () => {
        this.server.off("error", onError);
        this.boundPort = (this.server.address() as net.AddressInfo).port;
        resolve();
      });
    });
  }

  private onRequest(req: http.IncomingMessage, res: http.ServerResponse): void {
    const h = this.opts.handlers;
    let peer: Address | undefined;
    try {
      peer = toAddress(unmapIp(req.socket.remoteAddress ?? ""), req.socket.remotePort ?? 0);
    } catch {
      peer = undefined;
    }
    const fail = (status: number, reason: string, extra?: Record<string, string>) => {
      h.drop(reason, peer);
      res.writeHead(status, { "content-type": "text/plain", ...extra });
      res.end(`${reason}\n`);
      req.resume();
    };
    if (this.closed) {
      fail(503, "closing");
      return;
    }
    const path = (req.url ?? "").split("?")[0];
    if (path !== DATAGRAM_PATH && path !== STREAM_PATH) {
      fail(404, "unknown-path");
      return;
    }
    if (req.method !== "POST") {
      fail(405, "bad-method", { allow: "POST" });
      return;
    }
    let sender: Address | undefined = peer;
    const senderText = req.headers[SENDER_HEADER];
    if (typeof senderText === "string") {
      try {
        const hp = parseHostPort(senderText, 0);
        sender = toAddress(hp.host, hp.port);
      } catch {
        fail(400, "bad-sender");
        return;
      }
    } else if (path === DATAGRAM_PATH) {
      fail(400, "missing-sender");
      return;
    }
    const limit = this.opts.maxFrameBytes + 4;
    const declared = Number(req.headers["content-length"] ?? "0");
    if (declared > limit) {
      fail(413, "frame-too-large");
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let aborted = false;
    req.on("data", (c: Buffer) => {
      if (aborted) return;
      size += c.length;
      if (size > limit) {
        aborted = true;
        fail(413, "frame-too-large");
        return;
      }
      chunks.push(c);
    });
    req.on("error", () => {
      aborted = true;
    });
    req.on("end", () => {
      if (aborted || this.closed) return;
      const body = Buffer.concat(chunks);
      if (body.length === 0) {
        fail(400, "empty-body");
        return;
      }
      let frames: Uint8Array[];
      try {
        const reader = new FrameReader(this.opts.maxFrameBytes);
        frames = reader.push(body);
        reader.end();
      } catch (err) {
        const oversize = err instanceof FrameError && err.code === "OVERSIZE";
        fail(oversize ? 413 : 400, oversize ? "frame-too-large" : "bad-frame");
        return;
      }
      if (path === DATAGRAM_PATH) {
        res.writeHead(204);
        res.end();
        for (const f of frames) h.datagram(sender!, new Uint8Array(f));
        return;
      }
      if (frames.length !== 1) {
        fail(400, "bad-frame");
        return;
      }
      this.serveStream(sender!, new Uint8Array(frames[0]!), res);
    });
  }

  private serveStream(from: Address, body: Uint8Array, res: http.ServerResponse): void {
    let finished = false;
    const listeners: (() => void)[] = [];
    const done = () => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      for (const l of listeners) l();
    };
    const timer = setTimeout(() => {
      if (finished) return;
      this.opts.handlers.drop("stream-timeout", from);
      res.writeHead(504, { "content-type": "text/plain" });
      res.end("no-reply\n");
      done();
    }, this.opts.streamTimeoutMs);
    res.on("close", done);
    const responder: Responder = {
      reply: (bytes) => {
        if (finished) return;
        let frame: Uint8Array;
        try {
          frame = encodeFrame(bytes, this.opts.maxFrameBytes);
        } catch {
          this.opts.handlers.drop("frame-too-large", from);
          res.writeHead(500, { "content-type": "text/plain" });
          res.end("reply-too-large\n");
          done();
          return;
        }
        res.writeHead(200, { "content-type": CONTENT_TYPE, "content-length": String(frame.length) });
        res.end(frame);
        done();
      },
      abort: () => {
        if (finished) return;
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("aborted\n");
        done();
      },
      onDone: (fn) => {
        if (finished) fn();
        else listeners.push(fn);
      },
    };
    this.opts.handlers.streamRequest(from, body, responder);
  }

  private post(
    to: Address,
    path: string,
    envelope: Uint8Array,
    timeoutMs: number,
  ): Promise<{ status: number; body: Buffer }> {
    return new Promise((resolve, reject) => {
      let bytes: Uint8Array;
      try {
        bytes = encodeFrame(envelope, this.opts.maxFrameBytes);
      } catch (err) {
        reject(new StreamFailure("FRAME_TOO_LARGE", (err as Error).message));
        return;
      }
      const req = http.request(
        {
          host: bytesToIp(to.ip),
          port: to.port,
          family: to.ip.length === 16 ? 6 : 4,
          method: "POST",
          path,
          agent: this.agent,
          headers: {
            host: hostHeader(to),
            "content-type": CONTENT_TYPE,
            "content-length": String(bytes.length),
            [SENDER_HEADER]: addressToString(this.opts.advertised()),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on("data", (c: Buffer) => {
            size += c.length;
            if (size > this.opts.maxFrameBytes + 4) {
              req.destroy(new StreamFailure("BAD_REPLY", "reply too large"));
              return;
            }
            chunks.push(c);
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
          res.on("error", reject);
        },
      );
      this.pending.add(req);
      req.on("close", () => this.pending.delete(req));
      req.setTimeout(timeoutMs, () =>
        req.destroy(new StreamFailure("TIMEOUT", `no reply in ${timeoutMs} ms`)),
      );
      req.on("error", reject);
      req.end(bytes);
    });
  }

  sendDatagram(to: Address, bytes: Uint8Array): void {
    if (this.closed) return;
    if (this.inflight >= MAX_INFLIGHT_DATAGRAMS) {
      this.opts.handlers.drop("send-backlog", to);
      return;
    }
    this.inflight++;
    this.post(to, DATAGRAM_PATH, bytes, this.opts.streamTimeoutMs)
      .then((r) => {
        if (r.status !== 204 && !this.closed) this.opts.handlers.drop(`http-${r.status}`, to);
      })
      .catch(() => {
        if (!this.closed) this.opts.handlers.drop("send-failed", to);
      })
      .finally(() => {
        this.inflight--;
      });
  }

  async request(to: Address, bytes: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.closed) throw new StreamFailure("CLOSED", "transport closed");
    let r: { status: number; body: Buffer };
    try {
      r = await this.post(to, STREAM_PATH, bytes, timeoutMs);
    } catch (err) {
      if (err instanceof StreamFailure) throw err;
      throw new StreamFailure("CONNECT_FAILED", (err as Error).message);
    }
    if (r.status !== 200)
      throw new StreamFailure("BAD_STATUS", `HTTP ${r.status} from ${addressToString(to)}`);
    if (r.body.length === 0) throw new StreamFailure("NO_REPLY", "empty reply body");
    try {
      const reader = new FrameReader(this.opts.maxFrameBytes);
      const frames = reader.push(r.body);
      reader.end();
      if (frames.length !== 1) throw new FrameError("MALFORMED", `${frames.length} frames in the reply`);
      return new Uint8Array(frames[0]!);
    } catch (err) {
      throw new StreamFailure("BAD_REPLY", (err as Error).message);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const r of this.pending) r.destroy();
    this.agent.destroy();
    await new Promise<void>((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }
}
