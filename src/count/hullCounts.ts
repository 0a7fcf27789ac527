import type { KnownCount } from './Count.js';

/**
 * The smallest count that contains both: from the lower of the lows to the higher of the highs
 * (open-ended if either is). Used to read "thousands if not tens of thousands" and to describe
 * the spread of several sources.
 *
 * @param a - One count.
 * @param b - Another count.
 * @returns The interval spanning both.
 * @example
 * ```ts
 * import { hullCounts, exact } from 'swapledger';
 * hullCounts(exact(40), exact(44)); // { low: 40, high: 44 }
 * ```
 */
export function hullCounts(a: KnownCount, b: KnownCount): KnownCount {
  const low = Math.min(a.low, b.low);
  const high = a.high === null || b.high === null ? null : Math.max(a.high, b.high);
  return { low, high };
}
