/**
 * Upper bounds of the protobuf-encoded size of key/value messages
 * (spec/07-kv-state.md, KV-40). The bounds assume every scalar field is
 * written even when it holds its default value, so they are never below what
 * a proto3 encoder produces, and they are exact when every field is present.
 * They let a delta be cut to a byte budget in O(1) per entry.
 */
import type { KvEntry, NodeDelta, NodeDigest } from "@gossip/codec";

/** Bytes of `n` as a protobuf varint (`n` is an integer in 0..2^53-1). */
export function varintSize(n: number): number {
  let size = 1;
  let v = n;
  while (v >= 128) {
    v = Math.floor(v / 128);
    size++;
  }
  return size;
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(s: string): number {
  let len = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) len += 1;
    else if (c < 0x800) len += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        len += 4;
        i++;
      } else len += 3;
    } else len += 3;
  }
  return len;
}

/** A length-delimited field with a one-byte tag (field number < 16) and `len` bytes of content. */
export function delimited(len: number): number {
  return 1 + varintSize(len) + len;
}

/** A varint field with a one-byte tag. */
function varintField(n: number): number {
  return 1 + varintSize(n);
}

/** Size of a KvEntry body. */
export function entryBodySize(e: Pick<KvEntry, "key" | "value" | "version">): number {
  return delimited(utf8Length(e.key)) + delimited(e.value.length) + varintField(e.version) + 2;
}

/** Size of a NodeDelta body without its entries. */
export function nodeDeltaHeaderSize(
  node: string,
  fromVersion: number,
  gcVersion: number,
  maxVersion: number,
): number {
  return (
    delimited(utf8Length(node)) +
    varintField(fromVersion) +
    2 +
    varintField(gcVersion) +
    varintField(maxVersion)
  );
}

/** Size of a NodeDelta body. */
export function nodeDeltaBodySize(d: NodeDelta): number {
  let size = nodeDeltaHeaderSize(d.node, d.fromVersion, d.gcVersion, d.maxVersion);
  for (const e of d.entries) size += delimited(entryBodySize(e));
  return size;
}

/**
 * Size of a KvDelta carried as one message of a packet: the packet's
 * repeated-message field, the Message oneof field, and the KvDelta body.
 */
export function kvDeltaMessageSize(nodes: readonly NodeDelta[]): number {
  let body = 0;
  for (const d of nodes) body += delimited(nodeDeltaBodySize(d));
  return wrapMessage(body);
}

/** Size of a KvDigest carried as one message of a packet. */
export function kvDigestMessageSize(nodes: readonly NodeDigest[]): number {
  let body = 2; // reply flag
  for (const n of nodes) body += delimited(nodeDigestBodySize(n));
  return wrapMessage(body);
}

export function nodeDigestBodySize(n: NodeDigest): number {
  return delimited(utf8Length(n.node)) + varintField(n.maxVersion) + varintField(n.gcVersion);
}

/** A message body of `body` bytes as an element of Packet.messages. */
export function wrapMessage(body: number): number {
  return delimited(delimited(body));
}
