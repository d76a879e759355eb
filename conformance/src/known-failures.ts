/**
 * Known-failures files: one line per vector a port is known to fail,
 * `<vector id>  # <how it fails: a prefix of the failure message>`.
 * Blank lines and lines starting with `#` are comments. A listed vector that
 * passes, is skipped, fails differently, or does not exist fails the run, so
 * the list never goes stale.
 */
import { readFileSync } from "node:fs";

export interface KnownFailure {
  readonly id: string;
  readonly expected: string;
  readonly line: number;
}

export class KnownFailuresError extends Error {
  readonly code = "KNOWN_FAILURES_INVALID";
  constructor(message: string) {
    super(message);
    this.name = "KnownFailuresError";
  }
}

export function parseKnownFailures(text: string): Map<string, KnownFailure> {
  const out = new Map<string, KnownFailure>();
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const hash = line.indexOf("#");
    if (hash < 0) throw new KnownFailuresError(`line ${i + 1}: every entry needs "# <expected failure>"`);
    const id = line.slice(0, hash).trim();
    const expected = line.slice(hash + 1).trim();
    if (!id || /\s/.test(id))
      throw new KnownFailuresError(`line ${i + 1}: bad vector id ${JSON.stringify(id)}`);
    if (!expected) throw new KnownFailuresError(`line ${i + 1}: empty expected failure for ${id}`);
    if (out.has(id)) throw new KnownFailuresError(`line ${i + 1}: ${id} listed twice`);
    out.set(id, { id, expected, line: i + 1 });
  });
  return out;
}

export const loadKnownFailures = (path: string): Map<string, KnownFailure> =>
  parseKnownFailures(readFileSync(path, "utf8"));
