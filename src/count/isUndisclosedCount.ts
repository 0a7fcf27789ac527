import { isKnownCount } from './isKnownCount.js';
import type { Count, UndisclosedCount } from './Count.js';

/**
 * Tells whether a count is undisclosed: a party declined to give the figure.
 *
 * @param count - Any count.
 * @returns `true` only for `{ status: 'undisclosed' }`.
 * @example
 * ```ts
 * import { isUndisclosedCount } from 'swapledger';
 * isUndisclosedCount({ status: 'undisclosed' }); // true
 * isUndisclosedCount({ low: 0, high: 0 }); // false: zero is a known count
 * ```
 */
export function isUndisclosedCount(count: Count): count is UndisclosedCount {
  return !isKnownCount(count) && count.status === 'undisclosed';
}
