/**
 * The default transport (TRN-1..TRN-31): UDP datagrams and TCP request/reply
 * streams on the same port; in TCP-only mode datagrams travel on long-lived
 * TCP "datagram connections" instead (TRN-30).
 */
import dgram from "node:dgram";
import net from "node:net";
import type { Address } from "@gossip/codec";
import { addressToString, bytesToIp, ipToBytes, toAddress, unmapIp } from "../address.js";
import { BindError } from "../errors.js";
import { DATAGRAM_PREFACE, encodeFrame, FrameError, FrameReader, isDatagramPreface } from "../framing.js";
import { type Responder, StreamFailure, type Transport, type TransportOptions } from "./types.js";

const DATAGRAM_IDLE_MS = 60_000;
const MAX_SEND_BACKLOG = 1 << 20;

function family(ip: string): 4 | 6 {
  return net.isIP(ip) === 6 ? 6 : 4;
}

function encodeHello(a: Address): Buffer {
  const b = Buffer.alloc(a.ip.length + 2);
  b.set(a.ip, 0);
  b.writeUInt16BE(a.port, a.ip.length);
  return b;
}

function decodeHello(b: Uint8Array): Address | undefined {
  if (b.length !== 6 && b.length !== 18) return undefined;
  const port = (b[b.length - 2]! << 8) | b[b.length - 1]!;
  if (port === 0) return undefined;
  return { ip: Uint8Array.from(b.subarray(0, b.length - 2)), port };
}

function listenTcp(server: net.Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    server.once("error", onError);
    server.listen({ host, port, exclusive: true, ipv6Only: false }, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function bindUdp(sock: dgram.Socket, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    sock.once("error", onError);
    sock.bind({ address: host, port, exclusive: true }, () => {
      sock.off("error", onError);
      resolve();
    });
  });
}

export async function openUdpTcpTransport(opts: TransportOptions & { tcpOnly: boolean }): Promise<Transport> {
  const fam = family(opts.bindAddress);
  let server: net.Server | undefined;
  let udp: dgram.Socket | undefined;
  let port = opts.bindPort;
  // With port 0 the TCP port is picked first and UDP must get the same number; retry on a clash.
  for (let attempt = 0; ; attempt++) {
    server = net.createServer({ pauseOnConnect: false });
    try {
      await listenTcp(server, opts.bindAddress, port);
    } catch (err) {
      throw new BindError(opts.bindAddress, port, err);
    }
    port = (server.address() as net.AddressInfo).port;
    if (opts.tcpOnly) break;
    udp = dgram.createSocket({ type: fam === 6 ? "udp6" : "udp4", ipv6Only: false });
    try {
      await bindUdp(udp, opts.bindAddress, port);
      break;
    } catch (err) {
      udp.close();
      udp = undefined;
      await new Promise<void>((r) => server!.close(() => r()));
      if (opts.bindPort === 0 && attempt < 10 && (err as NodeJS.ErrnoException).code === "EADDRINUSE") {
        port = 0;
        continue;
      }
      throw new BindError(opts.bindAddress, port, err);
    }
  }
  return new UdpTcpTransport(opts, server, udp, port, fam);
}

class UdpTcpTransport implements Transport {
  readonly kind: "udp" | "tcp";
  readonly boundAddress: string;
  private closed = false;
  private readonly inbound = new Set<net.Socket>();
  private readonly outbound = new Set<net.Socket>();
  private readonly datagramConns = new Map<string, net.Socket>();

  constructor(
    private readonly opts: TransportOptions & { tcpOnly: boolean },
    private readonly server: net.Server,
    private readonly udp: dgram.Socket | undefined,
    readonly boundPort: number,
    private readonly fam: 4 | 6,
  ) {
    this.kind = opts.tcpOnly ? "tcp" : "udp";
    this.boundAddress = opts.bindAddress;
    server.on("connection", (s) => this.onConnection(s));
    server.on("error", (err) => opts.handlers.error(err));
    if (udp) {
      try {
        udp.setRecvBufferSize(2 * 1024 * 1024);
      } catch {
        // best effort
      }
      udp.on("message", (msg, rinfo) => {
        if (this.closed) return;
        let from: Address;
        try {
          from = toAddress(unmapIp(rinfo.address), rinfo.port);
        } catch {
          opts.handlers.drop("bad-source", undefined);
          return;
        }
        opts.handlers.datagram(from, new Uint8Array(msg.buffer, msg.byteOffset, msg.byteLength));
      });
      udp.on("error", (err) => opts.handlers.error(err));
    }
  }

