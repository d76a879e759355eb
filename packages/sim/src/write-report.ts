/** Run the suite and write the HTML report and JSON results. */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Row, SuiteOptions, SuiteResult } from "./experiments.js";
import { runSuite } from "./experiments.js";
import { fmtMs, type ReportExtras, renderReport } from "./report.js";

/** Headline figures at the largest size of the loss experiment. */
export function headline(s: SuiteResult): Array<[string, string]> {
  const loss = s.rows.filter((r) => r.experiment === "loss");
  const maxN = Math.max(0, ...loss.map((r) => Number(r.params.nodes)));
  const at = (l: number): Row | undefined =>
    loss.find((r) => Number(r.params.nodes) === maxN && Number(r.params.loss) === l);
  const sizes = s.rows.filter((r) => r.experiment === "sizes");
  const big = sizes.find((r) => Number(r.params.nodes) === maxN);
  const out: Array<[string, string]> = [];
  const r0 = at(0);
  const r5 = at(0.05);
  const r25 = at(0.25);
  if (big)
    out.push([
      `join convergence at n=${maxN}, p99 (all nodes start within 1 s)`,
      fmtMs(big.agg.joinConvergenceMs.p99),
    ]);
  if (r0)
    out.push([
      `dissemination to 99.9% at n=${maxN}, no loss, p50 / p99`,
      `${fmtMs(r0.agg.dissemination.t999.p50)} / ${fmtMs(r0.agg.dissemination.t999.p99)}`,
    ]);
  if (r25)
    out.push([
      `dissemination to 99.9% at n=${maxN}, 25% loss, p50 / p99`,
      `${fmtMs(r25.agg.dissemination.t999.p50)} / ${fmtMs(r25.agg.dissemination.t999.p99)}`,
    ]);
  if (big)
    out.push([
      `detection at n=${maxN}: first suspicion p99 / dead everywhere p99`,
      `${fmtMs(big.agg.detection.firstSuspicionMs.p99)} / ${fmtMs(big.agg.detection.deadEverywhereMs.p99)}`,
    ]);
  if (r5)
    out.push([
      `false suspicions per node-hour at n=${maxN}, 5% loss`,
      `${r5.agg.accuracy.falseSuspicionsPerNodeHour.toFixed(3)} (false dead: ${r5.agg.accuracy.falseDeadsPerNodeHour.toFixed(3)})`,
    ]);
  if (big)
    out.push([
      `bytes/s per node at n=${maxN} (no loss, steady state)`,
      `${big.agg.cost.bytesPerNodePerSec.toFixed(0)} (${big.agg.cost.packetsPerNodePerSec.toFixed(1)} packets/s)`,
    ]);
  if (big && big.agg.cost.cpuUsPerNodePerSec !== null)
    out.push([`CPU per node at n=${maxN}`, `${(big.agg.cost.cpuUsPerNodePerSec / 1000).toFixed(2)} ms/s`]);
  return out;
}

/** Merge saved suite results (e.g. parts run in parallel with `--only`) into one; later parts win. */
export function mergeSuites(parts: readonly SuiteResult[]): SuiteResult {
  if (parts.length === 0) throw new RangeError("nothing to merge");
  const p0 = parts[0] as SuiteResult;
  return {
    engine: [...new Set(parts.map((p) => p.engine))].join("+"),
    quick: parts.some((p) => p.quick),
    startedAt: p0.startedAt,
    wallMs: parts.reduce((a, p) => Math.max(a, p.wallMs), 0),
    // A later part replaces an earlier part's row of the same experiment and variant.
    rows: [
      ...new Map(
        parts.flatMap((p) => p.rows).map((r) => [`${r.experiment}\u0000${r.variant}`, r] as const),
      ).values(),
    ],
    notes: [...new Set(parts.flatMap((p) => p.notes))],
    serf: parts.find((p) => p.serf.length > 0)?.serf ?? [],
  };
}

/** Render the report for an already computed suite. */
export async function renderTo(
  htmlPath: string,
  suite: SuiteResult,
  extras: ReportExtras = {},
): Promise<void> {
  const html = await renderReport(suite, { headline: headline(suite), ...extras });
  mkdirSync(dirname(htmlPath), { recursive: true });
  writeFileSync(htmlPath, html);
}

export async function writeReport(
  htmlPath: string,
  options: SuiteOptions & { jsonPath?: string; extras?: ReportExtras } = {},
): Promise<SuiteResult> {
  const jsonPath = options.jsonPath;
  const suite = runSuite({
    ...options,
    onRow: (partial) => {
      options.onRow?.(partial);
      if (jsonPath) {
        mkdirSync(dirname(jsonPath), { recursive: true });
        writeFileSync(`${jsonPath}.partial`, JSON.stringify(partial));
      }
    },
  });
  await renderTo(htmlPath, suite, options.extras ?? {});
  if (options.jsonPath) {
    mkdirSync(dirname(options.jsonPath), { recursive: true });
    writeFileSync(options.jsonPath, JSON.stringify(suite, null, 1));
  }
  return suite;
}
