/**
 * Runner side of the harness: start the implementation under test, accept its
 * harness connection, and exchange request/answer pairs with it.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { HarnessProtocolError, type JsonObject, LineChannel } from "./wire.js";

/** Environment variable carrying the runner's `host:port` to the IUT. */
export const HARNESS_ENV = "GOSSIP_HARNESS";

export interface Hello {
  readonly implementation: string;
  readonly version?: string;
  readonly protocolVersions: readonly number[];
  readonly features: readonly string[];
}

/** How to start the IUT: a shell command line, or (for tests) a function that connects in-process. */
export type ImplSpec =
  | { readonly kind: "command"; readonly command: string; readonly cwd?: string }
  | { readonly kind: "in-process"; readonly start: (harnessAddr: string) => void | Promise<void> };

export class IutError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "IutError";
    this.code = code;
  }
}

export interface SessionOptions {
  /** How long to wait for the IUT to connect and say hello (ms, real time). */
  readonly connectTimeoutMs?: number;
  /** How long to wait for the answer to one request (ms, real time). */
  readonly requestTimeoutMs?: number;
}

export class IutSession {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (m: JsonObject) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();
  /** Diagnostics the IUT sent (log messages and stdout/stderr lines), drained per vector. */
  readonly logs: string[];
  /** Events sent asynchronously (live mode), drained by the live driver. */
  readonly asyncEvents: { time: number | undefined; event: JsonObject }[] = [];
  private closeError: Error | undefined;

  private constructor(
    private readonly channel: LineChannel,
    readonly hello: Hello,
    private readonly server: Server,
    private readonly child: ChildProcess | undefined,
    private readonly requestTimeoutMs: number,
    logs: string[],
  ) {
    this.logs = logs;
    channel.onMessage((m) => this.onMessage(m));
    channel.onClose((err) => {
      this.closeError = err ?? new HarnessProtocolError("the IUT closed the harness socket");
      for (const [, p] of this.pending) {
        clearTimeout(p.timer);
        p.reject(this.closeError);
      }
      this.pending.clear();
    });
  }

  static async start(impl: ImplSpec, opts: SessionOptions = {}): Promise<IutSession> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, "127.0.0.1", () => resolve());
    });
    const addr = server.address();
    if (addr === null || typeof addr === "string") throw new HarnessProtocolError("could not listen");
    const harnessAddr = `127.0.0.1:${addr.port}`;
    const connected = new Promise<Socket>((resolve) => server.once("connection", resolve));
    let child: ChildProcess | undefined;
    const early: string[] = [];
    let exited: Promise<never> | undefined;
    if (impl.kind === "command") {
      child = spawn(impl.command, {
        shell: true,
        cwd: impl.cwd,
        env: { ...process.env, [HARNESS_ENV]: harnessAddr },
        stdio: ["ignore", "pipe", "pipe"],
      });
      const c = child;
      const keep = (d: Buffer) => {
        for (const line of d.toString("utf8").split("\n")) if (line.trim()) early.push(line);
        if (early.length > 200) early.splice(0, early.length - 200);
      };
      c.stdout?.on("data", keep);
      c.stderr?.on("data", keep);
      exited = new Promise<never>((_, reject) =>
        c.once("exit", (code, signal) =>
          reject(
            new IutError(
              "IUT_EXITED",
              `the IUT exited (${signal ?? code}) before connecting:\n${early.join("\n")}`,
            ),
          ),
        ),
      );
    } else {
      await impl.start(harnessAddr);
    }
    const timeoutMs = opts.connectTimeoutMs ?? 15_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new IutError("IUT_TIMEOUT", `the IUT did not connect to ${harnessAddr} within ${timeoutMs} ms`),
          ),
        timeoutMs,
      );
    });
    try {
      const socket = await Promise.race([connected, timeout, ...(exited ? [exited] : [])]);
      const channel = new LineChannel(socket, "runner");
      const hello = await Promise.race([
        new Promise<JsonObject>((resolve, reject) => {
          channel.onMessage((m) => {
            if (m.type === "hello") resolve(m);
          });
          channel.onClose((err) => reject(err ?? new HarnessProtocolError("closed before hello")));
        }),
        timeout,
      ]);
      return new IutSession(
        channel,
        hello as unknown as Hello,
        server,
        child,
        opts.requestTimeoutMs ?? 10_000,
        early,
      );
    } catch (err) {
      child?.kill();
      server.close();
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Whether the IUT declared the feature in its hello. */
  has(feature: string): boolean {
    return this.hello.features.includes(feature);
  }

  /** Send a request and wait for its `result` (an `error` answer rejects with IutError). */
  request(type: string, body: JsonObject = {}): Promise<JsonObject> {
    if (this.closeError) return Promise.reject(this.closeError);
    const id = this.nextId++;
    return new Promise<JsonObject>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new IutError("IUT_TIMEOUT", `no answer to ${type} within ${this.requestTimeoutMs} ms`));
      }, this.requestTimeoutMs);
      this.pending.set(id, { resolve, reject, timer });
      try {
        this.channel.send({ type, id, ...body });
      } catch (err) {
        clearTimeout(timer);
        this.pending.delete(id);
        reject(err as Error);
      }
    });
  }

  private onMessage(m: JsonObject): void {
    switch (m.type) {
      case "log":
        this.logs.push(`[iut ${String(m.level ?? "info")}] ${String(m.message)}`);
        return;
      case "event":
        this.asyncEvents.push({ time: m.time as number | undefined, event: m.event as JsonObject });
        return;
      case "hello":
        return;
      case "result":
      case "error": {
        const id = m.id as number | null;
        const p = id === null ? undefined : this.pending.get(id);
        if (!p) {
          this.logs.push(`[runner] unexpected ${m.type} for id ${id}: ${JSON.stringify(m).slice(0, 300)}`);
          return;
        }
        this.pending.delete(id as number);
        clearTimeout(p.timer);
        if (m.type === "result") p.resolve(m);
        else p.reject(new IutError(String(m.code), String(m.message ?? m.code)));
      }
    }
  }

  /** Ask the IUT to shut down, then make sure it is gone. */
  async close(): Promise<void> {
    if (!this.closeError) {
      try {
        await Promise.race([this.request("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      } catch {
        // already gone
      }
    }
    this.channel.close();
    this.server.close();
    if (this.child && this.child.exitCode === null) {
      const c = this.child;
      await Promise.race([new Promise((r) => c.once("exit", r)), new Promise((r) => setTimeout(r, 2000))]);
      if (c.exitCode === null) c.kill();
    }
  }
}
