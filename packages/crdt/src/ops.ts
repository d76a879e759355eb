/**
 * Named operations with explicit arguments, as used by the conformance
 * vectors (conformance/vectors/crdt/). A port replays them to check its own
 * operations and deltas.
 */
import { type CrdtTypeName, isCrdtTypeName, jsonObject } from "./base.js";
import { fromHex, toHex } from "./bytes.js";
import { CrdtMalformedError } from "./errors.js";
import { type Timestamp, timestampFromJson } from "./hlc.js";
import type { AnyCrdt } from "./registry.js";

export interface OpJson {
  /** increment | decrement | add | remove | set | update | removeKey */
  readonly op: string;
  readonly by?: string;
  readonly element?: string;
  readonly ts?: { wall: number; logical: number; node: string };
  readonly value?: string;
  readonly key?: string;
  readonly type?: string;
  readonly nested?: OpJson;
}

/**
 * Applies `op` as replica `replica` and returns the delta. `stamp` supplies
 * timestamps for LWW operations whose `ts` is omitted. Throws typed errors.
 */
export function applyNamedOp(s: AnyCrdt, replica: string, op: OpJson, stamp?: () => Timestamp): AnyCrdt {
  const ts = (): Timestamp => {
    if (op.ts !== undefined) return timestampFromJson(op.ts);
    if (stamp === undefined) throw new CrdtMalformedError(`${op.op} needs ts`);
    return stamp();
  };
  const by = () => BigInt(op.by ?? "1");
  const el = () => {
    if (typeof op.element !== "string") throw new CrdtMalformedError(`${op.op} needs element`);
    return op.element;
  };
  switch (`${s.type}:${op.op}`) {
    case "g-counter:increment":
    case "pn-counter:increment":
      return (s as Extract<AnyCrdt, { type: "pn-counter" }>).increment(replica, by());
    case "pn-counter:decrement":
      return (s as Extract<AnyCrdt, { type: "pn-counter" }>).decrement(replica, by());
    case "g-set:add":
    case "two-p-set:add":
    case "max-change-set:add":
      return (s as Extract<AnyCrdt, { type: "g-set" }>).add(el());
    case "two-p-set:remove":
    case "max-change-set:remove":
    case "or-set:remove":
      return (s as Extract<AnyCrdt, { type: "two-p-set" }>).remove(el());
    case "or-set:add":
      return (s as Extract<AnyCrdt, { type: "or-set" }>).add(replica, el());
    case "lww-element-set:add":
      return (s as Extract<AnyCrdt, { type: "lww-element-set" }>).add(el(), ts());
    case "lww-element-set:remove":
      return (s as Extract<AnyCrdt, { type: "lww-element-set" }>).remove(el(), ts());
    case "lww-register:set": {
      const v = fromHex(op.value ?? "");
      if (v === undefined) throw new CrdtMalformedError("set needs hex value");
      return (s as Extract<AnyCrdt, { type: "lww-register" }>).set(v, ts());
    }
    case "or-map:update": {
      const nested = op.nested;
      if (typeof op.key !== "string" || !isCrdtTypeName(op.type) || nested === undefined) {
        throw new CrdtMalformedError("update needs key, type and nested");
      }
      return (s as Extract<AnyCrdt, { type: "or-map" }>).update(replica, op.key, op.type, (f) =>
        applyNamedOp(f, replica, nested, stamp),
      );
    }
    case "or-map:removeKey": {
      if (typeof op.key !== "string") throw new CrdtMalformedError("removeKey needs key");
      const t = op.type === undefined ? undefined : (op.type as CrdtTypeName);
      return (s as Extract<AnyCrdt, { type: "or-map" }>).remove(op.key, t);
    }
    default:
      throw new CrdtMalformedError(`no operation ${op.op} on ${s.type}`);
  }
}

/** JSON form of a value: bigint as a decimal string, bytes as hex, maps as [key, {type, value}] lists. */
export function valueToJson(v: unknown): unknown {
  if (v === undefined) return null;
  if (typeof v === "bigint") return v.toString();
  if (v instanceof Uint8Array) return toHex(v);
  if (Array.isArray(v)) return v.map(valueToJson);
  if (v instanceof Map) {
    return [...v].map(([k, e]) => {
      const o = jsonObject(e, "map entry");
      return [k, { type: o.type, value: valueToJson(o.value) }];
    });
  }
  return v;
}
