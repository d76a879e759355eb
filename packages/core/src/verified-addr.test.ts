// SEC-102 bookkeeping: the engine keeps an index of the addresses of its live
// members so that checking a reply's destination is O(1). Whatever sequence of
// membership messages arrives, the index must equal a scan of the live set.
import { type Address, encodePacket, type Message } from "@gossip/codec";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AddrId, addrId, createEngine, type GossipEngine } from "./engine.js";
import { NameIndex } from "./name-index.js";

const CLUSTER = "prod";
const SELF: Address = { ip: Uint8Array.of(10, 0, 0, 1), port: 7946 };
const addrOf = (i: number): Address => ({ ip: Uint8Array.of(10, 0, 1, i), port: 7946 + (i % 2) });

interface Internals {
  live: { size: number; at(i: number): number | undefined };
  members_: { name(id: number): string };
  liveAddrs: Map<AddrId, number>;
  verifiedAddr(a: Address): boolean;
}

const verified = (e: GossipEngine, a: Address) => (e as unknown as Internals).verifiedAddr(a);

function scan(e: GossipEngine): Map<string, number> {
  const x = e as unknown as Internals;
  const out = new Map<AddrId, number>();
  for (let i = 0; i < x.live.size; i++) {
    const m = e.member(x.members_.name(x.live.at(i) as number));
    if (m?.addr !== undefined) out.set(addrId(m.addr), (out.get(addrId(m.addr)) ?? 0) + 1);
  }
  return out;
}

const op = fc.record({
  kind: fc.constantFrom("alive", "suspect", "dead", "leave", "tick"),
  node: fc.constantFrom("a", "b", "c", "d", "e"),
  inc: fc.integer({ min: 0, max: 4 }),
  addr: fc.integer({ min: 1, max: 4 }),
});

describe("SEC-102: live address index", () => {
  it("SEC-102: equals a scan of the live members after any membership traffic", () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 60 }), (ops) => {
        const config = {
          name: "self",
          cluster: CLUSTER,
          addr: SELF,
          seed: 1,
          preset: "lan" as const,
          gossipIntervalMs: 0,
          pushPullIntervalMs: 0,
        };
        const e = createEngine(config);
        // With a shared name index the engine keeps no address table: it checks the members noted at
        // an address. Another engine sharing the index sees other traffic, so the notes hold names
        // this engine does not count as live there.
        const names = new NameIndex();
        const indexed = createEngine(config, { nameIndex: names });
        const other = createEngine({ ...config, name: "other" }, { nameIndex: names });
        let now = 0;
        for (const o of ops) {
          now += 100;
          if (o.kind === "tick") {
            now += 30_000;
            for (const x of [e, indexed, other]) {
              x.tick(now);
              x.takeOutputs();
            }
            continue;
          }
          let m: Message;
          if (o.kind === "alive") {
            m = {
              type: "alive",
              node: o.node,
              incarnation: o.inc,
              addr: addrOf(o.addr),
              meta: new Uint8Array(0),
              protocolMin: 1,
              protocolMax: 1,
              certificate: new Uint8Array(0),
            };
          } else if (o.kind === "leave") m = { type: "leave", node: o.node, incarnation: o.inc };
          else m = { type: o.kind, node: o.node, incarnation: o.inc, from: "z" };
          const bytes = encodePacket([m], { cluster: CLUSTER });
          for (const x of [e, indexed]) {
            x.handleDatagram(addrOf(o.addr), bytes, now);
            x.takeOutputs();
          }
          // The other engine hears of the same node at the next address.
          other.handleDatagram(
            addrOf(o.addr),
            encodePacket([{ ...m, ...("addr" in m ? { addr: addrOf((o.addr % 4) + 1) } : {}) } as Message], {
              cluster: CLUSTER,
            }),
            now,
          );
          other.takeOutputs();
          expect((e as unknown as Internals).liveAddrs).toEqual(scan(e));
          const live = scan(e);
          for (let k = 1; k <= 4; k++) {
            const a = addrOf(k);
            expect([verified(e, a), verified(indexed, a)]).toEqual([
              live.has(addrId(a)),
              live.has(addrId(a)),
            ]);
          }
          expect(verified(indexed, SELF)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
