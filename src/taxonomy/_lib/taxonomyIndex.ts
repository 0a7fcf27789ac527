import { deepFreeze, isDeeplyFrozen } from '../../_lib/deepFreeze.js';

/**
 * What the index and the structure check read of a taxonomy. Stated here rather than imported,
 * so that the taxonomy's schema can answer with its structure check without a cycle of imports.
 */
export interface TaxonomyLike {
  readonly categories: readonly { readonly id: string; readonly parent: string | null }[];
  readonly partitions: readonly {
    readonly id: string;
    readonly of: string;
    readonly parts: readonly string[];
  }[];
}

/** What a question reads of an index: a `Map`, or a table filled as it is asked (see {@link questionIndex}). */
interface Lookup<V> {
  has(id: string): boolean;
  get(id: string): V | undefined;
}

/**
 * A taxonomy indexed for questions: parents, depths, roots and the partition of each part. A
 * category on a cycle, or under a parent the taxonomy lacks, has no root and no depth.
 */
export interface TaxonomyIndex {
  readonly parent: Lookup<string | null>;
  readonly partitionOf: Lookup<string>;
  readonly root: Lookup<string>;
  readonly depth: Lookup<number>;
}

/** An index of every category, as {@link indexTaxonomy} makes it. */
interface FullIndex extends TaxonomyIndex {
  readonly parent: ReadonlyMap<string, string | null>;
  readonly depth: ReadonlyMap<string, number>;
}

const cache = new WeakMap<TaxonomyLike, FullIndex>();

/** Taxonomies that can no longer change: their index is kept from one call to the next. */
const settled = new WeakSet<object>();

/** Whether `taxonomy` is deeply frozen, and so settled (asked once of each frozen object). */
function isSettled(taxonomy: object): boolean {
  if (settled.has(taxonomy)) return true;
  if (!isDeeplyFrozen(taxonomy)) return false;
  settled.add(taxonomy);
  return true;
}

/**
 * Registers a taxonomy the package has just made, which nothing else holds, as settled: it is
 * frozen in place, lists and entries too, and its index is kept.
 */
export function keepTaxonomy<T extends TaxonomyLike>(made: T): T {
  settled.add(deepFreeze(made));
  return made;
}

/** The record fields a copy of a taxonomy holds: what the index reads, and ids and labels. */
interface Readable extends TaxonomyLike {
  readonly id: string;
  readonly version: string;
  readonly categories: readonly (TaxonomyLike['categories'][number] & { readonly label: string })[];
  readonly partitions: readonly (TaxonomyLike['partitions'][number] & {
    readonly label: string;
    readonly complete: boolean;
  })[];
}

/**
 * `taxonomy` itself when it can no longer change (`defaultTaxonomy`, what `extendTaxonomy` gives,
 * one the caller froze deeply), else a frozen copy of it as it is now. For a call that reads one
 * taxonomy many times: its index is then built once for the call, and an edit made to the
 * caller's object before the next call is read by that call. The copy holds what the package
 * reads (ids, labels, parents, partitions), each field read as any reader reads it, getters and
 * Proxies alike; not the notes and legal references, which no function that takes one reads.
 */
export function settledTaxonomy<T extends TaxonomyLike>(taxonomy: T): T {
  if (isSettled(taxonomy)) return taxonomy;
  const t = taxonomy as unknown as Readable;
  const copy: Readable = {
    id: t.id,
    version: t.version,
    categories: Array.from(t.categories, (c) => ({ id: c.id, label: c.label, parent: c.parent })),
    partitions: Array.from(t.partitions, (p) => ({
      id: p.id,
      label: p.label,
      of: p.of,
      parts: Array.from(p.parts),
      complete: p.complete,
    })),
  };
  return keepTaxonomy(copy) as unknown as T;
}

/**
 * Indexes a taxonomy that has passed validation (cycles would make `root` undefined for the
 * categories on them; callers validate first). The index is kept only for a taxonomy that can no
 * longer change (see {@link settledTaxonomy}): one that can is indexed again on each call, so that
 * an edit made in place is never answered from an index of the taxonomy as it was.
 */
export function indexTaxonomy(taxonomy: TaxonomyLike): FullIndex {
  // Only a settled taxonomy's index is ever kept, so one found needs no other question.
  const cached = cache.get(taxonomy);
  if (cached) return cached;
  const parent = parentsOf(taxonomy);
  const partitionOf = new Map<string, string>();
  for (const partition of taxonomy.partitions) {
    for (const part of partition.parts) partitionOf.set(part, partition.id);
  }
  const places = newPlaces();
  for (const id of parent.keys()) place(id, parent, places);
  const index = { parent, partitionOf, root: places.root, depth: places.depth };
  if (isSettled(taxonomy)) {
    cache.set(taxonomy, index);
    kept.add(index);
  }
  return index;
}

/** Each category's parent, by id: of an id given twice, the last entry's. */
function parentsOf(taxonomy: TaxonomyLike): Map<string, string | null> {
  const parent = new Map<string, string | null>();
  for (const category of taxonomy.categories) parent.set(category.id, category.parent);
  return parent;
}

/**
 * The roots and depths of the categories placed so far, and those that have neither: their path
 * meets a cycle or a parent the taxonomy lacks.
 */
interface Places {
  readonly root: Map<string, string>;
  readonly depth: Map<string, number>;
  readonly unresolved: Set<string>;
  /** The categories on the path being walked: meeting one again is a cycle. */
  readonly onPath: Set<string>;
}

const newPlaces = (): Places => ({
  root: new Map(),
  depth: new Map(),
  unresolved: new Set(),
  onPath: new Set(),
});

