import type { Alive, MemberRecord } from "@gossip/codec";

/**
 * Dense small-integer ids for member names, shared by engines in one process
 * (the simulator). Engines given one keep their member records, live set and
 * probe list in arrays by these ids (`MemberStore`, `positions`): a lookup is
 * one probe of a small shared (cache-warm) table and one array load instead of
 * a probe of each engine's own hash table. Ids are never reused.
 *
 * It also holds what those engines can share: the push-pull record and the
 * alive last built for each member (engines that agree on a member send the
 * same frozen message, encoded once for all of them); a small integer per
 * address, for the peers broadcast queues remember; and, for each address
 * key, the ids of the names any of them counted as live at that address, so
 * that an engine checks a datagram's source (SEC-102) against its own members
 * without a table of addresses of its own.
 */
export class NameIndex {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly records: (MemberRecord | undefined)[] = [];
  private readonly alives: (Alive | undefined)[] = [];
  private readonly namesAt = new Map<number | string, number[]>();
  private readonly peers = new Map<number | string, number>();

  /** The id of `name`, assigned on first use. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  /** The id of `name`, or -1 when none was assigned. */
  find(name: string): number {
    return this.ids.get(name) ?? -1;
  }

  /** The name with this id. */
  name(id: number): string {
    return this.names[id] as string;
  }

  /** The record last shared for the member with this id (engines check it still matches their view). */
  record(id: number): MemberRecord | undefined {
    return this.records[id];
  }

  shareRecord(id: number, record: MemberRecord): void {
    this.records[id] = record;
  }

  /** The frozen alive last relayed for the member with this id (engines check it says what they would). */
  alive(id: number): Alive | undefined {
    return this.alives[id];
  }

  shareAlive(id: number, alive: Alive): void {
    this.alives[id] = alive;
  }

  /** Notes that the name with this id was seen live at the address with this key (`addrId`). */
  noteAddress(key: number | string, id: number): void {
    const ids = this.namesAt.get(key);
    if (ids === undefined) this.namesAt.set(key, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }

  /** Ids of the names ever noted at this address key (engines check their own view of each). */
  namesAtAddress(key: number | string): readonly number[] | undefined {
    return this.namesAt.get(key);
  }

  /** A small integer for an address key (`addrId`), the same in every engine (broadcast queues keep 4 bytes per peer). */
  peer(key: number | string): number {
    let id = this.peers.get(key);
    if (id === undefined) {
      id = this.peers.size;
      this.peers.set(key, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}
