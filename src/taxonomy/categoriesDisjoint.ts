import {
  ancestorAt,
  indexTaxonomy,
  partingChildren,
  questionIndex,
  type TaxonomyIndex,
} from './_lib/taxonomyIndex.js';
import { defaultTaxonomy } from './defaultTaxonomy.js';
import type { ReadonlyTaxonomy } from './TaxonomySchema.js';

/**
 * Why two categories cannot be summed:
 * - `same`: the same category twice;
 * - `nested`: one is a kind of the other ("military" and "officers");
 * - `different-partitions`: they split their common ancestor in two independent ways ("officers"
 *   by rank, "national guard" by service), so the same people may be in both;
 * - `unpartitioned`: one of them is a child that no partition places;
 * - `people-and-remains`: living people and remains are never summed;
 * - `unknown-category`: the taxonomy has no such category.
 *
 * @example
 * ```ts
 * import type { OverlapReason } from 'swapledger';
 * const reason: OverlapReason = 'different-partitions';
 * ```
 */
export type OverlapReason =
  | 'same'
  | 'nested'
  | 'different-partitions'
  | 'unpartitioned'
  | 'people-and-remains'
  | 'unknown-category';

/**
 * The verdict of {@link categoriesDisjoint}.
 *
 * @example
 * ```ts
 * import type { Disjointness } from 'swapledger';
 * const ok: Disjointness = { disjoint: true };
 * ```
 */
export type Disjointness =
  | { readonly disjoint: true }
  | {
      readonly disjoint: false;
      readonly pair: readonly [string, string];
      readonly reason: OverlapReason;
      readonly message: string;
    };

function why(a: string, b: string, reason: OverlapReason, detail = ''): Disjointness {
  return { disjoint: false, pair: [a, b], reason, message: overlapMessage(a, b, reason, detail) };
}

// One message, written when asked for: the audit asks this of many pairs, and writing all six
// each time made 190 MB of garbage in the audit of 300,000 claims of the theatres shape.
function overlapMessage(a: string, b: string, reason: OverlapReason, detail: string): string {
  switch (reason) {
    case 'same':
      return `"${a}" is listed twice`;
    case 'nested':
      return `"${b}" is a kind of "${a}"`;
    case 'different-partitions':
      return `"${a}" and "${b}" split ${detail} in two independent ways, so the same people can be in both`;
    case 'unpartitioned':
      return `"${a}" and "${b}" are not parts of one partition of ${detail}, so they may overlap`;
    case 'people-and-remains':
      return `"${a}" and "${b}" mix living people and remains, which are never summed`;
    case 'unknown-category':
      return `"${detail}" is not a category of the taxonomy`;
  }
}

function pairDisjoint(index: TaxonomyIndex, a: string, b: string): Disjointness {
  if (!index.root.has(a)) return why(a, b, 'unknown-category', a);
  if (!index.root.has(b)) return why(a, b, 'unknown-category', b);
  if (a === b) return why(a, b, 'same');
  if (index.root.get(a) !== index.root.get(b)) return why(a, b, 'people-and-remains');
  const depthA = index.depth.get(a) ?? 0;
  const depthB = index.depth.get(b) ?? 0;
  if (depthB > depthA && ancestorAt(index, b, depthA) === a) return why(a, b, 'nested');
  if (depthA > depthB && ancestorAt(index, a, depthB) === b) return why(b, a, 'nested');
  // Where the two paths from the root part, the children of the last common ancestor decide.
  const { common, childA, childB } = partingChildren(index, a, b);
  const partitionA = index.partitionOf.get(childA);
  const partitionB = index.partitionOf.get(childB);
  if (partitionA === undefined || partitionB === undefined)
    return why(a, b, 'unpartitioned', `"${common}"`);
  if (partitionA !== partitionB) return why(a, b, 'different-partitions', `"${common}"`);
  return { disjoint: true };
}

/**
 * Says whether a set of categories is pairwise disjoint, and so may be summed: two categories are
 * disjoint only when they sit in different branches of one partition. "36 soldiers and sergeants,
 * 6 officers, 2 civilians" is disjoint (and sums to 44); "6 officers, 20 national guardsmen" is
 * not, because rank and service split military people independently. Pairs are checked in
 * order and the first overlap is reported.
 *
 * @param categories - Category ids, in the order they were listed.
 * @param taxonomy - The taxonomy to judge by; `defaultTaxonomy` when absent. It must be valid.
 * @returns `{ disjoint: true }`, or the first overlapping pair with the reason and a sentence.
 * @example
 * ```ts
 * import { categoriesDisjoint } from 'swapledger';
 * categoriesDisjoint(['enlisted', 'officer', 'civilian']); // { disjoint: true }
 * categoriesDisjoint(['officer', 'national-guard']);
 * // { disjoint: false, pair: ['officer', 'national-guard'], reason: 'different-partitions', … }
 * ```
 */
export function categoriesDisjoint(
  categories: readonly string[],
  taxonomy: ReadonlyTaxonomy = defaultTaxonomy,
): Disjointness {
  // Read as the taxonomy is now, once for every pair: a few categories by searching for them,
  // more by indexing every category (a search costs a pass over the taxonomy per category).
  const index = categories.length > 3 ? indexTaxonomy(taxonomy) : questionIndex(taxonomy);
  for (let i = 0; i < categories.length; i += 1) {
    for (let j = i + 1; j < categories.length; j += 1) {
      const verdict = pairDisjoint(index, categories[i] as string, categories[j] as string);
      if (!verdict.disjoint) return verdict;
    }
  }
  return { disjoint: true };
}
