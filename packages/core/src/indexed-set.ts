/** A set of strings with O(1) add, remove and uniform random pick. */
import { type Positions, positions } from "./positions.js";
import type { Prng } from "./prng.js";

export class IndexedSet {
  private readonly items: string[] = [];

  /** @param index where each item sits (default: a map of names; see `positions`). */
  constructor(private readonly index: Positions = positions()) {}

  get size(): number {
    return this.items.length;
  }

  has(v: string): boolean {
    return this.index.get(v) !== undefined;
  }

  add(v: string): void {
    if (this.index.get(v) !== undefined) return;
    this.index.set(v, this.items.length);
    this.items.push(v);
  }

  remove(v: string): void {
    const i = this.index.get(v);
    if (i === undefined) return;
    const last = this.items.pop() as string;
    if (last !== v) {
      this.items[i] = last;
      this.index.set(last, i);
    }
    this.index.delete(v);
  }

  at(i: number): string | undefined {
    return this.items[i];
  }

  /**
   * Up to `k` distinct members satisfying `ok`, chosen at random: random
   * draws first (expected O(k)), then a scan from a random offset if the draws
   * did not find enough.
   */
  sample(rng: Prng, k: number, ok: (v: string) => boolean, out: string[] = []): string[] {
    const n = this.items.length;
    if (k <= 0 || n === 0) return out;
    const tries = 3 * k + 3;
    for (let t = 0; t < tries && out.length < k; t++) {
      const v = this.items[rng.below(n)] as string;
      if (ok(v) && !out.includes(v)) out.push(v);
    }
    if (out.length < k) {
      const start = rng.below(n);
      for (let i = 0; i < n && out.length < k; i++) {
        const v = this.items[(start + i) % n] as string;
        if (ok(v) && !out.includes(v)) out.push(v);
      }
    }
    return out;
  }
}
