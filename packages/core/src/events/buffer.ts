/**
 * Cluster-wide user events (spec/08-user-events.md): origination with a
 * random id and a Lamport time, de-duplication by (origin, id) in a bounded
 * seen-set, and a bounded lifetime in hops, in Lamport time and in local age.
 * Pure and deterministic: randomness and time come in from the caller.
 */
import type { UserEvent } from "@gossip/codec";
import { utf8Length } from "../kv/size.js";

export interface EventConfig {
  /** Longest event name, UTF-8 bytes (EVT-20). */
  readonly maxNameBytes: number;
  /** Largest payload, bytes (EVT-20). */
  readonly maxPayloadBytes: number;
  /** Hop budget an event starts with (EVT-30). */
  readonly initialTtl: number;
  /** Most (origin, id) pairs remembered (EVT-11). */
  readonly seenCapacity: number;
  /** How long, on the local clock, an (origin, id) pair is remembered (EVT-11). */
  readonly seenRetentionMs: number;
  /** Events older than the local Lamport clock minus this are ignored (EVT-32). */
  readonly lamportWindow: number;
}

export const EVENT_DEFAULTS: EventConfig = Object.freeze({
  maxNameBytes: 256,
  maxPayloadBytes: 512,
  initialTtl: 16,
  seenCapacity: 4096,
  seenRetentionMs: 300_000,
  lamportWindow: 1024,
});

export type EventErrorCode =
  | "event-name-invalid"
  | "event-name-too-large"
  | "event-payload-too-large"
  | "event-config-invalid";

export class EventError extends Error {
  readonly code: EventErrorCode;
  constructor(code: EventErrorCode, message: string) {
    super(message);
    this.name = "EventError";
    this.code = code;
  }
}

/** Why a received event was not delivered. */
export type EventVerdict = "deliver" | "duplicate" | "too-old" | "malformed";

export interface ReceiveResult {
  readonly verdict: EventVerdict;
  /** The copy to forward (ttl one lower), when the event is new and has hops left (EVT-31). */
  readonly forward: UserEvent | undefined;
}

