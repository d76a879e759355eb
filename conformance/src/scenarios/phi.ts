/**
 * Phi-accrual detector in the engine (spec/09-phi-accrual.md), observed
 * through when a silent member is suspected. With two members and the LAN
 * preset (probe interval 1 s) a new detector is seeded with E = 1 000 ms
 * (PHI-2: intervals 750 and 1 250, μ = 1 000, σ = 250 → S = 500), so with
 * acceptablePauseMs = 1 000 (M = 2 000) and threshold 8 (y* ≈ 5.6) a member
 * acked every second is suspected about 2 000 + 5.6 × 500 ≈ 4 800 ms after its
 * last ack, where SWIM would suspect it at the end of the first failed round.
 */
import { ack, alive, introduce, peerAddr, type RecordStep, type Scenario, setup } from "./dsl.js";

const spec = "spec/09-phi-accrual.md";
const file = "conformance/src/scenarios/phi.ts";
const phi = setup({ config: { preset: "lan", streamProbe: false, detector: "phi" } });

/** Expect the next ping to p1 and ack it at once (one arrival, PHI-1). */
const pingAndAck = (n: number): RecordStep[] => [
  {
    op: "record-expect",
    transport: "datagram",
    to: "p1",
    within: 1100,
    select: { type: "ping", target: "p1" },
    vary: { seq: { $capture: `s${n}` } },
  },
  { op: "inject", transport: "datagram", from: "p1", packet: { messages: [ack({ $var: `s${n}` })] } },
];

const suspected = { type: "member-suspect", member: { name: "p1" } };

export const PHI: Scenario[] = [
  {
    id: "phi/engine/suspect-after-silence",
    title:
      "With detector=phi, a member acked every second is suspected only when phi reaches the threshold, about 4.8 s after its last ack",
    description:
      "Arrivals are the acks (PHI-1); the first seeds the window from firstHeartbeatEstimateMs (PHI-2); later ones enter the window (PHI-3). " +
      "Failed probe rounds alone raise no suspicion (PHI-31); the member is suspected once phi(now) ≥ threshold (PHI-11, PHI-20). " +
      "Deterministic arrivals give a deterministic suspicion time (PHI-5).",
    requirements: ["PHI-1", "PHI-2", "PHI-3", "PHI-5", "PHI-11", "PHI-20", "PHI-30", "PHI-31"],
    spec,
    file,
    setup: phi,
    steps: [
      introduce("p1"),
      ...pingAndAck(1),
      ...pingAndAck(2),
      ...pingAndAck(3),
      ...pingAndAck(4),
      {
        op: "record-event",
        window: [4000, 5600],
        select: suspected,
        note: "not after the first failed round (SWIM would suspect within ~1 s): phi passes 8 near 4.8 s",
      },
    ],
  },
  {
    id: "phi/engine/never-heard-from",
    title:
      "With detector=phi, a member never heard from gets a detector when its first probe round fails and is suspected when phi reaches the threshold",
    description:
      "Before any arrival phi is 0 (PHI-10), so the failed round itself suspects nobody; the detector is created at the end of that round as if an arrival happened then (PHI-30).",
    requirements: ["PHI-10", "PHI-30", "PHI-31"],
    spec,
    file,
    setup: phi,
    steps: [introduce("p1"), { op: "record-event", window: [4000, 7000], select: suspected }],
  },
  {
    id: "phi/engine/pause-not-sampled",
    title:
      "With detector=phi, an ack that arrives after phi crossed the threshold does not enter the window: the next silence is judged by the old rhythm",
    description:
      "After a long pause (suspected, then refuted), a later silence is suspected as fast as before: had the ~5 s pause entered the window, μ and σ would have grown and suspicion would take far longer (PHI-4).",
    requirements: ["PHI-4"],
    spec,
    file,
    setup: phi,
    steps: [
      introduce("p1"),
      ...pingAndAck(1),
      ...pingAndAck(2),
      ...pingAndAck(3),
      { op: "record-event", window: [4000, 5600], select: suspected },
      {
        op: "record-expect",
        transport: "datagram",
        to: "p1",
        within: 1100,
        select: { type: "ping", target: "p1" },
        vary: { seq: { $capture: "late" } },
      },
      {
        op: "inject",
        transport: "datagram",
        from: "p1",
        packet: { messages: [ack({ $var: "late" }), alive("p1", 2, peerAddr("p1"))] },
        note: "the late ack arrives while phi ≥ threshold; p1 refutes the suspicion",
      },
      ...pingAndAck(4),
      ...pingAndAck(5),
      ...pingAndAck(6),
      {
        op: "record-event",
        window: [4000, 5600],
        select: suspected,
        note: "a sampled ~5 s pause would push this past 10 s",
      },
    ],
  },
];
