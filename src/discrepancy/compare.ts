import { isKnownCount } from '../count/isKnownCount.js';
import type { Count, KnownCount } from '../count/Count.js';
import { gapBetweenCounts } from '../count/gapBetweenCounts.js';
import { intersectCounts } from '../count/intersectCounts.js';

/**
 * How two counts relate:
 * - `equal`: two identical exact counts;
 * - `consistent`: the intervals overlap, so both can be true (`overlap` says where);
 * - `disjoint`: they cannot both be true; `gap` is the fewest people between them, `relativeGap`
 *   the gap as a share of the higher count's lower bound, and `higher` says which is higher;
 * - `incomparable`: one of them is unknown or undisclosed.
 *
 * @example
 * ```ts
 * import type { Comparison } from 'swapledger';
 * const fortyVsFortyFour: Comparison = { relation: 'disjoint', gap: 4, relativeGap: 4 / 44, higher: 'b' };
 * ```
 */
export type Comparison =
  | { readonly relation: 'equal' }
  | { readonly relation: 'consistent'; readonly overlap: KnownCount }
  | {
      readonly relation: 'disjoint';
      readonly gap: number;
      readonly relativeGap: number;
      readonly higher: 'a' | 'b';
    }
  | { readonly relation: 'incomparable'; readonly absent: 'unknown' | 'undisclosed' };

/**
 * Compares two counts: equal, consistent (they overlap), or disjoint with the gap in people and
 * relative to the larger. An unknown or undisclosed count is incomparable, never treated as zero.
 *
 * @param a - One count.
 * @param b - Another count.
 * @returns How they relate.
 * @example
 * ```ts
 * import { compare } from 'swapledger';
 * compare({ low: 40, high: 40 }, { low: 44, high: 44 }); // { relation: 'disjoint', gap: 4, relativeGap: 0.0909…, higher: 'b' }
 * compare({ low: 801, high: null }, { low: 200, high: 999 }); // { relation: 'consistent', overlap: { low: 801, high: 999 } }
 * compare({ low: 44, high: 44 }, { low: 44, high: 44 }); // { relation: 'equal' }
 * ```
 */
export function compare(a: Count, b: Count): Comparison {
  if (!isKnownCount(a)) return { relation: 'incomparable', absent: a.status };
  if (!isKnownCount(b)) return { relation: 'incomparable', absent: b.status };
  if (a.low === a.high && b.low === b.high && a.low === b.low) return { relation: 'equal' };
  const overlap = intersectCounts(a, b);
  if (overlap !== null) return { relation: 'consistent', overlap };
  const gap = gapBetweenCounts(a, b);
  const higher = a.low > (b.high ?? Infinity) ? 'a' : 'b';
  const larger = higher === 'a' ? a.low : b.low;
  return { relation: 'disjoint', gap, relativeGap: gap / larger, higher };
}
