import type { KnownCount } from './Count.js';

/**
 * Tells whether a known count is a single number (`low === high`).
 *
 * @param count - A known count.
 * @returns `true` for exact counts such as `44..44` and `0..0`.
 * @example
 * ```ts
 * import { isExactCount } from 'swapledger';
 * isExactCount({ low: 44, high: 44 }); // true
 * isExactCount({ low: 36, high: 44, best: 40 }); // false
 * ```
 */
export function isExactCount(count: KnownCount): boolean {
  return count.high === count.low;
}
