/**
 * Live mode of the reference adapter: carries the engine's outputs out over
 * real loopback sockets (UDP datagrams, TCP streams with 4-byte length
 * frames) and runs its timers on the real clock. A port's own runtime plays
 * this part; it is kept out of reference.ts so the adapter proper stays small.
 */
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { connect, createServer, type Server, type Socket } from "node:net";
import { encodeFrame, FrameReader } from "@gossip/codec";
import type { Engine, EngineEvent } from "@gossip/core";
import { type TextAddress, toText, toWire } from "./addr.js";

export class LiveHost {
  private udp: UdpSocket | undefined;
  private tcp: Server | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly t0 = performance.now();
  private nextInbound = 1;
  private readonly inbound = new Map<number, Socket>();
  private readonly outbound = new Map<number, Socket>();
  private closed = false;

  constructor(
    private readonly engine: Engine,
    private readonly addr: TextAddress,
    private readonly emit: (event: EngineEvent) => void,
    private readonly start: number,
  ) {}

  now(): number {
    return this.start + (performance.now() - this.t0);
  }

  async listen(): Promise<void> {
    const tcp = createServer((sock) => this.onConnection(sock));
    await new Promise<void>((res, rej) => {
      tcp.once("error", rej);
      tcp.listen(this.addr.port, this.addr.ip, () => res());
    });
    const udp = createSocket(this.addr.ip.includes(":") ? "udp6" : "udp4");
    await new Promise<void>((res, rej) => {
      udp.once("error", rej);
      udp.bind(this.addr.port, this.addr.ip, () => res());
    });
    udp.on("message", (msg, rinfo) => {
      this.engine.handleDatagram(
        toWire({ ip: rinfo.address, port: rinfo.port }),
        new Uint8Array(msg),
        this.now(),
      );
      this.pump();
    });
    this.udp = udp;
    this.tcp = tcp;
    this.pump();
  }

  private onConnection(sock: Socket): void {
    const reader = new FrameReader();
    const id = this.nextInbound++;
    const from = toWire({
      ip: sock.remoteAddress?.replace(/^::ffff:/, "") ?? "127.0.0.1",
      port: sock.remotePort ?? 1,
    });
    let started = false;
    sock.on("data", (chunk: Buffer) => {
      const r = reader.push(new Uint8Array(chunk));
      if (!r.ok) return void sock.destroy();
      for (const env of r.value) {
        if (started) continue;
        started = true;
        this.inbound.set(id, sock);
        this.engine.handleStreamRequest(id, from, env, this.now());
        this.pump();
      }
    });
    sock.on("error", () => undefined);
  }

  /** Carry out everything the engine produced, then re-arm the timer. */
  pump(): void {
    if (this.closed) return;
    for (const o of this.engine.takeOutputs()) {
      if (o.kind === "datagram") this.udp?.send(o.bytes, o.to.port, toText(o.to).ip);
      else if (o.kind === "event") this.emit(o.event);
      else if (o.kind === "stream-reply") {
        this.inbound.get(o.id)?.end(encodeFrame(o.bytes));
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

  private openStream(
    id: number,
    to: { ip: Uint8Array; port: number },
    bytes: Uint8Array,
    timeoutMs: number,
  ): void {
    const t = toText(to);
    const sock = connect({ host: t.ip, port: t.port });
    const reader = new FrameReader();
    let done = false;
    const finish = (env: Uint8Array | undefined) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      this.outbound.delete(id);
      if (env) this.engine.handleStreamReply(id, env, this.now());
      else this.engine.handleStreamFailure(id, this.now());
      sock.destroy();
      this.pump();
    };
    const timer = setTimeout(() => finish(undefined), timeoutMs);
    this.outbound.set(id, sock);
    sock.on("connect", () => sock.write(encodeFrame(bytes)));
    sock.on("data", (chunk: Buffer) => {
      const r = reader.push(new Uint8Array(chunk));
      if (!r.ok) finish(undefined);
      else if (r.value.length > 0) finish(r.value[0]);
    });
    sock.on("error", () => finish(undefined));
    sock.on("close", () => finish(undefined));
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const s of [...this.inbound.values(), ...this.outbound.values()]) s.destroy();
    this.udp?.close();
    this.tcp?.close();
  }
}
