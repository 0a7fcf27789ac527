import { safeAssertPartialDate } from './safeAssertPartialDate.js';

/**
 * Former name of {@link safeAssertPartialDate}, kept so that existing code goes on working.
 *
 * @deprecated Use `safeAssertPartialDate`: every check that returns a Result is named `safeX`,
 * and its throwing twin `X`. This name goes in the next major version.
 * @example
 * ```ts
 * import { validatePartialDate } from 'swapledger';
 * validatePartialDate('2023-02-30').success; // false
 * ```
 */
export const validatePartialDate = safeAssertPartialDate;
