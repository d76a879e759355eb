/**
 * The HTML report: one self-contained file, SVG plots rendered here with
 * vega-lite + vega (no DOM needed), and tables.
 */
import * as vega from "vega";
import * as vl from "vega-lite";
import type { Row, SuiteResult } from "./experiments.js";
import { serfCurve } from "./experiments.js";
import type { Summary } from "./stats.js";

type Spec = Record<string, unknown>;

/** Render one vega-lite spec to an SVG string. */
export async function renderSvg(spec: Spec): Promise<string> {
  const compiled = vl.compile({
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    config: { legend: { labelLimit: 400 }, axis: { labelLimit: 300 } },
    ...spec,
  } as vl.TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function fmtMs(v: number | null | undefined): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 1000) return `${(v / 1000).toFixed(2)} s`;
  return `${v.toFixed(v < 10 ? 1 : 0)} ms`;
}

function fmtN(v: number | null | undefined, digits = 1): string {
  if (v === null || v === undefined || !Number.isFinite(v)) return "–";
  if (Math.abs(v) >= 10_000) return Math.round(v).toLocaleString("en-US");
  return v.toFixed(digits);
}

function trip(s: Summary): string {
  if (s.count === 0) return "–";
  return `${fmtMs(s.p50)} / ${fmtMs(s.p99)} / ${fmtMs(s.max)}`;
}

