import type { KnownCount } from './Count.js';

/**
 * Tells whether every number `inner` allows is also allowed by `outer`, i.e. `inner` is at least as
 * precise and agrees with `outer`.
 *
 * @param outer - The wider count.
 * @param inner - The count that may lie inside it.
 * @returns `true` when `inner` lies within `outer`.
 * @example
 * ```ts
 * import { countContains, atLeast, exact } from 'swapledger';
 * countContains(atLeast(2201), exact(2238)); // true
 * countContains(exact(2238), atLeast(2201)); // false
 * ```
 */
export function countContains(outer: KnownCount, inner: KnownCount): boolean {
  if (inner.low < outer.low) return false;
  if (outer.high === null) return true;
  return inner.high !== null && inner.high <= outer.high;
}
