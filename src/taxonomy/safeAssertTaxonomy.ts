import { checkTaxonomy } from './_lib/checkTaxonomy.js';
import type { Result } from '../result/Result.js';
import type { Issue } from '../validation/Issue.js';
import { TaxonomySchema, type Taxonomy } from './TaxonomySchema.js';

/**
 * Checks that an unknown value is a well-formed {@link Taxonomy}: its shape, unique category and
 * partition ids, parents that exist, no cycles, and partitions made only of children of the
 * category they split, each category in at most one partition. Never throws.
 *
 * @param input - Any value.
 * @returns The taxonomy, or every issue found.
 * @example
 * ```ts
 * import { safeAssertTaxonomy, defaultTaxonomy } from 'swapledger';
 * safeAssertTaxonomy(defaultTaxonomy).success; // true
 * const looped = { id: 't', version: '1', partitions: [], categories: [
 *   { id: 'a', label: 'a', parent: 'b' }, { id: 'b', label: 'b', parent: 'a' } ] };
 * safeAssertTaxonomy(looped).success; // false
 * ```
 */
export function safeAssertTaxonomy(input: unknown): Result<Taxonomy, readonly Issue[]> {
  return checkTaxonomy(TaxonomySchema, input);
}
