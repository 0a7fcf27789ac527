import { safeAssertCount } from './safeAssertCount.js';

/**
 * Former name of {@link safeAssertCount}, kept so that existing code goes on working.
 *
 * @deprecated Use `safeAssertCount`: every check that returns a Result is named `safeX`, and
 * its throwing twin `X`. This name goes in the next major version.
 * @example
 * ```ts
 * import { validateCount } from 'swapledger';
 * validateCount({ low: 44, high: 44 }).success; // true
 * ```
 */
export const validateCount = safeAssertCount;
