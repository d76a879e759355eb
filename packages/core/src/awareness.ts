/**
 * Lifeguard's local health multiplier (LHM), FD-20..FD-24. The score runs
 * from 0 (healthy) to `max - 1`; probe intervals and timeouts are scaled by
 * `score + 1`.
 */
export class Awareness {
  private score = 0;
  constructor(private readonly max: number) {}

  /** Apply a change, clamped to 0..max-1. Returns the new score. */
  apply(delta: number): number {
    let s = this.score + delta;
    if (s < 0) s = 0;
    if (s > this.max - 1) s = this.max - 1;
    this.score = s;
    return s;
  }

  get health(): number {
    return this.score;
  }

  /** `d × (score + 1)`. */
  scale(d: number): number {
    return d * (this.score + 1);
  }
}
