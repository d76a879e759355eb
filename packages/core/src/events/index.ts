export {
  EVENT_DEFAULTS,
  EventBuffer,
  type EventConfig,
  EventError,
  type EventErrorCode,
  type EventVerdict,
  eventKey,
  type ReceiveResult,
  resolveEventConfig,
} from "./buffer.js";
