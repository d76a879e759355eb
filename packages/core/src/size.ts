/**
 * Exact encoded sizes of the membership messages (what `encodedSize` of
 * @gossip/codec returns: packet entry tag, length, and the protobuf Message),
 * computed arithmetically so that queueing an update does not encode it.
 * Other message types fall back to the codec.
 */
import { type Address, encodedSize, type Message } from "@gossip/codec";

function varint(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** tag + length + bytes of a length-delimited field; 0 when empty (proto3 default). */
function ld(len: number): number {
  return len === 0 ? 0 : 1 + varint(len) + len;
}

function str(s: string): number {
  return ld(utf8Length(s));
}

function u32(v: number): number {
  return v === 0 ? 0 : 1 + varint(v);
}

function addrSize(a: Address | undefined): number {
  if (a === undefined) return 0;
  const body = ld(a.ip.length) + u32(a.port);
  return 1 + varint(body) + body;
}

/** Bytes `m` adds to a packet body. */
export function messageSize(m: Message): number {
  let body: number;
  switch (m.type) {
    case "alive":
      body =
        str(m.node) +
        u32(m.incarnation) +
        addrSize(m.addr) +
        ld(m.meta.length) +
        u32(m.protocolMin) +
        u32(m.protocolMax) +
        ld(m.certificate.length);
      break;
    case "suspect":
    case "dead":
      body = str(m.node) + u32(m.incarnation) + str(m.from);
      break;
    case "leave":
      body = str(m.node) + u32(m.incarnation);
      break;
    default:
      return encodedSize(m);
  }
  // Message { <body field> = body } then the Packet entry around it.
  const msg = 1 + varint(body) + body;
  return 1 + varint(msg) + msg;
}