  /** Where to send: an IPv4 target from an IPv6 socket becomes IPv4-mapped. */
  private target(to: Address): { host: string; ok: boolean } {
    const ip = bytesToIp(to.ip);
    if (to.ip.length === 4 && this.fam === 6) return { host: `::ffff:${ip}`, ok: true };
    if (to.ip.length === 16 && this.fam === 4) return { host: ip, ok: false };
    return { host: ip, ok: true };
  }

  sendDatagram(to: Address, bytes: Uint8Array): void {
    if (this.closed) return;
    if (this.opts.tcpOnly) {
      this.sendOverTcp(to, bytes);
      return;
    }
    const t = this.target(to);
    if (!t.ok || to.port === 0) {
      this.opts.handlers.drop("unroutable", to);
      return;
    }
    this.udp!.send(bytes, to.port, t.host, (err) => {
      if (err && !this.closed) this.opts.handlers.drop("send-failed", to);
    });
  }

  private sendOverTcp(to: Address, bytes: Uint8Array): void {
    const key = addressToString(to);
    let sock = this.datagramConns.get(key);
    if (!sock) {
      sock = net.connect({ host: bytesToIp(to.ip), port: to.port });
      this.datagramConns.set(key, sock);
      this.outbound.add(sock);
      const s = sock;
      s.setNoDelay(true);
      s.setTimeout(DATAGRAM_IDLE_MS, () => s.end());
      s.on("error", () => {
        if (!this.closed) this.opts.handlers.drop("send-failed", to);
      });
      s.on("close", () => {
        this.outbound.delete(s);
        if (this.datagramConns.get(key) === s) this.datagramConns.delete(key);
      });
      // Datagram connection: the preface, then the sender's advertised address (TRN-31).
      s.write(DATAGRAM_PREFACE);
      s.write(encodeFrame(encodeHello(this.opts.advertised())));
      s.on("data", () => {}); // nothing is expected back
    }
    if (sock.writableLength > MAX_SEND_BACKLOG) {
      this.opts.handlers.drop("send-backlog", to);
      return;
    }
    try {
      sock.write(encodeFrame(bytes, this.opts.maxFrameBytes));
    } catch {
      this.opts.handlers.drop("frame-too-large", to);
    }
  }

