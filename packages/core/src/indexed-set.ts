/** A set of member ids with O(1) add, remove and uniform random pick. */
import { DenseIds } from "./positions.js";
import type { Prng } from "./prng.js";

export class IndexedSet {
  private readonly ids = new DenseIds();

  get size(): number {
    return this.ids.length;
  }

  has(id: number): boolean {
    return this.ids.has(id);
  }

  add(id: number): void {
    if (!this.ids.has(id)) this.ids.push(id);
  }

  remove(id: number): void {
    if (this.ids.has(id)) this.ids.removeSwap(id);
  }

  at(i: number): number | undefined {
    return i >= 0 && i < this.ids.length ? this.ids.at(i) : undefined;
  }

  /**
   * Up to `k` distinct members satisfying `ok`, chosen at random: random
   * draws first (expected O(k)), then a scan from a random offset if the draws
   * did not find enough.
   */
  sample(rng: Prng, k: number, ok: (id: number) => boolean, out: number[] = []): number[] {
    const n = this.ids.length;
    if (k <= 0 || n === 0) return out;
    const tries = 3 * k + 3;
    for (let t = 0; t < tries && out.length < k; t++) {
      const v = this.ids.at(rng.below(n));
      if (ok(v) && !out.includes(v)) out.push(v);
    }
    if (out.length < k) {
      const start = rng.below(n);
      for (let i = 0; i < n && out.length < k; i++) {
        const v = this.ids.at((start + i) % n);
        if (ok(v) && !out.includes(v)) out.push(v);
      }
    }
    return out;
  }
}
