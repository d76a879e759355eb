/**
 * A single-engine test harness: feed hand-made messages to one engine and
 * read back what it sent, decoded. Used by the engine's unit tests.
 */
import { type Address, decodePacket, encodePacket, type Message } from "@gossip/codec";
import type { EngineConfig } from "../config.js";
import { createEngine, type EngineInit, type GossipEngine } from "../engine.js";
import type { EngineEvent, Millis, StreamId } from "../io.js";

export type Sent =
  | { readonly kind: "datagram"; readonly to: Address; readonly messages: Message[] }
  | {
      readonly kind: "stream-request";
      readonly id: StreamId;
      readonly to: Address;
      readonly messages: Message[];
    }
  | { readonly kind: "stream-reply"; readonly id: StreamId; readonly messages: Message[] }
  | { readonly kind: "event"; readonly event: EngineEvent };

export function ip4(a: number, b: number, c: number, d: number, port = 7946): Address {
  return { ip: new Uint8Array([a, b, c, d]), port };
}

export class Harness {
  readonly engine: GossipEngine;
  now: Millis;
  readonly cluster: string;

  constructor(config: Partial<EngineConfig> = {}, init: EngineInit = {}) {
    this.cluster = config.cluster ?? "test";
    this.now = init.now ?? 0;
    this.engine = createEngine(
      { name: "self", addr: ip4(10, 0, 0, 1), preset: "lan", seed: 42, ...config, cluster: this.cluster },
      { now: this.now, ...init },
    );
  }

  encode(messages: readonly Message[]): Uint8Array {
    return encodePacket(messages, { cluster: this.cluster });
  }

  datagram(from: Address, ...messages: Message[]): Sent[] {
    this.engine.handleDatagram(from, this.encode(messages), this.now);
    return this.take();
  }

  streamRequest(id: StreamId, from: Address, ...messages: Message[]): Sent[] {
    this.engine.handleStreamRequest(id, from, this.encode(messages), this.now);
    return this.take();
  }

  streamReply(id: StreamId, ...messages: Message[]): Sent[] {
    this.engine.handleStreamReply(id, this.encode(messages), this.now);
    return this.take();
  }

  /** Move the clock to `now + ms`, calling tick at every wake-up on the way. */
  advance(ms: number): Sent[] {
    const end = this.now + ms;
    const out: Sent[] = [];
    for (;;) {
      const w = this.engine.nextWakeup();
      if (w > end) break;
      this.now = Math.max(this.now, w);
      this.engine.tick(this.now);
      out.push(...this.take());
    }
    this.now = end;
    this.engine.tick(this.now);
    out.push(...this.take());
    return out;
  }

  take(): Sent[] {
    const out: Sent[] = [];
    for (const o of this.engine.takeOutputs()) {
      if (o.kind === "event") out.push(o);
      else {
        const r = decodePacket(o.bytes, { cluster: this.cluster });
        if (!r.ok) throw new Error(`engine emitted an undecodable envelope: ${r.error.message}`);
        if (o.kind === "datagram") out.push({ kind: "datagram", to: o.to, messages: r.value.messages });
        else if (o.kind === "stream-request")
          out.push({ kind: "stream-request", id: o.id, to: o.to, messages: r.value.messages });
        else out.push({ kind: "stream-reply", id: o.id, messages: r.value.messages });
      }
    }
    return out;
  }
}

/** All messages of a type in the datagrams of `sent`. */
export function messagesOf<T extends Message["type"]>(
  sent: readonly Sent[],
  type: T,
): Extract<Message, { type: T }>[] {
  const out: Extract<Message, { type: T }>[] = [];
  for (const s of sent) {
    if (s.kind === "event") continue;
    for (const m of s.messages) if (m.type === type) out.push(m as Extract<Message, { type: T }>);
  }
  return out;
}

export function eventsOf<T extends EngineEvent["type"]>(
  sent: readonly Sent[],
  type: T,
): Extract<EngineEvent, { type: T }>[] {
  const out: Extract<EngineEvent, { type: T }>[] = [];
  for (const s of sent)
    if (s.kind === "event" && s.event.type === type) out.push(s.event as Extract<EngineEvent, { type: T }>);
  return out;
}

/** An Alive message for a peer. */
export function alive(node: string, incarnation: number, addr: Address, meta = new Uint8Array(0)): Message {
  return {
    type: "alive",
    node,
    incarnation,
    addr,
    meta,
    protocolMin: 1,
    protocolMax: 1,
    certificate: new Uint8Array(0),
  };
}
