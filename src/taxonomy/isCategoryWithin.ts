import { ancestorAt, questionIndex } from './_lib/taxonomyIndex.js';
import { defaultTaxonomy } from './defaultTaxonomy.js';
import type { ReadonlyTaxonomy } from './TaxonomySchema.js';

/**
 * Tells whether a category is a kind of another (or the same one): officers are within military,
 * which is within people.
 *
 * @param category - The narrower category.
 * @param ancestor - The wider one.
 * @param taxonomy - A valid taxonomy; `defaultTaxonomy` when absent.
 * @returns `true` when `ancestor` is `category` or one of its ancestors.
 * @example
 * ```ts
 * import { isCategoryWithin } from 'swapledger';
 * isCategoryWithin('officer', 'people'); // true
 * isCategoryWithin('people', 'officer'); // false
 * ```
 */
export function isCategoryWithin(
  category: string,
  ancestor: string,
  taxonomy: ReadonlyTaxonomy = defaultTaxonomy,
): boolean {
  const index = questionIndex(taxonomy);
  if (!index.root.has(category) || !index.root.has(ancestor)) return false;
  // The ancestor at its own depth on the category's path, found with the jump tables.
  const depth = index.depth.get(ancestor) ?? 0;
  return (
    (index.depth.get(category) ?? 0) >= depth && ancestorAt(index, category, depth) === ancestor
  );
}
