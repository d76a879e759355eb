/**
 * @gossip/crdt: conflict-free replicated data types for gossip shared data.
 * Normative rules: spec/13-crdt.md. Guide: docs/crdt.md.
 */
export {
  CRDT_TYPE_CODES,
  CRDT_TYPE_NAMES,
  CrdtBase,
  type CrdtTypeName,
  crdtTypeFromCode,
  isCrdtTypeName,
} from "./base.js";
export { bytesEqual, compareStrings, fromHex, toHex } from "./bytes.js";
export { CausalContext, type Dot } from "./causal.js";
export { GCounter, PNCounter } from "./counters.js";
export {
  CRDT_CLASS,
  type CrdtEngineHost,
  type CrdtExtension,
  type LinkOptions,
  type LinkPeer,
  linkSharedStore,
  type SharedStoreLink,
} from "./engine-link.js";
export { valueEquals } from "./equal.js";
export {
  CrdtError,
  type CrdtErrorCode,
  CrdtInvalidArgumentError,
  CrdtLimitError,
  CrdtMalformedError,
  CrdtOverflowError,
  CrdtTypeMismatchError,
  type Result,
} from "./errors.js";
export {
  CounterHandle,
  GCounterHandle,
  GSetHandle,
  LwwSetHandle,
  MapHandle,
  MaxChangeSetHandle,
  OrSetHandle,
  RegisterHandle,
  SharedData,
  TwoPSetHandle,
} from "./handles.js";
export { compareTimestamps, Hlc, type HlcOptions, type Timestamp } from "./hlc.js";
export { applyNamedOp, type OpJson, valueToJson } from "./ops.js";
export { MAX_MAP_DEPTH, OrMap, type OrMapEntry } from "./ormap.js";
export { OrSet } from "./orset.js";
export {
  decodeMetaPairs,
  normalizePolicy,
  type PeerInfo,
  REPLICATE_ALL,
  REPLICATE_NONE,
  type ReplicationPolicy,
  replicatesTo,
  replicateToMatching,
  replicateToNodes,
} from "./policy.js";
export { LwwRegister } from "./register.js";
export { type AnyCrdt, type CrdtOf, crdtFromJson, decodeCrdt, emptyCrdt, join } from "./registry.js";
export { GSet, LwwElementSet, MaxChangeSet, TwoPSet } from "./sets.js";
export {
  type ChangeEvent,
  type ChangeSource,
  type CrdtMessage,
  type KeyOptions,
  type Logger,
  type MutationContext,
  SharedStore,
  type SharedStoreOptions,
  type StoreStats,
} from "./store.js";
export { buildCrdtVectors, checkVector, runStoreScript, type Vector, type VectorFile } from "./vectors.js";
