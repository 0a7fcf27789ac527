import { isKnownCount } from '../../count/isKnownCount.js';
import type { Count, CountDifference } from '../../count/Count.js';
import { subtractCounts } from '../../count/subtractCounts.js';

/**
 * What is still owed: `owed` less `given`, or `null` when either side is not a known count
 * (an "all for all" promise, or an unknown or undisclosed figure), since no interval can be told.
 */
export const shortfall = (owed: Count | 'all', given: Count): CountDifference | null =>
  owed === 'all' || !isKnownCount(owed) || !isKnownCount(given)
    ? null
    : subtractCounts(owed, given);
