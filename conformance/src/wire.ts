/**
 * The harness socket: newline-delimited JSON over one loopback TCP connection,
 * every message validated against its schema on the way out and on the way in.
 */
import type { Socket } from "node:net";
import { checkHarnessMessage } from "./schemas.js";

export class HarnessProtocolError extends Error {
  readonly code = "HARNESS_PROTOCOL";
  constructor(message: string) {
    super(message);
    this.name = "HarnessProtocolError";
  }
}

export type JsonObject = { [key: string]: unknown };

/**
 * One end of the harness socket. `side` is who we are: the runner validates
 * what it sends against the runner-to-IUT schemas and what it receives
 * against the IUT-to-runner ones; an adapter the other way round.
 */
export class LineChannel {
  private buf = "";
  private closed = false;
  private readonly listeners: ((msg: JsonObject) => void)[] = [];
  private readonly closeListeners: ((err?: Error) => void)[] = [];

  constructor(
    private readonly socket: Socket,
    private readonly side: "runner" | "iut",
  ) {
    socket.setEncoding("utf8");
    socket.setNoDelay(true);
    socket.on("data", (chunk: string) => this.onData(chunk));
    socket.on("close", () => this.finish());
    socket.on("error", (err) => this.finish(err));
  }

  onMessage(fn: (msg: JsonObject) => void): void {
    this.listeners.push(fn);
  }

  onClose(fn: (err?: Error) => void): void {
    if (this.closed) fn();
    else this.closeListeners.push(fn);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(msg: JsonObject): void {
    const problem = checkHarnessMessage(msg, this.side === "runner" ? "to-iut" : "to-runner");
    if (problem) throw new HarnessProtocolError(`refusing to send an invalid message: ${problem}`);
    if (this.closed) throw new HarnessProtocolError("harness socket is closed");
    this.socket.write(`${JSON.stringify(msg)}\n`);
  }

  close(): void {
    this.socket.end();
  }

  destroy(): void {
    this.socket.destroy();
  }

  private onData(chunk: string): void {
    this.buf += chunk;
    for (;;) {
      const nl = this.buf.indexOf("\n");
      if (nl < 0) break;
      const line = this.buf.slice(0, nl).trim();
      this.buf = this.buf.slice(nl + 1);
      if (line === "") continue;
      let msg: unknown;
      try {
        msg = JSON.parse(line);
      } catch {
        this.fail(new HarnessProtocolError(`not JSON: ${line.slice(0, 200)}`));
        return;
      }
      const problem = checkHarnessMessage(msg, this.side === "runner" ? "to-runner" : "to-iut");
      if (problem) {
        this.fail(
          new HarnessProtocolError(
            `invalid message from ${this.side === "runner" ? "IUT" : "runner"}: ${problem}`,
          ),
        );
        return;
      }
      for (const l of this.listeners) l(msg as JsonObject);
    }
  }

  private fail(err: Error): void {
    this.finish(err);
    this.socket.destroy();
  }

  private finish(err?: Error): void {
    if (this.closed) return;
    this.closed = true;
    for (const l of this.closeListeners) l(err);
  }
}
