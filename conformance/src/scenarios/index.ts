/** Every scenario the recorder knows, in recording order. */
import { AE } from "./ae.js";
import { DIS } from "./dis.js";
import type { Scenario } from "./dsl.js";
import { EVT } from "./evt.js";
import { FD } from "./fd.js";
import { KV } from "./kv.js";
import { MEM } from "./mem.js";
import { PHI } from "./phi.js";
import { SEC } from "./sec.js";
import { TRN } from "./trn.js";
import { TRN_LIVE } from "./trn-live.js";
import { WIRE } from "./wire.js";

export const SCENARIOS: readonly Scenario[] = [
  ...WIRE,
  ...FD,
  ...PHI,
  ...MEM,
  ...DIS,
  ...AE,
  ...KV,
  ...EVT,
  ...SEC,
  ...TRN,
  ...TRN_LIVE,
];
