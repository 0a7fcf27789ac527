/**
 * The ids of one collection, each with the origin of the first record that gave it. It does what
 * a `Map` of string to number does (`has`, `keys` in the order given, `size`, and `add`, which
 * sets an id only if it is new), built for a million fresh ids.
 *
 * Why not a `Map`: a dataset's ids are new strings, read once. A `Map` finds one by reading the
 * other strings of its bucket, each somewhere else in memory, and re-reads every key each time it
 * grows. Here each slot keeps the id's hash beside it, so a slot whose hash differs is passed
 * without reading its id, and growing reads no id at all. A look-up decides by comparing the ids
 * themselves: the hash only says where to look.
 *
 * The hash is not secret, so ids can be chosen to collide. Every probe step is counted; once the
 * steps exceed four per look-up on average (over all look-ups so far, plus a few thousand), the
 * index moves into a `Map` for good, whose hash the engine seeds. So colliding ids cost at most a
 * few steps per look-up, however they are chosen.
 *
 * @internal
 */
export class IdIndex {
  // Open addressing with linear probing: slot `s` holds a hash at `2s` and, at `2s + 1`, the
  // number of its entry plus one (0: the slot is empty). Never more than half full.
  private slots = new Int32Array(2 * 16);
  private mask = 15;
  /** The ids and their origins, in the order they were first set. */
  private readonly ids: string[] = [];
  private readonly origins: number[] = [];
  /** Where everything lives once the probes grew too long. */
  private map: Map<string, number> | undefined;
  private steps = 0;
  private lookups = 0;

  /**
   * Both parameters are for tests: a `hash` (a 32-bit integer) that makes ids collide on purpose,
   * and fewer `spare` steps, so that the move into a `Map` comes at any point of a short test.
   */
  constructor(
    private readonly hash: (id: string) => number = hashOf,
    private readonly spare: number = IdIndex.SPARE_STEPS,
  ) {}

  /** How many probe steps a look-up may take on average before the index becomes a `Map`. */
  static readonly STEPS_PER_LOOKUP = 4;
  /** Steps allowed on top of that, so that a small index never leaves for a few unlucky ids. */
  static readonly SPARE_STEPS = 4096;

  get size(): number {
    return this.map ? this.map.size : this.ids.length;
  }

  has(id: string): boolean {
    if (this.map) return this.map.has(id);
    const found = this.entry(id, this.hash(id)) >= 0;
    this.settle();
    return found;
  }

  /**
   * Gives `id` the origin `origin` if it has none yet, in one look-up. Returns the origin it
   * already had, or undefined when it is new.
   */
  add(id: string, origin: number): number | undefined {
    if (this.map) {
      const first = this.map.get(id);
      if (first === undefined) this.map.set(id, origin);
      return first;
    }
    const hash = this.hash(id);
    const e = this.entry(id, hash);
    if (e >= 0) {
      // Read before settling: a move into a Map empties the lists.
      const first = this.origins[e];
      this.settle();
      return first;
    }
    let s = this.free;
    if (2 * (this.ids.length + 1) > this.mask + 1) {
      this.grow();
      s = hash & this.mask;
      while (this.slots[2 * s + 1] !== 0) s = (s + 1) & this.mask;
    }
    this.slots[2 * s] = hash;
    this.slots[2 * s + 1] = this.ids.push(id);
    this.origins.push(origin);
    this.settle();
    return undefined;
  }

  /** The ids in the order they were first set. */
  keys(): IterableIterator<string> {
    return this.map ? this.map.keys() : this.ids.values();
  }

  /** The empty slot the last look-up that found nothing ended on: where its id would go. */
  private free = 0;

  /** The entry holding `id`, or -1 (and {@link free} is where it would go). */
  private entry(id: string, hash: number): number {
    const { slots, mask, ids } = this;
    let s = hash & mask;
    let found = -1;
    this.lookups += 1;
    for (; ; s = (s + 1) & mask) {
      this.steps += 1;
      const e = slots[2 * s + 1] as number;
      if (e === 0) break;
      if (slots[2 * s] === hash && ids[e - 1] === id) {
        found = e - 1;
        break;
      }
    }
    this.free = s;
    return found;
  }

  /** Moves into a `Map` once the probes have taken too many steps. */
  private settle(): void {
    if (this.steps > IdIndex.STEPS_PER_LOOKUP * this.lookups + this.spare) this.leave();
  }

  /** Doubles the slots, placing each entry again by the hash it kept. */
  private grow(): void {
    const old = this.slots;
    const mask = 2 * (this.mask + 1) - 1;
    const slots = new Int32Array(2 * (mask + 1));
    for (let s = 0; s < old.length; s += 2) {
      const e = old[s + 1] as number;
      if (e === 0) continue;
      const hash = old[s] as number;
      let t = hash & mask;
      while (slots[2 * t + 1] !== 0) t = (t + 1) & mask;
      slots[2 * t] = hash;
      slots[2 * t + 1] = e;
    }
    this.slots = slots;
    this.mask = mask;
  }

  /** Moves every entry into a `Map`, in order, and frees the slots. */
  private leave(): void {
    const map = new Map<string, number>();
    for (let e = 0; e < this.ids.length; e += 1)
      map.set(this.ids[e] as string, this.origins[e] as number);
    this.map = map;
    this.slots = new Int32Array(0);
    this.ids.length = 0;
    this.origins.length = 0;
  }
}

/** FNV-1a over the UTF-16 code units, then mixed (murmur3's finaliser) so that low bits vary. */
export function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}
