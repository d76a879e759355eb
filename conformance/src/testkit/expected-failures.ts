/**
 * What each deliberately broken adapter (broken.ts) must fail: exactly these
 * vectors, no more and no fewer. Checked by broken-*.test.ts.
 */
/** What each broken adapter must fail: exactly these vectors, no more, no fewer. */
export const EXPECTED_FAILURES: Readonly<Record<string, readonly string[]>> = {
  "never-refutes": [
    "mem/refute/suspect-self",
    "mem/refute/above-heard-incarnation",
    "mem/refute/dead-self",
    "mem/refute/push-pull-record",
    "mem/conflict/own-name",
    "mem/meta/change-bumps-incarnation",
    "mem/restart/rejoin-above-previous-run",
  ],
  "no-increment": [
    "mem/refute/suspect-self",
    "mem/refute/above-heard-incarnation",
    "mem/refute/dead-self",
    "mem/refute/push-pull-record",
    "mem/conflict/own-name",
    "mem/meta/change-bumps-incarnation",
    "mem/restart/rejoin-above-previous-run",
  ],
  "ignores-cluster": [
    "wire/cluster/other-cluster-ignored",
    "wire/cluster/empty-cluster-ignored",
    "sec/cluster/sealed-for-other-cluster",
  ],
  "late-acks": [
    "wire/cluster/other-cluster-ignored",
    "wire/cluster/empty-cluster-ignored",
    "wire/malformed/garbage",
    "wire/malformed/truncated",
    "wire/malformed/bad-magic",
    "wire/malformed/unknown-version",
    "wire/malformed/empty",
    "wire/compound/all-messages-processed",
    "wire/encryption/encrypted-exchange",
    "sec/encryption/replayed-dropped",
    "fd/probe/ack-direct",
    "fd/probe/ack-to-source-addr",
    "fd/indirect/relay-forwards-ack",
    "dis/piggyback/on-ack",
    "dis/piggyback/size-limit",
    "trn/undecodable/datagram-and-stream",
  ],
  "no-nacks": ["fd/indirect/relay-nack"],
  "any-target": ["fd/probe/wrong-target"],
  "fixed-suspicion-timeout": ["fd/lifeguard/no-confirmation", "fd/lifeguard/one-confirmation"],
  "oversized-datagrams": [
    "dis/piggyback/size-limit",
    "kv/budget/no-oversized-datagram",
    "kv/piggyback/cut-to-budget",
    "kv/piggyback/no-empty-delta",
    "kv/tombstone/cap-and-cut-reset",
  ],
  "keeps-probing-left": ["mem/leave/received"],
  "drops-tombstones": ["kv/apply/tombstone"],
  "no-event-forwarding": ["evt/receive/deliver-and-forward"],
  "no-health-score": ["fd/lifeguard/health-slows-probes"],
  "fixed-nonce": ["wire/encryption/fresh-nonces"],
  "no-replay-window": ["sec/encryption/replayed-dropped"],
};
