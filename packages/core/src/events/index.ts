export {
  EventBuffer,
  EventError,
  EVENT_DEFAULTS,
  eventKey,
  resolveEventConfig,
  type EventConfig,
  type EventErrorCode,
  type EventVerdict,
  type ReceiveResult,
} from "./buffer.js";
