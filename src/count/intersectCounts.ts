import type { KnownCount } from './Count.js';

/**
 * The numbers of people both counts allow: the interval where they overlap, or `null` when they
 * are disjoint (the figures contradict each other). Estimates and wording are dropped: they
 * belonged to the operands.
 *
 * @param a - One count.
 * @param b - Another count.
 * @returns The overlap, or `null` if there is none.
 * @example
 * ```ts
 * import { intersectCounts, between, atLeast, exact } from 'swapledger';
 * intersectCounts(between(200, 999), atLeast(801)); // { low: 801, high: 999 }
 * intersectCounts(exact(40), exact(44)); // null
 * ```
 */
export function intersectCounts(a: KnownCount, b: KnownCount): KnownCount | null {
  const low = Math.max(a.low, b.low);
  const high = a.high === null ? b.high : b.high === null ? a.high : Math.min(a.high, b.high);
  if (high !== null && low > high) return null;
  return { low, high };
}
