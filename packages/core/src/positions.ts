/**
 * A dense list of member ids with each id's position, for the live set and the
 * probe list (`IndexedSet`, `ProbeList`): 4-byte integers in typed arrays.
 *
 * Member ids are small and dense (a shared `NameIndex`, or an engine's own ids,
 * reused after a member is reaped), so a position table indexed by id costs 4
 * bytes per id where a hash table of names cost about 48; a simulator runs
 * thousands of engines that each know thousands of members.
 */
import { grown } from "./typed-arrays.js";

export class DenseIds {
  private items = new Int32Array(16);
  /** Position by id; -1: absent. */
  private pos = new Int32Array(0);
  length = 0;

  has(id: number): boolean {
    return id < this.pos.length && (this.pos[id] as number) >= 0;
  }

  at(i: number): number {
    return this.items[i] as number;
  }

  /** Appends an id that is not in the list. */
  push(id: number): void {
    if (this.length === this.items.length) {
      this.items = grown(this.items, this.items.length * 2);
    }
    this.put(this.length++, id);
  }

  /** Places `id` at position `i` (within the list). */
  put(i: number, id: number): void {
    if (id >= this.pos.length) {
      const pos = new Int32Array(Math.max(16, id + 1, this.pos.length * 2)).fill(-1);
      pos.set(this.pos);
      this.pos = pos;
    }
    this.items[i] = id;
    this.pos[id] = i;
  }

  /** Removes `id` (in the list) by moving the last id into its place. */
  removeSwap(id: number): void {
    const i = this.pos[id] as number;
    const last = this.items[--this.length] as number;
    this.pos[id] = -1;
    if (last !== id) this.put(i, last);
  }

  /** The ids in list order, as a view (valid until the list changes). */
  view(): Int32Array {
    return this.items.subarray(0, this.length);
  }

  /** Recomputes every position after the view was reordered in place. */
  reindex(): void {
    for (let i = 0; i < this.length; i++) this.pos[this.items[i] as number] = i;
  }
}
