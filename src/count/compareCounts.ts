import type { KnownCount } from './Count.js';

/**
 * How two counts are ordered, as far as their intervals allow.
 *
 * @example
 * ```ts
 * import type { CountOrder } from 'swapledger';
 * const order: CountOrder = 'indeterminate';
 * ```
 */
export type CountOrder = 'lower' | 'higher' | 'equal' | 'indeterminate';

/**
 * Orders two counts where an order is defined. Counts are intervals, so the order is partial:
 * `a` is `lower` only when every value it allows is below every value `b` allows
 * (`a.high < b.low`); `equal` only for two identical exact counts; anything that overlaps (even
 * two identical ranges such as "hundreds" and "hundreds", which need not be the same number) is
 * `indeterminate`.
 *
 * @param a - One count.
 * @param b - Another count.
 * @returns `'lower'`, `'higher'`, `'equal'` or `'indeterminate'`, from `a`'s point of view.
 * @example
 * ```ts
 * import { compareCounts, exact, between } from 'swapledger';
 * compareCounts(exact(40), exact(44)); // 'lower'
 * compareCounts(exact(44), exact(44)); // 'equal'
 * compareCounts(between(36, 44), exact(40)); // 'indeterminate'
 * ```
 */
export function compareCounts(a: KnownCount, b: KnownCount): CountOrder {
  if (a.high !== null && a.high < b.low) return 'lower';
  if (b.high !== null && b.high < a.low) return 'higher';
  if (a.low === a.high && b.low === b.high && a.low === b.low) return 'equal';
  return 'indeterminate';
}
