/** Engine outputs and events in their harness JSON form (HARNESS.md sections 3 and 3.2). */
import type { Address } from "@gossip/codec";
import type { EngineEvent, Output } from "@gossip/core";
import { toText } from "./addr.js";
import type { JsonObject } from "./wire.js";

const b64 = (b: Uint8Array): string => Buffer.from(b).toString("base64");

/** An engine event in harness form (defs.schema.json#/definitions/event). */
export function eventToJson(e: EngineEvent): JsonObject {
  const member = (m: {
    name: string;
    addr: Address;
    meta: Uint8Array;
    incarnation: number;
    state: string;
    since: number;
  }) => ({
    name: m.name,
    addr: toText(m.addr),
    meta: b64(m.meta),
    incarnation: m.incarnation,
    state: m.state,
    since: m.since,
  });
  switch (e.type) {
    case "member-suspect":
    case "member-dead":
      return { type: e.type, member: member(e.member), from: e.from };
    case "member-joined":
    case "member-updated":
    case "member-alive":
    case "member-left":
      return { type: e.type, member: member(e.member) };
    case "member-reaped":
      return { type: e.type, name: e.name };
    case "name-conflict":
      return { type: e.type, name: e.name, existing: toText(e.existing), other: toText(e.other) };
    case "key-changed":
      return {
        type: e.type,
        node: e.node,
        key: e.key,
        oldValue: e.oldValue ? b64(e.oldValue) : null,
        newValue: e.newValue ? b64(e.newValue) : null,
      };
    case "user-event":
      return { type: e.type, origin: e.origin, name: e.name, payload: b64(e.payload), eventId: b64(e.id) };
    case "dropped":
      return { type: e.type, reason: e.reason, fromAddr: e.from ? toText(e.from) : null };
    case "join-finished":
      return { type: e.type, succeeded: e.succeeded, failed: e.failed };
    default:
      return { type: (e as { type: string }).type };
  }
}

/** An engine output in harness form (defs.schema.json#/definitions/output). */
export function outputToJson(o: Output): JsonObject {
  switch (o.kind) {
    case "datagram":
      return { kind: "datagram", to: toText(o.to), bytes: b64(o.bytes) };
    case "stream-request":
      return {
        kind: "stream-request",
        stream: o.id,
        to: toText(o.to),
        bytes: b64(o.bytes),
        timeoutMs: o.timeoutMs,
      };
    case "stream-reply":
      return { kind: "stream-reply", stream: o.id, bytes: b64(o.bytes) };
    case "event":
      return { kind: "event", event: eventToJson(o.event) };
  }
}
