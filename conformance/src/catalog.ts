/** Every vector the suite knows: behaviour traces plus codec/security/CRDT vector files. */
import { type PacketCodec, referenceCodec } from "./codec.js";
import { codecVectors } from "./codec-vectors.js";
import { traceVector, type Vector } from "./suite.js";
import { loadTraces, TRACE_DIR } from "./vectors.js";

export function allVectors(): Vector[] {
  return [...loadTraces(TRACE_DIR).map(({ trace, file }) => traceVector(trace, file)), ...codecVectors()];
}

export const defaultCodec = (): PacketCodec => referenceCodec();
