/** Summary statistics used by measurements and the report. */
export interface Summary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
  readonly min: number;
}

/** Nearest-rank percentile of an already sorted array; NaN when empty. */
export function percentileSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number;
}

export function percentile(values: readonly number[], p: number): number {
  return percentileSorted(
    [...values].sort((a, b) => a - b),
    p,
  );
}

export function summarize(values: readonly number[]): Summary {
  const s = [...values].filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  let sum = 0;
  for (const v of s) sum += v;
  return {
    count: s.length,
    p50: percentileSorted(s, 50),
    p99: percentileSorted(s, 99),
    max: s.length ? (s[s.length - 1] as number) : Number.NaN,
    min: s.length ? (s[0] as number) : Number.NaN,
    mean: s.length ? sum / s.length : Number.NaN,
  };
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}
