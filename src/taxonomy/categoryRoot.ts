import { questionIndex } from './_lib/taxonomyIndex.js';
import { defaultTaxonomy } from './defaultTaxonomy.js';
import type { ReadonlyTaxonomy } from './TaxonomySchema.js';

/**
 * The root a category hangs from: `people` or `remains` in the default taxonomy. Counts under
 * different roots are never summed.
 *
 * @param category - A category id.
 * @param taxonomy - A valid taxonomy; `defaultTaxonomy` when absent.
 * @returns The root's id, or `undefined` for an unknown category.
 * @example
 * ```ts
 * import { categoryRoot } from 'swapledger';
 * categoryRoot('officer'); // 'people'
 * categoryRoot('military-remains'); // 'remains'
 * ```
 */
export function categoryRoot(
  category: string,
  taxonomy: ReadonlyTaxonomy = defaultTaxonomy,
): string | undefined {
  return questionIndex(taxonomy).root.get(category);
}
