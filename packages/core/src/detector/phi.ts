/**
 * The phi-accrual failure detector (Hayashibara et al., 2004), as in Akka and
 * Cassandra (spec/09-phi-accrual.md). Pure and deterministic: arrival times
 * come in, a suspicion level comes out. One detector per monitored member.
 *
 *   phi(t) = -log10(1 - F(t - last))
 *
 * where F is the normal CDF with mean = mean(intervals) + acceptablePause and
 * standard deviation = max(stddev(intervals), minStdDeviation), evaluated with
 * the logistic approximation Akka uses (PHI-11).
 */

export interface PhiConfig {
  /** A member is suspected once phi exceeds this (PHI-20). */
  readonly threshold: number;
  /** Inter-arrival samples kept (sliding window, PHI-3). */
  readonly maxSampleSize: number;
  /** Lower bound of the standard deviation, ms (PHI-11). */
  readonly minStdDeviationMs: number;
  /** Added to the mean: a pause this long is tolerated, ms (PHI-11). */
  readonly acceptablePauseMs: number;
  /** Expected interval before any sample, seeds the window (PHI-2). */
  readonly firstHeartbeatEstimateMs: number;
}

export const PHI_DEFAULTS: PhiConfig = Object.freeze({
  threshold: 8,
  maxSampleSize: 100,
  minStdDeviationMs: 500,
  acceptablePauseMs: 1000,
  firstHeartbeatEstimateMs: 1000,
});

export class PhiConfigError extends Error {
  readonly code = "phi-config-invalid";
  constructor(message: string) {
    super(message);
    this.name = "PhiConfigError";
  }
}

export function resolvePhiConfig(partial: Partial<PhiConfig> | undefined): PhiConfig {
  const c: PhiConfig = { ...PHI_DEFAULTS };
  for (const [k, v] of Object.entries(partial ?? {}))
    if (v !== undefined) (c as unknown as Record<string, unknown>)[k] = v;
  if (!(Number.isFinite(c.threshold) && c.threshold > 0)) throw new PhiConfigError("threshold must be > 0");
  if (!(Number.isInteger(c.maxSampleSize) && c.maxSampleSize >= 1))
    throw new PhiConfigError("maxSampleSize must be an integer >= 1");
  if (!(Number.isFinite(c.minStdDeviationMs) && c.minStdDeviationMs > 0))
    throw new PhiConfigError("minStdDeviationMs must be > 0");
  if (!(Number.isFinite(c.acceptablePauseMs) && c.acceptablePauseMs >= 0))
    throw new PhiConfigError("acceptablePauseMs must be >= 0");
  if (!(Number.isFinite(c.firstHeartbeatEstimateMs) && c.firstHeartbeatEstimateMs > 0)) {
    throw new PhiConfigError("firstHeartbeatEstimateMs must be > 0");
  }
  return c;
}

/** phi for a silence of `elapsed` given the distribution's mean and standard deviation (PHI-11). */
export function phiOf(elapsed: number, mean: number, stdDeviation: number): number {
  const y = (elapsed - mean) / stdDeviation;
  const e = Math.exp(-y * (1.5976 + 0.070566 * y * y));
  if (elapsed > mean) return -Math.log10(e / (1 + e));
  return -Math.log10(1 - 1 / (1 + e));
}

/** The standardized silence y at which phi reaches `threshold` (phi is increasing in y). */
export function thresholdY(threshold: number): number {
  let lo = -40;
  let hi = 40;
  for (let i = 0; i < 100; i++) {
    const mid = (lo + hi) / 2;
    if (phiOf(mid, 0, 1) < threshold) lo = mid;
    else hi = mid;
  }
  return hi;
}

export class PhiAccrualDetector {
  readonly config: PhiConfig;
  private readonly intervals: number[] = [];
  private next = 0;
  private sum = 0;
  private sumSq = 0;
  private last: number | undefined;
  private readonly crossY: number;

  constructor(config?: Partial<PhiConfig>, crossY?: number) {
    this.config = resolvePhiConfig(config);
    this.crossY = crossY ?? thresholdY(this.config.threshold);
  }

  /** Time of the last heartbeat, if any. */
  lastHeartbeat(): number | undefined {
    return this.last;
  }

  sampleCount(): number {
    return this.intervals.length;
  }

