import { unwrap } from '../validation/_lib/outcome.js';
import { safeAssertTaxonomy } from './safeAssertTaxonomy.js';
import type { Taxonomy } from './TaxonomySchema.js';

/**
 * Throwing twin of {@link safeAssertTaxonomy}: returns normally when `input` is a well-formed
 * {@link Taxonomy} and throws a `SwapledgerError` carrying every issue otherwise.
 *
 * @param input - Any value.
 * @returns Nothing; narrows `input` to `Taxonomy`.
 * @example
 * ```ts
 * import { assertTaxonomy, defaultTaxonomy } from 'swapledger';
 * assertTaxonomy(defaultTaxonomy); // returns: the default taxonomy is well formed
 * const looped = { id: 't', version: '1', partitions: [], categories: [
 *   { id: 'a', label: 'a', parent: 'b' }, { id: 'b', label: 'b', parent: 'a' } ] };
 * try { assertTaxonomy(looped); } catch (error) { (error as Error).name; } // 'SwapledgerError'
 * ```
 */
export function assertTaxonomy(input: unknown): asserts input is Taxonomy {
  unwrap(safeAssertTaxonomy(input));
}
