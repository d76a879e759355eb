import { describe, expect, it } from "vitest";
import { MetricsRegistry } from "./metrics.js";

describe("metrics", () => {
  it("writes the Prometheus text format with escaped labels", () => {
    const r = new MetricsRegistry();
    const c = r.counter("x_total", "Things.");
    const d = r.counter("d_total", "Drops.", true);
    const g = r.gauge("g", "Gauge.");
    c.inc();
    c.inc({}, 2);
    d.inc({ reason: 'a"b' });
    g.set({ state: "alive" }, 3);
    expect(r.prometheus()).toBe(
      [
        "# HELP x_total Things.",
        "# TYPE x_total counter",
        "x_total 3",
        "# HELP d_total Drops.",
        "# TYPE d_total counter",
        'd_total{reason="a\\"b"} 1',
        "# HELP g Gauge.",
        "# TYPE g gauge",
        'g{state="alive"} 3',
        "",
      ].join("\n"),
    );
    expect(c.value()).toBe(3);
    expect(() => r.gauge("x_total", "again")).toThrow(TypeError);
    expect(() => r.counter("bad name", "no")).toThrow(TypeError);
  });
});