  /** Record an arrival (an ack, or any sign of life) at local time `now` (PHI-1). */
  heartbeat(now: number): void {
    if (!Number.isFinite(now)) return;
    const last = this.last;
    if (last === undefined) {
      // PHI-2: seed the window with two samples around the first estimate.
      const m = this.config.firstHeartbeatEstimateMs;
      const sd = m / 4;
      this.add(m - sd);
      this.add(m + sd);
      this.last = now;
      return;
    }
    if (now < last) return; // PHI-1: out-of-order arrivals are ignored
    // PHI-4: the first arrival after a suspicion does not enter the window.
    if (this.isAvailable(now)) this.add(now - last);
    this.last = now;
  }

  mean(): number {
    return this.intervals.length === 0 ? 0 : this.sum / this.intervals.length;
  }

  stdDeviation(): number {
    const n = this.intervals.length;
    if (n === 0) return 0;
    const m = this.sum / n;
    return Math.sqrt(Math.max(0, this.sumSq / n - m * m));
  }

  /** Suspicion level at `now`: 0 before the first heartbeat (PHI-10). */
  phi(now: number): number {
    if (this.last === undefined) return 0;
    const elapsed = Math.max(0, now - this.last);
    return phiOf(elapsed, this.effectiveMean(), this.effectiveStd());
  }

  /** phi(now) is below the threshold (PHI-20). */
  isAvailable(now: number): boolean {
    return this.phi(now) < this.config.threshold;
  }

  /**
   * phi-suspected at `now` (PHI-20): phi at or above the threshold, or `now`
   * at or past `suspectAt()` (the two agree up to rounding; either counts, so
   * a caller woken at `suspectAt()` always sees the member suspected).
   */
  isSuspected(now: number): boolean {
    return this.last !== undefined && (now >= this.suspectAt() || !this.isAvailable(now));
  }

  /** The earliest time phi reaches the threshold if nothing arrives meanwhile (PHI-21). */
  suspectAt(): number {
    if (this.last === undefined) return Number.POSITIVE_INFINITY;
    return this.last + Math.max(0, this.effectiveMean() + this.crossY * this.effectiveStd());
  }

  private effectiveMean(): number {
    return this.mean() + this.config.acceptablePauseMs;
  }

  private effectiveStd(): number {
    return Math.max(this.stdDeviation(), this.config.minStdDeviationMs);
  }

  private add(interval: number): void {
    const max = this.config.maxSampleSize;
    if (this.intervals.length < max) {
      this.intervals.push(interval);
    } else {
      this.intervals[this.next] = interval;
      this.next = (this.next + 1) % max;
    }
    // Recomputed from the window (O(window)) so rounding never accumulates.
    let s = 0;
    let q = 0;
    for (const v of this.intervals) {
      s += v;
      q += v * v;
    }
    this.sum = s;
    this.sumSq = q;
  }
}

/** Detectors for every monitored member (PHI-30). */
export class PhiRegistry {
  readonly config: PhiConfig;
  private readonly crossY: number;
  private readonly detectors = new Map<string, PhiAccrualDetector>();

  constructor(config?: Partial<PhiConfig>) {
    this.config = resolvePhiConfig(config);
    this.crossY = thresholdY(this.config.threshold);
  }

  /** Record an arrival from `member`; `estimateMs` seeds a new detector (PHI-2). */
  heartbeat(member: string, now: number, estimateMs?: number): void {
    let d = this.detectors.get(member);
    if (d === undefined) {
      const cfg =
        estimateMs !== undefined && estimateMs > 0
          ? { ...this.config, firstHeartbeatEstimateMs: estimateMs }
          : this.config;
      d = new PhiAccrualDetector(cfg, this.crossY);
      this.detectors.set(member, d);
    }
    d.heartbeat(now);
  }

  get(member: string): PhiAccrualDetector | undefined {
    return this.detectors.get(member);
  }

  phi(member: string, now: number): number {
    return this.detectors.get(member)?.phi(now) ?? 0;
  }

  remove(member: string): void {
    this.detectors.delete(member);
  }

  size(): number {
    return this.detectors.size;
  }

  /** Members whose phi is at or above the threshold at `now`, by name. */
  suspects(now: number): string[] {
    const out: string[] = [];
    for (const [name, d] of this.detectors) if (d.isSuspected(now)) out.push(name);
    return out.sort();
  }

  /** Earliest time any member (except those in `exclude`) crosses the threshold. */
  nextSuspectAt(exclude?: ReadonlySet<string>): number {
    let t = Number.POSITIVE_INFINITY;
    for (const [name, d] of this.detectors)
      if (exclude === undefined || !exclude.has(name)) t = Math.min(t, d.suspectAt());
    return t;
  }
}