export function resolveEventConfig(partial: Partial<EventConfig> | undefined): EventConfig {
  const c: EventConfig = { ...EVENT_DEFAULTS };
  for (const [k, v] of Object.entries(partial ?? {}))
    if (v !== undefined) (c as unknown as Record<string, unknown>)[k] = v;
  for (const k of Object.keys(EVENT_DEFAULTS) as (keyof EventConfig)[]) {
    const v = c[k];
    if (!Number.isFinite(v) || v < 0 || (k !== "seenRetentionMs" && !Number.isInteger(v))) {
      throw new EventError("event-config-invalid", `${k} must be a non-negative integer`);
    }
  }
  if (c.seenCapacity < 1) throw new EventError("event-config-invalid", "seenCapacity must be >= 1");
  if (c.initialTtl > 255) throw new EventError("event-config-invalid", "initialTtl must be <= 255 (EVT-21)");
  return c;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** The de-duplication key of an event: origin and id (EVT-10). */
export function eventKey(origin: string, id: Uint8Array): string {
  let s = "";
  for (let i = 0; i < id.length; i++) s += HEX[id[i] as number];
  return `${s}@${origin}`;
}

export class EventBuffer {
  readonly self: string;
  readonly config: EventConfig;
  /** Lamport clock of events (EVT-2): the next event this node emits gets this time. */
  private clock = 0;
  /** (origin, id) -> local time first seen; insertion order is age order (EVT-11). */
  private readonly seen = new Map<string, number>();
  readonly counters = { emitted: 0, delivered: 0, duplicates: 0, tooOld: 0, malformed: 0, evicted: 0 };

  constructor(self: string, config?: Partial<EventConfig>) {
    this.self = self;
    this.config = resolveEventConfig(config);
  }

  /** The current Lamport time. */
  time(): number {
    return this.clock;
  }

  /**
   * Originate an event (EVT-1): a fresh id from `randomBytes`, the current
   * Lamport time (then the clock advances), the full hop budget. The event is
   * marked as seen so it is not delivered again when it comes back.
   */
  emit(name: string, payload: Uint8Array, now: number, randomBytes: (n: number) => Uint8Array): UserEvent {
    if (typeof name !== "string" || name.length === 0)
      throw new EventError("event-name-invalid", "name must be non-empty");
    if (utf8Length(name) > this.config.maxNameBytes) {
      throw new EventError("event-name-too-large", `name longer than ${this.config.maxNameBytes} bytes`);
    }
    if (!(payload instanceof Uint8Array) || payload.length > this.config.maxPayloadBytes) {
      throw new EventError(
        "event-payload-too-large",
        `payload larger than ${this.config.maxPayloadBytes} bytes`,
      );
    }
    const id = randomBytes(16).slice(0, 16);
    const event: UserEvent = {
      type: "user-event",
      id,
      origin: this.self,
      name,
      payload: payload.slice(),
      ltime: this.clock,
      ttl: this.config.initialTtl,
    };
    this.clock += 1;
    this.remember(eventKey(this.self, id), now);
    this.counters.emitted++;
    return event;
  }

  /** Handle a received event (EVT-10..EVT-32). Never throws. */
  receive(e: UserEvent, now: number): ReceiveResult {
    this.expire(now);
    if (!this.valid(e)) {
      this.counters.malformed++;
      return { verdict: "malformed", forward: undefined };
    }
    // Witness the Lamport time (EVT-2).
    if (e.ltime >= this.clock) this.clock = e.ltime + 1;
    const key = eventKey(e.origin, e.id);
    // An event this node originated is never delivered again, even once forgotten (EVT-12).
    if (e.origin === this.self || this.seen.has(key)) {
      this.counters.duplicates++;
      return { verdict: "duplicate", forward: undefined };
    }
    if (e.ltime + this.config.lamportWindow < this.clock) {
      this.counters.tooOld++;
      return { verdict: "too-old", forward: undefined };
    }
    this.remember(key, now);
    this.counters.delivered++;
    const forward = e.ttl > 0 ? { ...e, ttl: e.ttl - 1 } : undefined;
    return { verdict: "deliver", forward };
  }

  /** Whether (origin, id) is remembered. */
  hasSeen(origin: string, id: Uint8Array): boolean {
    return this.seen.has(eventKey(origin, id));
  }

  seenCount(): number {
    return this.seen.size;
  }

  /** Forget pairs older than the retention (EVT-11). */
  expire(now: number): void {
    const limit = now - this.config.seenRetentionMs;
    for (const [k, at] of this.seen) {
      if (at > limit) break;
      this.seen.delete(k);
      this.counters.evicted++;
    }
  }

  /** Local time at which the oldest remembered pair expires. */
  nextDeadline(): number {
    for (const at of this.seen.values()) return at + this.config.seenRetentionMs;
    return Number.POSITIVE_INFINITY;
  }

  private remember(key: string, now: number): void {
    this.seen.set(key, now);
    while (this.seen.size > this.config.seenCapacity) {
      const first = this.seen.keys().next().value as string;
      this.seen.delete(first);
      this.counters.evicted++;
    }
  }

  private valid(e: UserEvent): boolean {
    return (
      e.id instanceof Uint8Array &&
      e.id.length === 16 &&
      typeof e.origin === "string" &&
      e.origin.length > 0 &&
      typeof e.name === "string" &&
      e.name.length > 0 &&
      utf8Length(e.name) <= this.config.maxNameBytes &&
      e.payload instanceof Uint8Array &&
      e.payload.length <= this.config.maxPayloadBytes &&
      Number.isSafeInteger(e.ltime) &&
      e.ltime >= 0 &&
      Number.isInteger(e.ttl) &&
      e.ttl >= 0 &&
      e.ttl <= 255
    );
  }
}
