import type { KnownCount } from './Count.js';

/**
 * Tells whether a precise number of people is consistent with a count.
 *
 * @param count - A known count.
 * @param people - A number of people.
 * @returns `true` when `people` lies in `count.low..count.high`.
 * @example
 * ```ts
 * import { countAllows, atLeast } from 'swapledger';
 * countAllows(atLeast(2201), 2238); // true
 * countAllows(atLeast(2201), 2200); // false
 * ```
 */
export function countAllows(count: KnownCount, people: number): boolean {
  return people >= count.low && (count.high === null || people <= count.high);
}
