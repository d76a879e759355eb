/**
 * The shuffled round-robin probe list (FD-2, FD-3): members are probed in a
 * random order, one per round; after a full pass the list is reshuffled; a
 * new member is inserted at a random position. Add/remove are O(1).
 */
import { DenseIds } from "./positions.js";
import type { Prng } from "./prng.js";

export class ProbeList {
  private readonly ids = new DenseIds();
  private cursor = 0;

  constructor(private readonly rng: Prng) {}

  get size(): number {
    return this.ids.length;
  }

  has(id: number): boolean {
    return this.ids.has(id);
  }

  /** Insert at a uniformly random position. */
  add(id: number): void {
    const ids = this.ids;
    if (ids.has(id)) return;
    ids.push(id);
    const last = ids.length - 1;
    const j = this.rng.below(ids.length);
    if (j !== last) {
      const other = ids.at(j);
      ids.put(last, other);
      ids.put(j, id);
    }
  }

  /** Remove (swap with the last entry). */
  remove(id: number): void {
    const ids = this.ids;
    if (!ids.has(id)) return;
    ids.removeSwap(id);
    if (this.cursor > ids.length) this.cursor = ids.length;
  }

  /**
   * The next member in round-robin order for which `eligible` holds, visiting
   * at most one full pass; reshuffles at the end of each pass.
   */
  next(eligible: (id: number) => boolean): number | undefined {
    const n = this.ids.length;
    for (let visited = 0; visited < n; visited++) {
      if (this.cursor >= this.ids.length) {
        this.cursor = 0;
        this.reshuffle();
      }
      const id = this.ids.at(this.cursor++);
      if (eligible(id)) return id;
    }
    return undefined;
  }

  private reshuffle(): void {
    this.rng.shuffle(this.ids.view());
    this.ids.reindex();
  }

  /** All ids in current order (tests). */
  toArray(): number[] {
    return [...this.ids.view()];
  }
}
