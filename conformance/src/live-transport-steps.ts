/**
 * Live-only trace steps for the transports (HARNESS.md §4.1): raw HTTP
 * requests with an expected status, raw TCP bytes with an expected close,
 * raw UDP datagrams, and a check that the runner's peers saw nothing the
 * IUT's transport forbids. They run only under TransportLiveDriver.
 */
import { encodeFrame } from "@gossip/codec";
import type { JsonObject } from "./codec.js";
import type { Driver } from "./driver.js";
import { DriverError } from "./driver.js";
import { TransportLiveDriver } from "./live-transport-driver.js";
import { PREFACE } from "./live-transport-host.js";
import { match, resolve, type Vars } from "./match.js";

type Part =
  | { readonly preface: true }
  | { readonly hello: string }
  | { readonly frame: unknown }
  | { readonly bytes: string };

export type TransportStep =
  | {
      readonly op: "http";
      readonly method?: string;
      readonly path: string;
      /** Peer whose live address goes in `Gossip-Sender`; omitted: no header. */
      readonly sender?: string;
      readonly headers?: Readonly<Record<string, string>>;
      /** Body: frames (packets or hex envelopes), or raw hex. */
      readonly frames?: readonly ({ readonly packet: unknown } | { readonly bytes: string })[];
      readonly body?: string;
      /** Declared Content-Length when it differs from the body sent. */
      readonly contentLength?: number;
      readonly within: number;
      readonly expectStatus: number;
      readonly expectHeaders?: Readonly<Record<string, string>>;
      /** The answer body must be exactly one frame holding a message matching this. */
      readonly expectReply?: unknown;
      readonly note?: string;
    }
  | {
      readonly op: "tcp-raw";
      readonly parts: readonly Part[];
      /** `close`: the IUT must close the connection within; `open`: it must not. */
      readonly expect: "close" | "open";
      readonly within: number;
      readonly note?: string;
    }
  | { readonly op: "udp-raw"; readonly from: string; readonly packet: unknown; readonly note?: string }
  | { readonly op: "expect-clean-peers"; readonly during: number; readonly note?: string };

export const TRANSPORT_OPS = new Set(["http", "tcp-raw", "udp-raw", "expect-clean-peers"]);

const hex = (s: string) => new Uint8Array(Buffer.from(s.replace(/\s+/g, ""), "hex"));

export class TransportStepFailed extends Error {
  constructor(
    message: string,
    readonly expected?: unknown,
    readonly actual?: unknown,
  ) {
    super(message);
  }
}

export async function runTransportStep(d: Driver, step: TransportStep, vars: Vars): Promise<void> {
  if (!(d instanceof TransportLiveDriver))
    throw new DriverError("LIVE_ONLY", `step ${step.op} runs only in live mode with setup.transport`);
  switch (step.op) {
    case "http": {
      const body =
        step.body !== undefined
          ? hex(step.body)
          : new Uint8Array(
              Buffer.concat(
                (step.frames ?? []).map((f) =>
                  encodeFrame("packet" in f ? d.encode(resolve(f.packet, vars)) : hex(f.bytes)),
                ),
              ),
            );
      const headers: Record<string, string> = {
        "Content-Type": "application/octet-stream",
        "Content-Length": String(step.contentLength ?? body.length),
        ...(step.sender
          ? { "Gossip-Sender": `${d.livePeer(step.sender).live.ip}:${d.livePeer(step.sender).live.port}` }
          : {}),
        ...step.headers,
      };
      const a = await d.rawHttp(step.method ?? "POST", step.path, headers, body, step.within + d.slackMs);
      const want = {
        status: step.expectStatus,
        ...(step.expectHeaders ? { headers: step.expectHeaders } : {}),
      };
      if (!a)
        throw new TransportStepFailed(
          `${step.method ?? "POST"} ${step.path}: no answer within ${step.within} ms`,
          want,
          undefined,
        );
      if (a.status !== step.expectStatus)
        throw new TransportStepFailed(
          `${step.method ?? "POST"} ${step.path}: expected status ${step.expectStatus}, got ${a.status}`,
          want,
          { status: a.status, headers: a.headers },
        );
      for (const [k, v] of Object.entries(step.expectHeaders ?? {}))
        if (a.headers[k.toLowerCase()] !== v)
          throw new TransportStepFailed(
            `${step.method ?? "POST"} ${step.path}: expected header ${k}: ${v}, got ${a.headers[k.toLowerCase()] ?? "none"}`,
            want,
            { status: a.status, headers: a.headers },
          );
      if (step.expectReply !== undefined) {
        const len = a.body.length >= 4 ? Buffer.from(a.body).readUInt32BE(0) : -1;
        if (len + 4 !== a.body.length)
          throw new TransportStepFailed(`answer body of ${a.body.length} bytes is not exactly one frame`);
        const dec = d.codec.decode(a.body.subarray(4), d.ctx);
        const msgs = dec.ok ? ((dec.packet.messages as JsonObject[]) ?? []) : [];
        const scratch = new Map(vars);
        if (!msgs.some((m) => !match(step.expectReply, m, scratch)))
          throw new TransportStepFailed("the reply frame holds no matching message", step.expectReply, msgs);
        for (const [k, v] of scratch) vars.set(k, v);
      }
      return;
    }
    case "tcp-raw": {
      const bytes = Buffer.concat(
        step.parts.map((p) =>
          "preface" in p
            ? PREFACE
            : "hello" in p
              ? encodeFrame(d.helloOf(p.hello))
              : "frame" in p
                ? encodeFrame(d.encode(resolve(p.frame, vars)))
                : hex(p.bytes),
        ),
      );
      const closedAfter = await d.rawTcp(
        new Uint8Array(bytes),
        step.within + (step.expect === "close" ? d.slackMs : 0),
      );
      if (step.expect === "close" && closedAfter === undefined)
        throw new TransportStepFailed(
          `expected the IUT to close the connection within ${step.within} ms; it stayed open`,
        );
      if (step.expect === "open" && closedAfter !== undefined)
        throw new TransportStepFailed(
          `expected the connection to stay open for ${step.within} ms; the IUT closed it after ${Math.round(closedAfter)} ms`,
        );
      return;
    }
    case "udp-raw":
      await d.sendUdp(step.from, d.encode(resolve(step.packet, vars)));
      return;
    case "expect-clean-peers": {
      await d.advanceTo(d.now + step.during);
      if (d.violations.length > 0)
        throw new TransportStepFailed(`the runner's peers saw: ${d.violations.join("; ")}`, [], d.violations);
      return;
    }
  }
}
