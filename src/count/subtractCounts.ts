import type { CountDifference, KnownCount } from './Count.js';

/**
 * The signed difference `a − b` as an interval: the smallest value is `a.low − b.high`, the largest
 * `a.high − b.low`. An open-ended operand makes that side unbounded (`null`). The result may be
 * negative and is a {@link CountDifference}, not a count.
 *
 * @param a - The count to subtract from.
 * @param b - The count to subtract.
 * @returns The interval of possible differences.
 * @example
 * ```ts
 * import { subtractCounts, exact, between } from 'swapledger';
 * subtractCounts(exact(40), exact(44)); // { low: -4, high: -4 }
 * subtractCounts(between(36, 44), exact(40)); // { low: -4, high: 4 }
 * ```
 */
export function subtractCounts(a: KnownCount, b: KnownCount): CountDifference {
  return {
    low: b.high === null ? null : a.low - b.high,
    high: a.high === null ? null : a.high - b.low,
  };
}
