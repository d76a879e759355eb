/** Structural equality of CRDT values (for change notifications). */
export function valueEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => valueEquals(x, b[i]));
  }
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !valueEquals(v, b.get(k))) return false;
    return true;
  }
  if (typeof a === "object" && typeof b === "object" && a !== null && b !== null) {
    if (a instanceof Uint8Array || b instanceof Uint8Array || a instanceof Map || b instanceof Map)
      return false;
    if (Array.isArray(a) || Array.isArray(b)) return false;
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    if (ka.length !== kb.length) return false;
    return ka.every((k) => valueEquals((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return false;
}
