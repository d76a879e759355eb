/** Counters the engine keeps; `engine.stats()` returns a snapshot. */
export interface EngineStats {
  packetsIn: number;
  packetsOut: number;
  bytesIn: number;
  bytesOut: number;
  streamsIn: number;
  streamsOut: number;
  messagesIn: number;
  /** Inputs rejected or ignored, by reason (e.g. `decode:bad-magic`, `wrong-target`, `unknown-seq`). */
  drops: Record<string, number>;
  probes: number;
  probesFailed: number;
  indirectProbes: number;
  streamProbes: number;
  /** Probes rescued by the stream fallback after datagrams failed. */
  streamProbeRescues: number;
  nacksSent: number;
  nacksReceived: number;
  suspicionsRaised: number;
  suspicionConfirmations: number;
  /** Suspicions of other members ended by a refutation (alive at a higher incarnation). */
  suspicionsRefuted: number;
  /** Times this node refuted a suspicion/death/leave about itself. */
  refutations: number;
  deathsDeclared: number;
  pushPullsInitiated: number;
  pushPullsServed: number;
  pushPullsFailed: number;
  gossipRounds: number;
  broadcastsEnqueued: number;
  broadcastsSuperseded: number;
  broadcastsRetired: number;
  /** Broadcasts dropped because their class queue was full. */
  queueDrops: number;
  membersReaped: number;
  nameConflicts: number;
  /** Current local health score (Lifeguard), 0 = healthy. */
  health: number;
  /** Inputs processed (datagrams, stream messages, ticks, API calls). */
  inputs: number;
}

export function emptyStats(): EngineStats {
  return {
    packetsIn: 0,
    packetsOut: 0,
    bytesIn: 0,
    bytesOut: 0,
    streamsIn: 0,
    streamsOut: 0,
    messagesIn: 0,
    drops: {},
    probes: 0,
    probesFailed: 0,
    indirectProbes: 0,
    streamProbes: 0,
    streamProbeRescues: 0,
    nacksSent: 0,
    nacksReceived: 0,
    suspicionsRaised: 0,
    suspicionConfirmations: 0,
    suspicionsRefuted: 0,
    refutations: 0,
    deathsDeclared: 0,
    pushPullsInitiated: 0,
    pushPullsServed: 0,
    pushPullsFailed: 0,
    gossipRounds: 0,
    broadcastsEnqueued: 0,
    broadcastsSuperseded: 0,
    broadcastsRetired: 0,
    queueDrops: 0,
    membersReaped: 0,
    nameConflicts: 0,
    health: 0,
    inputs: 0,
  };
}
