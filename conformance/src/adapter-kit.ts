/**
 * IUT side of the harness for TypeScript adapters: connect to the runner,
 * say hello, answer each request with the handler's result. Other languages
 * implement the same few lines themselves (see HARNESS.md).
 */
import { connect } from "node:net";
import type { Hello } from "./session.js";
import { HARNESS_ENV } from "./session.js";
import { type JsonObject, LineChannel } from "./wire.js";

/** Thrown by a handler to answer with an `error` message. */
export class AdapterError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "AdapterError";
    this.code = code;
  }
}

export interface Adapter {
  readonly hello: Hello;
  /**
   * Answer one request (anything but shutdown); returns the result's fields.
   * `send` writes an unsolicited message (a live-mode `event`, a `log`).
   */
  handle(request: JsonObject, send: (msg: JsonObject) => void): JsonObject | Promise<JsonObject>;
}

/**
 * Run an adapter until the runner says shutdown or closes the socket.
 * `harnessAddr` defaults to the GOSSIP_HARNESS environment variable.
 */
export function runAdapter(
  adapter: Adapter,
  harnessAddr: string | undefined = process.env[HARNESS_ENV],
): Promise<void> {
  if (!harnessAddr) throw new AdapterError("NO_HARNESS", `${HARNESS_ENV} is not set`);
  const i = harnessAddr.lastIndexOf(":");
  const host = harnessAddr.slice(0, i);
  const port = Number(harnessAddr.slice(i + 1));
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port }, () => {
      const ch = new LineChannel(socket, "iut");
      let queue = Promise.resolve();
      ch.onClose((err) => (err ? reject(err) : resolve()));
      ch.onMessage((req) => {
        // Answer strictly in order, even if a handler is asynchronous.
        queue = queue.then(async () => {
          const id = req.id as number;
          if (req.type === "shutdown") {
            ch.send({ type: "result", id });
            ch.close();
            return;
          }
          try {
            const body = await adapter.handle(req, (msg) => {
              if (!ch.isClosed) ch.send(msg);
            });
            ch.send({ ...body, type: "result", id });
          } catch (err) {
            const e = err as { code?: unknown; message?: unknown };
            ch.send({
              type: "error",
              id,
              code: err instanceof AdapterError ? err.code : String(e.code ?? "internal"),
              message: String(e.message ?? err),
            });
          }
        });
      });
      ch.send({ type: "hello", harness: 1, ...adapter.hello });
    });
    socket.once("error", reject);
  });
}
