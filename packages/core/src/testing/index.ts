export { alive, eventsOf, Harness, ip4, messagesOf, type Sent } from "./harness.js";
export { jsonWire } from "./json-wire.js";
export { MemoryNetwork, type NetworkOptions, type RecordedEvent, SimNode } from "./network.js";