function table(headers: string[], rows: string[][]): string {
  return `<table><thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

function mainTable(rows: readonly Row[]): string {
  return table(
    [
      "variant",
      "runs",
      "join convergence p50/p99/max",
      "dissemination 50% (p50)",
      "99% (p50)",
      "99.9% p50/p99/max",
      "100% (p50)",
      "first suspicion p50/p99/max",
      "dead everywhere p50/p99/max",
      "false suspicions /node-h",
      "false dead /node-h",
      "bytes/s/node",
      "packets/s/node",
      "CPU µs/s/node",
    ],
    rows.map((r) => {
      const a = r.agg;
      return [
        r.variant,
        String(a.runs),
        a.joinNotConverged > 0
          ? `${trip(a.joinConvergenceMs)} (${a.joinNotConverged} not)`
          : trip(a.joinConvergenceMs),
        fmtMs(a.dissemination.t50.p50),
        fmtMs(a.dissemination.t99.p50),
        trip(a.dissemination.t999),
        fmtMs(a.dissemination.t100.p50),
        trip(a.detection.firstSuspicionMs),
        a.detection.undetected > 0
          ? `${trip(a.detection.deadEverywhereMs)} (${a.detection.undetected} undetected)`
          : trip(a.detection.deadEverywhereMs),
        fmtN(a.accuracy.falseSuspicionsPerNodeHour, 2),
        fmtN(a.accuracy.falseDeadsPerNodeHour, 2),
        fmtN(a.cost.bytesPerNodePerSec, 0),
        fmtN(a.cost.packetsPerNodePerSec, 1),
        a.cost.cpuUsPerNodePerSec === null ? "–" : fmtN(a.cost.cpuUsPerNodePerSec, 0),
      ];
    }),
  );
}

const W = 560;
const H = 280;

/** JSON turns NaN into null: read summary values back as NaN. */
function nn(v: number | null | undefined): number {
  return typeof v === "number" ? v : Number.NaN;
}

function nonEmpty<T>(xs: T[]): boolean {
  return xs.length > 0;
}

/** Build the plot specs from the suite's rows. */
export function plotSpecs(s: SuiteResult): Array<{ id: string; title: string; caption: string; spec: Spec }> {
  const out: Array<{ id: string; title: string; caption: string; spec: Spec }> = [];
  const by = (id: string): Row[] => s.rows.filter((r) => r.experiment === id);

  // Dissemination curves vs Serf's model.
  const loss = by("loss");
  const curve: Spec[] = [];
  for (const r of loss)
    for (const [t, f] of r.dissemCdf ?? [])
      curve.push({ ms: t, fraction: Math.min(1, f), series: r.variant, source: "measured" });
  const ns = [...new Set(loss.map((r) => Number(r.params.nodes)))];
  for (const n of ns)
    for (const l of [0, 0.25])
      for (const [t, f] of serfCurve(n, 3, 200, l, 16))
        curve.push({
          ms: t,
          fraction: f,
          series: `Serf model n=${n} loss=${l * 100}%`,
          source: "Serf formula",
        });
  if (nonEmpty(curve))
    out.push({
      id: "dissemination",
      title: "Dissemination: fraction of nodes that have a user event, by time since it was sent",
      caption:
        "Measured (solid, pooled over events and runs) against Serf's epidemic formula (dashed; fanout 3, 200 ms).",
      spec: {
        width: W,
        height: H,
        data: { values: curve },
        mark: { type: "line", interpolate: "step-after" },
        encoding: {
          x: {
            field: "ms",
            type: "quantitative",
            title: "ms since the event was sent",
            scale: { domain: [0, 4000], clamp: true },
          },
          y: {
            field: "fraction",
            type: "quantitative",
            title: "fraction of live nodes",
            scale: { domain: [0, 1] },
          },
          color: { field: "series", type: "nominal", title: null },
          strokeDash: {
            field: "source",
            type: "nominal",
            title: null,
            scale: {
              domain: ["measured", "Serf formula"],
              range: [
                [1, 0],
                [5, 3],
              ],
            },
          },
        },
      },
    });

  // Join convergence timelines.
  const sizes = by("sizes");
  const tl: Spec[] = [];
  for (const r of sizes)
    for (const [t, f] of r.timeline ?? [])
      if (t <= 20_000) tl.push({ ms: t, fraction: f, n: `n=${r.params.nodes}` });
  if (nonEmpty(tl))
    out.push({
      id: "join",
      title:
        "Join convergence: fraction of (node, member) pairs known, all nodes starting within the first second",
      caption:
        "Node 0 starts at t=0; every other node starts at a uniformly random time in the first second and joins through node 0 (first run of each size).",
      spec: {
        width: W,
        height: H,
        data: { values: tl },
        mark: "line",
        encoding: {
          x: { field: "ms", type: "quantitative", title: "ms" },
          y: {
            field: "fraction",
            type: "quantitative",
            title: "fraction of pairs known",
            scale: { domain: [0, 1] },
          },
          color: { field: "n", type: "nominal", sort: null, title: null },
        },
      },
    });

  // Detection bars by size.
  const det: Spec[] = [];
  for (const r of sizes) {
    const d = r.agg.detection;
    if (d.failures === 0) continue;
    det.push({
      n: String(r.params.nodes),
      metric: "first suspicion (p50)",
      s: nn(d.firstSuspicionMs.p50) / 1000,
    });
    det.push({
      n: String(r.params.nodes),
      metric: "dead everywhere (p50)",
      s: nn(d.deadEverywhereMs.p50) / 1000,
    });
    det.push({
      n: String(r.params.nodes),
      metric: "dead everywhere (max)",
      s: nn(d.deadEverywhereMs.max) / 1000,
    });
  }
  if (nonEmpty(det))
    out.push({
      id: "detection",
      title: "Failure detection time of a crashed node, by cluster size",
      caption:
        "Seconds from the crash until the first suspicion anywhere, and until every live node declared it dead.",
      spec: {
        width: W,
        height: H,
        data: { values: det.filter((d) => Number.isFinite(d.s as number)) },
        mark: "bar",
        encoding: {
          x: { field: "n", type: "nominal", sort: null, title: "nodes" },
          xOffset: { field: "metric", type: "nominal" },
          y: { field: "s", type: "quantitative", title: "seconds" },
          color: { field: "metric", type: "nominal", title: null },
        },
      },
    });

  // False positives.
  const acc = by("accuracy");
  const fp: Spec[] = [];
  for (const r of acc) {
    fp.push({
      detector: String(r.params.detector),
      condition: String(r.params.condition),
      kind: "false suspicions",
      rate: r.agg.accuracy.falseSuspicionsPerNodeHour,
    });
    fp.push({
      detector: String(r.params.detector),
      condition: String(r.params.condition),
      kind: "false dead declarations",
      rate: r.agg.accuracy.falseDeadsPerNodeHour,
    });
  }
  if (nonEmpty(fp))
    out.push({
      id: "false-positives",
      title: "False positives per node-hour (suspicions and dead declarations of live nodes)",
      caption:
        "Raised once, at the node that made the suspicion or declaration, per node-hour; suspicions of slow nodes count too (the tables also give the counts seen at every node).",
      spec: {
        data: { values: fp },
        facet: { column: { field: "condition", type: "nominal", title: null } },
        spec: {
          width: 260,
          height: H,
          mark: "bar",
          encoding: {
            x: { field: "detector", type: "nominal", title: null },
            xOffset: { field: "kind", type: "nominal" },
            y: { field: "rate", type: "quantitative", title: "per node-hour" },
            color: { field: "kind", type: "nominal", title: null },
          },
        },
      },
    });

  // Bandwidth vs n.
  const bw: Spec[] = [];
  for (const r of sizes) {
    if (Number(r.params.nodes) < 2) continue;
    bw.push({ n: Number(r.params.nodes), what: "bytes/s per node", v: r.agg.cost.bytesPerNodePerSec });
    bw.push({
      n: Number(r.params.nodes),
      what: "p99 node bytes/s",
      v: nn(r.agg.cost.perNodeBytesPerSec.p99),
    });
  }
  if (nonEmpty(bw))
    out.push({
      id: "bandwidth",
      title: "Bandwidth per node by cluster size",
      caption:
        "Payload bytes sent (datagrams and streams) per node per second after the join phase; mean and the busiest 1% of nodes.",
      spec: {
        width: W,
        height: H,
        data: { values: bw },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "n", type: "quantitative", scale: { type: "log" }, title: "nodes (log)" },
          y: { field: "v", type: "quantitative", title: "bytes/s" },
          color: { field: "what", type: "nominal", title: null },
        },
      },
    });

  // CPU vs n.
  const cpu: Spec[] = [];
  for (const r of sizes)
    if (r.agg.cost.cpuUsPerNodePerSec !== null && Number(r.params.nodes) >= 2)
      cpu.push({ n: Number(r.params.nodes), v: r.agg.cost.cpuUsPerNodePerSec / 1000 });
  if (nonEmpty(cpu))
    out.push({
      id: "cpu",
      title: "CPU time per node by cluster size",
      caption:
        "Measured with process.cpuUsage around every engine call (one core; includes encoding and decoding).",
      spec: {
        width: W,
        height: 220,
        data: { values: cpu },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "n", type: "quantitative", scale: { type: "log" }, title: "nodes (log)" },
          y: { field: "v", type: "quantitative", title: "CPU ms per node per second" },
        },
      },
    });

  // Trade-off scatter over sweeps.
  const sc: Spec[] = [];
  for (const r of s.rows) {
    if (!r.experiment.startsWith("sweep-")) continue;
    const key = r.experiment.slice(6);
    sc.push({
      parameter: key,
      value: String(r.params[key]),
      bytes: r.agg.cost.bytesPerNodePerSec,
      dissem: nn(r.agg.dissemination.t999.p50),
      detect: nn(r.agg.detection.deadEverywhereMs.p50) / 1000,
      fp: r.agg.accuracy.falseSuspicionsPerNodeHour,
    });
  }
  if (nonEmpty(sc)) {
    const scatter = (y: string, title: string, log = false): Spec => ({
      width: W,
      height: H,
      data: { values: sc.filter((d) => Number.isFinite(d[y] as number)) },
      layer: [
        {
          mark: { type: "line", opacity: 0.4 },
          encoding: {
            x: { field: "bytes", type: "quantitative", title: "bytes/s per node" },
            y: { field: y, type: "quantitative", title, ...(log ? { scale: { type: "log" } } : {}) },
            color: { field: "parameter", type: "nominal" },
            order: { field: "bytes", type: "quantitative" },
          },
        },
        {
          mark: { type: "point", filled: true, size: 60 },
          encoding: {
            x: { field: "bytes", type: "quantitative" },
            y: { field: y, type: "quantitative" },
            color: { field: "parameter", type: "nominal" },
          },
        },
        {
          mark: { type: "text", dx: 6, dy: -6, fontSize: 9, align: "left" },
          encoding: {
            x: { field: "bytes", type: "quantitative" },
            y: { field: y, type: "quantitative" },
            text: { field: "value" },
          },
        },
      ],
    });
    out.push({
      id: "tradeoff-dissemination",
      title: "Trade-off: bandwidth against dissemination time (99.9% of nodes), one point per setting",
      caption:
        "Each line is one parameter swept with the others at LAN defaults; labels are the parameter's value.",
      spec: scatter("dissem", "ms to reach 99.9% (p50)", true),
    });
    out.push({
      id: "tradeoff-detection",
      title: "Trade-off: bandwidth against failure detection (dead everywhere, p50)",
      caption: "Same runs; detection depends mostly on the probe interval and suspicion multiplier.",
      spec: scatter("detect", "seconds to dead everywhere (p50)"),
    });
  }

  // Sweeps as small multiples: each metric against each parameter's value.
  const sm: Spec[] = [];
  for (const r of s.rows) {
    if (!r.experiment.startsWith("sweep-")) continue;
    const key = r.experiment.slice(6);
    const x = Number(r.params[key]);
    const a = r.agg;
    const put = (metric: string, v: number): void => {
      if (Number.isFinite(v)) sm.push({ parameter: key, x, metric, v });
    };
    put("99.9% dissemination (s)", nn(a.dissemination.t999.p50) / 1000);
    put("dead everywhere (s)", nn(a.detection.deadEverywhereMs.p50) / 1000);
    put("bytes/s per node", a.cost.bytesPerNodePerSec);
    put("join convergence (s)", nn(a.joinConvergenceMs.p50) / 1000);
  }
  if (nonEmpty(sm))
    out.push({
      id: "sweeps",
      title: "Parameter sweeps: each measure against each parameter (others at LAN defaults)",
      caption: "Columns: the parameter swept; rows: the measure (p50). Independent scales.",
      spec: {
        data: { values: sm },
        facet: {
          column: { field: "parameter", type: "nominal", title: null },
          row: { field: "metric", type: "nominal", title: null },
        },
        resolve: { scale: { x: "independent", y: "independent" } },
        spec: {
          width: 150,
          height: 110,
          mark: { type: "line", point: true },
          encoding: {
            x: { field: "x", type: "quantitative", title: null },
            y: { field: "v", type: "quantitative", title: null },
          },
        },
      },
    });

  // Partition recovery and churn timelines.
  const part = [...by("partition"), ...by("churn")];
  const pt: Spec[] = [];
  for (const r of part)
    for (const [t, f] of r.timeline ?? [])
      pt.push({ s: t / 1000, fraction: f, series: `${r.experiment}: ${r.variant}` });
  if (nonEmpty(pt))
    out.push({
      id: "partition",
      title: "Partitions and churn: fraction of (node, member) pairs correct over time",
      caption:
        "Partitions split the nodes in halves at 30 s; churn crashes or removes random nodes and restarts them.",
      spec: {
        width: W,
        height: H,
        data: { values: pt },
        mark: "line",
        encoding: {
          x: { field: "s", type: "quantitative", title: "seconds" },
          y: {
            field: "fraction",
            type: "quantitative",
            title: "fraction of pairs in view",
            scale: { domain: [0, 1] },
          },
          color: { field: "series", type: "nominal", title: null },
        },
      },
    });
  return out;
}

const CSS = `body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
h1{font-size:1.6em}h2{margin-top:2em;border-bottom:1px solid #ddd;padding-bottom:.2em}
table{border-collapse:collapse;font-size:12px;margin:1em 0;display:block;overflow-x:auto}
th,td{border:1px solid #ccc;padding:3px 6px;text-align:right;white-space:nowrap}th{background:#f4f4f4}
td:first-child,th:first-child{text-align:left}figure{margin:1.5em 0}figcaption{font-size:13px;color:#555}
.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.5em 1em}.kpi td{font-size:14px}`;

/** A saved `gossip sim real-check` result, as the report's comparison section. */
export function realCheckSection(rc: {
  nodes: number;
  preset: string;
  sim: { runs: number };
  rows: Array<{
    measure: string;
    real: string;
    simP50: string;
    simRange: string;
    tolerance: string;
    agree: boolean;
  }>;
  real: { falseSuspicions?: number };
}): { title: string; html: string } {
  const t = table(
    ["measure", "real UDP on 127.0.0.1", "simulator p50", "simulator min – max", "tolerance", "agree"],
    rc.rows.map((r) => [r.measure, r.real, r.simP50, r.simRange, r.tolerance, r.agree ? "yes" : "NO"]),
  );
  const fp =
    rc.real.falseSuspicions === undefined
      ? ""
      : ` The real run raised ${rc.real.falseSuspicions} suspicions of live nodes.`;
  return {
    title: "Real sockets against the simulator",
    html: `<p>The same scenario (${rc.nodes} nodes, ${esc(rc.preset)} preset, one user event, one crash) run with <code>@gossip/node</code> over real UDP and TCP on 127.0.0.1, and in the simulator with ${rc.sim.runs} seeds (<code>gossip sim real-check</code>). A measure agrees when the real value lies in the simulator's range widened by the tolerance.${esc(fp)}</p>${t}`,
  };
}

export interface ReportExtras {
  /** Extra HTML sections (e.g. the real-socket comparison), already escaped. */
  readonly sections?: ReadonlyArray<{ title: string; html: string }>;
  readonly headline?: ReadonlyArray<[string, string]>;
}

/** Render the whole report as one HTML document. */
export async function renderReport(s: SuiteResult, extras: ReportExtras = {}): Promise<string> {
  const plots = plotSpecs(s);
  const figs: string[] = [];
  for (const p of plots) {
    const svg = await renderSvg(p.spec);
    figs.push(
      `<figure id="plot-${p.id}"><h3>${esc(p.title)}</h3>${svg}<figcaption>${esc(p.caption)}</figcaption></figure>`,
    );
  }
  const groups = new Map<string, Row[]>();
  for (const r of s.rows) groups.set(r.experiment, [...(groups.get(r.experiment) ?? []), r]);
  const tables = [...groups.entries()].map(
    ([id, rows]) => `<h3 id="table-${esc(id)}">${esc(id)}</h3>${mainTable(rows)}`,
  );
  const recovery = [...(groups.get("partition") ?? [])].map((r) => [
    r.variant,
    trip(r.agg.recovery.reconvergedMs),
    String(r.agg.recovery.notReconverged),
    String(r.agg.recovery.missingPairsAtEnd),
  ]);
  const serf = table(
    ["nodes", "0% loss", "10% loss", "25% loss", "50% loss"],
    [30, 100, 1000, 10_000].map((n) => [
      String(n),
      ...[0, 0.1, 0.25, 0.5].map(
        (l) => `${(s.serf.find((x) => x.nodes === n && x.loss === l)?.seconds ?? Number.NaN).toFixed(1)} s`,
      ),
    ]),
  );
  const speed = table(
    [
      "experiment",
      "variant",
      "simulated node-seconds",
      "wall s",
      "CPU s",
      "node-s per wall s",
      "node-s per CPU s",
      "events",
    ],
    s.rows.map((r) => [
      r.experiment,
      r.variant,
      fmtN(r.agg.sim.nodeSeconds, 0),
      (r.agg.sim.wallMs / 1000).toFixed(1),
      r.agg.sim.cpuMs ? (r.agg.sim.cpuMs / 1000).toFixed(1) : "–",
      fmtN(r.agg.sim.nodeSecondsPerWallSecond, 0),
      r.agg.sim.cpuMs ? fmtN(r.agg.sim.nodeSecondsPerCpuSecond, 0) : "–",
      String(r.agg.sim.events),
    ]),
  );
  const headline = extras.headline?.length
    ? `<table class="kpi"><tbody>${extras.headline.map(([k, v]) => `<tr><td>${esc(k)}</td><td>${esc(v)}</td></tr>`).join("")}</tbody></table>`
    : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>gossip simulator report</title><style>${CSS}</style></head>
<body>
<h1>gossip: simulated convergence, detection, accuracy and cost</h1>
<p>Engine: <b>${esc(s.engine)}</b>${s.quick ? " · <b>quick mode</b> (small sizes, short runs)" : ""} · generated ${esc(s.startedAt)} · suite wall time ${(s.wallMs / 1000).toFixed(0)} s.
Every figure comes from the deterministic simulator (<code>packages/sim</code>): virtual time, seeded randomness, the same seed gives the same numbers.
Distributions are given as p50 / p99 / max over runs (and nodes, where per node). Times are virtual.</p>
${s.notes.map((n) => `<p class="note">${esc(n)}</p>`).join("\n")}
${headline}
<h2>Plots</h2>
${figs.join("\n")}
<h2>Serf's epidemic formula (for comparison)</h2>
<p>Seconds until at least 99.9% of nodes have a message, from the model of Serf's convergence simulator
(contact = fanout/n · (1−loss) · 0.5; converged(x) = 1/(1+(n+1)·e^(−contact·n·x)); fanout 3, 200 ms per round).</p>
${serf}
<h2>Tables</h2>
<p>Dissemination columns give the time until 50 / 99 / 99.9 / 100% of the nodes alive at send time had the event.
Detection columns: a crashed node's first suspicion anywhere, and the time until every live node declared it dead.
False positives are suspicions and dead declarations of live nodes made by live nodes (partitions excluded).
Cost is payload bytes and packets sent (datagrams plus stream frames) per node per second after the join phase.</p>
${tables.join("\n")}
${recovery.length ? `<h3>Partition recovery</h3>${table(["variant", "re-convergence after heal p50/p99/max", "runs never re-converged", "missing pairs at end"], recovery)}` : ""}
${(extras.sections ?? []).map((x) => `<h2>${esc(x.title)}</h2>${x.html}`).join("\n")}
<h2>Simulator speed</h2>
<p>Wall time depends on what else the machine was doing; CPU time (process.cpuUsage over the run) is the steadier figure.</p>
${speed}
</body></html>
`;
}
