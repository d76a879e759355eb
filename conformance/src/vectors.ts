/** Finding and loading vector files. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { checkTrace } from "./schemas.js";
import type { Trace } from "./trace.js";

/** `conformance/vectors/` (the same relative path from `src/` and `dist/`). */
export const VECTOR_DIR = fileURLToPath(new URL("../vectors/", import.meta.url));
export const TRACE_DIR = join(VECTOR_DIR, "traces");

export class VectorError extends Error {
  readonly code = "VECTOR_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "VectorError";
  }
}

export function listJson(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...listJson(p));
    else if (name.endsWith(".json")) out.push(p);
  }
  return out;
}

export interface LoadedTrace {
  readonly file: string;
  readonly trace: Trace;
}

/** Load and schema-check every trace under `dir`; throws on the first invalid one. */
export function loadTraces(dir: string = TRACE_DIR): LoadedTrace[] {
  const seen = new Set<string>();
  return listJson(dir).map((file) => {
    const trace = JSON.parse(readFileSync(file, "utf8")) as Trace;
    const problem = checkTrace(trace);
    if (problem) throw new VectorError(`${relative(VECTOR_DIR, file)}: ${problem}`);
    if (seen.has(trace.id))
      throw new VectorError(`${relative(VECTOR_DIR, file)}: duplicate trace id ${trace.id}`);
    seen.add(trace.id);
    return { file, trace };
  });
}
