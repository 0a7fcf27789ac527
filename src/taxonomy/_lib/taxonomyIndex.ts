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

/** A taxonomy indexed for fast questions: parents, depths, roots and the partition of each part. */
export interface TaxonomyIndex {
  readonly parent: ReadonlyMap<string, string | null>;
  readonly partitionOf: ReadonlyMap<string, string>;
  readonly root: ReadonlyMap<string, string>;
  readonly depth: ReadonlyMap<string, number>;
}

const cache = new WeakMap<TaxonomyLike, TaxonomyIndex>();

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
export function indexTaxonomy(taxonomy: TaxonomyLike): TaxonomyIndex {
  // Only a settled taxonomy's index is ever kept, so one found needs no other question.
  const cached = cache.get(taxonomy);
  if (cached) return cached;
  const parent = new Map<string, string | null>();
  for (const category of taxonomy.categories) parent.set(category.id, category.parent);
  const partitionOf = new Map<string, string>();
  for (const partition of taxonomy.partitions) {
    for (const part of partition.parts) partitionOf.set(part, partition.id);
  }
  const root = new Map<string, string>();
  const depth = new Map<string, number>();
  for (const id of parent.keys()) {
    // Walk up until a resolved category or the top; a cycle or a missing parent stays unresolved.
    const chain: string[] = [];
    const seen = new Set<string>();
    let current: string | null | undefined = id;
    while (current !== null && current !== undefined && !root.has(current)) {
      if (seen.has(current) || !parent.has(current)) break;
      seen.add(current);
      chain.push(current);
      current = parent.get(current);
    }
    let rootId: string | undefined;
    let d: number;
    if (current === null || current === undefined) {
      rootId = chain[chain.length - 1];
      d = 0;
    } else if (root.has(current)) {
      rootId = root.get(current);
      d = (depth.get(current) ?? 0) + 1;
    } else continue;
    if (rootId === undefined) continue;
    for (let i = chain.length - 1; i >= 0; i -= 1) {
      const node = chain[i] as string;
      root.set(node, rootId);
      depth.set(node, d);
      d += 1;
    }
  }
  const index = { parent, partitionOf, root, depth };
  if (isSettled(taxonomy)) cache.set(taxonomy, index);
  return index;
}

// Jump tables for ancestors: the 2^k-th ancestor of each category, built once per index, so that
// comparing two categories costs the logarithm of the taxonomy's depth, not the depth itself.
const jumpTables = new WeakMap<TaxonomyIndex, Map<string, string[]>>();

function jumpsOf(index: TaxonomyIndex): Map<string, string[]> {
  const cached = jumpTables.get(index);
  if (cached) return cached;
  const table = new Map<string, string[]>();
  // Top-down by depth, so that a category's ancestors have their tables before it.
  const ids = [...index.depth.keys()].sort(
    (a, b) => (index.depth.get(a) ?? 0) - (index.depth.get(b) ?? 0),
  );
  for (const id of ids) {
    const jumps: string[] = [];
    let up = index.parent.get(id) ?? undefined;
    for (let k = 0; up !== undefined; k += 1) {
      jumps.push(up);
      up = table.get(up)?.[k];
    }
    table.set(id, jumps);
  }
  jumpTables.set(index, table);
  return table;
}

/** The ancestor of `id` at `depth` (its own id at its own depth), for a resolved category. */
export function ancestorAt(index: TaxonomyIndex, id: string, depth: number): string {
  const table = jumpsOf(index);
  let current = id;
  let distance = (index.depth.get(id) ?? 0) - depth;
  for (let k = 0; distance > 0; k += 1, distance >>= 1)
    if (distance & 1) current = table.get(current)?.[k] ?? current;
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
