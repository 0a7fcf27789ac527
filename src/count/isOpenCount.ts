import type { KnownCount } from './Count.js';

/**
 * Tells whether a known count has no upper bound ("over 2,200").
 *
 * @param count - A known count.
 * @returns `true` when `high` is `null`.
 * @example
 * ```ts
 * import { isOpenCount } from 'swapledger';
 * isOpenCount({ low: 2201, high: null }); // true
 * ```
 */
export function isOpenCount(count: KnownCount): boolean {
  return count.high === null;
}
