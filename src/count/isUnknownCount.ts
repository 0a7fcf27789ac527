import { isKnownCount } from './isKnownCount.js';
import type { Count, UnknownCount } from './Count.js';

/**
 * Tells whether a count is unknown: the figure exists but nobody gave it.
 *
 * @param count - Any count.
 * @returns `true` only for `{ status: 'unknown' }`.
 * @example
 * ```ts
 * import { isUnknownCount } from 'swapledger';
 * isUnknownCount({ status: 'unknown' }); // true
 * isUnknownCount({ status: 'undisclosed' }); // false
 * ```
 */
export function isUnknownCount(count: Count): count is UnknownCount {
  return !isKnownCount(count) && count.status === 'unknown';
}
