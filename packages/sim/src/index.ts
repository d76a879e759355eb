export { type Aggregate, aggregate, serfConverged, serfTime } from "./aggregate.js";
export {
  adapterFor,
  coreAdapter,
  coreAvailable,
  type EngineAdapter,
  modelAdapter,
  type NodeSpec,
} from "./engines.js";
export {
  type ExperimentDef,
  type Row,
  runSuite,
  type SuiteOptions,
  type SuiteResult,
  serfCurve,
  standardSuite,
} from "./experiments.js";
export { EventHeap, type Timed } from "./heap.js";
export {
  ModelEngine,
  type ModelEngineConfig,
  PRESETS,
  type Preset,
  type TimingConfig,
} from "./model-engine.js";
export { fmtMs, plotSpecs, type ReportExtras, realCheckSection, renderReport, renderSvg } from "./report.js";
export { hashString, Rng } from "./rng.js";
export * from "./scenario.js";
export {
  type Dissemination,
  type Failure,
  nodeName,
  type RunResult,
  runScenario,
  type SimOptions,
  Simulation,
  simAddress,
} from "./sim.js";
export { median, percentile, type Summary, summarize } from "./stats.js";
export {
  missingSimulationOptions,
  relaunchWithSimulationOptions,
  SIM_NODE_OPTIONS,
  SIM_OLD_SPACE_MIB,
  SIM_SEMI_SPACE_MIB,
  startedWithSimulationOptions,
  tuneProcessForSimulation,
} from "./tune.js";
export { headline, mergeSuites, renderTo, writeReport } from "./write-report.js";
