/** Codec vectors (conformance/vectors/codec/): run through the IUT's `decode`/`encode` harness requests. */
import type { Vector } from "./suite.js";

export function codecVectors(): Vector[] {
  return [];
}