  request(to: Address, bytes: Uint8Array, timeoutMs: number): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(new StreamFailure("CLOSED", "transport closed"));
    let frame: Uint8Array;
    try {
      frame = encodeFrame(bytes, this.opts.maxFrameBytes);
    } catch (err) {
      return Promise.reject(new StreamFailure("FRAME_TOO_LARGE", (err as Error).message));
    }
    return new Promise((resolve, reject) => {
      const sock = net.connect({ host: bytesToIp(to.ip), port: to.port });
      this.outbound.add(sock);
      const reader = new FrameReader(this.opts.maxFrameBytes);
      let done = false;
      const finish = (err: Error | undefined, reply?: Uint8Array) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        sock.destroy();
        if (err) reject(err);
        else resolve(reply!);
      };
      const timer = setTimeout(
        () => finish(new StreamFailure("TIMEOUT", `no reply from ${addressToString(to)} in ${timeoutMs} ms`)),
        timeoutMs,
      );
      sock.setNoDelay(true);
      sock.on("connect", () => sock.write(frame));
      sock.on("data", (chunk) => {
        try {
          const frames = reader.push(chunk);
          if (frames.length > 0) finish(undefined, new Uint8Array(frames[0]!));
        } catch (err) {
          finish(new StreamFailure("BAD_REPLY", (err as Error).message));
        }
      });
      sock.on("error", (err) => finish(new StreamFailure("CONNECT_FAILED", err.message)));
      sock.on("close", () => {
        this.outbound.delete(sock);
        finish(new StreamFailure("NO_REPLY", `${addressToString(to)} closed the stream without a reply`));
      });
    });
  }

  private onConnection(sock: net.Socket): void {
    const h = this.opts.handlers;
    let from: Address | undefined;
    try {
      from = toAddress(unmapIp(sock.remoteAddress ?? ""), sock.remotePort ?? 0);
    } catch {
      from = undefined;
    }
    if (this.closed || this.inbound.size >= this.opts.maxConnections) {
      h.drop("too-many-connections", from);
      sock.destroy();
      return;
    }
    this.inbound.add(sock);
    sock.on("close", () => this.inbound.delete(sock));
    sock.on("error", () => {});
    sock.setNoDelay(true);
    sock.setTimeout(this.opts.streamTimeoutMs, () => {
      if (mode !== "datagram") h.drop("stream-timeout", from);
      sock.destroy();
    });
    const reader = new FrameReader(this.opts.maxFrameBytes);
    // "first": until 4 bytes tell a stream exchange from a datagram connection (TRN-31, TRN-32).
    let mode: "first" | "request-frame" | "hello" | "datagram" | "served" = "first";
    let head: Buffer = Buffer.alloc(0);
    let sender: Address | undefined;
    sock.on("data", (data: Buffer) => {
      if (mode === "served") return; // bytes after the request frame are ignored (TRN-16)
      let chunk: Buffer = data;
      if (mode === "first") {
        head = Buffer.concat([head, chunk]);
        if (head.length < 4) return;
        if (isDatagramPreface(head)) {
          mode = "hello";
          chunk = head.subarray(4);
        } else {
          mode = "request-frame";
          chunk = head;
        }
      }
      let frames: Uint8Array[];
      try {
        frames = reader.push(chunk);
      } catch (err) {
        h.drop(err instanceof FrameError && err.code === "OVERSIZE" ? "frame-too-large" : "bad-frame", from);
        sock.destroy();
        return;
      }
      for (const f of frames) {
        if (mode === "request-frame") {
          mode = "served";
          this.serveRequest(sock, from, f);
          return;
        }
        if (mode === "hello") {
          sender = decodeHello(f);
          if (!sender) {
            h.drop("bad-hello", from);
            sock.destroy();
            return;
          }
          mode = "datagram";
          sock.setTimeout(DATAGRAM_IDLE_MS);
          continue;
        }
        h.datagram(sender!, new Uint8Array(f));
      }
    });
  }

  private serveRequest(sock: net.Socket, from: Address | undefined, frame: Uint8Array): void {
    let finished = false;
    const listeners: (() => void)[] = [];
    const done = () => {
      if (finished) return;
      finished = true;
      for (const l of listeners) l();
    };
    sock.on("close", done);
    const responder: Responder = {
      reply: (bytes) => {
        if (finished) return;
        try {
          sock.end(encodeFrame(bytes, this.opts.maxFrameBytes));
        } catch {
          this.opts.handlers.drop("frame-too-large", undefined);
          sock.destroy();
        }
        done();
      },
      abort: () => {
        if (finished) return;
        sock.destroy();
        done();
      },
      onDone: (fn) => {
        if (finished) fn();
        else listeners.push(fn);
      },
    };
    this.opts.handlers.streamRequest(
      from ?? { ip: ipToBytes("0.0.0.0"), port: 0 },
      new Uint8Array(frame),
      responder,
    );
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.inbound) s.destroy();
    for (const s of this.outbound) s.destroy();
    this.datagramConns.clear();
    await Promise.all([
      new Promise<void>((r) => this.server.close(() => r())),
      this.udp ? new Promise<void>((r) => this.udp!.close(() => r())) : Promise.resolve(),
    ]);
  }
}
