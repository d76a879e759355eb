/**
 * Dense small-integer ids for member names, shared by engines in one process
 * (the simulator). An engine given one keeps an array of its members by id
 * next to its name-keyed map: the lookup of a piggybacked statement's subject
 * is then one probe of a small shared (cache-warm) table and one array load,
 * instead of a probe of each engine's own hash table. Ids are never reused.
 */
export class NameIndex {
  private readonly ids = new Map<string, number>();

  /** The id of `name`, assigned on first use. */
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(name, id);
    }
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}
