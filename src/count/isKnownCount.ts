import type { Count, KnownCount } from './Count.js';

/**
 * Tells whether a count is a known interval (as opposed to unknown or undisclosed).
 *
 * @param count - Any count.
 * @returns `true` for `{ low, high }` counts, including zero.
 * @example
 * ```ts
 * import { isKnownCount } from 'swapledger';
 * isKnownCount({ low: 0, high: 0 }); // true
 * isKnownCount({ status: 'undisclosed' }); // false
 * ```
 */
export function isKnownCount(count: Count): count is KnownCount {
  return !('status' in count);
}
