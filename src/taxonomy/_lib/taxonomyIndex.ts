import type { Taxonomy } from '../TaxonomySchema.js';

/** A taxonomy indexed for fast questions: parents, depths, roots and the partition of each part. */
export interface TaxonomyIndex {
  readonly parent: ReadonlyMap<string, string | null>;
  readonly partitionOf: ReadonlyMap<string, string>;
  readonly root: ReadonlyMap<string, string>;
  readonly depth: ReadonlyMap<string, number>;
}

const cache = new WeakMap<Taxonomy, TaxonomyIndex>();

/**
 * Indexes a taxonomy that has passed validation (cycles would make `root` undefined for the
 * categories on them; callers validate first). Cached per taxonomy object.
 */
export function indexTaxonomy(taxonomy: Taxonomy): TaxonomyIndex {
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
  cache.set(taxonomy, index);
  return index;
}

/** The ids from `id` up to its root, `id` first. */
export function ancestry(index: TaxonomyIndex, id: string): string[] {
  const path: string[] = [];
  let current: string | null | undefined = id;
  while (current !== null && current !== undefined && path.length <= index.parent.size) {
    path.push(current);
    current = index.parent.get(current);
  }
  return path;
}
