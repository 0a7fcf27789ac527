import type { KnownCount } from './Count.js';

/**
 * The fewest people by which two counts disagree: zero when they overlap, otherwise the distance
 * from the top of the lower count to the bottom of the higher one. "40" against "44" is a gap of 4;
 * "over 800" against "hundreds" (200–999) is a gap of 0.
 *
 * @param a - One count.
 * @param b - Another count.
 * @returns A non-negative whole number of people.
 * @example
 * ```ts
 * import { gapBetweenCounts, exact, between } from 'swapledger';
 * gapBetweenCounts(exact(40), exact(44)); // 4
 * gapBetweenCounts(between(36, 44), exact(40)); // 0
 * ```
 */
export function gapBetweenCounts(a: KnownCount, b: KnownCount): number {
  if (a.high !== null && a.high < b.low) return b.low - a.high;
  if (b.high !== null && b.high < a.low) return a.low - b.high;
  return 0;
}
