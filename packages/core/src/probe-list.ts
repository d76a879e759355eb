/**
 * The shuffled round-robin probe list (FD-2, FD-3): members are probed in a
 * random order, one per round; after a full pass the list is reshuffled; a
 * new member is inserted at a random position. Add/remove are O(1).
 */
import { type Positions, positions } from "./positions.js";
import type { Prng } from "./prng.js";

export class ProbeList {
  private readonly names: string[] = [];
  private cursor = 0;

  /** @param index where each name sits (default: a map of names; see `positions`). */
  constructor(
    private readonly rng: Prng,
    private readonly index: Positions = positions(),
  ) {}

  get size(): number {
    return this.names.length;
  }

  has(name: string): boolean {
    return this.index.get(name) !== undefined;
  }

  /** Insert at a uniformly random position. */
  add(name: string): void {
    if (this.index.get(name) !== undefined) return;
    const names = this.names;
    names.push(name);
    const last = names.length - 1;
    const j = this.rng.below(names.length);
    if (j !== last) {
      const other = names[j] as string;
      names[j] = name;
      names[last] = other;
      this.index.set(other, last);
    }
    this.index.set(name, j);
  }

  /** Remove (swap with the last entry). */
  remove(name: string): void {
    const i = this.index.get(name);
    if (i === undefined) return;
    const names = this.names;
    const last = names.length - 1;
    const moved = names[last] as string;
    names[i] = moved;
    this.index.set(moved, i);
    names.pop();
    this.index.delete(name);
    if (this.cursor > names.length) this.cursor = names.length;
  }

  /**
   * The next name in round-robin order for which `eligible` holds, visiting
   * at most one full pass; reshuffles at the end of each pass.
   */
  next(eligible: (name: string) => boolean): string | undefined {
    const n = this.names.length;
    for (let visited = 0; visited < n; visited++) {
      if (this.cursor >= this.names.length) {
        this.cursor = 0;
        this.reshuffle();
      }
      const name = this.names[this.cursor++] as string;
      if (eligible(name)) return name;
    }
    return undefined;
  }

  private reshuffle(): void {
    this.rng.shuffle(this.names);
    for (let i = 0; i < this.names.length; i++) this.index.set(this.names[i] as string, i);
  }

  /** All names in current order (tests). */
  toArray(): string[] {
    return [...this.names];
  }
}