/** Places `id` and the categories on its path, each once: up to a placed category or the top. */
function place(id: string, parent: ReadonlyMap<string, string | null>, places: Places): void {
  const { root, depth, unresolved, onPath } = places;
  if (root.has(id) || unresolved.has(id)) return;
  const chain: string[] = [];
  let current: string | null | undefined = id;
  while (current !== null && current !== undefined && !root.has(current)) {
    if (onPath.has(current) || !parent.has(current) || unresolved.has(current)) break;
    onPath.add(current);
    chain.push(current);
    current = parent.get(current);
  }
  onPath.clear();
  let rootId: string | undefined;
  let d: number;
  if (current === null || current === undefined) {
    rootId = chain[chain.length - 1];
    d = 0;
  } else if (root.has(current)) {
    rootId = root.get(current);
    d = (depth.get(current) ?? 0) + 1;
  } else {
    for (const node of chain) unresolved.add(node);
    return;
  }
  if (rootId === undefined) return;
  for (let i = chain.length - 1; i >= 0; i -= 1) {
    const node = chain[i] as string;
    root.set(node, rootId);
    depth.set(node, d);
    d += 1;
  }
}

/** The indexes kept from one call to the next: those of settled taxonomies. */
const kept = new WeakSet<FullIndex>();

/**
 * The index for a call that asks one question or two (is one category within another, its root,
 * two categories' overlap): the kept index of a settled taxonomy, else one of the parents alone,
 * which places only the categories asked about. Indexing every category of a taxonomy that can
 * still change costs, on each call, the roots and depths of all of them; this costs one pass over
 * the categories and the paths asked about.
 */
export function questionIndex(taxonomy: TaxonomyLike): TaxonomyIndex {
  if (isSettled(taxonomy)) return indexTaxonomy(taxonomy);
  const parent = parentsOf(taxonomy);
  const places = newPlaces();
  const placed = (id: string): Places => {
    place(id, parent, places);
    return places;
  };
  return {
    parent,
    partitionOf: {
      has: (id) => partitionOfPart(taxonomy, id) !== undefined,
      get: (id) => partitionOfPart(taxonomy, id),
    },
    root: { has: (id) => placed(id).root.has(id), get: (id) => placed(id).root.get(id) },
    depth: { has: (id) => placed(id).depth.has(id), get: (id) => placed(id).depth.get(id) },
  };
}

/** The last partition that lists `part`, if any. */
function partitionOfPart(taxonomy: TaxonomyLike, part: string): string | undefined {
  let found: string | undefined;
  for (const partition of taxonomy.partitions)
    for (const listed of partition.parts) if (listed === part) found = partition.id;
  return found;
}

// Jump tables for ancestors: the 2^k-th ancestor of each category, built once per kept index, so
// that comparing two categories costs the logarithm of the taxonomy's depth, not the depth itself.
// An index made for one call (of a taxonomy that can still change) has none: building them costs
// more than the few walks up its parents the call makes.
const jumpTables = new WeakMap<TaxonomyIndex, Map<string, string[]>>();

function jumpsOf(index: TaxonomyIndex): Map<string, string[]> | undefined {
  const cached = jumpTables.get(index);
  if (cached) return cached;
  if (!kept.has(index as FullIndex)) return undefined;
  const full = index as FullIndex;
  const table = new Map<string, string[]>();
  // Top-down by depth, so that a category's ancestors have their tables before it.
  const ids = [...full.depth.keys()].sort(
    (a, b) => (full.depth.get(a) ?? 0) - (full.depth.get(b) ?? 0),
  );
  for (const id of ids) {
    const jumps: string[] = [];
    let up = full.parent.get(id) ?? undefined;
    for (let k = 0; up !== undefined; k += 1) {
      jumps.push(up);
      up = table.get(up)?.[k];
    }
    table.set(id, jumps);
  }
  jumpTables.set(full, table);
  return table;
}

/** The ancestor of `id` at `depth` (its own id at its own depth), for a resolved category. */
export function ancestorAt(index: TaxonomyIndex, id: string, depth: number): string {
  const table = jumpsOf(index);
  let current = id;
  let distance = (index.depth.get(id) ?? 0) - depth;
  if (table === undefined)
    for (; distance > 0; distance -= 1) current = index.parent.get(current) ?? current;
  for (let k = 0; distance > 0; k += 1, distance >>= 1)
    if (distance & 1) current = table?.get(current)?.[k] ?? current;
  return current;
}

/**
 * Where the paths from the root to `a` and to `b` part, for two resolved categories of one root
 * where neither is an ancestor of the other: the two children of their last common ancestor.
 */
export function partingChildren(
  index: TaxonomyIndex,
  a: string,
  b: string,
): { readonly common: string; readonly childA: string; readonly childB: string } {
  const table = jumpsOf(index);
  const depth = Math.min(index.depth.get(a) ?? 0, index.depth.get(b) ?? 0);
  let x = ancestorAt(index, a, depth);
  let y = ancestorAt(index, b, depth);
  if (table === undefined)
    // Up both paths a step at a time, until the next step is the ancestor they share.
    while (index.parent.get(x) !== index.parent.get(y)) {
      x = index.parent.get(x) as string;
      y = index.parent.get(y) as string;
    }
  else
    for (let k = (table.get(x)?.length ?? 0) - 1; k >= 0; k -= 1) {
      const upX = table.get(x)?.[k];
      const upY = table.get(y)?.[k];
      if (upX !== undefined && upX !== upY) {
        x = upX;
        y = upY as string;
      }
    }
  return { common: index.parent.get(x) ?? '', childA: x, childB: y };
}
