export { MemoryNetwork, SimNode, type NetworkOptions, type RecordedEvent } from "./network.js";
export { jsonWire } from "./json-wire.js";
