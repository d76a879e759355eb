/** LWW-Register (spec/13-crdt.md, CRDT-47). */

import { CrdtBase, jsonObject, jsonString } from "./base.js";
import { bytesEqual, checkString, compareBytes, fromHex, type Reader, toHex, type Writer } from "./bytes.js";
import { CrdtMalformedError } from "./errors.js";
import {
  compareTimestamps,
  readTimestamp,
  type Timestamp,
  timestampFromJson,
  timestampToJson,
  writeTimestamp,
} from "./hlc.js";

/**
 * Holds one byte string. The write with the greatest timestamp wins; equal
 * timestamps (only a misbehaving writer produces them) are broken by the
 * greater value bytes so that every replica picks the same (CRDT-47).
 */
export class LwwRegister extends CrdtBase<Uint8Array | undefined> {
  readonly type = "lww-register" as const;
  private ts: Timestamp | undefined;
  private data: Uint8Array = new Uint8Array(0);

  static empty(): LwwRegister {
    return new LwwRegister();
  }

  value(): Uint8Array | undefined {
    return this.ts === undefined ? undefined : this.data.slice();
  }

  timestamp(): Timestamp | undefined {
    return this.ts;
  }

  isEmpty(): boolean {
    return this.ts === undefined;
  }

  clone(): LwwRegister {
    const r = new LwwRegister();
    r.ts = this.ts;
    r.data = this.data;
    return r;
  }

  /** Writes `value` at `ts` (take it from the replica's Hlc). Returns the delta. */
  set(value: Uint8Array, ts: Timestamp): LwwRegister {
    checkString(ts.node, "timestamp node");
    const d = new LwwRegister();
    d.ts = ts;
    d.data = value.slice();
    this.mergeSame(d);
    return d;
  }

  override missingFrom(local: LwwRegister): LwwRegister {
    const probe = local.clone();
    return probe.mergeSame(this) ? this.clone() : new LwwRegister();
  }

  protected mergeSame(other: LwwRegister): boolean {
    if (other.ts === undefined) return false;
    if (this.ts !== undefined) {
      const c = compareTimestamps(other.ts, this.ts) || compareBytes(other.data, this.data);
      if (c <= 0) return false;
    }
    this.ts = other.ts;
    this.data = other.data;
    return true;
  }

  override latestTimestamp(): Timestamp | undefined {
    return this.ts;
  }

  override equals(other: CrdtBase<unknown>): boolean {
    if (!(other instanceof LwwRegister)) return false;
    if (this.ts === undefined || other.ts === undefined) return this.ts === other.ts;
    return compareTimestamps(this.ts, other.ts) === 0 && bytesEqual(this.data, other.data);
  }

  /** CRDT-47: 0x00 for empty, or 0x01, timestamp, value bytes. */
  writeBody(w: Writer): void {
    if (this.ts === undefined) {
      w.byte(0);
      return;
    }
    w.byte(1);
    writeTimestamp(w, this.ts);
    w.bytes(this.data);
  }

  static readBody(r: Reader): LwwRegister {
    const reg = new LwwRegister();
    const flag = r.byte();
    if (flag === 0) return reg;
    if (flag !== 1) throw new CrdtMalformedError("register flag must be 0 or 1");
    reg.ts = readTimestamp(r);
    reg.data = r.bytes();
    return reg;
  }

  protected bodyJson(): Record<string, unknown> {
    if (this.ts === undefined) return { ts: null, value: null };
    return { ts: timestampToJson(this.ts), value: toHex(this.data) };
  }

  static readJson(o: Record<string, unknown>): LwwRegister {
    const reg = new LwwRegister();
    if (o.ts === null || o.ts === undefined) return reg;
    reg.ts = timestampFromJson(jsonObject(o.ts, "ts"));
    const b = fromHex(jsonString(o.value, "value"));
    if (b === undefined) throw new CrdtMalformedError("value must be lowercase hex");
    reg.data = b;
    return reg;
  }
}
