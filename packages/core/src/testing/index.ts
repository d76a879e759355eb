export { MemoryNetwork, SimNode, type NetworkOptions, type RecordedEvent } from "./network.js";
export { jsonWire } from "./json-wire.js";
export { Harness, alive, eventsOf, ip4, messagesOf, type Sent } from "./harness.js";
