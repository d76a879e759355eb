/**
 * Decoding a push-pull body with the member records looked up in a
 * {@link DecodeMemo}: a push-pull carries every member's record, and in a
 * settled cluster every node sends the same bytes for a member, so a process
 * running many nodes decodes each record once.
 *
 * Mirrors the generated `PushPull.decode` field by field (same merge rules,
 * same errors); only the `members` field differs: a memoized record is taken
 * as it is (already converted and validated), any other is decoded from a
 * private copy of its bytes and reported as a {@link RecordMiss}, which the
 * caller stores once the whole packet has passed the field rules.
 */
import type { DecodeMemo } from "./decode-memo.js";
import { gossip } from "./gen/wire.js";
import type { MemberRecord } from "./messages.js";
import { Reader } from "./pb.js";

/** The generated decoders' full signature (their typings show only the first two parameters). */
type Decode = (reader: Reader, length: number, end?: number, depth?: number, target?: unknown) => unknown;
type Decoders = Readonly<
  Record<"MemberRecord" | "KvDigest" | "KvDelta" | "CrdtDelta" | "Signed", { decode: Decode }>
>;
const v1 = gossip.v1 as unknown as Decoders;

/** A member record not in the memo: its bytes (a private copy), its protobuf decode, and once converted, the record. */
export class RecordMiss {
  record: MemberRecord | undefined;
  constructor(
    readonly key: Uint8Array,
    readonly raw: unknown,
  ) {}
}

/** The memo, and where the records decoded in this packet are collected. */
export interface RecordMemoContext {
  readonly memo: DecodeMemo;
  readonly misses: RecordMiss[];
}

/** Shape of the decoded body, as `fromBody` reads it. `members` holds memoized records and misses. */
export interface MemoPushPullBody {
  join: boolean;
  reply: boolean;
  members: (MemberRecord | RecordMiss)[];
  kvDigest: unknown;
  kvDelta: unknown;
  crdt: unknown[];
  signedMembers: unknown[];
}

/** Reads a `PushPull` body of `length` bytes; `target` is a previous body of the same message to merge into. */
export function readPushPullBody(
  r: Reader,
  length: number,
  target: MemoPushPullBody | undefined,
  ctx: RecordMemoContext,
): MemoPushPullBody {
  const end = r.pos + length;
  if (end > r.len) throw new RangeError("index out of range");
  const outerLen = r.len;
  r.len = end;
  const m: MemoPushPullBody = target ?? {
    join: false,
    reply: false,
    members: [],
    kvDigest: undefined,
    kvDelta: undefined,
    crdt: [],
    signedMembers: [],
  };
  const buf = (r as Reader & { buf: Uint8Array }).buf;
  while (r.pos < end) {
    const tag = r.tag();
    const wireType = tag & 7;
    const field = tag >>> 3;
    if (wireType === 0 && (field === 1 || field === 2)) {
      if (field === 1) m.join = r.bool();
      else m.reply = r.bool();
      continue;
    }
    if (wireType === 2) {
      switch (field) {
        case 3: {
          const len = r.size();
          const start = r.pos;
          const stop = start + len;
          if (stop > r.len) throw new RangeError("index out of range");
          const hit = ctx.memo.getRecord(buf, start, stop);
          if (hit !== undefined) {
            m.members.push(hit);
            r.pos = stop;
          } else {
            // Decoded in place first, for the same errors as without a memo; then again from a
            // private copy, which the memo keeps: a record that viewed this packet's memory would keep
            // all of it (a push-pull: tens of KiB) alive for as long as the record is used.
            v1.MemberRecord.decode(r, len, undefined, 2);
            const key = buf.slice(start, stop);
            const miss = new RecordMiss(key, v1.MemberRecord.decode(new Reader(key), len, undefined, 2));
            ctx.misses.push(miss);
            m.members.push(miss);
          }
          continue;
        }
        case 4:
          m.kvDigest = v1.KvDigest.decode(r, r.size(), undefined, 2, m.kvDigest);
          continue;
        case 5:
          m.kvDelta = v1.KvDelta.decode(r, r.size(), undefined, 2, m.kvDelta);
          continue;
        case 6:
          m.crdt.push(v1.CrdtDelta.decode(r, r.size(), undefined, 2));
          continue;
        case 7:
          m.signedMembers.push(v1.Signed.decode(r, r.size(), undefined, 2));
          continue;
      }
    }
    r.skipType(wireType, 1, field);
  }
  if (r.pos !== end) throw new RangeError("index out of range");
  r.len = outerLen;
  return m;
}
