/**
 * Where each name sits in a list (`IndexedSet`, `ProbeList`): a name-keyed
 * map, or, when engines share a `NameIndex`, an array by the shared name id.
 *
 * A simulator runs a thousand engines that each know a thousand members; a
 * hash table per list per engine costs about 48 bytes per name, the array 4,
 * and its lookup probes the shared (cache-warm) id table instead of a cold
 * per-engine one. The lists' own order never depends on which one is used.
 */
import type { NameIndex } from "./name-index.js";

export interface Positions {
  get(name: string): number | undefined;
  set(name: string, position: number): void;
  delete(name: string): void;
}

class MapPositions implements Positions {
  private readonly map = new Map<string, number>();
  get(name: string): number | undefined {
    return this.map.get(name);
  }
  set(name: string, position: number): void {
    this.map.set(name, position);
  }
  delete(name: string): void {
    this.map.delete(name);
  }
}

class IdPositions implements Positions {
  /** Position by name id; -1 or a hole: absent. */
  private readonly byId: number[] = [];
  constructor(private readonly names: NameIndex) {}
  get(name: string): number | undefined {
    const p = this.byId[this.names.id(name)];
    return p === undefined || p < 0 ? undefined : p;
  }
  set(name: string, position: number): void {
    this.byId[this.names.id(name)] = position;
  }
  delete(name: string): void {
    const id = this.names.id(name);
    if (id < this.byId.length) this.byId[id] = -1;
  }
}

/** Positions by the shared name index when there is one, else by a map of names. */
export function positions(names?: NameIndex): Positions {
  return names === undefined ? new MapPositions() : new IdPositions(names);
}
