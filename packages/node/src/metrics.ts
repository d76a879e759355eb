/**
 * A minimal metrics registry: counters and gauges with labels, readable from
 * the API and written in the Prometheus text exposition format (version 0.0.4).
 */

export type Labels = Readonly<Record<string, string>>;

interface Series {
  labels: Labels;
  value: number;
}

export interface MetricFamily {
  readonly name: string;
  readonly help: string;
  readonly type: "counter" | "gauge";
  readonly series: readonly { readonly labels: Labels; readonly value: number }[];
}

function labelKey(labels: Labels): string {
  return Object.keys(labels)
    .sort()
    .map((k) => `${k}=${labels[k]}`)
    .join(",");
}

class Family {
  readonly series = new Map<string, Series>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: "counter" | "gauge",
  ) {}
  get(labels: Labels): Series {
    const key = labelKey(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels: { ...labels }, value: 0 };
      this.series.set(key, s);
    }
    return s;
  }
}

export class Counter {
  constructor(private readonly family: Family) {}
  inc(labels: Labels = {}, by = 1): void {
    this.family.get(labels).value += by;
  }
  value(labels: Labels = {}): number {
    return this.family.series.get(labelKey(labels))?.value ?? 0;
  }
}

export class Gauge {
  constructor(private readonly family: Family) {}
  set(labels: Labels, value: number): void {
    this.family.get(labels).value = value;
  }
  value(labels: Labels = {}): number {
    return this.family.series.get(labelKey(labels))?.value ?? 0;
  }
  /** Drop all series (before setting a fresh set). */
  reset(): void {
    this.family.series.clear();
  }
}

export class MetricsRegistry {
  private readonly families = new Map<string, Family>();

  /** A counter; without `labelled` its single series starts at 0 so it is always exported. */
  counter(name: string, help: string, labelled = false): Counter {
    const f = this.family(name, help, "counter");
    if (!labelled) f.get({});
    return new Counter(f);
  }

  gauge(name: string, help: string): Gauge {
    return new Gauge(this.family(name, help, "gauge"));
  }

  private family(name: string, help: string, type: "counter" | "gauge"): Family {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) throw new TypeError(`bad metric name ${name}`);
    let f = this.families.get(name);
    if (!f) {
      f = new Family(name, help, type);
      this.families.set(name, f);
    } else if (f.type !== type) throw new TypeError(`metric ${name} is a ${f.type}`);
    return f;
  }

  /** A snapshot of every metric. */
  snapshot(): MetricFamily[] {
    return [...this.families.values()].map((f) => ({
      name: f.name,
      help: f.help,
      type: f.type,
      series: [...f.series.values()].map((s) => ({ labels: { ...s.labels }, value: s.value })),
    }));
  }

  /** Prometheus text exposition format. */
  prometheus(): string {
    return toPrometheus(this.snapshot());
  }
}

function escapeLabel(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}

function formatValue(v: number): string {
  if (Number.isNaN(v)) return "NaN";
  if (v === Number.POSITIVE_INFINITY) return "+Inf";
  if (v === Number.NEGATIVE_INFINITY) return "-Inf";
  return String(v);
}

export function toPrometheus(families: readonly MetricFamily[]): string {
  const lines: string[] = [];
  for (const f of families) {
    lines.push(`# HELP ${f.name} ${f.help.replace(/\\/g, "\\\\").replace(/\n/g, "\\n")}`);
    lines.push(`# TYPE ${f.name} ${f.type}`);
    for (const s of f.series) {
      const keys = Object.keys(s.labels).sort();
      const labels = keys.length
        ? `{${keys.map((k) => `${k}="${escapeLabel(s.labels[k]!)}"`).join(",")}}`
        : "";
      lines.push(`${f.name}${labels} ${formatValue(s.value)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
