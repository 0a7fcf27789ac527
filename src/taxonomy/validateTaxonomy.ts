import { safeAssertTaxonomy } from './safeAssertTaxonomy.js';

/**
 * Former name of {@link safeAssertTaxonomy}, kept so that existing code goes on working.
 *
 * @deprecated Use `safeAssertTaxonomy`: every check that returns a Result is named `safeX`, and
 * its throwing twin `X`. This name goes in the next major version.
 * @example
 * ```ts
 * import { validateTaxonomy, defaultTaxonomy } from 'swapledger';
 * validateTaxonomy(defaultTaxonomy).success; // true
 * ```
 */
export const validateTaxonomy = safeAssertTaxonomy;
