/** Typed-array helpers for the column stores (`member-store.ts`, `broadcast.ts`, `positions.ts`). */

type Column = Uint8Array | Uint32Array | Int32Array | Float64Array;

/** A copy of `a` with room for `length` elements (new elements zero). */
export function grown<T extends Column>(a: T, length: number): T {
  const b = new (a.constructor as new (n: number) => T)(length);
  (b as Column).set(a.length <= length ? a : a.subarray(0, length));
  return b;
}
