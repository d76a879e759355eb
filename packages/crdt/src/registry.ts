/** Decoding and construction by type name (spec/13-crdt.md, CRDT-10..17). */

import { type CrdtTypeName, crdtTypeFromCode, isCrdtTypeName, jsonObject } from "./base.js";
import { Reader } from "./bytes.js";
import { GCounter, PNCounter } from "./counters.js";
import { CrdtError, CrdtMalformedError, fail, ok, type Result } from "./errors.js";
import { OrMap } from "./ormap.js";
import { OrSet } from "./orset.js";
import { LwwRegister } from "./register.js";
import { GSet, LwwElementSet, MaxChangeSet, TwoPSet } from "./sets.js";

export type AnyCrdt =
  | GCounter
  | PNCounter
  | GSet
  | TwoPSet
  | OrSet
  | LwwElementSet
  | MaxChangeSet
  | LwwRegister
  | OrMap;

export type CrdtOf<T extends CrdtTypeName> = Extract<AnyCrdt, { readonly type: T }>;

/** The bottom state of a type. */
export function emptyCrdt<T extends CrdtTypeName>(type: T): CrdtOf<T> {
  switch (type as CrdtTypeName) {
    case "g-counter":
      return GCounter.empty() as CrdtOf<T>;
    case "pn-counter":
      return PNCounter.empty() as CrdtOf<T>;
    case "g-set":
      return GSet.empty() as CrdtOf<T>;
    case "two-p-set":
      return TwoPSet.empty() as CrdtOf<T>;
    case "or-set":
      return OrSet.empty() as CrdtOf<T>;
    case "lww-element-set":
      return LwwElementSet.empty() as CrdtOf<T>;
    case "max-change-set":
      return MaxChangeSet.empty() as CrdtOf<T>;
    case "lww-register":
      return LwwRegister.empty() as CrdtOf<T>;
    case "or-map":
      return OrMap.empty() as CrdtOf<T>;
  }
  throw new CrdtMalformedError(`unknown CRDT type ${String(type)}`);
}

/** Reads one state (type byte and body). Throws CrdtMalformedError. */
export function readCrdt(r: Reader, depth = 1): AnyCrdt {
  const code = r.byte();
  const type = crdtTypeFromCode(code);
  switch (type) {
    case "g-counter":
      return GCounter.readBody(r);
    case "pn-counter":
      return PNCounter.readBody(r);
    case "g-set":
      return GSet.readBody(r);
    case "two-p-set":
      return TwoPSet.readBody(r);
    case "or-set":
      return OrSet.readBody(r);
    case "lww-element-set":
      return LwwElementSet.readBody(r);
    case "max-change-set":
      return MaxChangeSet.readBody(r);
    case "lww-register":
      return LwwRegister.readBody(r);
    case "or-map":
      return OrMap.readBody(r, depth);
    default:
      throw new CrdtMalformedError(`unknown CRDT type code ${code}`);
  }
}

/**
 * Decodes canonical state bytes. Never throws: malformed, non-canonical or
 * truncated input, and a type other than `expected`, give a typed error
 * (CRDT-15).
 */
export function decodeCrdt(bytes: Uint8Array, expected?: CrdtTypeName): Result<AnyCrdt> {
  try {
    const r = new Reader(bytes);
    const c = readCrdt(r);
    r.end();
    if (expected !== undefined && c.type !== expected) {
      return fail(new CrdtMalformedError(`state is ${c.type}, expected ${expected}`));
    }
    return ok(c);
  } catch (e) {
    if (e instanceof CrdtError) return fail(e);
    return fail(new CrdtMalformedError(`undecodable state: ${String(e)}`));
  }
}

/** Reads the JSON form (as produced by toJSON). Throws CrdtMalformedError. */
export function readCrdtJson(j: unknown, depth = 1): AnyCrdt {
  const o = jsonObject(j, "state");
  if (!isCrdtTypeName(o.type)) throw new CrdtMalformedError(`unknown CRDT type ${String(o.type)}`);
  switch (o.type) {
    case "g-counter":
      return GCounter.readJson(o.counts);
    case "pn-counter":
      return PNCounter.readJson(o.p, o.n);
    case "g-set":
      return GSet.readJson(o.elements);
    case "two-p-set":
      return TwoPSet.readJson(o.live, o.removed);
    case "or-set":
      return OrSet.readJson(o.context, o.entries);
    case "lww-element-set":
      return LwwElementSet.readJson(o.entries);
    case "max-change-set":
      return MaxChangeSet.readJson(o.counts);
    case "lww-register":
      return LwwRegister.readJson(o);
    case "or-map":
      return OrMap.readJson(o.context, o.entries, depth);
  }
}

export function crdtFromJson(j: unknown): Result<AnyCrdt> {
  try {
    return ok(readCrdtJson(j));
  } catch (e) {
    if (e instanceof CrdtError) return fail(e);
    return fail(new CrdtMalformedError(`bad JSON state: ${String(e)}`));
  }
}

/** Joins states without touching them (a fresh result). */
export function join<T extends AnyCrdt>(a: T, ...rest: T[]): T {
  const out = a.clone() as T;
  for (const b of rest) out.merge(b);
  return out;
}
