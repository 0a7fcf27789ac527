import type { KnownCount } from './Count.js';

/**
 * Tells whether two counts allow at least one common number of people, that is whether the
 * figures can both be true.
 *
 * @param a - One count.
 * @param b - Another count.
 * @returns `true` when the intervals share a value.
 * @example
 * ```ts
 * import { countsOverlap, exact, between } from 'swapledger';
 * countsOverlap(exact(40), between(36, 44)); // true
 * countsOverlap(exact(40), exact(44)); // false
 * ```
 */
export function countsOverlap(a: KnownCount, b: KnownCount): boolean {
  return (a.high === null || b.low <= a.high) && (b.high === null || a.low <= b.high);
}
